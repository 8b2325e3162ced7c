import type { QueryError, ServiceOverlay } from "../overlay.js";

/**
 * SQS's query-protocol facts. botocore's SQS model became JSON-only when SQS gained its JSON protocol, and lost
 * the query wire names, result wrappers, XML namespace and query error codes that SQS still answers awsQuery
 * clients with. Sources (README.md, "SQS overlay"): the query-era botocore SQS model (Debian's
 * python3-botocore 1.29) for everything that model has, and the SQS Smithy model's `xmlName`/`awsQueryError`
 * traits (as published in the AWS SDK for JavaScript v3 `@aws-sdk/client-sqs` schemas) for the operations and
 * errors added since. A test checks the first group against the query-era model whenever it is installed.
 */
const sender = (code: string, httpStatusCode: number): QueryError => ({
  code,
  httpStatusCode,
  senderFault: true,
});
const prefixed = (code: string, httpStatusCode = 400): QueryError =>
  sender(`AWS.SimpleQueueService.${code}`, httpStatusCode);

export const sqsOverlay: ServiceOverlay = {
  metadata: { extraProtocols: ["query"], xmlNamespace: "http://queue.amazonaws.com/doc/2012-11-05/" },
  shapes: {
    // Query-era botocore model.
    AWSAccountIdList: { member: "AWSAccountId" },
    ActionNameList: { member: "ActionName" },
    AttributeNameList: { member: "AttributeName" },
    BatchResultErrorEntryList: { member: "BatchResultErrorEntry" },
    BinaryList: { member: "BinaryListValue" },
    ChangeMessageVisibilityBatchRequestEntryList: { member: "ChangeMessageVisibilityBatchRequestEntry" },
    ChangeMessageVisibilityBatchResultEntryList: { member: "ChangeMessageVisibilityBatchResultEntry" },
    CreateQueueRequest: { members: { Attributes: "Attribute", tags: "Tag" } },
    DeleteMessageBatchRequestEntryList: { member: "DeleteMessageBatchRequestEntry" },
    DeleteMessageBatchResultEntryList: { member: "DeleteMessageBatchResultEntry" },
    GetQueueAttributesResult: { members: { Attributes: "Attribute" } },
    ListQueueTagsResult: { members: { Tags: "Tag" } },
    Message: { members: { Attributes: "Attribute", MessageAttributes: "MessageAttribute" } },
    MessageAttributeNameList: { member: "MessageAttributeName" },
    MessageAttributeValue: {
      members: { StringListValues: "StringListValue", BinaryListValues: "BinaryListValue" },
    },
    MessageBodyAttributeMap: { key: "Name", value: "Value" },
    MessageBodySystemAttributeMap: { key: "Name", value: "Value" },
    MessageList: { member: "Message" },
    MessageSystemAttributeMap: { locationName: "Attribute", key: "Name", value: "Value" },
    MessageSystemAttributeValue: {
      members: { StringListValues: "StringListValue", BinaryListValues: "BinaryListValue" },
    },
    QueueAttributeMap: { locationName: "Attribute", key: "Name", value: "Value" },
    QueueUrlList: { member: "QueueUrl" },
    SendMessageBatchRequestEntry: {
      members: { MessageAttributes: "MessageAttribute", MessageSystemAttributes: "MessageSystemAttribute" },
    },
    SendMessageBatchRequestEntryList: { member: "SendMessageBatchRequestEntry" },
    SendMessageBatchResultEntryList: { member: "SendMessageBatchResultEntry" },
    SendMessageRequest: {
      members: { MessageAttributes: "MessageAttribute", MessageSystemAttributes: "MessageSystemAttribute" },
    },
    SetQueueAttributesRequest: { members: { Attributes: "Attribute" } },
    StringList: { member: "StringListValue" },
    TagKeyList: { member: "TagKey" },
    TagMap: { locationName: "Tag", key: "Key", value: "Value" },
    BatchEntryIdsNotDistinct: { error: prefixed("BatchEntryIdsNotDistinct") },
    BatchRequestTooLong: { error: prefixed("BatchRequestTooLong") },
    EmptyBatchRequest: { error: prefixed("EmptyBatchRequest") },
    InvalidBatchEntryId: { error: prefixed("InvalidBatchEntryId") },
    MessageNotInflight: { error: prefixed("MessageNotInflight") },
    OverLimit: { error: sender("OverLimit", 403) },
    PurgeQueueInProgress: { error: prefixed("PurgeQueueInProgress", 403) },
    QueueDeletedRecently: { error: prefixed("QueueDeletedRecently") },
    QueueDoesNotExist: { error: prefixed("NonExistentQueue") },
    QueueNameExists: { error: sender("QueueAlreadyExists", 400) },
    TooManyEntriesInBatchRequest: { error: prefixed("TooManyEntriesInBatchRequest") },
    UnsupportedOperation: { error: prefixed("UnsupportedOperation") },

    // SQS Smithy model, for members and errors added after the query-era model.
    ReceiveMessageRequest: { members: { MessageSystemAttributeNames: "AttributeName" } },
    ListMessageMoveTasksResult: { members: { Results: "ListMessageMoveTasksResultEntry" } },
    InvalidAddress: { error: sender("InvalidAddress", 404) },
    InvalidSecurity: { error: sender("InvalidSecurity", 403) },
    KmsAccessDenied: { error: sender("KMS.AccessDeniedException", 400) },
    KmsDisabled: { error: sender("KMS.DisabledException", 400) },
    KmsInvalidKeyUsage: { error: sender("KMS.InvalidKeyUsageException", 400) },
    KmsInvalidState: { error: sender("KMS.InvalidStateException", 400) },
    KmsNotFound: { error: sender("KMS.NotFoundException", 400) },
    KmsOptInRequired: { error: sender("KMS.OptInRequired", 403) },
    KmsThrottled: { error: sender("KMS.ThrottlingException", 400) },
    ReceiptHandleIsInvalid: { error: sender("ReceiptHandleIsInvalid", 404) },
    RequestThrottled: { error: sender("RequestThrottled", 403) },
    ResourceNotFoundException: { error: sender("ResourceNotFoundException", 404) },
  },
  // awsQuery wraps every output in `<Operation>Result` (query-era model; Smithy model for the move tasks).
  resultWrappers: Object.fromEntries(
    [
      "CancelMessageMoveTask",
      "ChangeMessageVisibilityBatch",
      "CreateQueue",
      "DeleteMessageBatch",
      "GetQueueAttributes",
      "GetQueueUrl",
      "ListDeadLetterSourceQueues",
      "ListMessageMoveTasks",
      "ListQueueTags",
      "ListQueues",
      "ReceiveMessage",
      "SendMessage",
      "SendMessageBatch",
      "StartMessageMoveTask",
    ].map((operation) => [operation, `${operation}Result`]),
  ),
};
