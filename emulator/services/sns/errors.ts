import { coralValidationMessage } from "../../core/coral-validation.js";
import { AwsError } from "../../core/errors.js";
import type { ModelError } from "../../core/model-shapes.js";
import type { ViolationReporter } from "../../core/model-validation.js";
import { errors } from "../../generated/sns.js";

type ModelErrorName = keyof typeof errors;

/** An error as the SNS model declares it: the query code on the wire (`NotFound`), its status and fault. */
function modelError(name: ModelErrorName) {
  const { queryCode, status }: ModelError = errors[name];
  return (message: string): AwsError => new AwsError(name, message, { status, queryCode: queryCode ?? name });
}

/** The closed set of errors SNS answers with, each mapped once from the model. */
export const SnsErrors = {
  notFound: modelError("NotFoundException"),
  invalidParameter: modelError("InvalidParameterException"),
  invalidParameterValue: modelError("InvalidParameterValueException"),
  authorizationError: modelError("AuthorizationErrorException"),
  resourceNotFound: modelError("ResourceNotFoundException"),
  tagLimitExceeded: modelError("TagLimitExceededException"),
  topicLimitExceeded: modelError("TopicLimitExceededException"),
  subscriptionLimitExceeded: modelError("SubscriptionLimitExceededException"),
  filterPolicyLimitExceeded: modelError("FilterPolicyLimitExceededException"),
  batchEntryIdsNotDistinct: modelError("BatchEntryIdsNotDistinctException"),
  tooManyEntriesInBatchRequest: modelError("TooManyEntriesInBatchRequestException"),
  batchRequestTooLong: modelError("BatchRequestTooLongException"),
  emptyBatchRequest: modelError("EmptyBatchRequestException"),
  invalidBatchEntryId: modelError("InvalidBatchEntryIdException"),
  // Not in the model: what SNS's front end answers for a request that breaks the model's constraints.
  validation: (message: string): AwsError => new AwsError("ValidationError", message, { status: 400 }),
} as const;

/** `Invalid parameter: <what>`, SNS's wording for InvalidParameter. */
export function invalidParameter(what: string): AwsError {
  return SnsErrors.invalidParameter(`Invalid parameter: ${what}`);
}

export function topicNotFound(): AwsError {
  return SnsErrors.notFound("Topic does not exist");
}

export function subscriptionNotFound(): AwsError {
  return SnsErrors.notFound("Subscription does not exist");
}

/** Model violations (a missing required member, a tag key too long): the first one, in Coral's words. */
export const snsReporter: ViolationReporter = {
  collect: "first",
  error: (violations) => SnsErrors.validation(coralValidationMessage(violations)),
};
