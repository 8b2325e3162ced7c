// Generated from botocore 1.43.11 (sqs 2012-11-05) and emulator/generator/overlays/sqs.ts.
// Do not edit: run `npm run generate:shapes` (see emulator/generator/README.md).
import {
  emptyStructure,
  type ModelError,
  type ModelList,
  type ModelMap,
  type ModelMetadata,
  type ModelOperation,
  type ModelScalar,
  type ModelStructure,
  type ServiceModel,
} from "../core/model-shapes.js";
import { blob, boolean, integer, long, string } from "../core/shapes.js";

export const AWSAccountIdList: ModelList = {
  type: "list",
  member: string,
  flattened: true,
  memberName: "AWSAccountId",
};
export type AWSAccountIdList = string[];
export const ActionNameList: ModelList = {
  type: "list",
  member: string,
  flattened: true,
  memberName: "ActionName",
};
export type ActionNameList = string[];
export const AddPermissionRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Label", "AWSAccountIds", "Actions"],
  members: { QueueUrl: string, Label: string, AWSAccountIds: AWSAccountIdList, Actions: ActionNameList },
};
export interface AddPermissionRequest {
  QueueUrl: string;
  Label: string;
  AWSAccountIds: AWSAccountIdList;
  Actions: ActionNameList;
}
export const QueueAttributeName: ModelScalar = {
  type: "string",
  enum: [
    "All",
    "Policy",
    "VisibilityTimeout",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "ApproximateNumberOfMessages",
    "ApproximateNumberOfMessagesNotVisible",
    "CreatedTimestamp",
    "LastModifiedTimestamp",
    "QueueArn",
    "ApproximateNumberOfMessagesDelayed",
    "DelaySeconds",
    "ReceiveMessageWaitTimeSeconds",
    "RedrivePolicy",
    "FifoQueue",
    "ContentBasedDeduplication",
    "KmsMasterKeyId",
    "KmsDataKeyReusePeriodSeconds",
    "DeduplicationScope",
    "FifoThroughputLimit",
    "RedriveAllowPolicy",
    "SqsManagedSseEnabled",
  ],
};
export type QueueAttributeName = string;
export const AttributeNameList: ModelList = {
  type: "list",
  member: QueueAttributeName,
  flattened: true,
  memberName: "AttributeName",
};
export type AttributeNameList = QueueAttributeName[];
export const BatchEntryIdsNotDistinct: ModelStructure = { type: "structure", members: { message: string } };
export interface BatchEntryIdsNotDistinct {
  message?: string;
}
export const BatchRequestTooLong: ModelStructure = { type: "structure", members: { message: string } };
export interface BatchRequestTooLong {
  message?: string;
}
export const BatchResultErrorEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "SenderFault", "Code"],
  members: { Id: string, SenderFault: boolean, Code: string, Message: string },
};
export interface BatchResultErrorEntry {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message?: string;
}
export const BatchResultErrorEntryList: ModelList = {
  type: "list",
  member: BatchResultErrorEntry,
  flattened: true,
  memberName: "BatchResultErrorEntry",
};
export type BatchResultErrorEntryList = BatchResultErrorEntry[];
export const BinaryList: ModelList = { type: "list", member: blob, memberName: "BinaryListValue" };
export type BinaryList = string[];
export const CancelMessageMoveTaskRequest: ModelStructure = {
  type: "structure",
  required: ["TaskHandle"],
  members: { TaskHandle: string },
};
export interface CancelMessageMoveTaskRequest {
  TaskHandle: string;
}
export const CancelMessageMoveTaskResult: ModelStructure = {
  type: "structure",
  members: { ApproximateNumberOfMessagesMoved: long },
};
export interface CancelMessageMoveTaskResult {
  ApproximateNumberOfMessagesMoved?: number;
}
export const ChangeMessageVisibilityBatchRequestEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "ReceiptHandle"],
  members: { Id: string, ReceiptHandle: string, VisibilityTimeout: integer },
};
export interface ChangeMessageVisibilityBatchRequestEntry {
  Id: string;
  ReceiptHandle: string;
  VisibilityTimeout?: number;
}
export const ChangeMessageVisibilityBatchRequestEntryList: ModelList = {
  type: "list",
  member: ChangeMessageVisibilityBatchRequestEntry,
  flattened: true,
  memberName: "ChangeMessageVisibilityBatchRequestEntry",
};
export type ChangeMessageVisibilityBatchRequestEntryList = ChangeMessageVisibilityBatchRequestEntry[];
export const ChangeMessageVisibilityBatchRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Entries"],
  members: { QueueUrl: string, Entries: ChangeMessageVisibilityBatchRequestEntryList },
};
export interface ChangeMessageVisibilityBatchRequest {
  QueueUrl: string;
  Entries: ChangeMessageVisibilityBatchRequestEntryList;
}
export const ChangeMessageVisibilityBatchResultEntry: ModelStructure = {
  type: "structure",
  required: ["Id"],
  members: { Id: string },
};
export interface ChangeMessageVisibilityBatchResultEntry {
  Id: string;
}
export const ChangeMessageVisibilityBatchResultEntryList: ModelList = {
  type: "list",
  member: ChangeMessageVisibilityBatchResultEntry,
  flattened: true,
  memberName: "ChangeMessageVisibilityBatchResultEntry",
};
export type ChangeMessageVisibilityBatchResultEntryList = ChangeMessageVisibilityBatchResultEntry[];
export const ChangeMessageVisibilityBatchResult: ModelStructure = {
  type: "structure",
  required: ["Successful", "Failed"],
  members: { Successful: ChangeMessageVisibilityBatchResultEntryList, Failed: BatchResultErrorEntryList },
};
export interface ChangeMessageVisibilityBatchResult {
  Successful: ChangeMessageVisibilityBatchResultEntryList;
  Failed: BatchResultErrorEntryList;
}
export const ChangeMessageVisibilityRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "ReceiptHandle", "VisibilityTimeout"],
  members: { QueueUrl: string, ReceiptHandle: string, VisibilityTimeout: integer },
};
export interface ChangeMessageVisibilityRequest {
  QueueUrl: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}
export const QueueAttributeMap: ModelMap = {
  type: "map",
  key: QueueAttributeName,
  value: string,
  flattened: true,
  keyName: "Name",
  valueName: "Value",
};
export type QueueAttributeMap = Record<string, string>;
export const TagMap: ModelMap = {
  type: "map",
  key: string,
  value: string,
  flattened: true,
  keyName: "Key",
  valueName: "Value",
};
export type TagMap = Record<string, string>;
export const CreateQueueRequest: ModelStructure = {
  type: "structure",
  required: ["QueueName"],
  members: {
    QueueName: string,
    Attributes: { ...QueueAttributeMap, locationName: "Attribute" },
    tags: { ...TagMap, locationName: "Tag" },
  },
};
export interface CreateQueueRequest {
  QueueName: string;
  Attributes?: QueueAttributeMap;
  tags?: TagMap;
}
export const CreateQueueResult: ModelStructure = { type: "structure", members: { QueueUrl: string } };
export interface CreateQueueResult {
  QueueUrl?: string;
}
export const DeleteMessageBatchRequestEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "ReceiptHandle"],
  members: { Id: string, ReceiptHandle: string },
};
export interface DeleteMessageBatchRequestEntry {
  Id: string;
  ReceiptHandle: string;
}
export const DeleteMessageBatchRequestEntryList: ModelList = {
  type: "list",
  member: DeleteMessageBatchRequestEntry,
  flattened: true,
  memberName: "DeleteMessageBatchRequestEntry",
};
export type DeleteMessageBatchRequestEntryList = DeleteMessageBatchRequestEntry[];
export const DeleteMessageBatchRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Entries"],
  members: { QueueUrl: string, Entries: DeleteMessageBatchRequestEntryList },
};
export interface DeleteMessageBatchRequest {
  QueueUrl: string;
  Entries: DeleteMessageBatchRequestEntryList;
}
export const DeleteMessageBatchResultEntry: ModelStructure = {
  type: "structure",
  required: ["Id"],
  members: { Id: string },
};
export interface DeleteMessageBatchResultEntry {
  Id: string;
}
export const DeleteMessageBatchResultEntryList: ModelList = {
  type: "list",
  member: DeleteMessageBatchResultEntry,
  flattened: true,
  memberName: "DeleteMessageBatchResultEntry",
};
export type DeleteMessageBatchResultEntryList = DeleteMessageBatchResultEntry[];
export const DeleteMessageBatchResult: ModelStructure = {
  type: "structure",
  required: ["Successful", "Failed"],
  members: { Successful: DeleteMessageBatchResultEntryList, Failed: BatchResultErrorEntryList },
};
export interface DeleteMessageBatchResult {
  Successful: DeleteMessageBatchResultEntryList;
  Failed: BatchResultErrorEntryList;
}
export const DeleteMessageRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "ReceiptHandle"],
  members: { QueueUrl: string, ReceiptHandle: string },
};
export interface DeleteMessageRequest {
  QueueUrl: string;
  ReceiptHandle: string;
}
export const DeleteQueueRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: { QueueUrl: string },
};
export interface DeleteQueueRequest {
  QueueUrl: string;
}
export const EmptyBatchRequest: ModelStructure = { type: "structure", members: { message: string } };
export interface EmptyBatchRequest {
  message?: string;
}
export const GetQueueAttributesRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: { QueueUrl: string, AttributeNames: AttributeNameList },
};
export interface GetQueueAttributesRequest {
  QueueUrl: string;
  AttributeNames?: AttributeNameList;
}
export const GetQueueAttributesResult: ModelStructure = {
  type: "structure",
  members: { Attributes: { ...QueueAttributeMap, locationName: "Attribute" } },
};
export interface GetQueueAttributesResult {
  Attributes?: QueueAttributeMap;
}
export const GetQueueUrlRequest: ModelStructure = {
  type: "structure",
  required: ["QueueName"],
  members: { QueueName: string, QueueOwnerAWSAccountId: string },
};
export interface GetQueueUrlRequest {
  QueueName: string;
  QueueOwnerAWSAccountId?: string;
}
export const GetQueueUrlResult: ModelStructure = { type: "structure", members: { QueueUrl: string } };
export interface GetQueueUrlResult {
  QueueUrl?: string;
}
export const InvalidAddress: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidAddress {
  message?: string;
}
export const InvalidAttributeName: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidAttributeName {
  message?: string;
}
export const InvalidAttributeValue: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidAttributeValue {
  message?: string;
}
export const InvalidBatchEntryId: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidBatchEntryId {
  message?: string;
}
export const InvalidIdFormat: ModelStructure = { type: "structure", members: {} };
export type InvalidIdFormat = Record<string, never>;
export const InvalidMessageContents: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidMessageContents {
  message?: string;
}
export const InvalidSecurity: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidSecurity {
  message?: string;
}
export const KmsAccessDenied: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsAccessDenied {
  message?: string;
}
export const KmsDisabled: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsDisabled {
  message?: string;
}
export const KmsInvalidKeyUsage: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsInvalidKeyUsage {
  message?: string;
}
export const KmsInvalidState: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsInvalidState {
  message?: string;
}
export const KmsNotFound: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsNotFound {
  message?: string;
}
export const KmsOptInRequired: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsOptInRequired {
  message?: string;
}
export const KmsThrottled: ModelStructure = { type: "structure", members: { message: string } };
export interface KmsThrottled {
  message?: string;
}
export const ListDeadLetterSourceQueuesRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: { QueueUrl: string, NextToken: string, MaxResults: integer },
};
export interface ListDeadLetterSourceQueuesRequest {
  QueueUrl: string;
  NextToken?: string;
  MaxResults?: number;
}
export const QueueUrlList: ModelList = {
  type: "list",
  member: string,
  flattened: true,
  memberName: "QueueUrl",
};
export type QueueUrlList = string[];
export const ListDeadLetterSourceQueuesResult: ModelStructure = {
  type: "structure",
  required: ["queueUrls"],
  members: { queueUrls: QueueUrlList, NextToken: string },
};
export interface ListDeadLetterSourceQueuesResult {
  queueUrls: QueueUrlList;
  NextToken?: string;
}
export const ListMessageMoveTasksRequest: ModelStructure = {
  type: "structure",
  required: ["SourceArn"],
  members: { SourceArn: string, MaxResults: integer },
};
export interface ListMessageMoveTasksRequest {
  SourceArn: string;
  MaxResults?: number;
}
export const ListMessageMoveTasksResultEntry: ModelStructure = {
  type: "structure",
  members: {
    TaskHandle: string,
    Status: string,
    SourceArn: string,
    DestinationArn: string,
    MaxNumberOfMessagesPerSecond: integer,
    ApproximateNumberOfMessagesMoved: long,
    ApproximateNumberOfMessagesToMove: long,
    FailureReason: string,
    StartedTimestamp: long,
  },
};
export interface ListMessageMoveTasksResultEntry {
  TaskHandle?: string;
  Status?: string;
  SourceArn?: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
  ApproximateNumberOfMessagesMoved?: number;
  ApproximateNumberOfMessagesToMove?: number;
  FailureReason?: string;
  StartedTimestamp?: number;
}
export const ListMessageMoveTasksResultEntryList: ModelList = {
  type: "list",
  member: ListMessageMoveTasksResultEntry,
  flattened: true,
};
export type ListMessageMoveTasksResultEntryList = ListMessageMoveTasksResultEntry[];
export const ListMessageMoveTasksResult: ModelStructure = {
  type: "structure",
  members: {
    Results: { ...ListMessageMoveTasksResultEntryList, locationName: "ListMessageMoveTasksResultEntry" },
  },
};
export interface ListMessageMoveTasksResult {
  Results?: ListMessageMoveTasksResultEntryList;
}
export const ListQueueTagsRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: { QueueUrl: string },
};
export interface ListQueueTagsRequest {
  QueueUrl: string;
}
export const ListQueueTagsResult: ModelStructure = {
  type: "structure",
  members: { Tags: { ...TagMap, locationName: "Tag" } },
};
export interface ListQueueTagsResult {
  Tags?: TagMap;
}
export const ListQueuesRequest: ModelStructure = {
  type: "structure",
  members: { QueueNamePrefix: string, NextToken: string, MaxResults: integer },
};
export interface ListQueuesRequest {
  QueueNamePrefix?: string;
  NextToken?: string;
  MaxResults?: number;
}
export const ListQueuesResult: ModelStructure = {
  type: "structure",
  members: { QueueUrls: QueueUrlList, NextToken: string },
};
export interface ListQueuesResult {
  QueueUrls?: QueueUrlList;
  NextToken?: string;
}
export const MessageSystemAttributeName: ModelScalar = {
  type: "string",
  enum: [
    "All",
    "SenderId",
    "SentTimestamp",
    "ApproximateReceiveCount",
    "ApproximateFirstReceiveTimestamp",
    "SequenceNumber",
    "MessageDeduplicationId",
    "MessageGroupId",
    "AWSTraceHeader",
    "DeadLetterQueueSourceArn",
  ],
};
export type MessageSystemAttributeName = string;
export const MessageSystemAttributeMap: ModelMap = {
  type: "map",
  key: MessageSystemAttributeName,
  value: string,
  flattened: true,
  keyName: "Name",
  valueName: "Value",
};
export type MessageSystemAttributeMap = Record<string, string>;
export const StringList: ModelList = { type: "list", member: string, memberName: "StringListValue" };
export type StringList = string[];
export const MessageAttributeValue: ModelStructure = {
  type: "structure",
  required: ["DataType"],
  members: {
    StringValue: string,
    BinaryValue: blob,
    StringListValues: { ...StringList, locationName: "StringListValue", flattened: true },
    BinaryListValues: { ...BinaryList, locationName: "BinaryListValue", flattened: true },
    DataType: string,
  },
};
export interface MessageAttributeValue {
  StringValue?: string;
  BinaryValue?: string;
  StringListValues?: StringList;
  BinaryListValues?: BinaryList;
  DataType: string;
}
export const MessageBodyAttributeMap: ModelMap = {
  type: "map",
  key: string,
  value: MessageAttributeValue,
  flattened: true,
  keyName: "Name",
  valueName: "Value",
};
export type MessageBodyAttributeMap = Record<string, MessageAttributeValue>;
export const Message: ModelStructure = {
  type: "structure",
  members: {
    MessageId: string,
    ReceiptHandle: string,
    MD5OfBody: string,
    Body: string,
    Attributes: { ...MessageSystemAttributeMap, locationName: "Attribute" },
    MD5OfMessageAttributes: string,
    MessageAttributes: { ...MessageBodyAttributeMap, locationName: "MessageAttribute" },
  },
};
export interface Message {
  MessageId?: string;
  ReceiptHandle?: string;
  MD5OfBody?: string;
  Body?: string;
  Attributes?: MessageSystemAttributeMap;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: MessageBodyAttributeMap;
}
export const MessageAttributeNameList: ModelList = {
  type: "list",
  member: string,
  flattened: true,
  memberName: "MessageAttributeName",
};
export type MessageAttributeNameList = string[];
export const MessageSystemAttributeNameForSends: ModelScalar = { type: "string", enum: ["AWSTraceHeader"] };
export type MessageSystemAttributeNameForSends = string;
export const MessageSystemAttributeValue: ModelStructure = {
  type: "structure",
  required: ["DataType"],
  members: {
    StringValue: string,
    BinaryValue: blob,
    StringListValues: { ...StringList, locationName: "StringListValue", flattened: true },
    BinaryListValues: { ...BinaryList, locationName: "BinaryListValue", flattened: true },
    DataType: string,
  },
};
export interface MessageSystemAttributeValue {
  StringValue?: string;
  BinaryValue?: string;
  StringListValues?: StringList;
  BinaryListValues?: BinaryList;
  DataType: string;
}
export const MessageBodySystemAttributeMap: ModelMap = {
  type: "map",
  key: MessageSystemAttributeNameForSends,
  value: MessageSystemAttributeValue,
  flattened: true,
  keyName: "Name",
  valueName: "Value",
};
export type MessageBodySystemAttributeMap = Record<string, MessageSystemAttributeValue>;
export const MessageList: ModelList = {
  type: "list",
  member: Message,
  flattened: true,
  memberName: "Message",
};
export type MessageList = Message[];
export const MessageNotInflight: ModelStructure = { type: "structure", members: {} };
export type MessageNotInflight = Record<string, never>;
export const MessageSystemAttributeList: ModelList = {
  type: "list",
  member: MessageSystemAttributeName,
  flattened: true,
};
export type MessageSystemAttributeList = MessageSystemAttributeName[];
export const OverLimit: ModelStructure = { type: "structure", members: { message: string } };
export interface OverLimit {
  message?: string;
}
export const PurgeQueueInProgress: ModelStructure = { type: "structure", members: { message: string } };
export interface PurgeQueueInProgress {
  message?: string;
}
export const PurgeQueueRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: { QueueUrl: string },
};
export interface PurgeQueueRequest {
  QueueUrl: string;
}
export const QueueDeletedRecently: ModelStructure = { type: "structure", members: { message: string } };
export interface QueueDeletedRecently {
  message?: string;
}
export const QueueDoesNotExist: ModelStructure = { type: "structure", members: { message: string } };
export interface QueueDoesNotExist {
  message?: string;
}
export const QueueNameExists: ModelStructure = { type: "structure", members: { message: string } };
export interface QueueNameExists {
  message?: string;
}
export const ReceiptHandleIsInvalid: ModelStructure = { type: "structure", members: { message: string } };
export interface ReceiptHandleIsInvalid {
  message?: string;
}
export const ReceiveMessageRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl"],
  members: {
    QueueUrl: string,
    AttributeNames: AttributeNameList,
    MessageSystemAttributeNames: { ...MessageSystemAttributeList, locationName: "AttributeName" },
    MessageAttributeNames: MessageAttributeNameList,
    MaxNumberOfMessages: integer,
    VisibilityTimeout: integer,
    WaitTimeSeconds: integer,
    ReceiveRequestAttemptId: string,
  },
};
export interface ReceiveMessageRequest {
  QueueUrl: string;
  AttributeNames?: AttributeNameList;
  MessageSystemAttributeNames?: MessageSystemAttributeList;
  MessageAttributeNames?: MessageAttributeNameList;
  MaxNumberOfMessages?: number;
  VisibilityTimeout?: number;
  WaitTimeSeconds?: number;
  ReceiveRequestAttemptId?: string;
}
export const ReceiveMessageResult: ModelStructure = { type: "structure", members: { Messages: MessageList } };
export interface ReceiveMessageResult {
  Messages?: MessageList;
}
export const RemovePermissionRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Label"],
  members: { QueueUrl: string, Label: string },
};
export interface RemovePermissionRequest {
  QueueUrl: string;
  Label: string;
}
export const RequestThrottled: ModelStructure = { type: "structure", members: { message: string } };
export interface RequestThrottled {
  message?: string;
}
export const ResourceNotFoundException: ModelStructure = { type: "structure", members: { message: string } };
export interface ResourceNotFoundException {
  message?: string;
}
export const SendMessageBatchRequestEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "MessageBody"],
  members: {
    Id: string,
    MessageBody: string,
    DelaySeconds: integer,
    MessageAttributes: { ...MessageBodyAttributeMap, locationName: "MessageAttribute" },
    MessageSystemAttributes: { ...MessageBodySystemAttributeMap, locationName: "MessageSystemAttribute" },
    MessageDeduplicationId: string,
    MessageGroupId: string,
  },
};
export interface SendMessageBatchRequestEntry {
  Id: string;
  MessageBody: string;
  DelaySeconds?: number;
  MessageAttributes?: MessageBodyAttributeMap;
  MessageSystemAttributes?: MessageBodySystemAttributeMap;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}
export const SendMessageBatchRequestEntryList: ModelList = {
  type: "list",
  member: SendMessageBatchRequestEntry,
  flattened: true,
  memberName: "SendMessageBatchRequestEntry",
};
export type SendMessageBatchRequestEntryList = SendMessageBatchRequestEntry[];
export const SendMessageBatchRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Entries"],
  members: { QueueUrl: string, Entries: SendMessageBatchRequestEntryList },
};
export interface SendMessageBatchRequest {
  QueueUrl: string;
  Entries: SendMessageBatchRequestEntryList;
}
export const SendMessageBatchResultEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "MessageId", "MD5OfMessageBody"],
  members: {
    Id: string,
    MessageId: string,
    MD5OfMessageBody: string,
    MD5OfMessageAttributes: string,
    MD5OfMessageSystemAttributes: string,
    SequenceNumber: string,
  },
};
export interface SendMessageBatchResultEntry {
  Id: string;
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}
export const SendMessageBatchResultEntryList: ModelList = {
  type: "list",
  member: SendMessageBatchResultEntry,
  flattened: true,
  memberName: "SendMessageBatchResultEntry",
};
export type SendMessageBatchResultEntryList = SendMessageBatchResultEntry[];
export const SendMessageBatchResult: ModelStructure = {
  type: "structure",
  required: ["Successful", "Failed"],
  members: { Successful: SendMessageBatchResultEntryList, Failed: BatchResultErrorEntryList },
};
export interface SendMessageBatchResult {
  Successful: SendMessageBatchResultEntryList;
  Failed: BatchResultErrorEntryList;
}
export const SendMessageRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "MessageBody"],
  members: {
    QueueUrl: string,
    MessageBody: string,
    DelaySeconds: integer,
    MessageAttributes: { ...MessageBodyAttributeMap, locationName: "MessageAttribute" },
    MessageSystemAttributes: { ...MessageBodySystemAttributeMap, locationName: "MessageSystemAttribute" },
    MessageDeduplicationId: string,
    MessageGroupId: string,
  },
};
export interface SendMessageRequest {
  QueueUrl: string;
  MessageBody: string;
  DelaySeconds?: number;
  MessageAttributes?: MessageBodyAttributeMap;
  MessageSystemAttributes?: MessageBodySystemAttributeMap;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}
export const SendMessageResult: ModelStructure = {
  type: "structure",
  members: {
    MD5OfMessageBody: string,
    MD5OfMessageAttributes: string,
    MD5OfMessageSystemAttributes: string,
    MessageId: string,
    SequenceNumber: string,
  },
};
export interface SendMessageResult {
  MD5OfMessageBody?: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  MessageId?: string;
  SequenceNumber?: string;
}
export const SetQueueAttributesRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Attributes"],
  members: { QueueUrl: string, Attributes: { ...QueueAttributeMap, locationName: "Attribute" } },
};
export interface SetQueueAttributesRequest {
  QueueUrl: string;
  Attributes: QueueAttributeMap;
}
export const StartMessageMoveTaskRequest: ModelStructure = {
  type: "structure",
  required: ["SourceArn"],
  members: { SourceArn: string, DestinationArn: string, MaxNumberOfMessagesPerSecond: integer },
};
export interface StartMessageMoveTaskRequest {
  SourceArn: string;
  DestinationArn?: string;
  MaxNumberOfMessagesPerSecond?: number;
}
export const StartMessageMoveTaskResult: ModelStructure = {
  type: "structure",
  members: { TaskHandle: string },
};
export interface StartMessageMoveTaskResult {
  TaskHandle?: string;
}
export const TagKeyList: ModelList = { type: "list", member: string, flattened: true, memberName: "TagKey" };
export type TagKeyList = string[];
export const TagQueueRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "Tags"],
  members: { QueueUrl: string, Tags: { ...TagMap, locationName: "Tag" } },
};
export interface TagQueueRequest {
  QueueUrl: string;
  Tags: TagMap;
}
export const TooManyEntriesInBatchRequest: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface TooManyEntriesInBatchRequest {
  message?: string;
}
export const UnsupportedOperation: ModelStructure = { type: "structure", members: { message: string } };
export interface UnsupportedOperation {
  message?: string;
}
export const UntagQueueRequest: ModelStructure = {
  type: "structure",
  required: ["QueueUrl", "TagKeys"],
  members: { QueueUrl: string, TagKeys: TagKeyList },
};
export interface UntagQueueRequest {
  QueueUrl: string;
  TagKeys: TagKeyList;
}

export const metadata: ModelMetadata = {
  apiVersion: "2012-11-05",
  protocol: "json",
  protocols: ["json", "query"],
  signingName: "sqs",
  endpointPrefix: "sqs",
  serviceId: "SQS",
  jsonVersion: "1.0",
  targetPrefix: "AmazonSQS",
  xmlNamespace: "http://queue.amazonaws.com/doc/2012-11-05/",
  awsQueryCompatible: true,
};

export const operations = {
  AddPermission: {
    name: "AddPermission",
    input: AddPermissionRequest,
    output: emptyStructure,
    errors: [
      "OverLimit",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CancelMessageMoveTask: {
    name: "CancelMessageMoveTask",
    input: CancelMessageMoveTaskRequest,
    output: CancelMessageMoveTaskResult,
    resultWrapper: "CancelMessageMoveTaskResult",
    errors: [
      "ResourceNotFoundException",
      "RequestThrottled",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ChangeMessageVisibility: {
    name: "ChangeMessageVisibility",
    input: ChangeMessageVisibilityRequest,
    output: emptyStructure,
    errors: [
      "MessageNotInflight",
      "ReceiptHandleIsInvalid",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidAddress",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ChangeMessageVisibilityBatch: {
    name: "ChangeMessageVisibilityBatch",
    input: ChangeMessageVisibilityBatchRequest,
    output: ChangeMessageVisibilityBatchResult,
    resultWrapper: "ChangeMessageVisibilityBatchResult",
    errors: [
      "TooManyEntriesInBatchRequest",
      "EmptyBatchRequest",
      "BatchEntryIdsNotDistinct",
      "InvalidBatchEntryId",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidAddress",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateQueue: {
    name: "CreateQueue",
    input: CreateQueueRequest,
    output: CreateQueueResult,
    resultWrapper: "CreateQueueResult",
    errors: [
      "QueueDeletedRecently",
      "QueueNameExists",
      "RequestThrottled",
      "InvalidAddress",
      "InvalidAttributeName",
      "InvalidAttributeValue",
      "UnsupportedOperation",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteMessage: {
    name: "DeleteMessage",
    input: DeleteMessageRequest,
    output: emptyStructure,
    errors: [
      "InvalidIdFormat",
      "ReceiptHandleIsInvalid",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidSecurity",
      "InvalidAddress",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteMessageBatch: {
    name: "DeleteMessageBatch",
    input: DeleteMessageBatchRequest,
    output: DeleteMessageBatchResult,
    resultWrapper: "DeleteMessageBatchResult",
    errors: [
      "TooManyEntriesInBatchRequest",
      "EmptyBatchRequest",
      "BatchEntryIdsNotDistinct",
      "InvalidBatchEntryId",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidAddress",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteQueue: {
    name: "DeleteQueue",
    input: DeleteQueueRequest,
    output: emptyStructure,
    errors: [
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidAddress",
      "UnsupportedOperation",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetQueueAttributes: {
    name: "GetQueueAttributes",
    input: GetQueueAttributesRequest,
    output: GetQueueAttributesResult,
    resultWrapper: "GetQueueAttributesResult",
    errors: [
      "InvalidAttributeName",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidSecurity",
      "InvalidAddress",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetQueueUrl: {
    name: "GetQueueUrl",
    input: GetQueueUrlRequest,
    output: GetQueueUrlResult,
    resultWrapper: "GetQueueUrlResult",
    errors: [
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListDeadLetterSourceQueues: {
    name: "ListDeadLetterSourceQueues",
    input: ListDeadLetterSourceQueuesRequest,
    output: ListDeadLetterSourceQueuesResult,
    resultWrapper: "ListDeadLetterSourceQueuesResult",
    errors: [
      "QueueDoesNotExist",
      "RequestThrottled",
      "InvalidSecurity",
      "InvalidAddress",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListMessageMoveTasks: {
    name: "ListMessageMoveTasks",
    input: ListMessageMoveTasksRequest,
    output: ListMessageMoveTasksResult,
    resultWrapper: "ListMessageMoveTasksResult",
    errors: [
      "ResourceNotFoundException",
      "RequestThrottled",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListQueueTags: {
    name: "ListQueueTags",
    input: ListQueueTagsRequest,
    output: ListQueueTagsResult,
    resultWrapper: "ListQueueTagsResult",
    errors: [
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "InvalidAddress",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListQueues: {
    name: "ListQueues",
    input: ListQueuesRequest,
    output: ListQueuesResult,
    resultWrapper: "ListQueuesResult",
    errors: ["RequestThrottled", "InvalidSecurity", "InvalidAddress", "UnsupportedOperation"],
    http: { method: "POST", requestUri: "/" },
  },
  PurgeQueue: {
    name: "PurgeQueue",
    input: PurgeQueueRequest,
    output: emptyStructure,
    errors: [
      "QueueDoesNotExist",
      "PurgeQueueInProgress",
      "RequestThrottled",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ReceiveMessage: {
    name: "ReceiveMessage",
    input: ReceiveMessageRequest,
    output: ReceiveMessageResult,
    resultWrapper: "ReceiveMessageResult",
    errors: [
      "UnsupportedOperation",
      "OverLimit",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "KmsDisabled",
      "KmsInvalidState",
      "KmsNotFound",
      "KmsOptInRequired",
      "KmsThrottled",
      "KmsAccessDenied",
      "KmsInvalidKeyUsage",
      "InvalidAddress",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemovePermission: {
    name: "RemovePermission",
    input: RemovePermissionRequest,
    output: emptyStructure,
    errors: [
      "InvalidAddress",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SendMessage: {
    name: "SendMessage",
    input: SendMessageRequest,
    output: SendMessageResult,
    resultWrapper: "SendMessageResult",
    errors: [
      "InvalidMessageContents",
      "UnsupportedOperation",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "KmsDisabled",
      "KmsInvalidState",
      "KmsNotFound",
      "KmsOptInRequired",
      "KmsThrottled",
      "KmsAccessDenied",
      "KmsInvalidKeyUsage",
      "InvalidAddress",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SendMessageBatch: {
    name: "SendMessageBatch",
    input: SendMessageBatchRequest,
    output: SendMessageBatchResult,
    resultWrapper: "SendMessageBatchResult",
    errors: [
      "TooManyEntriesInBatchRequest",
      "EmptyBatchRequest",
      "BatchEntryIdsNotDistinct",
      "BatchRequestTooLong",
      "InvalidBatchEntryId",
      "UnsupportedOperation",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "KmsDisabled",
      "KmsInvalidState",
      "KmsNotFound",
      "KmsOptInRequired",
      "KmsThrottled",
      "KmsAccessDenied",
      "KmsInvalidKeyUsage",
      "InvalidAddress",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetQueueAttributes: {
    name: "SetQueueAttributes",
    input: SetQueueAttributesRequest,
    output: emptyStructure,
    errors: [
      "InvalidAttributeName",
      "InvalidAttributeValue",
      "RequestThrottled",
      "QueueDoesNotExist",
      "UnsupportedOperation",
      "OverLimit",
      "InvalidAddress",
      "InvalidSecurity",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StartMessageMoveTask: {
    name: "StartMessageMoveTask",
    input: StartMessageMoveTaskRequest,
    output: StartMessageMoveTaskResult,
    resultWrapper: "StartMessageMoveTaskResult",
    errors: [
      "ResourceNotFoundException",
      "RequestThrottled",
      "InvalidAddress",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagQueue: {
    name: "TagQueue",
    input: TagQueueRequest,
    output: emptyStructure,
    errors: [
      "InvalidAddress",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagQueue: {
    name: "UntagQueue",
    input: UntagQueueRequest,
    output: emptyStructure,
    errors: [
      "InvalidAddress",
      "RequestThrottled",
      "QueueDoesNotExist",
      "InvalidSecurity",
      "UnsupportedOperation",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  BatchEntryIdsNotDistinct: {
    name: "BatchEntryIdsNotDistinct",
    queryCode: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
    status: 400,
    fault: "Sender",
    shape: BatchEntryIdsNotDistinct,
  },
  BatchRequestTooLong: {
    name: "BatchRequestTooLong",
    queryCode: "AWS.SimpleQueueService.BatchRequestTooLong",
    status: 400,
    fault: "Sender",
    shape: BatchRequestTooLong,
  },
  EmptyBatchRequest: {
    name: "EmptyBatchRequest",
    queryCode: "AWS.SimpleQueueService.EmptyBatchRequest",
    status: 400,
    fault: "Sender",
    shape: EmptyBatchRequest,
  },
  InvalidAddress: { name: "InvalidAddress", status: 404, fault: "Sender", shape: InvalidAddress },
  InvalidAttributeName: {
    name: "InvalidAttributeName",
    status: 400,
    fault: "Sender",
    shape: InvalidAttributeName,
  },
  InvalidAttributeValue: {
    name: "InvalidAttributeValue",
    status: 400,
    fault: "Sender",
    shape: InvalidAttributeValue,
  },
  InvalidBatchEntryId: {
    name: "InvalidBatchEntryId",
    queryCode: "AWS.SimpleQueueService.InvalidBatchEntryId",
    status: 400,
    fault: "Sender",
    shape: InvalidBatchEntryId,
  },
  InvalidIdFormat: { name: "InvalidIdFormat", status: 400, fault: "Sender", shape: InvalidIdFormat },
  InvalidMessageContents: {
    name: "InvalidMessageContents",
    status: 400,
    fault: "Sender",
    shape: InvalidMessageContents,
  },
  InvalidSecurity: { name: "InvalidSecurity", status: 403, fault: "Sender", shape: InvalidSecurity },
  KmsAccessDenied: {
    name: "KmsAccessDenied",
    queryCode: "KMS.AccessDeniedException",
    status: 400,
    fault: "Sender",
    shape: KmsAccessDenied,
  },
  KmsDisabled: {
    name: "KmsDisabled",
    queryCode: "KMS.DisabledException",
    status: 400,
    fault: "Sender",
    shape: KmsDisabled,
  },
  KmsInvalidKeyUsage: {
    name: "KmsInvalidKeyUsage",
    queryCode: "KMS.InvalidKeyUsageException",
    status: 400,
    fault: "Sender",
    shape: KmsInvalidKeyUsage,
  },
  KmsInvalidState: {
    name: "KmsInvalidState",
    queryCode: "KMS.InvalidStateException",
    status: 400,
    fault: "Sender",
    shape: KmsInvalidState,
  },
  KmsNotFound: {
    name: "KmsNotFound",
    queryCode: "KMS.NotFoundException",
    status: 400,
    fault: "Sender",
    shape: KmsNotFound,
  },
  KmsOptInRequired: {
    name: "KmsOptInRequired",
    queryCode: "KMS.OptInRequired",
    status: 403,
    fault: "Sender",
    shape: KmsOptInRequired,
  },
  KmsThrottled: {
    name: "KmsThrottled",
    queryCode: "KMS.ThrottlingException",
    status: 400,
    fault: "Sender",
    shape: KmsThrottled,
  },
  MessageNotInflight: {
    name: "MessageNotInflight",
    queryCode: "AWS.SimpleQueueService.MessageNotInflight",
    status: 400,
    fault: "Sender",
    shape: MessageNotInflight,
  },
  OverLimit: { name: "OverLimit", status: 403, fault: "Sender", shape: OverLimit },
  PurgeQueueInProgress: {
    name: "PurgeQueueInProgress",
    queryCode: "AWS.SimpleQueueService.PurgeQueueInProgress",
    status: 403,
    fault: "Sender",
    shape: PurgeQueueInProgress,
  },
  QueueDeletedRecently: {
    name: "QueueDeletedRecently",
    queryCode: "AWS.SimpleQueueService.QueueDeletedRecently",
    status: 400,
    fault: "Sender",
    shape: QueueDeletedRecently,
  },
  QueueDoesNotExist: {
    name: "QueueDoesNotExist",
    queryCode: "AWS.SimpleQueueService.NonExistentQueue",
    status: 400,
    fault: "Sender",
    shape: QueueDoesNotExist,
  },
  QueueNameExists: {
    name: "QueueNameExists",
    queryCode: "QueueAlreadyExists",
    status: 400,
    fault: "Sender",
    shape: QueueNameExists,
  },
  ReceiptHandleIsInvalid: {
    name: "ReceiptHandleIsInvalid",
    status: 404,
    fault: "Sender",
    shape: ReceiptHandleIsInvalid,
  },
  RequestThrottled: { name: "RequestThrottled", status: 403, fault: "Sender", shape: RequestThrottled },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    status: 404,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
  TooManyEntriesInBatchRequest: {
    name: "TooManyEntriesInBatchRequest",
    queryCode: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
    status: 400,
    fault: "Sender",
    shape: TooManyEntriesInBatchRequest,
  },
  UnsupportedOperation: {
    name: "UnsupportedOperation",
    queryCode: "AWS.SimpleQueueService.UnsupportedOperation",
    status: 400,
    fault: "Sender",
    shape: UnsupportedOperation,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
