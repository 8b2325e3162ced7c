import { afterEach, describe, expect, it } from "vitest";
import { RuntimeApiServer, type RuntimeReport } from "./runtimeApi.js";

const invocation = {
  requestId: "0f7ad0c1-5a55-4c3f-9d63-1b8a2f0e6c11",
  payload: Buffer.from('{"hello":"world"}'),
  deadlineMs: 1_767_225_603_000,
  invokedFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:f",
  traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0",
  clientContext: '{"custom":{"a":"b"}}',
};

let server: RuntimeApiServer | undefined;

async function started(reports: RuntimeReport[] = []): Promise<RuntimeApiServer> {
  server = await RuntimeApiServer.start({
    onNext: () => {},
    onReport: (report) => reports.push(report),
    assignment: () => undefined,
    onAssignmentRequested: () => {},
  });
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("Lambda Runtime API server", () => {
  it("answers a waiting next call with the payload and AWS's invocation headers", async () => {
    const api = await started();
    const next = fetch(`http://${api.address}/2018-06-01/runtime/invocation/next`);
    api.offer(invocation);
    const response = await next;
    expect(await response.text()).toBe('{"hello":"world"}');
    expect(response.headers.get("lambda-runtime-aws-request-id")).toBe(invocation.requestId);
    expect(response.headers.get("lambda-runtime-deadline-ms")).toBe("1767225603000");
    expect(response.headers.get("lambda-runtime-invoked-function-arn")).toBe(invocation.invokedFunctionArn);
    expect(response.headers.get("lambda-runtime-trace-id")).toBe(invocation.traceId);
    expect(response.headers.get("lambda-runtime-client-context")).toBe(invocation.clientContext);
  });

  it("reports a response posted for the invocation in progress and answers 202", async () => {
    const reports: RuntimeReport[] = [];
    const api = await started(reports);
    api.offer(invocation);
    await fetch(`http://${api.address}/2018-06-01/runtime/invocation/next`);
    const posted = await fetch(
      `http://${api.address}/2018-06-01/runtime/invocation/${invocation.requestId}/response`,
      { method: "POST", body: '"done"' },
    );
    expect(posted.status).toBe(202);
    expect(reports).toEqual([
      { kind: "response", requestId: invocation.requestId, payload: Buffer.from('"done"') },
    ]);
  });

  it("takes the error type of an invocation error from Lambda-Runtime-Function-Error-Type", async () => {
    const reports: RuntimeReport[] = [];
    const api = await started(reports);
    api.offer(invocation);
    await fetch(`http://${api.address}/2018-06-01/runtime/invocation/next`);
    await fetch(`http://${api.address}/2018-06-01/runtime/invocation/${invocation.requestId}/error`, {
      method: "POST",
      headers: { "Lambda-Runtime-Function-Error-Type": "Custom.Failure" },
      body: '{"errorType":"Other","errorMessage":"no"}',
    });
    expect(reports[0]).toMatchObject({ kind: "error", errorType: "Custom.Failure" });
  });

  it("refuses a report for a request id that is not in progress with 400 InvalidRequestID", async () => {
    const api = await started();
    const posted = await fetch(`http://${api.address}/2018-06-01/runtime/invocation/unknown/response`, {
      method: "POST",
      body: "{}",
    });
    expect(posted.status).toBe(400);
    expect(await posted.json()).toMatchObject({ errorType: "InvalidRequestID" });
  });

  it("reports an init error with the error type of its document", async () => {
    const reports: RuntimeReport[] = [];
    const api = await started(reports);
    const posted = await fetch(`http://${api.address}/2018-06-01/runtime/init/error`, {
      method: "POST",
      body: '{"errorType":"Runtime.HandlerNotFound","errorMessage":"index.handler is undefined or not exported"}',
    });
    expect(posted.status).toBe(202);
    expect(reports[0]).toMatchObject({ kind: "init-error", errorType: "Runtime.HandlerNotFound" });
  });

  it("answers 413 to a response larger than 6 MB and reports it as too large", async () => {
    const reports: RuntimeReport[] = [];
    const api = await started(reports);
    api.offer(invocation);
    await fetch(`http://${api.address}/2018-06-01/runtime/invocation/next`);
    const posted = await fetch(
      `http://${api.address}/2018-06-01/runtime/invocation/${invocation.requestId}/response`,
      { method: "POST", body: Buffer.alloc(6_291_557, 0x61) },
    );
    expect(posted.status).toBe(413);
    expect(reports[0]).toMatchObject({ kind: "response-too-large", size: 6_291_557 });
  });

  it("answers 404 to a path outside the Runtime API", async () => {
    const api = await started();
    const response = await fetch(`http://${api.address}/2018-06-01/runtime/other`);
    expect(response.status).toBe(404);
  });
});
