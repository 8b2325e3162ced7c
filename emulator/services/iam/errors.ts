import { AwsError } from "../../core/errors.js";
import { queryCoralReporter } from "../../core/model-action.js";

/** The closed set of errors IAM answers with here: query codes and statuses as the IAM model declares them. */
function iamError(code: string, status: number) {
  return (message: string): AwsError => new AwsError(code, message, { status });
}

export const IamErrors = {
  noSuchEntity: iamError("NoSuchEntity", 404),
  entityAlreadyExists: iamError("EntityAlreadyExists", 409),
  malformedPolicyDocument: iamError("MalformedPolicyDocument", 400),
  limitExceeded: iamError("LimitExceeded", 409),
  deleteConflict: iamError("DeleteConflict", 409),
  invalidInput: iamError("InvalidInput", 400),
  validation: iamError("ValidationError", 400),
} as const;

export const iamReporter = queryCoralReporter(IamErrors.validation);
