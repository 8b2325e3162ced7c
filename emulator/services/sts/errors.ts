import { AwsError } from "../../core/errors.js";
import { queryCoralReporter } from "../../core/model-action.js";

/** The closed set of errors STS answers with here, with the query codes and statuses of the STS model. */
export const StsErrors = {
  validation: (message: string) => new AwsError("ValidationError", message, { status: 400 }),
  accessDenied: (message: string) => new AwsError("AccessDenied", message, { status: 403 }),
} as const;

export const stsReporter = queryCoralReporter(StsErrors.validation);

/** AWS's sentence when a caller may not assume a role (the role is missing or its trust policy says no). */
export function notAuthorizedToAssume(principalArn: string, roleArn: string): AwsError {
  return StsErrors.accessDenied(
    `User: ${principalArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
  );
}
