import { AwsError } from "../core/errors.js";
import type { ActionDefinition, ActionOutput, ServiceDefinition, ServiceEndpoint } from "../core/service.js";
import { FormParams } from "./form-params.js";
import { buildParamTree, decodeQueryStructure } from "./shape-input.js";
import type { TypeErrorFactory } from "./shape-input.js";
import { encodeStructureMembers, escapeXml } from "./xml.js";
import type { DecodedCall, DefinitionLookup, Protocol, WireRequest, WireResponse } from "./wire.js";

const XML_CONTENT_TYPE = "text/xml";
const XML_DECLARATION = '<?xml version="1.0"?>';

/**
 * The last request parsed and its parameters. One entry rather than a WeakMap keyed by request: measured under
 * a publish load, parameters held in a WeakMap outlived V8's young-generation collections (which keep a
 * WeakMap's values alive) and were all promoted: 800 bytes a call, the emulator's whole promotion, with a full
 * collection every second or two and the old generation's growth in between.
 */
let parsed: { readonly request: WireRequest; readonly params: FormParams } | undefined;

/**
 * The query-protocol parameters of a request: the URL's query string (GET) followed by the form body (POST).
 * Parsed once per request: routing reads `Action`/`Version` right before the protocol decodes the rest.
 */
export function queryParams(request: WireRequest): FormParams {
  if (parsed?.request !== request) {
    const body = request.body.length > 0 ? request.body.toString("utf8") : "";
    parsed = { request, params: FormParams.parse(request.query, body) };
  }
  return parsed.params;
}

function queryTypeErrorFactory(service: ServiceDefinition): TypeErrorFactory {
  return (path, expected) =>
    service.inputTypeError?.(path, expected) ??
    new AwsError(
      "InvalidParameterValue",
      `Value for parameter ${path} is invalid. Reason: must be of type ${expected}.`,
    );
}

/** The error for a query request no service answers: the action is missing or nobody has it. */
function unknownQueryAction(request: WireRequest): AwsError {
  const actionName = queryParams(request).get("Action");
  if (actionName === null || actionName === "") {
    return new AwsError("MissingAction", "The request must contain the parameter Action.");
  }
  return new AwsError("InvalidAction", `The action ${actionName} is not valid for this endpoint.`);
}

/** awsQuery: form-encoded `Action=...&Version=...&<members>` in, `<ActionResponse>` XML out. */
export const awsQuery: Protocol = {
  name: "awsQuery",

  /** Any request no protocol before it claims: clients send query calls as forms, GETs or bare POSTs alike. */
  recognizes(): boolean {
    return true;
  },

  /** The service the `Version` names, else the one (loaded) service that has the `Action`. */
  identify(
    request: WireRequest,
    services: readonly ServiceEndpoint[],
    definition: DefinitionLookup,
  ): ServiceEndpoint | undefined {
    const params = queryParams(request);
    const version = params.get("Version");
    if (version !== null) return services.find((service) => service.queryVersion === version);
    const action = params.get("Action");
    if (action === null) return undefined;
    return services.find((service) => definition(service)?.actions.has(action));
  },

  identifiesByDefinition: true,

  decode(request: WireRequest, service: ServiceDefinition): DecodedCall {
    const params = queryParams(request);
    const action = service.actions.get(params.get("Action") ?? "");
    if (action === undefined) throw unknownQueryAction(request);
    const input = decodeQueryStructure(
      action.input,
      buildParamTree(params),
      "",
      queryTypeErrorFactory(service),
    );
    return { action, input };
  },

  encodeOutput(
    _request: WireRequest,
    service: ServiceDefinition,
    action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse {
    const name = action.name;
    const namespace = service.xmlNamespace ? ` xmlns="${service.xmlNamespace}"` : "";
    // Actions with an empty output (DeleteQueue) answer with ResponseMetadata only, as AWS does.
    const result =
      Object.keys(action.output.members).length === 0
        ? ""
        : `<${name}Result>${encodeStructureMembers(action.output, output)}</${name}Result>`;
    return {
      status: 200,
      headers: { "content-type": XML_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body: `${XML_DECLARATION}<${name}Response${namespace}>${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${name}Response>`,
    };
  },

  encodeError(
    _request: WireRequest,
    error: AwsError,
    service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse {
    const namespace = service?.xmlNamespace ? ` xmlns="${service.xmlNamespace}"` : "";
    return {
      status: error.status,
      headers: { "content-type": XML_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body:
        `${XML_DECLARATION}<ErrorResponse${namespace}><Error><Type>${error.fault}</Type>` +
        `<Code>${escapeXml(error.queryCode)}</Code><Message>${escapeXml(error.message)}</Message><Detail/></Error>` +
        `<RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
  },

  allowsUnsigned(request: WireRequest, service: ServiceEndpoint): boolean {
    return service.unsignedQueryActions?.includes(queryParams(request).get("Action") ?? "") ?? false;
  },

  unknownService: unknownQueryAction,
};
