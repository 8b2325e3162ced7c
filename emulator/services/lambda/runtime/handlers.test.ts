import { afterAll, describe, expect, it } from "vitest";
import type { InvocationOutcome } from "../execution.js";
import { functionSpec, invocationRequest, testExecutor, zipOf } from "./testKit.js";

const { executor, logs } = testExecutor();
afterAll(() => executor.close());

function json(outcome: InvocationOutcome): Record<string, unknown> {
  return JSON.parse(outcome.payload.toString("utf8")) as Record<string, unknown>;
}

const CONTEXT_HANDLER = `
export const handler = async (event, context) => ({
  event,
  awsRequestId: context.awsRequestId,
  invokedFunctionArn: context.invokedFunctionArn,
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  memoryLimitInMB: context.memoryLimitInMB,
  logGroupName: context.logGroupName,
  logStreamName: context.logStreamName,
  remaining: context.getRemainingTimeInMillis(),
  clientContext: context.clientContext,
});`;

describe("Lambda executor: Node.js handlers", () => {
  it("runs an async .mjs handler and returns its result with the context AWS's runtime gives", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": CONTEXT_HANDLER }), {
      memorySizeMb: 256,
      timeoutSeconds: 5,
    });
    const request = invocationRequest(
      { order: 7 },
      { clientContext: Buffer.from('{"custom":{"tenant":"a"}}').toString("base64") },
    );
    const outcome = await executor.invoke(spec, request);
    expect(outcome.kind).toBe("success");
    const result = json(outcome);
    expect(result).toMatchObject({
      event: { order: 7 },
      awsRequestId: request.requestId,
      invokedFunctionArn: spec.functionArn,
      functionName: spec.functionName,
      functionVersion: "$LATEST",
      memoryLimitInMB: "256",
      logGroupName: spec.logGroup,
      clientContext: { custom: { tenant: "a" } },
    });
    expect(result.remaining).toBeGreaterThan(0);
    expect(result.remaining).toBeLessThanOrEqual(5000);
    expect(result.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it("runs a callback handler from a .cjs module in a subfolder", async () => {
    const spec = functionSpec(
      zipOf({
        "src/app.cjs":
          "exports.main = (event, context, callback) => callback(null, { doubled: event.n * 2 });",
      }),
      { handler: "src/app.main" },
    );
    const outcome = await executor.invoke(spec, invocationRequest({ n: 21 }));
    expect(json(outcome)).toEqual({ doubled: 42 });
  });

  it("refuses a callback handler on nodejs24.x with Runtime.CallbackHandlerDeprecated, as AWS's runtime does", async () => {
    const spec = functionSpec(
      zipOf({ "index.js": "exports.handler = (event, context, callback) => callback(null, 1);" }),
      { runtime: "nodejs24.x" },
    );
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("Runtime.CallbackHandlerDeprecated");
  });

  it("returns null for a handler that returns nothing", async () => {
    const spec = functionSpec(zipOf({ "index.js": "exports.handler = async () => {};" }));
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(outcome.payload.toString()).toBe("null");
  });

  it("reports a thrown error as AWS's error document with the error's name as its type", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          "class OrderRejected extends Error { name = 'OrderRejected'; }\nexport const handler = async () => { throw new OrderRejected('order 7 is not payable'); };",
      }),
    );
    const request = invocationRequest({});
    const outcome = await executor.invoke(spec, request);
    expect(outcome.kind).toBe("function-error");
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("OrderRejected");
    const document = json(outcome);
    expect(document).toMatchObject({ errorType: "OrderRejected", errorMessage: "order 7 is not payable" });
    expect((document.trace as string[])[0]).toBe("OrderRejected: order 7 is not payable");
    expect(logs.messagesOf(request.requestId).some((line) => line.includes("\tERROR\tInvoke Error \t"))).toBe(
      true,
    );
  });

  it("answers Runtime.HandlerNotFound when the module does not export the handler", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": "export const other = async () => 1;" }));
    const request = invocationRequest({});
    const outcome = await executor.invoke(spec, request);
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("Runtime.HandlerNotFound");
    expect(json(outcome).errorMessage).toBe("index.handler is undefined or not exported");
    const messages = logs.messagesOf(request.requestId);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^INIT_REPORT Init Duration: \d+\.\d{2} ms\tPhase: init\tStatus: error\tError Type: Runtime\.HandlerNotFound$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/\tERROR\tUncaught Exception \t\{"errorType":"Runtime\.HandlerNotFound"/),
    );
  });

  it("answers Runtime.ImportModuleError when the handler's module is not in the package", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": "export const handler = async () => 1;" }), {
      handler: "missing.handler",
    });
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("Runtime.ImportModuleError");
    expect(json(outcome).errorMessage).toMatch(/^Error: Cannot find module 'missing'/);
  });

  it("writes console lines as AWS's Node.js runtime does, between START and END, then REPORT", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs": "export const handler = async () => { console.warn('two\\nlines'); return 1; };",
      }),
    );
    const request = invocationRequest({});
    await executor.invoke(spec, request);
    const messages = logs.messagesOf(request.requestId);
    expect(messages[0]).toBe(`START RequestId: ${request.requestId} Version: $LATEST`);
    expect(messages[1]).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z\\t${request.requestId}\\tWARN\\ttwo\\nlines$`,
      ),
    );
    expect(messages[2]).toBe(`END RequestId: ${request.requestId}`);
    expect(messages[3]).toMatch(
      new RegExp(
        `^REPORT RequestId: ${request.requestId}\\tDuration: \\d+\\.\\d{2} ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\t(Init Duration: \\d+\\.\\d{2} ms\\t)?$`,
      ),
    );
  });

  it("names the log stream as AWS does and emits it with the function's spec", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": "export const handler = async () => 1;" }), {
      version: "3",
    });
    const request = invocationRequest({});
    await executor.invoke(spec, request);
    const batch = logs.batches.find(({ lines }) =>
      lines.some((line) => line.message.includes(request.requestId)),
    );
    expect(batch?.spec).toBe(spec);
    expect(batch?.streamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[3\][0-9a-f]{32}$/);
  });

  it("returns the last 4 KB of the invocation's log as base64 when asked", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs": "export const handler = async () => { console.log('x'.repeat(6000)); return 1; };",
      }),
    );
    const request = invocationRequest({}, { tailLog: true });
    const outcome = await executor.invoke(spec, request);
    const tail = Buffer.from(outcome.logTail ?? "", "base64").toString("utf8");
    expect(Buffer.byteLength(tail)).toBe(4096);
    expect(tail).toMatch(new RegExp(`REPORT RequestId: ${request.requestId}\\t.*\\n$`));
  });

  it("sends a chatty invocation's log in batches, in order, START first and REPORT last", async () => {
    const spec = functionSpec(
      zipOf({
        "index.mjs":
          "export const handler = async () => { for (let i = 0; i < 2500; i++) console.log(`line ${i}`); return 1; };",
      }),
    );
    const request = invocationRequest({});
    await executor.invoke(spec, request);
    const batches = logs.batches.filter(
      ({ streamName, spec: logged }) => logged === spec && streamName.length > 0,
    );
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every(({ lines }) => lines.length <= 1000)).toBe(true);
    const messages = batches.flatMap(({ lines }) => lines.map((line) => line.message));
    expect(messages[0]).toBe(`START RequestId: ${request.requestId} Version: $LATEST`);
    expect(messages.at(-1)).toMatch(/^REPORT /);
    expect(messages.filter((message) => message.endsWith("\tINFO\tline 2499"))).toHaveLength(1);
    expect(messages).toHaveLength(2500 + 3);
  });

  it("gives the worker AWS's reserved variables, which the function's own variables cannot replace", async () => {
    const spec = functionSpec(
      zipOf({ "index.mjs": "export const handler = async () => ({ ...process.env, cwd: process.cwd() });" }),
      { environment: { TABLE: "orders", AWS_REGION: "eu-west-1" } },
    );
    const request = invocationRequest({}, { endpointUrl: "http://127.0.0.1:4999" });
    const env = json(await executor.invoke(spec, request));
    expect(env).toMatchObject({
      TABLE: "orders",
      AWS_REGION: "us-east-1",
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "128",
      AWS_LAMBDA_LOG_GROUP_NAME: spec.logGroup,
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
      _HANDLER: "index.handler",
      AWS_ACCESS_KEY_ID: request.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: request.credentials.secretAccessKey,
      AWS_SESSION_TOKEN: request.credentials.sessionToken,
      AWS_ENDPOINT_URL: "http://127.0.0.1:4999",
      TZ: ":UTC",
    });
    expect(env.AWS_LAMBDA_RUNTIME_API).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(env.cwd).toBe(env.LAMBDA_TASK_ROOT);
    expect(env.AWS_LAMBDA_LOG_STREAM_NAME).toMatch(/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it("answers Runtime.InvalidEntrypoint for a package that is not a zip, and refuses entries outside its root", async () => {
    const notZip = await executor.invoke(functionSpec(Buffer.from("not a zip")), invocationRequest({}));
    expect(notZip.kind === "function-error" && notZip.errorType).toBe("Runtime.InvalidEntrypoint");
    const escaping = await executor.invoke(
      functionSpec(zipOf({ "../escape.mjs": "export const handler = async () => 1;" }), {
        handler: "../escape.handler",
      }),
      invocationRequest({}),
    );
    expect(json(escaping).errorMessage).toContain("outside its root");
  });

  it("runs a custom runtime's bootstrap (provided.al2023) through the same Runtime API", async () => {
    const bootstrap = [
      "#!/bin/sh",
      "set -eu",
      "api=http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation",
      "while true; do",
      "  headers=$(mktemp)",
      '  body=$(curl -sS -D "$headers" "$api/next")',
      "  id=$(grep -i '^lambda-runtime-aws-request-id:' \"$headers\" | tr -d '\\r' | cut -d' ' -f2)",
      '  echo "handling $id"',
      '  curl -sS -X POST -d "{\\"echo\\":$body}" "$api/$id/response" > /dev/null',
      "done",
    ].join("\n");
    const spec = functionSpec(zipOf({ bootstrap }), { runtime: "provided.al2023", handler: "unused" });
    const request = invocationRequest({ order: 3 });
    const outcome = await executor.invoke(spec, request);
    expect(json(outcome)).toEqual({ echo: { order: 3 } });
  });

  it("answers Runtime.InvalidEntrypoint for a custom runtime without a bootstrap", async () => {
    const spec = functionSpec(zipOf({ "main.sh": "" }), { runtime: "provided.al2023", handler: "unused" });
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(json(outcome)).toEqual({
      errorType: "Runtime.InvalidEntrypoint",
      errorMessage: "Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]",
    });
  });

  it("answers Runtime.InvalidEntrypoint for a runtime this emulator cannot run", async () => {
    const spec = functionSpec(zipOf({ "index.mjs": "" }), { runtime: "java21" });
    const outcome = await executor.invoke(spec, invocationRequest({}));
    expect(outcome.kind === "function-error" && outcome.errorType).toBe("Runtime.InvalidEntrypoint");
  });
});
