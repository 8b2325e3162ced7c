import { ProtocolError } from "../core/errors.js";

export { ProtocolError, internalError } from "../core/errors.js";

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
