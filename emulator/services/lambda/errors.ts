import { coralReporter } from "../../core/coral-validation.js";
import { AwsError } from "../../core/errors.js";
import type { ViolationReporter } from "../../core/model-validation.js";

/** The closed set of errors Lambda answers with here; codes and statuses as Lambda's model declares them. */
function lambdaError(code: string, status: number) {
  return (message: string): AwsError => new AwsError(code, message, { status });
}

export const LambdaErrors = {
  resourceNotFound: lambdaError("ResourceNotFoundException", 404),
  resourceConflict: lambdaError("ResourceConflictException", 409),
  invalidParameterValue: lambdaError("InvalidParameterValueException", 400),
  invalidRequestContent: lambdaError("InvalidRequestContentException", 400),
  preconditionFailed: lambdaError("PreconditionFailedException", 412),
  requestTooLarge: lambdaError("RequestTooLargeException", 413),
  tooManyRequests: lambdaError("TooManyRequestsException", 429),
  validation: lambdaError("ValidationException", 400),
  accessDenied: lambdaError("AccessDeniedException", 403),
  resourceInUse: lambdaError("ResourceInUseException", 400),
} as const;

/** `Function not found: arn:…:function:NAME[:QUALIFIER]`, AWS's sentence for a missing function or version. */
export function functionNotFound(arn: string): AwsError {
  return LambdaErrors.resourceNotFound(`Function not found: ${arn}`);
}

/** A RevisionId that no longer matches: the caller read an older state. */
export function revisionMismatch(): AwsError {
  return LambdaErrors.preconditionFailed(
    "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
  );
}

/** Lambda is built on Coral: model violations come in one ValidationException, up to ten of them. */
export const lambdaViolationReporter: ViolationReporter = coralReporter({
  validation: (message) => LambdaErrors.validation(message),
  serialization: (violation) =>
    LambdaErrors.invalidRequestContent(
      `Could not parse request body into json: a value of the wrong type was found where ${violation.shape.type} was expected.`,
    ),
});
