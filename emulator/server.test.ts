import http from "node:http";
import http2 from "node:http2";
import net from "node:net";
import { DescribeStreamCommand, KinesisClient, ListStreamsCommand } from "@aws-sdk/client-kinesis";
import {
  CreateTopicCommand,
  GetTopicAttributesCommand,
  ListTopicsCommand,
  SNSClient,
} from "@aws-sdk/client-sns";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AwsError } from "./core/errors.js";
import { structure } from "./core/shapes.js";
import { startEmulator } from "./index.js";
import type { RunningEmulator } from "./index.js";
import {
  TRICKY_TEXT,
  echoDefinition,
  echoService,
  readyInstance,
  registration,
  fakeKinesisService,
  fakeSnsService,
  thingsService,
} from "./testing/echo-services.js";

const credentials = { accessKeyId: "AKIDTEST", secretAccessKey: "secret" };
const MAX_BODY = 8 * 1024 * 1024;

let emulator: RunningEmulator;
const logLines: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    services: [echoService, thingsService, fakeKinesisService, fakeSnsService],
    maxBodyBytes: MAX_BODY,
    debug: true,
    log: (line) => logLines.push(line),
  });
});

afterAll(async () => {
  await emulator.stop();
});

function json(target: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${emulator.url}/`, {
    method: "POST",
    headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.1", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function form(body: string, path = "/"): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body,
  });
}

/** The protocol-independent view of a reply, for tests that only care about status and error code. */
async function errorCode(response: Response): Promise<string> {
  const text = await response.text();
  if (text.startsWith("<")) return /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? "";
  const body = JSON.parse(text) as { __type?: string };
  return response.headers.get("x-amzn-errortype") ?? body.__type ?? "";
}

describe("routing", () => {
  it("routes an awsJson call by its X-Amz-Target prefix", async () => {
    const response = await json("Echo_20240101.Echo", { Text: "hi", Items: ["a"] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ Text: "hi", Items: ["a"] });
  });

  it("routes a query call POSTed to / by its Version", async () => {
    const response = await form("Action=Echo&Version=2024-01-01&Text=hi&Item.1=a");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<EchoResult><Text>hi</Text><Item>a</Item></EchoResult>");
  });

  it("routes a query call by its Action when it has no Version", async () => {
    const response = await form("Action=Echo&Count=2");
    expect(await response.text()).toContain("<Count>2</Count>");
  });

  it("serves query calls POSTed to a queue URL path and hands the path to the action", async () => {
    const response = await form("Action=Context&Version=2024-01-01", "/000000000000/my-queue");
    expect(await response.text()).toContain("<Path>/000000000000/my-queue</Path>");
  });

  it("serves query calls sent as GET with a query string", async () => {
    const response = await fetch(
      `${emulator.url}/?Action=Echo&Version=2024-01-01&Flag=true&Wrapped.member.1=w`,
    );
    expect(await response.text()).toContain("<Flag>true</Flag><Wrapped><member>w</member></Wrapped>");
  });

  it("routes by the credential scope's service name and takes the region and key from the scope", async () => {
    const response = await form("Action=Context", "/");
    expect(await response.text()).toContain("<Region>us-east-1</Region>");
    const signed = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization:
          "AWS4-HMAC-SHA256 Credential=AKIDSCOPE/20260101/eu-west-2/echo/aws4_request, SignedHeaders=host, Signature=00",
      },
      body: "Action=Context",
    });
    const text = await signed.text();
    expect(text).toContain("<Region>eu-west-2</Region>");
    expect(text).toContain("<AccessKeyId>AKIDSCOPE</AccessKeyId>");
    expect(text).toContain(`<BaseUrl>${emulator.url}</BaseUrl>`);
  });

  it("serves restJson routes with URI, query and header bindings and the action's status code", async () => {
    const get = await fetch(`${emulator.url}/2015-03-31/things/t%3A1?Qualifier=%24LATEST`, {
      headers: { "x-amz-mode": "m" },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get("x-amz-mode")).toBe("m");
    expect(await get.json()).toEqual({ Name: "t:1", Qualifier: "$LATEST" });
    const created = await fetch(`${emulator.url}/2015-03-31/things`, {
      method: "POST",
      body: '{"Name":"n"}',
    });
    expect(created.status).toBe(201);
    const deleted = await fetch(`${emulator.url}/2015-03-31/things/n`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    const invoked = await fetch(`${emulator.url}/2015-03-31/things/n/invocations`, {
      method: "POST",
      body: "raw",
    });
    expect(invoked.headers.get("x-amz-executed-version")).toBe("$LATEST");
    expect(await invoked.text()).toBe("n:raw");
  });

  it("answers an unknown X-Amz-Target with UnknownOperationException in the awsJson shape", async () => {
    const response = await json("Nobody_20200101.DoThing", {});
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      __type: "com.amazon.coral.service#UnknownOperationException",
    });
    const unknownAction = await json("Echo_20240101.DoThing", {});
    expect(await errorCode(unknownAction)).toBe("com.amazon.coral.service#UnknownOperationException");
  });

  it("answers an unknown query action with InvalidAction and a missing one with MissingAction", async () => {
    const unknown = await form("Action=DoThing&Version=2024-01-01");
    expect(unknown.status).toBe(400);
    expect(await errorCode(unknown)).toBe("InvalidAction");
    const missing = await form("Version=2024-01-01");
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe("MissingAction");
  });

  it("answers an unknown restJson path of a signed service with 404 UnknownOperationException", async () => {
    const response = await fetch(`${emulator.url}/2015-03-31/nothing-here`, {
      headers: {
        authorization:
          "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/things/aws4_request, SignedHeaders=host, Signature=00",
      },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
  });
});

describe("errors", () => {
  it("sends a service error with its status, namespaced __type and x-amzn-query-error", async () => {
    const response = await json("Echo_20240101.Fail", { Text: "no thing here" });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-query-error")).toBe("Echo.NonExistentThing;Sender");
    expect(await response.json()).toEqual({
      __type: "com.example.echo#ThingNotFound",
      message: "no thing here",
    });
  });

  it("turns a crash in an action into a 500 in the protocol's shape and keeps serving", async () => {
    const viaJson = await json("Echo_20240101.Crash", {});
    expect(viaJson.status).toBe(500);
    expect(await errorCode(viaJson)).toBe("com.amazon.coral.service#InternalFailure");
    const viaQuery = await form("Action=Crash&Version=2024-01-01");
    expect(viaQuery.status).toBe(500);
    expect(await errorCode(viaQuery)).toBe("InternalError");
    expect((await json("Echo_20240101.Echo", {})).status).toBe(200);
    expect(logLines.some((line) => line.includes("a bug in the service"))).toBe(true);
  });

  it.each([
    ["malformed JSON", () => json("Echo_20240101.Echo", '{"Text":')],
    ["a JSON array", () => json("Echo_20240101.Echo", "[]")],
    ["wrong member types", () => json("Echo_20240101.Echo", '{"Count":"many","Items":{"a":1}}')],
    [
      "invalid UTF-8 in JSON",
      () => json("Echo_20240101.Echo", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("latin1")),
    ],
    ["a broken form body", () => form("Action=Echo&%ZZ=%&&==&Count=%E0%A4%A")],
    ["a wrongly typed query parameter", () => form("Action=Echo&Count=1e3&Flag=maybe")],
    ["a query list with a non-numeric index", () => form("Action=Echo&Item.x=1&Entry.1.Size=")],
    [
      "a restJson body that is not JSON",
      () => fetch(`${emulator.url}/2015-03-31/things`, { method: "POST", body: "{" }),
    ],
    ["a restJson label that does not decode", () => fetch(`${emulator.url}/2015-03-31/things/%E0%A4%A`)],
  ])("answers %s with a 4xx, never a 500", async (_name, send) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await response.arrayBuffer();
  });

  it("answers malformed HTTP with 400 and goes on serving", async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(emulator.port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await json("Echo_20240101.Echo", {})).status).toBe(200);
  });

  it("logs a connection-level error under --debug instead of dropping it", async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(emulator.port, "127.0.0.1", () =>
        socket.write("GET / HTTP/1.1\r\nBad Header\r\n\r\n"),
      );
      socket.on("data", () => undefined);
      socket.on("close", () => resolve());
      socket.on("error", reject);
    });
    expect(logLines).toContainEqual(
      expect.stringMatching(/^eda: HTTP\/1\.1 client error from 127\.0\.0\.1: HPE_INVALID_HEADER_TOKEN$/),
    );
  });
});

describe("bodies and connections", () => {
  it("accepts a body of several MiB", async () => {
    const text = "x".repeat(5 * 1024 * 1024);
    const response = await json("Echo_20240101.Echo", { Text: text });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { Text: string }).Text.length).toBe(text.length);
  });

  it("answers a declared body over the limit with 413 in the protocol's shape", async () => {
    const body = "x".repeat(MAX_BODY + 1);
    const viaJson = await json("Echo_20240101.Echo", body);
    expect(viaJson.status).toBe(413);
    expect(await errorCode(viaJson)).toBe("com.amazon.coral.service#RequestEntityTooLarge");
    const viaQuery = await form(body);
    expect(viaQuery.status).toBe(413);
    expect(await errorCode(viaQuery)).toBe("RequestEntityTooLarge");
  });

  it("answers a chunked body that grows over the limit with 413", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${emulator.url}/`, {
        method: "POST",
        headers: { "x-amz-target": "Echo_20240101.Echo", "transfer-encoding": "chunked" },
      });
      request.on("response", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i <= MAX_BODY / chunk.length; i++) request.write(chunk);
      request.end();
    });
    expect(status).toBe(413);
  });

  it("keeps an HTTP/1.1 connection alive across requests", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (): Promise<boolean> =>
      new Promise((resolve, reject) => {
        const request = http.request(`${emulator.url}/`, {
          agent,
          method: "POST",
          headers: { "x-amz-target": "Echo_20240101.Echo" },
        });
        request.on("response", (response) => {
          response.resume();
          response.on("end", () => resolve(request.reusedSocket));
        });
        request.on("error", reject);
        request.end("{}");
      });
    expect(await send()).toBe(false);
    expect(await send()).toBe(true);
    agent.destroy();
  });

  it("serves cleartext HTTP/2 with prior knowledge on the same port, streams in parallel", async () => {
    const session = http2.connect(emulator.url);
    const call = (text: string): Promise<[number, string]> =>
      new Promise((resolve, reject) => {
        const stream = session.request({
          ":method": "POST",
          ":path": "/",
          "x-amz-target": "Echo_20240101.Echo",
          "content-type": "application/x-amz-json-1.1",
        });
        let status = 0;
        let body = "";
        stream.on("response", (headers) => (status = Number(headers[":status"])));
        stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
        stream.on("end", () => resolve([status, body]));
        stream.on("error", reject);
        stream.end(JSON.stringify({ Text: text }));
      });
    const replies = await Promise.all(["a", "b", "c"].map(call));
    session.close();
    expect(replies).toEqual([
      [200, '{"Text":"a"}'],
      [200, '{"Text":"b"}'],
      [200, '{"Text":"c"}'],
    ]);
  });

  it("answers an HTTP/2 body over the limit with 413 and keeps the session usable", async () => {
    const session = http2.connect(emulator.url);
    const call = (body: string): Promise<[number, string]> =>
      new Promise((resolve, reject) => {
        const stream = session.request({
          ":method": "POST",
          ":path": "/",
          "x-amz-target": "Echo_20240101.Echo",
        });
        let status = 0;
        let text = "";
        stream.on("response", (headers) => (status = Number(headers[":status"])));
        stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
        stream.on("end", () => resolve([status, text]));
        stream.on("error", reject);
        stream.end(body);
      });
    const [status, text] = await call(JSON.stringify({ Text: "x".repeat(MAX_BODY) }));
    expect(status).toBe(413);
    expect(JSON.parse(text)).toMatchObject({ __type: "com.amazon.coral.service#RequestEntityTooLarge" });
    expect(await call("{}")).toEqual([200, "{}"]);
    session.close();
  });

  it("logs one line per request with method, service, action, status and time when debugging", async () => {
    await json("Echo_20240101.Echo", {});
    expect(logLines).toContainEqual(expect.stringMatching(/^POST echo Echo 200 \d+\.\dms$/));
  });

  it("logs the emulator's own routes too, with eda as the service and the path as the action", async () => {
    await (await fetch(`${emulator.url}/_eda/health`)).arrayBuffer();
    expect(logLines).toContainEqual(expect.stringMatching(/^GET eda \/_eda\/health 200 \d+\.\dms$/));
  });
});

describe("real SDK clients", () => {
  const clients: { destroy(): void }[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  it("reaches an awsJson 1.1 action from the Kinesis client over its default HTTP/2 handler", async () => {
    const kinesis = new KinesisClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials,
      maxAttempts: 1,
    });
    clients.push(kinesis);
    const output = await kinesis.send(new ListStreamsCommand({ Limit: 3 }));
    expect(output.StreamNames).toEqual(["limit-3"]);
    const failure = await kinesis
      .send(new DescribeStreamCommand({ StreamName: "s" }))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 400 } });
  });

  it("gives the Kinesis client a well-formed UnknownOperationException when no Kinesis service runs", async () => {
    const bare = await startEmulator({ port: 0, services: [echoService] });
    const kinesis = new KinesisClient({
      endpoint: bare.url,
      region: "us-east-1",
      credentials,
      maxAttempts: 1,
    });
    clients.push(kinesis);
    const failure = await kinesis.send(new ListStreamsCommand({})).catch((error: unknown) => error);
    kinesis.destroy();
    await bare.stop();
    expect(failure).toMatchObject({ name: "UnknownOperationException", $metadata: { httpStatusCode: 400 } });
  });

  it("round-trips wrapped maps, lists of structures and escaped text through the SNS query client", async () => {
    const sns = new SNSClient({
      endpoint: emulator.url,
      region: "eu-central-1",
      credentials,
      maxAttempts: 1,
    });
    clients.push(sns);
    const { TopicArn } = await sns.send(
      new CreateTopicCommand({
        Name: "orders",
        Attributes: { DisplayName: "Orders & <more>", Policy: '{"a":1}' },
        Tags: [
          { Key: "team", Value: "core" },
          { Key: "env", Value: "dev" },
        ],
      }),
    );
    expect(TopicArn).toBe("arn:aws:sns:eu-central-1:000000000000:orders");
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes).toEqual({
      DisplayName: "Orders & <more>",
      Policy: '{"a":1}',
      Tags: JSON.stringify([
        { Key: "team", Value: "core" },
        { Key: "env", Value: "dev" },
      ]),
      Tricky: TRICKY_TEXT,
    });
    const { Topics } = await sns.send(new ListTopicsCommand({}));
    expect(Topics).toContainEqual({ TopicArn });
    const missing = await sns
      .send(new GetTopicAttributesCommand({ TopicArn: `${TopicArn}-missing` }))
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({ name: "NotFoundException", $metadata: { httpStatusCode: 404 } });
  });
});

describe("health and lifecycle", () => {
  it("answers GET /_eda/health with 200 and each loaded service's status", async () => {
    for (const name of ["echo", "things", "kinesis", "sns"]) await emulator.service(name);
    const response = await fetch(`${emulator.url}/_eda/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      services: {
        echo: { status: "ready" },
        things: { status: "ready" },
        kinesis: { status: "ready" },
        sns: { status: "ready" },
      },
    });
  });

  it("loads a service only on its first request, and health says which are not loaded yet", async () => {
    let loads = 0;
    const counted = registration("echo", echoDefinition, () => {
      loads++;
      return readyInstance(echoDefinition);
    });
    const other = await startEmulator({ port: 0, services: [counted] });
    const before: unknown = await (await fetch(`${other.url}/_eda/health`)).json();
    const reply = await fetch(`${other.url}/`, {
      method: "POST",
      headers: { "x-amz-target": "Echo_20240101.Echo", "content-type": "application/x-amz-json-1.1" },
      body: JSON.stringify({ Text: "hi" }),
    });
    await other.stop();
    expect(before).toEqual({
      status: "ready",
      services: { echo: { status: "not loaded", detail: "loads on its first request" } },
    });
    expect(reply.status).toBe(200);
    expect(loads).toBe(1);
  });

  it("answers health with 503 while a service is not ready", async () => {
    const starting = registration("echo", echoDefinition, () => ({
      ...readyInstance(echoDefinition),
      health: () => ({ status: "starting", detail: "loading" }),
    }));
    const other = await startEmulator({ port: 0, services: [starting] });
    await other.service("echo");
    const response = await fetch(`${other.url}/_eda/health`);
    await other.stop();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "starting",
      services: { echo: { status: "starting", detail: "loading" } },
    });
  });

  it("aborts the action's signal when the client goes away, and not before", async () => {
    let reached!: (signal: AbortSignal) => void;
    const running = new Promise<AbortSignal>((resolve) => (reached = resolve));
    const waiting = registration(
      "waiter",
      { signingName: "waiter", protocols: ["awsJson"], jsonTargetPrefix: "Waiter" },
      () =>
        readyInstance({
          signingName: "waiter",
          protocols: ["awsJson"],
          jsonTargetPrefix: "Waiter",
          jsonVersion: "1.0",
          actions: new Map([
            [
              "Wait",
              {
                name: "Wait",
                input: structure({}),
                output: structure({}),
                handle: (_input, ctx) =>
                  new Promise((resolve) => {
                    reached(ctx.signal);
                    ctx.signal.addEventListener("abort", () => resolve({}));
                  }),
              },
            ],
          ]),
        }),
    );
    const other = await startEmulator({ port: 0, services: [waiting] });
    try {
      const request = http.request(`${other.url}/`, {
        method: "POST",
        headers: { "x-amz-target": "Waiter.Wait" },
      });
      request.on("error", () => undefined);
      request.end("{}");
      const signal = await running;
      expect(signal.aborted).toBe(false);
      request.destroy();
      expect(await abortedWithin(signal, 5_000)).toBe(true);
    } finally {
      await other.stop();
    }
  });

  it("stop() answers pending long polls, closes idle keep-alive and HTTP/2 connections, and frees the port", async () => {
    const closed: string[] = [];
    const other = await startEmulator({ port: 0, services: [echoService] });
    const idle = net.connect(other.port, "127.0.0.1");
    await new Promise((resolve) => idle.once("connect", resolve));
    idle.write("GET /_eda/health HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise((resolve) => idle.once("data", resolve));
    idle.on("close", () => closed.push("http1"));
    const session = http2.connect(other.url);
    await new Promise((resolve) => session.once("connect", resolve));
    session.on("close", () => closed.push("http2"));
    session.on("error", () => undefined);
    const pending = fetch(`${other.url}/`, {
      method: "POST",
      headers: { "x-amz-target": "Echo_20240101.Wait" },
      body: "{}",
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await other.stop();
    expect(await (await pending).json()).toEqual({ Aborted: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed.sort()).toEqual(["http1", "http2"]);
    const again = await startEmulator({ port: other.port, services: [echoService] });
    await again.stop();
  });

  it("rejects with EADDRINUSE when the port is taken, having started no service", async () => {
    let started = 0;
    const tracked = registration("echo", echoDefinition, () => {
      started++;
      return readyInstance(echoDefinition);
    });
    const failure = await startEmulator({ port: emulator.port, services: [tracked] }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: "EADDRINUSE" });
    expect(started).toBe(0);
  });

  it("answers InternalFailure when a service cannot load, reports it failed, and keeps serving the others", async () => {
    const broken = registration(
      "broken",
      { signingName: "broken", protocols: ["awsJson"], jsonTargetPrefix: "Broken", jsonVersion: "1.1" },
      () => {
        throw new AwsError("Broken", "cannot start");
      },
    );
    const lines: string[] = [];
    const other = await startEmulator({
      port: 0,
      services: [echoService, broken],
      log: (line) => lines.push(line),
    });
    const call = (target: string): Promise<Response> =>
      fetch(`${other.url}/`, {
        method: "POST",
        headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.1" },
        body: "{}",
      });
    const failed = await call("Broken.Anything");
    const echoed = await call("Echo_20240101.Echo");
    const health = await fetch(`${other.url}/_eda/health`);
    await other.stop();
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { __type: string }).__type).toContain("InternalFailure");
    expect(echoed.status).toBe(200);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      services: { broken: { status: "failed", detail: "cannot start" } },
    });
    expect(lines.join("\n")).toContain("service broken failed to start: cannot start");
  });
});

/** True once `signal` aborts, false if it has not after `ms` (a bound, so a broken abort fails with a message). */
function abortedWithin(signal: AbortSignal, ms: number): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
