import type { AwsError } from "../core/errors.js";
import type {
  ActionDefinition,
  ActionOutput,
  ServiceDefinition,
  ServiceEndpoint,
  StreamMessage,
} from "../core/service.js";
import { ProtocolError, serializationError, unknownOperation } from "./errors.js";
import { checkJsonStructure, isPlainObject } from "./shape-input.js";
import type { TypeErrorFactory } from "./shape-input.js";
import { eventStreamResponse, jsonPayloads } from "./event-stream.js";
import type { DecodedCall, Protocol, StreamingResponse, WireRequest, WireResponse } from "./wire.js";

const CONTENT_TYPE_1_0 = "application/x-amz-json-1.0";
const CONTENT_TYPE_1_1 = "application/x-amz-json-1.1";

/**
 * The service's JSON version; without one (nothing answers to the target) the version the client sent, so it
 * reads the error as it reads its answers, else 1.1: clients read `__type` either way.
 */
function contentType(request: WireRequest, service: ServiceEndpoint | undefined): string {
  if (service?.jsonVersion !== undefined)
    return service.jsonVersion === "1.0" ? CONTENT_TYPE_1_0 : CONTENT_TYPE_1_1;
  return request.headers["content-type"] === CONTENT_TYPE_1_0 ? CONTENT_TYPE_1_0 : CONTENT_TYPE_1_1;
}

/** The `X-Amz-Target` prefix: `AmazonSQS` of `AmazonSQS.SendMessage`. */
export function targetPrefix(target: string): string {
  const dot = target.indexOf(".");
  return dot === -1 ? target : target.slice(0, dot);
}

export function jsonTypeErrorFactory(service: ServiceDefinition): TypeErrorFactory {
  return (path, expected) =>
    service.inputTypeError?.(path, expected) ??
    serializationError(`Value for ${path} must be of type ${expected}.`);
}

/** awsJson 1.0/1.1: `X-Amz-Target: <prefix>.<Action>`, a JSON object in, a JSON object out. */
export const awsJson: Protocol = {
  name: "awsJson",

  recognizes(request: WireRequest): boolean {
    return typeof request.headers["x-amz-target"] === "string";
  },

  identify(request: WireRequest, services: readonly ServiceEndpoint[]): ServiceEndpoint | undefined {
    const target = request.headers["x-amz-target"];
    if (typeof target !== "string") return undefined;
    const prefix = targetPrefix(target);
    return services.find((service) => service.jsonTargetPrefix === prefix);
  },

  decode(request: WireRequest, service: ServiceDefinition): DecodedCall {
    const target = request.headers["x-amz-target"];
    const dot = typeof target === "string" ? target.indexOf(".") : -1;
    const actionName = dot === -1 ? undefined : (target as string).slice(dot + 1);
    const action = actionName === undefined ? undefined : service.actions.get(actionName);
    if (action === undefined) throw unknownOperation(actionName ?? String(target ?? "(no X-Amz-Target)"));
    const input = parseJsonBody(request.body);
    checkJsonStructure(action.input, input, "", jsonTypeErrorFactory(service));
    return { action, input };
  },

  encodeOutput(
    request: WireRequest,
    service: ServiceDefinition,
    _action,
    output: ActionOutput,
    requestId: string,
  ): WireResponse {
    return {
      status: 200,
      headers: { "content-type": contentType(request, service), "x-amzn-requestid": requestId },
      body: JSON.stringify(output),
    };
  },

  encodeError(
    request: WireRequest,
    error: AwsError,
    service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse {
    const namespace = error instanceof ProtocolError ? error.jsonNamespace : service?.jsonErrorNamespace;
    const headers: Record<string, string> = {
      "content-type": contentType(request, service),
      "x-amzn-requestid": requestId,
    };
    if (service?.awsQueryCompatible) headers["x-amzn-query-error"] = `${error.queryCode};${error.fault}`;
    return {
      status: error.status,
      headers,
      body: JSON.stringify({
        __type: namespace ? `${namespace}#${error.code}` : error.code,
        message: error.message,
      }),
    };
  },

  encodeEventStream: jsonEventStream,

  unknownService: unknownTarget,
};

/** An event-stream reply with JSON event payloads, as awsJson 1.1 services (Kinesis SubscribeToShard) send it. */
function jsonEventStream(
  _request: WireRequest,
  _action: ActionDefinition,
  output: ActionOutput,
  events: AsyncIterable<StreamMessage>,
  requestId: string,
): StreamingResponse {
  return eventStreamResponse(output, events, jsonPayloads(CONTENT_TYPE_1_1), requestId);
}

/** The error for an `X-Amz-Target` no service answers. */
export function unknownTarget(request: WireRequest): AwsError {
  const target = request.headers["x-amz-target"];
  return unknownOperation(typeof target === "string" ? target : "(no X-Amz-Target)");
}

/** An empty body is `{}` (operations without input); anything but a JSON object is a SerializationException. */
export function parseJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw serializationError("Start of structure or map found where not expected.");
  }
  if (!isPlainObject(parsed)) throw serializationError("Start of structure or map found where not expected.");
  return parsed;
}
