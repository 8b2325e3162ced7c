import { AwsError } from "../../core/errors.js";
import { coralReporter } from "../../core/coral-validation.js";
import { dottedPath, type ViolationReporter } from "../../core/model-validation.js";

/**
 * The closed set of errors Kinesis answers with. The model gives none of them a status, and Kinesis answers
 * every client error with 400 (InternalFailure is the one server fault).
 */
function kinesisError(code: string, status = 400) {
  return (message: string): AwsError => new AwsError(code, message, { status });
}

export const KinesisErrors = {
  resourceNotFound: kinesisError("ResourceNotFoundException"),
  resourceInUse: kinesisError("ResourceInUseException"),
  invalidArgument: kinesisError("InvalidArgumentException"),
  limitExceeded: kinesisError("LimitExceededException"),
  expiredIterator: kinesisError("ExpiredIteratorException"),
  expiredNextToken: kinesisError("ExpiredNextTokenException"),
  provisionedThroughputExceeded: kinesisError("ProvisionedThroughputExceededException"),
  validation: kinesisError("ValidationException"),
  serialization: kinesisError("SerializationException"),
  accessDenied: kinesisError("AccessDeniedException"),
} as const;

/** Coral's aggregate validation: every violation (up to ten) in one ValidationException. */
export const kinesisReporter: ViolationReporter = coralReporter({
  validation: (message) => KinesisErrors.validation(message),
  serialization: (violation) =>
    KinesisErrors.serialization(
      `Value for ${dottedPath(violation.path)} must be of type ${violation.shape.type}.`,
    ),
});

export function streamNotFound(name: string, accountId: string): AwsError {
  return KinesisErrors.resourceNotFound(`Stream ${name} under account ${accountId} not found.`);
}

export function streamNotActive(name: string, accountId: string, status: string): AwsError {
  return KinesisErrors.resourceInUse(
    `Stream ${name} under account ${accountId} not ACTIVE, instead in state ${status}.`,
  );
}
