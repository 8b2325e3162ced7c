import { coralReporter } from "../../core/coral-validation.js";
import { AwsError } from "../../core/errors.js";
import type { ViolationReporter } from "../../core/model-validation.js";

/** The closed set of errors CloudWatch answers with here: JSON code, query code and status as its model says. */
function cloudWatchError(code: string, status: number, queryCode = code) {
  return (message: string): AwsError => new AwsError(code, message, { status, queryCode });
}

export const CloudWatchErrors = {
  /** Alarms named by DeleteAlarms, SetAlarmState and the like. */
  resourceNotFound: cloudWatchError("ResourceNotFound", 404),
  /** Resources named by ARN in the tagging APIs. */
  resourceNotFoundException: cloudWatchError("ResourceNotFoundException", 404),
  invalidParameterValue: cloudWatchError("InvalidParameterValueException", 400, "InvalidParameterValue"),
  invalidParameterCombination: cloudWatchError(
    "InvalidParameterCombinationException",
    400,
    "InvalidParameterCombination",
  ),
  missingParameter: cloudWatchError("MissingRequiredParameterException", 400, "MissingParameter"),
  invalidNextToken: cloudWatchError("InvalidNextToken", 400),
  limitExceeded: cloudWatchError("LimitExceededFault", 400, "LimitExceeded"),
  validation: cloudWatchError("ValidationError", 400),
} as const;

/** CloudWatch reports model violations in Coral's aggregate message with the code ValidationError. */
export const cloudWatchViolationReporter: ViolationReporter = coralReporter({
  validation: (message) => CloudWatchErrors.validation(message),
  serialization: (violation) =>
    CloudWatchErrors.invalidParameterValue(
      `The value of a parameter is not a valid ${violation.shape.type}.`,
    ),
});
