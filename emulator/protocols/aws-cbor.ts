import type { AwsError } from "../core/errors.js";
import type { Shape, StructureShape } from "../core/shapes.js";
import type { ActionOutput, ServiceDefinition, ServiceEndpoint } from "../core/service.js";
import { jsonTypeErrorFactory, targetPrefix, unknownTarget } from "./aws-json.js";
import { cborDecoder as decoder, cborEncoder as encoder, EpochTag } from "./cbor-codec.js";
import { convertLeaves } from "./cbor-shapes.js";
import { eventPayloadShape, eventStreamResponse, type EventPayloads } from "./event-stream.js";
import { ProtocolError, serializationError, unknownOperation } from "./errors.js";
import { checkJsonStructure, isPlainObject } from "./shape-input.js";
import type { DecodedCall, Protocol, WireRequest, WireResponse } from "./wire.js";

export const CBOR_CONTENT_TYPE = "application/x-amz-cbor-1.1";

/**
 * awsJson 1.1's CBOR form (`application/x-amz-cbor-1.1`, used by the Java SDK and the KCL): the same
 * `X-Amz-Target` operations and members, with CBOR bodies; blobs are byte strings and timestamps tag 1 over
 * epoch MILLISECONDS, as the Java SDKs write and read them (RFC 8949 says seconds). Values are brought to the
 * JSON forms actions take (base64 text, epoch seconds) on the way in and back to CBOR's on the way out, so
 * services serve both without knowing which came in.
 */
export const awsCbor: Protocol = {
  name: "awsCbor",

  /** An `X-Amz-Target` call with a CBOR body; the content type is what tells it from awsJson. */
  recognizes(request: WireRequest): boolean {
    const contentType = request.headers["content-type"];
    return (
      typeof request.headers["x-amz-target"] === "string" &&
      typeof contentType === "string" &&
      contentType.startsWith(CBOR_CONTENT_TYPE)
    );
  },

  identify(request: WireRequest, services: readonly ServiceEndpoint[]): ServiceEndpoint | undefined {
    if (!awsCbor.recognizes(request)) return undefined;
    const prefix = targetPrefix(request.headers["x-amz-target"] as string);
    return services.find((service) => service.jsonTargetPrefix === prefix);
  },

  decode(request: WireRequest, service: ServiceDefinition): DecodedCall {
    const target = request.headers["x-amz-target"];
    const dot = typeof target === "string" ? target.indexOf(".") : -1;
    const actionName = dot === -1 ? undefined : (target as string).slice(dot + 1);
    const action = actionName === undefined ? undefined : service.actions.get(actionName);
    if (action === undefined) throw unknownOperation(actionName ?? String(target ?? "(no X-Amz-Target)"));
    const input = parseCborBody(request.body);
    const typeError = jsonTypeErrorFactory(service);
    const jsonInput = fromCbor(action.input, input) as Record<string, unknown>;
    checkJsonStructure(action.input, jsonInput, "", typeError);
    return { action, input: jsonInput };
  },

  encodeOutput(_request, _service, action, output: ActionOutput, requestId: string): WireResponse {
    return {
      status: 200,
      headers: { "content-type": CBOR_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body: encoder.encode(toCbor(action.output, output)),
    };
  },

  encodeError(
    _request: WireRequest,
    error: AwsError,
    service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse {
    const namespace = error instanceof ProtocolError ? error.jsonNamespace : service?.jsonErrorNamespace;
    const type = namespace ? `${namespace}#${error.code}` : error.code;
    return {
      status: error.status,
      headers: { "content-type": CBOR_CONTENT_TYPE, "x-amzn-requestid": requestId, "x-amzn-errortype": type },
      body: encoder.encode({ __type: type, message: error.message }),
    };
  },

  /** Events in CBOR too, as AWS answers a CBOR request (the Java SDK's and the KCL's SubscribeToShard). */
  encodeEventStream(_request, action, output, events, requestId) {
    return eventStreamResponse(output, events, cborPayloads(action.output), requestId);
  },

  unknownService: unknownTarget,
};

/** Event payloads as CBOR maps, converted by the shape of what each message carries. */
function cborPayloads(output: StructureShape): EventPayloads {
  return {
    contentType: CBOR_CONTENT_TYPE,
    encode(member, payload) {
      const shape = eventPayloadShape(output, member);
      return encoder.encode(shape === undefined ? payload : toCbor(shape, payload));
    },
  };
}

/** An empty body is `{}`; anything but a CBOR map is a SerializationException. */
function parseCborBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = decoder.decode(body);
  } catch {
    throw serializationError("The request body is not valid CBOR.");
  }
  if (!isPlainObject(parsed)) throw serializationError("Start of structure or map found where not expected.");
  return parsed;
}

/** CBOR values to their JSON-protocol forms: byte strings to base64, tag-1 dates to epoch seconds. */
function fromCbor(shape: Shape, value: unknown): unknown {
  return convertLeaves(shape, value, (type, leaf) => {
    if (type === "blob") return leaf instanceof Uint8Array ? Buffer.from(leaf).toString("base64") : leaf;
    if (leaf instanceof EpochTag) return leaf.value / 1000;
    return leaf instanceof Date ? leaf.getTime() / 1000 : leaf;
  });
}

/** JSON-protocol output values to CBOR's: base64 blobs to byte strings, epoch seconds to tag-1 dates. */
function toCbor(shape: Shape, value: unknown): unknown {
  return convertLeaves(shape, value, (type, leaf) => {
    if (type === "blob") return typeof leaf === "string" ? Buffer.from(leaf, "base64") : leaf;
    return typeof leaf === "number" ? new EpochTag(Math.round(leaf * 1000)) : leaf;
  });
}
