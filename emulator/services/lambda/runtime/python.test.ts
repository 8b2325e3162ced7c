import { afterAll, describe, expect, it } from "vitest";
import type { InvocationOutcome } from "../execution.js";
import { functionSpec, invocationRequest, testExecutor, zipOf } from "./testKit.js";

// The Python runtimes need the machine's python3; this project's CI and dev machines have one.
const { executor, logs } = testExecutor({ poolSize: 0 });
afterAll(() => executor.close());

function json(outcome: InvocationOutcome): Record<string, unknown> {
  return JSON.parse(outcome.payload.toString("utf8")) as Record<string, unknown>;
}

const APP = `
import logging
import os

logger = logging.getLogger()

def lambda_handler(event, context):
    logger.warning("order %s", event["order"])
    print("plain line")
    if event.get("fail"):
        raise ValueError("order %s is not payable" % event["order"])
    return {
        "order": event["order"],
        "requestId": context.aws_request_id,
        "arn": context.invoked_function_arn,
        "memory": context.memory_limit_in_mb,
        "remaining": context.get_remaining_time_in_millis(),
        "function": os.environ["AWS_LAMBDA_FUNCTION_NAME"],
    }
`;

describe("Lambda executor: Python handlers", () => {
  const spec = functionSpec(zipOf({ "app/main.py": APP, "app/__init__.py": "" }), {
    runtime: "python3.12",
    handler: "app/main.lambda_handler",
  });

  it("runs a python3.x handler through the same Runtime API, with its context", async () => {
    const request = invocationRequest({ order: 7 });
    const outcome = await executor.invoke(spec, request);
    expect(outcome.kind).toBe("success");
    const result = json(outcome);
    expect(result).toMatchObject({
      order: 7,
      requestId: request.requestId,
      arn: spec.functionArn,
      memory: "128",
      function: spec.functionName,
    });
    expect(result.remaining).toBeGreaterThan(0);
    const messages = logs.messagesOf(request.requestId);
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^\\[WARNING\\]\\t\\S+Z\\t${request.requestId}\\torder 7$`)),
    );
    expect(messages).toContain("plain line");
  });

  it("reports a raised exception as AWS's Python error document", async () => {
    const outcome = await executor.invoke(spec, invocationRequest({ order: 8, fail: true }));
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("ValueError");
    const document = json(outcome);
    expect(document).toMatchObject({ errorType: "ValueError", errorMessage: "order 8 is not payable" });
    expect(Array.isArray(document.stackTrace)).toBe(true);
  });

  it("answers Runtime.HandlerNotFound for a function the module does not define", async () => {
    const outcome = await executor.invoke(
      { ...spec, handler: "app/main.missing", revision: "missing" },
      invocationRequest({ order: 9 }),
    );
    expect(json(outcome)).toMatchObject({
      errorType: "Runtime.HandlerNotFound",
      errorMessage: "Handler 'missing' missing on module 'app/main'",
    });
  });

  it("answers Runtime.ImportModuleError for a module that is not in the package", async () => {
    const outcome = await executor.invoke(
      { ...spec, handler: "absent.lambda_handler", revision: "absent" },
      invocationRequest({ order: 10 }),
    );
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("Runtime.ImportModuleError");
  });
});
