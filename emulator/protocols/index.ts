import { awsCbor } from "./aws-cbor.js";
import { awsJson } from "./aws-json.js";
import { awsQuery } from "./aws-query.js";
import { restJson } from "./rest-json.js";
import { rpcV2Cbor } from "./rpc-v2-cbor.js";
import type { Protocol } from "./wire.js";

export type {
  DecodedCall,
  DefinitionLookup,
  Protocol,
  StreamingResponse,
  WireRequest,
  WireResponse,
} from "./wire.js";

/**
 * The protocols the emulator speaks, in the order the router asks them: the first that recognises a request
 * decodes it. Marked protocols come before catch-alls: rpcV2Cbor has its `smithy-protocol` header (first, so a
 * request that also carries `X-Amz-Target` is refused, as its spec asks), awsCbor a CBOR content type with its
 * `X-Amz-Target` (so it goes before awsJson, which takes any target), restJson a route of a service, and
 * awsQuery takes whatever is left (forms, GETs, bare POSTs).
 */
export const defaultProtocols: readonly Protocol[] = [rpcV2Cbor, awsCbor, awsJson, restJson, awsQuery];
