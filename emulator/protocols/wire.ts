import type { IncomingHttpHeaders } from "node:http";
import type { AwsError } from "../core/errors.js";
import type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  ServiceDefinition,
  ServiceEndpoint,
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

/** One wire protocol: turns a request into an action call, and an output or error back into a response. */
export interface Protocol {
  readonly name: "awsJson" | "awsCbor" | "awsQuery" | "restJson";
  /** Throws `AwsError` for an unknown action or a body that does not decode. */
  decode(request: WireRequest, service: ServiceDefinition): DecodedCall;
  encodeOutput(
    service: ServiceDefinition,
    action: ActionDefinition,
    output: ActionOutput,
    requestId: string,
  ): WireResponse;
  /** `service` is absent when no service could be identified (the error then says so in this protocol's shape). */
  encodeError(error: AwsError, service: ServiceEndpoint | undefined, requestId: string): WireResponse;
}
