import { coralReporter } from "../../core/coral-validation.js";
import { AwsError } from "../../core/errors.js";
import type { ViolationReporter } from "../../core/model-validation.js";

/** The closed set of errors CloudWatch Logs answers with here; codes and statuses as its model declares them. */
function logsError(code: string) {
  return (message: string): AwsError => new AwsError(code, message, { status: 400 });
}

export const LogsErrors = {
  resourceNotFound: logsError("ResourceNotFoundException"),
  resourceAlreadyExists: logsError("ResourceAlreadyExistsException"),
  invalidParameter: logsError("InvalidParameterException"),
  dataAlreadyAccepted: logsError("DataAlreadyAcceptedException"),
  limitExceeded: logsError("LimitExceededException"),
  tooManyTags: logsError("TooManyTagsException"),
  serialization: logsError("SerializationException"),
} as const;

export const noSuchLogGroup = (): AwsError =>
  LogsErrors.resourceNotFound("The specified log group does not exist.");
export const noSuchLogStream = (): AwsError =>
  LogsErrors.resourceNotFound("The specified log stream does not exist.");

/**
 * CloudWatch Logs reports model violations in Coral's aggregate message, under InvalidParameterException
 * (not ValidationException as Kinesis does).
 */
export const logsViolationReporter: ViolationReporter = coralReporter({
  validation: (message) => LogsErrors.invalidParameter(message),
  serialization: () => LogsErrors.serialization("Start of structure or map found where not expected."),
});
