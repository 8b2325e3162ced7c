import { cbor, tag } from "@smithy/core/cbor";
import { describe, expect, it } from "vitest";
import { AwsError } from "../core/errors.js";
import { emptyStructure } from "../core/model-shapes.js";
import type { ActionDefinition, ServiceDefinition } from "../core/service.js";
import { echoDefinition, thingsDefinition } from "../testing/echo-services.js";
import { internalError } from "./errors.js";
import { rpcV2Cbor } from "./rpc-v2-cbor.js";
import type { WireRequest, WireResponse } from "./wire.js";

const forget: ActionDefinition = {
  name: "Forget",
  input: emptyStructure,
  output: emptyStructure,
  handle: () => ({}),
};

/** The echo service (awsQueryCompatible) also speaking RPC v2 CBOR, with one operation that has no output. */
const echo: ServiceDefinition = {
  ...echoDefinition,
  protocols: [...echoDefinition.protocols, "rpcV2Cbor"],
  smithyServiceId: "com.example.echo#EchoService",
  actions: new Map([...echoDefinition.actions, ["Forget", forget]]),
};

function cborRequest(
  operation: string,
  body: Uint8Array | undefined,
  overrides: Partial<WireRequest> = {},
): WireRequest {
  return {
    method: "POST",
    path: `/service/EchoService/operation/${operation}`,
    query: "",
    headers: {
      "smithy-protocol": "rpc-v2-cbor",
      "content-type": "application/cbor",
      accept: "application/cbor",
    },
    body: body === undefined ? Buffer.alloc(0) : Buffer.from(body),
    ...overrides,
  };
}

function decodeError(request: WireRequest): AwsError {
  try {
    rpcV2Cbor.decode(request, echo);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error("decode did not fail");
}

function bodyOf(response: WireResponse): Record<string, unknown> {
  return cbor.deserialize(response.body as Buffer) as Record<string, unknown>;
}

const echoAction = echo.actions.get("Echo") as ActionDefinition;

describe("rpcV2Cbor recognition and routing", () => {
  it("recognizes a request by its smithy-protocol header, whatever the case of its value", () => {
    expect(rpcV2Cbor.recognizes(cborRequest("Echo", undefined))).toBe(true);
    const upper = cborRequest("Echo", undefined, { headers: { "smithy-protocol": "RPC-V2-CBOR" } });
    expect(rpcV2Cbor.recognizes(upper)).toBe(true);
  });

  it("does not recognize an awsJson request", () => {
    const json = cborRequest("Echo", undefined, {
      path: "/",
      headers: { "x-amz-target": "Echo_20240101.Echo", "content-type": "application/x-amz-json-1.1" },
    });
    expect(rpcV2Cbor.recognizes(json)).toBe(false);
  });

  it.each([
    ["/service/EchoService/operation/Echo"],
    ["/service/com.example.echo.EchoService/operation/Echo"],
    ["/v1/service/EchoService/operation/Echo"],
  ])("identifies the service of an unsigned request to %s", (path) => {
    expect(
      rpcV2Cbor.identify?.(
        cborRequest("Echo", undefined, { path }),
        [thingsDefinition, echo],
        () => undefined,
      ),
    ).toBe(echo);
  });

  it("identifies no service for a path naming another service", () => {
    const request = cborRequest("Echo", undefined, { path: "/service/Other/operation/Echo" });
    expect(rpcV2Cbor.identify?.(request, [echo], () => undefined)).toBeUndefined();
  });
});

describe("rpcV2Cbor decoding", () => {
  it("reads byte strings as base64 and tag-1 epoch seconds as numbers, the forms actions take", () => {
    const body = cbor.serialize({
      Text: "t",
      Count: 2,
      Data: new Uint8Array([0, 1, 255]),
      When: tag({ tag: 1, value: 1767225600.5 }),
      Entries: [{ Id: "a", Size: 3 }],
      Tags: { k: "v" },
    });
    expect(rpcV2Cbor.decode(cborRequest("Echo", body), echo)).toEqual({
      action: echoAction,
      input: {
        Text: "t",
        Count: 2,
        Data: "AAH/",
        When: 1767225600.5,
        Entries: [{ Id: "a", Size: 3 }],
        Tags: { k: "v" },
      },
    });
  });

  it("reads an empty body as the empty input", () => {
    const request = cborRequest("Forget", undefined, { headers: { "smithy-protocol": "rpc-v2-cbor" } });
    expect(rpcV2Cbor.decode(request, echo).input).toEqual({});
  });

  it("refuses a request that also carries X-Amz-Target", () => {
    const request = cborRequest("Echo", undefined, {
      headers: { "smithy-protocol": "rpc-v2-cbor", "x-amz-target": "Echo_20240101.Echo" },
    });
    const error = decodeError(request);
    expect(error.status).toBe(400);
    expect(error.message).toContain("X-Amz-Target");
  });

  it("refuses a GET with UnknownOperationException saying the call is a POST", () => {
    const error = decodeError(cborRequest("Echo", undefined, { method: "GET" }));
    expect(error.code).toBe("UnknownOperationException");
    expect(error.message).toContain("POST");
  });

  it("answers an operation the service lacks with UnknownOperationException", () => {
    expect(decodeError(cborRequest("Nope", cbor.serialize({}))).code).toBe("UnknownOperationException");
  });

  it("answers a body in another media type with a 415 UnsupportedMediaTypeException", () => {
    const request = cborRequest("Echo", Buffer.from("{}"), {
      headers: { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/json" },
    });
    const error = decodeError(request);
    expect(error.code).toBe("UnsupportedMediaTypeException");
    expect(error.status).toBe(415);
  });

  it("answers a body that is not CBOR with a SerializationException", () => {
    expect(decodeError(cborRequest("Echo", new Uint8Array([0xbf, 0x61]))).code).toBe(
      "SerializationException",
    );
  });

  it("answers a CBOR body that is not a map with a SerializationException", () => {
    expect(decodeError(cborRequest("Echo", cbor.serialize(["a"]))).code).toBe("SerializationException");
  });

  it("answers a body that is a tagged value rather than a map with a SerializationException", () => {
    const body = cbor.serialize(tag({ tag: 1, value: 1767225600 }));
    expect(decodeError(cborRequest("Echo", body)).code).toBe("SerializationException");
  });

  it("rejects a timestamp sent untagged as text, naming it", () => {
    const error = decodeError(
      cborRequest("Echo", cbor.serialize({ When: tag({ tag: 0, value: "2026-01-01T00:00:00Z" }) })),
    );
    expect(error.code).toBe("SerializationException");
    expect(error.message).toContain("When");
  });

  it("rejects a wrongly typed member, naming it", () => {
    const error = decodeError(cborRequest("Echo", cbor.serialize({ Count: "2" })));
    expect(error.code).toBe("SerializationException");
    expect(error.message).toContain("Count");
  });
});

describe("rpcV2Cbor encoding", () => {
  it("answers with the smithy-protocol header and a CBOR map: byte strings, tag-1 seconds at millisecond resolution", () => {
    const response = rpcV2Cbor.encodeOutput(
      cborRequest("Echo", undefined),
      echo,
      echoAction,
      { Text: "t", Data: "AAH/", When: 1767225600.12345, Items: ["a"] },
      "req-1",
    );
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      "smithy-protocol": "rpc-v2-cbor",
      "content-type": "application/cbor",
      "x-amzn-requestid": "req-1",
    });
    expect(bodyOf(response)).toEqual({
      Text: "t",
      Data: Buffer.from([0, 1, 255]),
      When: tag({ tag: 1, value: 1767225600.123 }),
      Items: ["a"],
    });
  });

  it("leaves out members whose value is null", () => {
    const response = rpcV2Cbor.encodeOutput(
      cborRequest("Echo", undefined),
      echo,
      echoAction,
      { Text: null, Count: 1 },
      "req-2",
    );
    expect(bodyOf(response)).toEqual({ Count: 1 });
  });

  it("answers an operation without an output shape with no body and no content type", () => {
    const response = rpcV2Cbor.encodeOutput(cborRequest("Forget", undefined), echo, forget, {}, "req-3");
    expect(response.body).toBe("");
    expect(response.headers["content-type"]).toBeUndefined();
    expect(response.headers["smithy-protocol"]).toBe("rpc-v2-cbor");
  });

  it("answers a service error with __type as the error's shape ID, the message and x-amzn-query-error", () => {
    const error = new AwsError("ThingNotFound", "no such thing", {
      status: 404,
      queryCode: "Echo.NonExistentThing",
    });
    const response = rpcV2Cbor.encodeError(cborRequest("Fail", undefined), error, echo, "req-4");
    expect(response.status).toBe(404);
    expect(response.headers).toMatchObject({
      "smithy-protocol": "rpc-v2-cbor",
      "content-type": "application/cbor",
      "x-amzn-query-error": "Echo.NonExistentThing;Sender",
    });
    expect(response.headers["x-amzn-errortype"]).toBeUndefined();
    expect(bodyOf(response)).toEqual({ __type: "com.example.echo#ThingNotFound", message: "no such thing" });
  });

  it("names the protocol layer's own errors in Coral's namespace", () => {
    const response = rpcV2Cbor.encodeError(cborRequest("Echo", undefined), internalError(), echo, "req-5");
    expect(response.status).toBe(500);
    expect(bodyOf(response).__type).toBe("com.amazon.coral.service#InternalFailure");
    expect(response.headers["x-amzn-query-error"]).toBe("InternalError;Receiver");
  });
});
