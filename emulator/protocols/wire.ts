import type { IncomingHttpHeaders } from "node:http";
import type { AwsError } from "../core/errors.js";
import type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  ServiceDefinition,
  ServiceEndpoint,
  StreamMessage,
} from "../core/service.js";

/** An HTTP request as the protocol layer sees it, whichever HTTP version carried it. */
export interface WireRequest {
  readonly method: string;
  /** Raw (still percent-encoded) path, without the query string. */
  readonly path: string;
  /** Raw query string without the `?`; empty when there is none. */
  readonly query: string;
  /** Lower-case header names; HTTP/2 pseudo-headers (`:authority`) included. */
  readonly headers: IncomingHttpHeaders;
  /** Empty while the body is not read (a body over the size limit never is). */
  readonly body: Buffer;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface DecodedCall {
  readonly action: ActionDefinition;
  readonly input: ActionInput;
}

/** An event-stream reply: `head` holds its status and headers, `frames` its messages, written as they come. */
export interface StreamingResponse {
  readonly head: WireResponse;
  readonly frames: AsyncIterable<Uint8Array>;
}

/** A service's loaded definition, or undefined while it is not loaded (or is a service the emulator lacks). */
export type DefinitionLookup = (service: ServiceEndpoint) => ServiceDefinition | undefined;

/**
 * One wire protocol, as a self-contained unit: it recognises its requests, names the service an unsigned request
 * is for, decodes calls and encodes answers and errors in its own shape. The router walks the protocols in
 * priority order and never looks at their names; a service speaks the protocols its endpoint lists by `name`.
 */
export interface Protocol {
  /** The name services list in `ServiceEndpoint.protocols` (`awsJson`); also what logs show. */
  readonly name: string;
  /**
   * Whether the request is in this protocol. `service` is the service it is signed for (absent when unsigned)
   * and `definition` that service's definition once loaded. A service's first listed protocol answers the
   * requests signed for it that none of its protocols recognises.
   */
  recognizes(request: WireRequest, service?: ServiceEndpoint, definition?: ServiceDefinition): boolean;
  /**
   * The service an unsigned request is for, among those speaking this protocol (by `X-Amz-Target` prefix, a
   * route, the query `Version`...). `definition` gives the loaded definitions of the ones already loaded.
   */
  identify?(
    request: WireRequest,
    services: readonly ServiceEndpoint[],
    definition: DefinitionLookup,
  ): ServiceEndpoint | undefined;
  /**
   * `identify` needs services' definitions to find some requests (route tables, action names): when it finds
   * nothing while some of the services speaking this protocol are not loaded, the router loads them and asks again.
   */
  readonly identifiesByDefinition?: boolean;
  /** Throws `AwsError` for an unknown action or a body that does not decode. */
  decode(request: WireRequest, service: ServiceDefinition): DecodedCall;
  /** Sees the request, so the answer can follow what the client asked for (content type, protocol headers). */
  encodeOutput(
    request: WireRequest,
    service: ServiceDefinition,
    action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse;
  /** `service` is absent when no service could be identified (the error then says so in this protocol's shape). */
  encodeError(
    request: WireRequest,
    error: AwsError,
    service: ServiceEndpoint | undefined,
    requestId: string,
  ): WireResponse;
  /**
   * An output whose reply is an event stream (`eventStreamOutput`, Kinesis SubscribeToShard), its payloads in
   * this protocol's encoding (the action's output shape names the events'); absent in protocols that have no
   * event streams.
   */
  encodeEventStream?(
    request: WireRequest,
    action: ActionDefinition,
    output: ActionOutput,
    events: AsyncIterable<StreamMessage>,
    requestId: string,
  ): StreamingResponse;
  /**
   * Whether `service` answers this request, which carries no signature, without one (SNS's SubscribeURL and
   * UnsubscribeURL); the request handler then skips SigV4 verification.
   */
  allowsUnsigned?(request: WireRequest, service: ServiceEndpoint): boolean;
  /** The error for a request in this protocol that no service answers (unknown target, action or route). */
  unknownService(request: WireRequest): AwsError;
}
