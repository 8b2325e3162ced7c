/**
 * A protocol the core has never heard of, registered by this test alone through `startEmulator({ protocols })`:
 * if it is routed, decoded and answered here, adding a protocol needs no change to the core, the services or
 * the other protocols. The "line protocol" is `Action` on the first line and `Member=value` lines after it, in
 * two dialects (LF or CRLF line ends, told apart by the content type) so answers can follow the request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AwsError, defaultProtocols, startEmulator } from "../index.js";
import type {
  ActionDefinition,
  ActionOutput,
  Protocol,
  RunningEmulator,
  ServiceDefinition,
  ServiceEndpoint,
  WireRequest,
  WireResponse,
} from "../index.js";
import { echoDefinition, readyInstance, registration } from "../testing/echo-services.js";

const LINE = "text/x-eda-line";
const LINE_CRLF = "text/x-eda-line+crlf";
const SERVICE_HEADER = "x-eda-line-service";

function dialect(request: WireRequest): { contentType: string; newline: string } {
  return request.headers["content-type"] === LINE_CRLF
    ? { contentType: LINE_CRLF, newline: "\r\n" }
    : { contentType: LINE, newline: "\n" };
}

function lines(request: WireRequest, fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(dialect(request).newline);
}

const lineProtocol: Protocol = {
  name: "line",

  recognizes(request: WireRequest): boolean {
    const type = request.headers["content-type"];
    return type === LINE || type === LINE_CRLF;
  },

  identify(request: WireRequest, services: readonly ServiceEndpoint[]): ServiceEndpoint | undefined {
    return services.find((service) => service.signingName === request.headers[SERVICE_HEADER]);
  },

  decode(request: WireRequest, service: ServiceDefinition) {
    const [actionName, ...members] = request.body.toString("utf8").split(/\r?\n/);
    const action = service.actions.get(actionName);
    if (action === undefined) {
      throw new AwsError("UnknownOperationException", `No action ${actionName}.`, { status: 404 });
    }
    const input: Record<string, unknown> = {};
    for (const member of members) {
      const [name, text] = member.split("=");
      input[name] = action.input.members[name]?.type === "integer" ? Number(text) : text;
    }
    return { action, input };
  },

  encodeOutput(
    request: WireRequest,
    _service: ServiceDefinition,
    _action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse {
    return {
      status: 200,
      headers: { "content-type": dialect(request).contentType, "x-amzn-requestid": requestId },
      body: lines(request, output),
    };
  },

  encodeError(request: WireRequest, error: AwsError, _service, requestId: string): WireResponse {
    return {
      status: error.status,
      headers: { "content-type": dialect(request).contentType, "x-amzn-requestid": requestId },
      body: lines(request, { error: error.code, message: error.message }),
    };
  },

  unknownService(request: WireRequest): AwsError {
    const name = request.headers[SERVICE_HEADER];
    return new AwsError("UnknownServiceException", `No service here speaks line as ${String(name)}.`, {
      status: 404,
    });
  },
};

/** The echo service, answering the line protocol besides awsJson and awsQuery. */
const lineEcho = registration(
  "echo",
  { ...echoDefinition, protocols: [...echoDefinition.protocols, "line"] },
  () => readyInstance(echoDefinition),
);

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    services: [lineEcho],
    protocols: [lineProtocol, ...defaultProtocols],
  });
});

afterAll(async () => {
  await emulator.stop();
});

function send(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${emulator.url}/`, { method: "POST", headers, body });
}

describe("a protocol registered by a test", () => {
  it("routes an unsigned request it identifies to the service and answers in its own format", async () => {
    const response = await send("Echo\nText=hi\nCount=2", { "content-type": LINE, [SERVICE_HEADER]: "echo" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(LINE);
    expect(await response.text()).toBe("Text=hi\nCount=2");
  });

  it("answers in the dialect the request was written in, because the encoder sees the request", async () => {
    const response = await send("Echo\r\nText=hi\r\nCount=3", {
      "content-type": LINE_CRLF,
      [SERVICE_HEADER]: "echo",
    });
    expect(response.headers.get("content-type")).toBe(LINE_CRLF);
    expect(await response.text()).toBe("Text=hi\r\nCount=3");
  });

  it("routes a signed request by its credential scope and gives the action the scope's region", async () => {
    const response = await send("Context", {
      "content-type": LINE,
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDLINE/20260101/eu-west-3/echo/aws4_request, SignedHeaders=host, Signature=00",
    });
    const text = await response.text();
    expect(text).toContain("Region=eu-west-3");
    expect(text).toContain("AccessKeyId=AKIDLINE");
  });

  it("writes the service's errors in the protocol's own shape", async () => {
    const response = await send("Fail\nText=gone", { "content-type": LINE, [SERVICE_HEADER]: "echo" });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("error=ThingNotFound\nmessage=gone");
  });

  it("answers a request for no service with the protocol's unknown-service error", async () => {
    const response = await send("Echo", { "content-type": LINE, [SERVICE_HEADER]: "nobody" });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(
      "error=UnknownServiceException\nmessage=No service here speaks line as nobody.",
    );
  });

  it("leaves the service's other protocols answering as before", async () => {
    const json = await send(JSON.stringify({ Text: "j" }), {
      "x-amz-target": "Echo_20240101.Echo",
      "content-type": "application/x-amz-json-1.1",
    });
    expect(await json.json()).toEqual({ Text: "j" });
    const query = await send("Action=Echo&Version=2024-01-01&Text=q", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(await query.text()).toContain("<EchoResult><Text>q</Text></EchoResult>");
  });

  it("refuses at start a service whose protocols the emulator does not have, naming them", async () => {
    await expect(
      startEmulator({
        port: 0,
        services: [
          registration("lines", { signingName: "lines", protocols: ["line"] }, () =>
            readyInstance(echoDefinition),
          ),
        ],
      }),
    ).rejects.toThrow(
      "Service lines speaks line, and the emulator has only rpcV2Cbor, awsCbor, awsJson, restJson, awsQuery: add its protocol unit to the emulator's protocols.",
    );
  });
});
