import type { PolicyProblem } from "./document.js";

/**
 * How each service reports an invalid policy document. AWS services share the policy grammar but not the
 * error: SQS answers every problem with one fixed sentence, SNS prefixes a short reason, IAM states the rule.
 * A service throws its own error type built from this (code, status, message).
 */
export type PolicyService = "sqs" | "sns" | "iam" | "kinesis";

export interface ServicePolicyError {
  /** The error code for JSON protocols (and query, where the same). */
  readonly code: string;
  readonly status: 400;
  readonly message: string;
}

const MAPPERS: Record<PolicyService, (problem: PolicyProblem) => ServicePolicyError> = {
  // SetQueueAttributes / CreateQueue: AWS gives no detail, whatever is wrong.
  sqs: () => ({
    code: "InvalidAttributeValue",
    status: 400,
    message: "Invalid value for the parameter Policy.",
  }),
  // SetTopicAttributes / CreateTopic: AWS says "PrincipalNotFound" for a principal it cannot resolve and
  // "null" for structural problems (a missing Principal, a misspelt element).
  sns: (problem) => ({
    code: "InvalidParameter",
    status: 400,
    message: `Invalid parameter: Policy Error: ${problem.reason === "invalid-principal" ? "PrincipalNotFound" : "null"}`,
  }),
  // CreatePolicy, PutRolePolicy, CreateRole, UpdateAssumeRolePolicy …
  iam: (problem) => ({ code: "MalformedPolicyDocument", status: 400, message: problem.iamMessage }),
  // PutResourcePolicy: an InvalidArgumentException that says what is wrong.
  kinesis: (problem) => ({ code: "InvalidArgumentException", status: 400, message: problem.message }),
};

export function policyErrorFor(service: PolicyService, problem: PolicyProblem): ServicePolicyError {
  return MAPPERS[service](problem);
}
