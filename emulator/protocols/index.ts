import { awsJson } from "./aws-json.js";
import { awsQuery } from "./aws-query.js";
import { restJson } from "./rest-json.js";
import type { Protocol } from "./wire.js";

export type { DecodedCall, DefinitionLookup, Protocol, WireRequest, WireResponse } from "./wire.js";

/**
 * The protocols the emulator speaks, in the order the router asks them: the first that recognises a request
 * decodes it. Marked protocols come before catch-alls: awsJson has its `X-Amz-Target`, restJson a route of a
 * service, and awsQuery takes whatever is left (forms, GETs, bare POSTs).
 */
export const defaultProtocols: readonly Protocol[] = [awsJson, restJson, awsQuery];
