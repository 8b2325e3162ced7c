import type { AwsError } from "../core/errors.js";
import { emptyStructure } from "../core/model-shapes.js";
import type { Shape } from "../core/shapes.js";
import type { ActionDefinition, ActionOutput, ServiceDefinition, ServiceEndpoint } from "../core/service.js";
import { jsonTypeErrorFactory } from "./aws-json.js";
import { cborDecoder, cborEncoder, EpochTag } from "./cbor-codec.js";
import { convertLeaves } from "./cbor-shapes.js";
import { ProtocolError, serializationError, unknownOperation } from "./errors.js";
import { checkJsonStructure, isPlainObject } from "./shape-input.js";
import type { DecodedCall, Protocol, WireRequest, WireResponse } from "./wire.js";

declare module "../core/service.js" {
  interface ServiceEndpoint {
    /**
     * RPC v2 CBOR: the service's absolute Smithy shape ID
     * (`com.amazonaws.cloudwatch#GraniteServiceVersion20100801`). Its name (or the whole ID with `.` for `#`)
     * is the `{serviceName}` of request paths, and its namespace qualifies the `__type` of its errors.
     */
    readonly smithyServiceId?: string;
  }
}

export const SMITHY_PROTOCOL = "rpc-v2-cbor";
export const CBOR_MEDIA_TYPE = "application/cbor";

/** `{prefix?}/service/{serviceName}/operation/{operationName}`: only the last four segments route. */
interface OperationPath {
  readonly service: string;
  readonly operation: string;
}

function operationPath(path: string): OperationPath | undefined {
  const segments = path.split("/");
  const n = segments.length;
  if (n < 5 || segments[n - 4] !== "service" || segments[n - 2] !== "operation") return undefined;
  return { service: segments[n - 3], operation: segments[n - 1] };
}

/** The spec has services accept their bare shape name and their absolute ID written with `.` for `#`. */
function namesService(endpoint: ServiceEndpoint, name: string): boolean {
  const id = endpoint.smithyServiceId;
  if (id === undefined) return false;
  return name === id.slice(id.indexOf("#") + 1) || name === id.replace("#", ".");
}

function errorNamespace(error: AwsError, service: ServiceEndpoint | undefined): string | undefined {
  if (error instanceof ProtocolError) return error.jsonNamespace;
  const id = service?.smithyServiceId;
  return id === undefined ? service?.jsonErrorNamespace : id.slice(0, id.indexOf("#"));
}

function requestProblem(code: string, message: string, status = 400): ProtocolError {
  return new ProtocolError(code, message, { status });
}

/**
 * Smithy RPC v2 CBOR (`smithy-protocol: rpc-v2-cbor`, newer SDKs' CloudWatch): `POST
 * /service/{serviceName}/operation/{operationName}` with a CBOR map in and out. Blobs are byte strings and
 * timestamps tag 1 over epoch seconds (RFC 8949's unit, unlike awsCbor's milliseconds); both are brought to
 * the JSON forms actions take on the way in and back on the way out. The codec is awsCbor's cbor-x, already
 * loaded at start-up (`@smithy/core/cbor`, the SDK's, takes 100–200 ms to import, more than the start-up
 * budget); it reads half-precision floats and writes integers in their smallest form and other numbers as
 * 64-bit floats, as the spec asks, and `undefined` is never written (such members are left out).
 */
export const rpcV2Cbor: Protocol = {
  name: "rpcV2Cbor",

  recognizes(request: WireRequest): boolean {
    const header = request.headers["smithy-protocol"];
    return typeof header === "string" && header.toLowerCase() === SMITHY_PROTOCOL;
  },

  identify(request: WireRequest, services: readonly ServiceEndpoint[]): ServiceEndpoint | undefined {
    if (!rpcV2Cbor.recognizes(request)) return undefined;
    const path = operationPath(request.path);
    return path === undefined ? undefined : services.find((service) => namesService(service, path.service));
  },

  decode(request: WireRequest, service: ServiceDefinition): DecodedCall {
    const action = operationOf(request, service);
    const body = parseCborBody(request);
    const input = fromCbor(action.input, body) as Record<string, unknown>;
    checkJsonStructure(action.input, input, "", jsonTypeErrorFactory(service));
    return { action, input };
  },

  encodeOutput(
    _request,
    _service,
    action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse {
    const headers: Record<string, string> = {
      "smithy-protocol": SMITHY_PROTOCOL,
      "x-amzn-requestid": requestId,
    };
    // An operation without an output shape (Smithy's Unit) answers with no body and no content type.
    if (action.output === emptyStructure) return { status: 200, headers, body: "" };
    headers["content-type"] = CBOR_MEDIA_TYPE;
    return { status: 200, headers, body: cborEncoder.encode(toCbor(action.output, output)) };
  },

  encodeError(
    _request: WireRequest,
    error: AwsError,
    service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse {
    const namespace = errorNamespace(error, service);
    const headers: Record<string, string> = {
      "smithy-protocol": SMITHY_PROTOCOL,
      "content-type": CBOR_MEDIA_TYPE,
      "x-amzn-requestid": requestId,
    };
    // Services that were awsQuery services (CloudWatch) name the query code too, as in awsJson.
    if (service?.awsQueryCompatible) headers["x-amzn-query-error"] = `${error.queryCode};${error.fault}`;
    return {
      status: error.status,
      headers,
      body: cborEncoder.encode({
        __type: namespace ? `${namespace}#${error.code}` : error.code,
        message: error.message,
      }),
    };
  },

  unknownService(request: WireRequest): AwsError {
    const path = operationPath(request.path);
    return path === undefined
      ? unknownOperation(request.path)
      : unknownOperation(`${path.operation} of service ${path.service}`);
  },
};

/** The action the request's path names, once the request is a well-formed RPC v2 CBOR call. */
function operationOf(request: WireRequest, service: ServiceDefinition): ActionDefinition {
  if (request.headers["x-amz-target"] !== undefined || request.headers["x-amzn-target"] !== undefined) {
    throw requestProblem(
      "SerializationException",
      "An rpc-v2-cbor request must not carry X-Amz-Target; send it without that header or without smithy-protocol.",
    );
  }
  const path = operationPath(request.path);
  if (request.method !== "POST" || path === undefined) {
    throw requestProblem(
      "UnknownOperationException",
      `An rpc-v2-cbor call is a POST to /service/{serviceName}/operation/{operationName}, not ${request.method} ${request.path}.`,
    );
  }
  const action = namesService(service, path.service) ? service.actions.get(path.operation) : undefined;
  if (action === undefined) throw unknownOperation(`${path.operation} of service ${path.service}`);
  return action;
}

/** An empty body is the empty input; a body must be `application/cbor` holding a CBOR map. */
function parseCborBody(request: WireRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  const contentType = request.headers["content-type"];
  const mediaType = typeof contentType === "string" ? contentType.split(";")[0].trim().toLowerCase() : "";
  if (mediaType !== CBOR_MEDIA_TYPE) {
    throw requestProblem(
      "UnsupportedMediaTypeException",
      `An rpc-v2-cbor request body must be sent as Content-Type: ${CBOR_MEDIA_TYPE}, not ${mediaType || "none"}.`,
      415,
    );
  }
  let parsed: unknown;
  try {
    parsed = cborDecoder.decode(request.body);
  } catch {
    throw serializationError("The request body is not valid CBOR.");
  }
  // A map decodes to a plain object; tags (cbor-x's Tag, EpochTag, a tag-0 Date) are objects too, but not maps.
  if (!isPlainObject(parsed) || Object.getPrototypeOf(parsed) !== Object.prototype) {
    throw serializationError("Start of structure or map found where not expected.");
  }
  return parsed;
}

/** Byte strings to base64 and tag-1 epoch seconds to numbers, the forms the JSON protocols carry. */
function fromCbor(shape: Shape, value: unknown): unknown {
  return convertLeaves(shape, value, (type, leaf) => {
    if (type === "blob") return leaf instanceof Uint8Array ? Buffer.from(leaf).toString("base64") : leaf;
    return leaf instanceof EpochTag ? leaf.value : leaf;
  });
}

/** Base64 blobs to byte strings, epoch seconds to tag 1 at millisecond resolution; null members left out. */
function toCbor(shape: Shape, value: unknown): unknown {
  return convertLeaves(
    shape,
    value,
    (type, leaf) => {
      if (type === "blob") return typeof leaf === "string" ? Buffer.from(leaf, "base64") : leaf;
      return typeof leaf === "number" ? new EpochTag(Math.round(leaf * 1000) / 1000) : leaf;
    },
    { omitNullMembers: true },
  );
}
