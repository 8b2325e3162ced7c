import { AwsError } from "../core/errors.js";

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

export function serializationError(message: string): ProtocolError {
  return new ProtocolError("SerializationException", message);
}

export function unknownOperation(what: string): ProtocolError {
  return new ProtocolError(
    "UnknownOperationException",
    `The operation ${what} is not recognized by the service.`,
    {
      queryCode: "InvalidAction",
    },
  );
}

export function requestTooLarge(limit: number): ProtocolError {
  return new ProtocolError(
    "RequestEntityTooLarge",
    `Request body is larger than the limit of ${limit} bytes.`,
    {
      status: 413,
    },
  );
}
