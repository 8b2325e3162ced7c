/**
 * The one error type a service action throws for a client- or server-side failure. The protocol layer turns it
 * into each wire format: `__type` + `x-amzn-query-error` for awsJson, `<ErrorResponse>` for awsQuery,
 * `x-amzn-ErrorType` for restJson. Anything else thrown by an action is an internal error (500).
 */
export class AwsError extends Error {
  /** Error code as the JSON protocols name it (the Smithy shape name), e.g. `QueueDoesNotExist`. */
  readonly code: string;
  /** HTTP status AWS answers with. */
  readonly status: number;
  /** `Sender` (client fault) or `Receiver` (server fault). */
  readonly fault: "Sender" | "Receiver";
  /**
   * Code as the query protocol names it when it differs from `code`, e.g.
   * `AWS.SimpleQueueService.NonExistentQueue`; sent in `x-amzn-query-error` for awsJson services that
   * declare `awsQueryCompatible`, and as `<Code>` for awsQuery.
   */
  readonly queryCode: string;

  constructor(
    code: string,
    message: string,
    options: { status?: number; fault?: "Sender" | "Receiver"; queryCode?: string } = {},
  ) {
    super(message);
    this.name = "AwsError";
    this.code = code;
    this.status = options.status ?? 400;
    this.fault = options.fault ?? (this.status >= 500 ? "Receiver" : "Sender");
    this.queryCode = options.queryCode ?? code;
  }
}

/**
 * Errors raised by the protocol layer itself rather than by a service (unknown operation, undecodable body,
 * failed signature). AWS's JSON front end names these in its own namespace (`com.amazon.coral.service#...`),
 * not the service's.
 */
export class ProtocolError extends AwsError {
  readonly jsonNamespace = "com.amazon.coral.service";
}

export function internalError(): ProtocolError {
  return new ProtocolError(
    "InternalFailure",
    "The request processing has failed because of an unknown error.",
    {
      status: 500,
      queryCode: "InternalError",
    },
  );
}
