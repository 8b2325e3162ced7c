import { AwsError } from "../../core/errors.js";
import { reasonOf } from "../../core/input-rules.js";
import { dottedPath, type Violation, type ViolationReporter } from "../../core/model-validation.js";

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

/**
 * What SQS answers for input that breaks its model or the rules its actions add: the first violation, as
 * MissingParameter or InvalidParameterValue in AWS's words. Enum values are not checked here: SQS answers an
 * unknown attribute name with InvalidAttributeName (or ignores it in ReceiveMessage), in its actions.
 */
export const sqsViolationReporter: ViolationReporter = {
  collect: "first",
  checkEnums: false,
  error: ([violation]) => sqsViolationError(violation),
};

function sqsViolationError(violation: Violation): AwsError {
  const path = dottedPath(violation.path);
  if (violation.kind === "required")
    return SqsErrors.missingParameter(`The request must contain the parameter ${path}.`);
  return SqsErrors.invalidParameterValue(
    `Value ${describe(violation.value)} for parameter ${path} is invalid. Reason: ${reason(violation)}.`,
  );
}

/** AWS's reason from the action's rule; for what only the model states, a plain one. */
function reason(violation: Violation): string {
  const stated = reasonOf(violation.shape);
  if (stated !== undefined && violation.kind !== "type") return stated;
  const { limit } = violation;
  switch (violation.kind) {
    case "type":
      return `Must be of type ${violation.shape.type}`;
    case "min":
      return `Must be at least ${limit}`;
    case "max":
      return `Must be at most ${limit}`;
    case "minLength":
      return `Must be at least ${limit} long`;
    case "maxLength":
      return `Must be at most ${limit} long`;
    case "pattern":
      return `Must match ${"pattern" in violation.shape ? violation.shape.pattern : "its pattern"}`;
    case "listMember":
    case "mapKey":
    case "mapValue":
      return violation.inner?.[0] === undefined ? "Invalid element" : reason(violation.inner[0]);
    default:
      return "Invalid value";
  }
}

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
