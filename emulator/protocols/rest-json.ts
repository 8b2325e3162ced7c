import type { AwsError } from "../core/errors.js";
import type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  ServiceDefinition,
  ServiceEndpoint,
} from "../core/service.js";
import type { Member, StructureShape } from "../core/shapes.js";
import { jsonTypeErrorFactory, parseJsonBody } from "./aws-json.js";
import { ProtocolError, unknownOperation } from "./errors.js";
import { restRoutes } from "./rest-routes.js";
import { checkJsonStructure, coerceScalar } from "./shape-input.js";
import type { TypeErrorFactory } from "./shape-input.js";
import type { DecodedCall, DefinitionLookup, Protocol, WireRequest, WireResponse } from "./wire.js";

const JSON_CONTENT_TYPE = "application/json";

function unknownRoute(request: WireRequest): ProtocolError {
  return new ProtocolError(
    "UnknownOperationException",
    `No operation matches ${request.method} ${request.path}.`,
    {
      status: 404,
    },
  );
}

function matchesRoute(request: WireRequest, definition: ServiceDefinition | undefined): boolean {
  return definition !== undefined && restRoutes(definition).match(request.method, request.path) !== undefined;
}

/** restJson1 (Lambda): method + path select the action; members bind to the URI, query, headers or body. */
export const restJson: Protocol = {
  name: "restJson",

  /** Only by a route of the service it is signed for: method and path alone say nothing about the protocol. */
  recognizes(request: WireRequest, _service?: ServiceEndpoint, definition?: ServiceDefinition): boolean {
    return matchesRoute(request, definition);
  },

  identify(
    request: WireRequest,
    services: readonly ServiceEndpoint[],
    definition: DefinitionLookup,
  ): ServiceEndpoint | undefined {
    return services.find((service) => matchesRoute(request, definition(service)));
  },

  identifiesByDefinition: true,

  decode(request: WireRequest, service: ServiceDefinition): DecodedCall {
    const match = restRoutes(service).match(request.method, request.path);
    if (match === undefined) throw unknownRoute(request);
    const { action, labels } = match;
    const shape = action.input;
    const typeError = jsonTypeErrorFactory(service);
    const input = decodeBody(shape, request.body, typeError);
    let query: URLSearchParams | undefined;
    for (const name in shape.members) {
      const member = shape.members[name];
      switch (member.location) {
        case "uri": {
          const text = labels[member.locationName ?? name];
          if (text !== undefined) input[name] = coerceScalar(member.type, text, name, typeError);
          break;
        }
        case "querystring": {
          query ??= new URLSearchParams(request.query);
          const value = decodeQueryMember(member, name, query, typeError);
          if (value !== undefined) input[name] = value;
          break;
        }
        case "header": {
          const text = request.headers[(member.locationName ?? name).toLowerCase()];
          if (typeof text === "string") input[name] = coerceScalar(member.type, text, name, typeError);
          break;
        }
        case "headers": {
          const prefix = (member.locationName ?? "").toLowerCase();
          const collected: Record<string, string> = {};
          for (const [header, text] of Object.entries(request.headers)) {
            if (header.startsWith(prefix) && typeof text === "string")
              collected[header.slice(prefix.length)] = text;
          }
          input[name] = collected;
          break;
        }
        default:
          break;
      }
    }
    return { action, input };
  },

  encodeOutput(
    _request: WireRequest,
    _service: ServiceDefinition,
    action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse {
    const shape = action.output;
    const headers: Record<string, string> = {
      "content-type": JSON_CONTENT_TYPE,
      "x-amzn-requestid": requestId,
    };
    let status = action.http?.responseCode ?? 200;
    const body: Record<string, unknown> = {};
    for (const name in output) {
      const value = output[name];
      const member: Member | undefined = shape.members[name];
      if (value === undefined || value === null) continue;
      switch (member?.location) {
        case "statusCode":
          status = Number(value);
          break;
        case "header":
          headers[(member.locationName ?? name).toLowerCase()] = headerText(value);
          break;
        case "headers":
          for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
            headers[`${member.locationName ?? ""}${key}`.toLowerCase()] = headerText(text);
          }
          break;
        default:
          body[name] = value;
      }
    }
    if (shape.payload !== undefined) {
      const payload = body[shape.payload];
      if (Buffer.isBuffer(payload) || typeof payload === "string") {
        headers["content-type"] = "application/octet-stream";
        return { status, headers, body: payload };
      }
      return { status, headers, body: payload === undefined ? "" : JSON.stringify(payload) };
    }
    return { status, headers, body: status === 204 ? "" : JSON.stringify(body) };
  },

  encodeError(
    _request: WireRequest,
    error: AwsError,
    _service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse {
    return {
      status: error.status,
      headers: {
        "content-type": JSON_CONTENT_TYPE,
        "x-amzn-requestid": requestId,
        "x-amzn-errortype": error.code,
      },
      body: JSON.stringify({ Type: error.fault === "Sender" ? "User" : "Service", message: error.message }),
    };
  },

  unknownService(request: WireRequest): AwsError {
    return unknownOperation(`${request.method} ${request.path}`);
  },
};

/** A blob payload arrives raw (as a Buffer); otherwise the body is the JSON object of the unbound members. */
function decodeBody(shape: StructureShape, body: Buffer, typeError: TypeErrorFactory): ActionInput {
  if (shape.payload !== undefined) {
    const member = shape.members[shape.payload];
    if (member?.type === "blob") return body.length === 0 ? {} : { [shape.payload]: body };
    if (member?.type === "string") return body.length === 0 ? {} : { [shape.payload]: body.toString("utf8") };
    if (member?.type === "structure") {
      const payload = parseJsonBody(body);
      checkJsonStructure(member, payload, shape.payload, typeError);
      return { [shape.payload]: payload };
    }
  }
  const input = parseJsonBody(body);
  checkJsonStructure(shape, input, "", typeError);
  return input;
}

function decodeQueryMember(
  member: Member,
  name: string,
  query: URLSearchParams,
  typeError: TypeErrorFactory,
): unknown {
  const key = member.locationName ?? name;
  if (member.type === "list") {
    const values = query.getAll(key);
    return values.length === 0
      ? undefined
      : values.map((text) => coerceScalar(member.member.type, text, name, typeError));
  }
  const text = query.get(key);
  return text === null ? undefined : coerceScalar(member.type, text, name, typeError);
}

function headerText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
