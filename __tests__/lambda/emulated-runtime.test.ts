import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  functionSpec,
  invocationRequest,
  testExecutor,
  zipOf,
} from "../../emulator/services/lambda/runtime/testKit.js";
import { LAMBDA_HANDLER, bundleLambda } from "../../stacks/lambda-package.js";
import { cloudEvent, kinesisEvent, kinesisRecord, sequenceNumber } from "./kinesis-event.js";

const { executor, logs } = testExecutor();
afterAll(() => executor.close());

/** The stack's function package: the bundle folder `stacks/` builds, zipped. */
function stackPackage(): Buffer {
  const { directory } = bundleLambda("lambda-src/handler.ts");
  return zipOf(
    Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))])),
  );
}

describe("the stack's own Lambda bundle on the emulator's runtime", () => {
  it("processes a real-shaped Kinesis batch and reports exactly the poison record", async () => {
    const spec = functionSpec(stackPackage(), {
      functionName: "eda-dev-consumer",
      runtime: "nodejs22.x",
      handler: LAMBDA_HANDLER,
      memorySizeMb: 256,
      timeoutSeconds: 30,
      logFormat: "JSON",
      environment: {
        POWERTOOLS_SERVICE_NAME: "eda-dev-consumer",
        POWERTOOLS_METRICS_NAMESPACE: "EdaDev",
        POWERTOOLS_METRICS_DISABLED: "true",
        ACCEPTED_EVENT_TYPE_PREFIXES: "com.example.order.",
      },
    });
    const event = kinesisEvent(
      kinesisRecord(sequenceNumber(1), cloudEvent("a", "com.example.order.created")),
      kinesisRecord(sequenceNumber(2), "{not json"),
      kinesisRecord(sequenceNumber(3), cloudEvent("c", "com.example.order.paid")),
    );
    const request = invocationRequest(event);
    const outcome = await executor.invoke(spec, request);
    expect(outcome.kind).toBe("success");
    expect(JSON.parse(outcome.payload.toString("utf8"))).toEqual({
      batchItemFailures: [{ itemIdentifier: sequenceNumber(2) }],
    });
    const messages = logs.messagesOf(request.requestId);
    expect(messages[0]).toBe(`START RequestId: ${request.requestId} Version: $LATEST`);
    expect(messages.at(-1)).toMatch(/^REPORT RequestId: .*Memory Size: 256 MB\t/);
  });
});
