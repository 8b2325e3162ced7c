import { AwsError } from "../../core/errors.js";
import type { ValidationErrors } from "../../core/validation.js";

/**
 * The closed set of errors SQS answers with. Each is mapped once to its JSON code (the Smithy shape name), its
 * query code (the model's awsQueryError code, also sent in `x-amzn-query-error`) and its status, as the SQS
 * model declares them.
 */
function sqsError(code: string, status: number, queryCode = code) {
  return (message: string): AwsError => new AwsError(code, message, { status, queryCode });
}

const prefixed = (code: string, status = 400) => sqsError(code, status, `AWS.SimpleQueueService.${code}`);

export const SqsErrors = {
  queueDoesNotExist: sqsError("QueueDoesNotExist", 400, "AWS.SimpleQueueService.NonExistentQueue"),
  queueNameExists: sqsError("QueueNameExists", 400, "QueueAlreadyExists"),
  queueDeletedRecently: prefixed("QueueDeletedRecently"),
  receiptHandleIsInvalid: sqsError("ReceiptHandleIsInvalid", 404),
  messageNotInflight: prefixed("MessageNotInflight"),
  tooManyEntriesInBatchRequest: prefixed("TooManyEntriesInBatchRequest"),
  emptyBatchRequest: prefixed("EmptyBatchRequest"),
  batchEntryIdsNotDistinct: prefixed("BatchEntryIdsNotDistinct"),
  invalidBatchEntryId: prefixed("InvalidBatchEntryId"),
  batchRequestTooLong: prefixed("BatchRequestTooLong"),
  unsupportedOperation: prefixed("UnsupportedOperation"),
  purgeQueueInProgress: prefixed("PurgeQueueInProgress", 403),
  overLimit: sqsError("OverLimit", 403),
  invalidAttributeName: sqsError("InvalidAttributeName", 400),
  invalidAttributeValue: sqsError("InvalidAttributeValue", 400),
  invalidMessageContents: sqsError("InvalidMessageContents", 400),
  resourceNotFound: sqsError("ResourceNotFoundException", 404),
  // Not in the model, but what SQS answers for bad and missing parameters.
  invalidParameterValue: sqsError("InvalidParameterValue", 400),
  missingParameter: sqsError("MissingParameter", 400),
  accessDenied: sqsError("AccessDenied", 403),
} as const;

export function nonExistentQueue(): AwsError {
  return SqsErrors.queueDoesNotExist("The specified queue does not exist.");
}

/** SQS's wording for declarative-validation failures. */
export const sqsValidationErrors: ValidationErrors = {
  missing: (path) => SqsErrors.missingParameter(`The request must contain the parameter ${path}.`),
  invalid: (path, value, reason) =>
    SqsErrors.invalidParameterValue(
      `Value ${describe(value)} for parameter ${path} is invalid. Reason: ${reason}.`,
    ),
};

function describe(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** An error reported per entry in a batch reply's `Failed` list instead of failing the whole call. */
export interface BatchEntryError {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}

export function toBatchEntryError(id: string, error: unknown): BatchEntryError {
  if (error instanceof AwsError) {
    return { Id: id, SenderFault: error.fault === "Sender", Code: error.queryCode, Message: error.message };
  }
  throw error;
}
