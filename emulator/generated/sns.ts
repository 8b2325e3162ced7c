// Generated from botocore 1.43.11 (sns 2010-03-31).
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
import { blob, boolean, string, timestamp } from "../core/shapes.js";

export const ActionsList: ModelList = { type: "list", member: string };
export type ActionsList = string[];
export const DelegatesList: ModelList = { type: "list", member: string };
export type DelegatesList = string[];
export const AddPermissionInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "Label", "AWSAccountId", "ActionName"],
  members: { TopicArn: string, Label: string, AWSAccountId: DelegatesList, ActionName: ActionsList },
};
export interface AddPermissionInput {
  TopicArn: string;
  Label: string;
  AWSAccountId: DelegatesList;
  ActionName: ActionsList;
}
export const AmazonResourceName: ModelScalar = { type: "string", min: 1, max: 1011 };
export type AmazonResourceName = string;
export const AuthorizationErrorException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface AuthorizationErrorException {
  message?: string;
}
export const BatchEntryIdsNotDistinctException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface BatchEntryIdsNotDistinctException {
  message?: string;
}
export const BatchRequestTooLongException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface BatchRequestTooLongException {
  message?: string;
}
export const BatchResultErrorEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "Code", "SenderFault"],
  members: { Id: string, Code: string, Message: string, SenderFault: boolean },
};
export interface BatchResultErrorEntry {
  Id: string;
  Code: string;
  Message?: string;
  SenderFault: boolean;
}
export const BatchResultErrorEntryList: ModelList = { type: "list", member: BatchResultErrorEntry };
export type BatchResultErrorEntryList = BatchResultErrorEntry[];
export const CheckIfPhoneNumberIsOptedOutInput: ModelStructure = {
  type: "structure",
  required: ["phoneNumber"],
  members: { phoneNumber: string },
};
export interface CheckIfPhoneNumberIsOptedOutInput {
  phoneNumber: string;
}
export const CheckIfPhoneNumberIsOptedOutResponse: ModelStructure = {
  type: "structure",
  members: { isOptedOut: boolean },
};
export interface CheckIfPhoneNumberIsOptedOutResponse {
  isOptedOut?: boolean;
}
export const ConcurrentAccessException: ModelStructure = { type: "structure", members: { message: string } };
export interface ConcurrentAccessException {
  message?: string;
}
export const ConfirmSubscriptionInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "Token"],
  members: { TopicArn: string, Token: string, AuthenticateOnUnsubscribe: string },
};
export interface ConfirmSubscriptionInput {
  TopicArn: string;
  Token: string;
  AuthenticateOnUnsubscribe?: string;
}
export const ConfirmSubscriptionResponse: ModelStructure = {
  type: "structure",
  members: { SubscriptionArn: string },
};
export interface ConfirmSubscriptionResponse {
  SubscriptionArn?: string;
}
export const CreateEndpointResponse: ModelStructure = { type: "structure", members: { EndpointArn: string } };
export interface CreateEndpointResponse {
  EndpointArn?: string;
}
export const MapStringToString: ModelMap = { type: "map", key: string, value: string };
export type MapStringToString = Record<string, string>;
export const CreatePlatformApplicationInput: ModelStructure = {
  type: "structure",
  required: ["Name", "Platform", "Attributes"],
  members: { Name: string, Platform: string, Attributes: MapStringToString },
};
export interface CreatePlatformApplicationInput {
  Name: string;
  Platform: string;
  Attributes: MapStringToString;
}
export const CreatePlatformApplicationResponse: ModelStructure = {
  type: "structure",
  members: { PlatformApplicationArn: string },
};
export interface CreatePlatformApplicationResponse {
  PlatformApplicationArn?: string;
}
export const CreatePlatformEndpointInput: ModelStructure = {
  type: "structure",
  required: ["PlatformApplicationArn", "Token"],
  members: {
    PlatformApplicationArn: string,
    Token: string,
    CustomUserData: string,
    Attributes: MapStringToString,
  },
};
export interface CreatePlatformEndpointInput {
  PlatformApplicationArn: string;
  Token: string;
  CustomUserData?: string;
  Attributes?: MapStringToString;
}
export const PhoneNumberString: ModelScalar = {
  type: "string",
  max: 20,
  pattern: "^(\\+[0-9]{8,}|[0-9]{0,9})$",
};
export type PhoneNumberString = string;
export const LanguageCodeString: ModelScalar = {
  type: "string",
  enum: [
    "en-US",
    "en-GB",
    "es-419",
    "es-ES",
    "de-DE",
    "fr-CA",
    "fr-FR",
    "it-IT",
    "ja-JP",
    "pt-BR",
    "kr-KR",
    "zh-CN",
    "zh-TW",
  ],
};
export type LanguageCodeString = string;
export const CreateSMSSandboxPhoneNumberInput: ModelStructure = {
  type: "structure",
  required: ["PhoneNumber"],
  members: { PhoneNumber: PhoneNumberString, LanguageCode: LanguageCodeString },
};
export interface CreateSMSSandboxPhoneNumberInput {
  PhoneNumber: PhoneNumberString;
  LanguageCode?: LanguageCodeString;
}
export const CreateSMSSandboxPhoneNumberResult: ModelStructure = { type: "structure", members: {} };
export type CreateSMSSandboxPhoneNumberResult = Record<string, never>;
export const TopicAttributesMap: ModelMap = { type: "map", key: string, value: string };
export type TopicAttributesMap = Record<string, string>;
export const TagKey: ModelScalar = { type: "string", min: 1, max: 128 };
export type TagKey = string;
export const TagValue: ModelScalar = { type: "string", min: 0, max: 256 };
export type TagValue = string;
export const Tag: ModelStructure = {
  type: "structure",
  required: ["Key", "Value"],
  members: { Key: TagKey, Value: TagValue },
};
export interface Tag {
  Key: TagKey;
  Value: TagValue;
}
export const TagList: ModelList = { type: "list", member: Tag };
export type TagList = Tag[];
export const CreateTopicInput: ModelStructure = {
  type: "structure",
  required: ["Name"],
  members: { Name: string, Attributes: TopicAttributesMap, Tags: TagList, DataProtectionPolicy: string },
};
export interface CreateTopicInput {
  Name: string;
  Attributes?: TopicAttributesMap;
  Tags?: TagList;
  DataProtectionPolicy?: string;
}
export const CreateTopicResponse: ModelStructure = { type: "structure", members: { TopicArn: string } };
export interface CreateTopicResponse {
  TopicArn?: string;
}
export const DeleteEndpointInput: ModelStructure = {
  type: "structure",
  required: ["EndpointArn"],
  members: { EndpointArn: string },
};
export interface DeleteEndpointInput {
  EndpointArn: string;
}
export const DeletePlatformApplicationInput: ModelStructure = {
  type: "structure",
  required: ["PlatformApplicationArn"],
  members: { PlatformApplicationArn: string },
};
export interface DeletePlatformApplicationInput {
  PlatformApplicationArn: string;
}
export const DeleteSMSSandboxPhoneNumberInput: ModelStructure = {
  type: "structure",
  required: ["PhoneNumber"],
  members: { PhoneNumber: PhoneNumberString },
};
export interface DeleteSMSSandboxPhoneNumberInput {
  PhoneNumber: PhoneNumberString;
}
export const DeleteSMSSandboxPhoneNumberResult: ModelStructure = { type: "structure", members: {} };
export type DeleteSMSSandboxPhoneNumberResult = Record<string, never>;
export const DeleteTopicInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn"],
  members: { TopicArn: string },
};
export interface DeleteTopicInput {
  TopicArn: string;
}
export const EmptyBatchRequestException: ModelStructure = { type: "structure", members: { message: string } };
export interface EmptyBatchRequestException {
  message?: string;
}
export const Endpoint: ModelStructure = {
  type: "structure",
  members: { EndpointArn: string, Attributes: MapStringToString },
};
export interface Endpoint {
  EndpointArn?: string;
  Attributes?: MapStringToString;
}
export const EndpointDisabledException: ModelStructure = { type: "structure", members: { message: string } };
export interface EndpointDisabledException {
  message?: string;
}
export const FilterPolicyLimitExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface FilterPolicyLimitExceededException {
  message?: string;
}
export const GetDataProtectionPolicyInput: ModelStructure = {
  type: "structure",
  required: ["ResourceArn"],
  members: { ResourceArn: string },
};
export interface GetDataProtectionPolicyInput {
  ResourceArn: string;
}
export const GetDataProtectionPolicyResponse: ModelStructure = {
  type: "structure",
  members: { DataProtectionPolicy: string },
};
export interface GetDataProtectionPolicyResponse {
  DataProtectionPolicy?: string;
}
export const GetEndpointAttributesInput: ModelStructure = {
  type: "structure",
  required: ["EndpointArn"],
  members: { EndpointArn: string },
};
export interface GetEndpointAttributesInput {
  EndpointArn: string;
}
export const GetEndpointAttributesResponse: ModelStructure = {
  type: "structure",
  members: { Attributes: MapStringToString },
};
export interface GetEndpointAttributesResponse {
  Attributes?: MapStringToString;
}
export const GetPlatformApplicationAttributesInput: ModelStructure = {
  type: "structure",
  required: ["PlatformApplicationArn"],
  members: { PlatformApplicationArn: string },
};
export interface GetPlatformApplicationAttributesInput {
  PlatformApplicationArn: string;
}
export const GetPlatformApplicationAttributesResponse: ModelStructure = {
  type: "structure",
  members: { Attributes: MapStringToString },
};
export interface GetPlatformApplicationAttributesResponse {
  Attributes?: MapStringToString;
}
export const ListString: ModelList = { type: "list", member: string };
export type ListString = string[];
export const GetSMSAttributesInput: ModelStructure = {
  type: "structure",
  members: { attributes: ListString },
};
export interface GetSMSAttributesInput {
  attributes?: ListString;
}
export const GetSMSAttributesResponse: ModelStructure = {
  type: "structure",
  members: { attributes: MapStringToString },
};
export interface GetSMSAttributesResponse {
  attributes?: MapStringToString;
}
export const GetSMSSandboxAccountStatusInput: ModelStructure = { type: "structure", members: {} };
export type GetSMSSandboxAccountStatusInput = Record<string, never>;
export const GetSMSSandboxAccountStatusResult: ModelStructure = {
  type: "structure",
  required: ["IsInSandbox"],
  members: { IsInSandbox: boolean },
};
export interface GetSMSSandboxAccountStatusResult {
  IsInSandbox: boolean;
}
export const GetSubscriptionAttributesInput: ModelStructure = {
  type: "structure",
  required: ["SubscriptionArn"],
  members: { SubscriptionArn: string },
};
export interface GetSubscriptionAttributesInput {
  SubscriptionArn: string;
}
export const SubscriptionAttributesMap: ModelMap = { type: "map", key: string, value: string };
export type SubscriptionAttributesMap = Record<string, string>;
export const GetSubscriptionAttributesResponse: ModelStructure = {
  type: "structure",
  members: { Attributes: SubscriptionAttributesMap },
};
export interface GetSubscriptionAttributesResponse {
  Attributes?: SubscriptionAttributesMap;
}
export const GetTopicAttributesInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn"],
  members: { TopicArn: string },
};
export interface GetTopicAttributesInput {
  TopicArn: string;
}
export const GetTopicAttributesResponse: ModelStructure = {
  type: "structure",
  members: { Attributes: TopicAttributesMap },
};
export interface GetTopicAttributesResponse {
  Attributes?: TopicAttributesMap;
}
export const InternalErrorException: ModelStructure = { type: "structure", members: { message: string } };
export interface InternalErrorException {
  message?: string;
}
export const InvalidBatchEntryIdException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidBatchEntryIdException {
  message?: string;
}
export const InvalidParameterException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidParameterException {
  message?: string;
}
export const InvalidParameterValueException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidParameterValueException {
  message?: string;
}
export const InvalidSecurityException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidSecurityException {
  message?: string;
}
export const InvalidStateException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidStateException {
  message?: string;
}
export const Iso2CountryCode: ModelScalar = { type: "string", max: 2, pattern: "^[A-Za-z]{2}$" };
export type Iso2CountryCode = string;
export const KMSAccessDeniedException: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSAccessDeniedException {
  message?: string;
}
export const KMSDisabledException: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSDisabledException {
  message?: string;
}
export const KMSInvalidStateException: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSInvalidStateException {
  message?: string;
}
export const KMSNotFoundException: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSNotFoundException {
  message?: string;
}
export const KMSOptInRequired: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSOptInRequired {
  message?: string;
}
export const KMSThrottlingException: ModelStructure = { type: "structure", members: { message: string } };
export interface KMSThrottlingException {
  message?: string;
}
export const ListEndpointsByPlatformApplicationInput: ModelStructure = {
  type: "structure",
  required: ["PlatformApplicationArn"],
  members: { PlatformApplicationArn: string, NextToken: string },
};
export interface ListEndpointsByPlatformApplicationInput {
  PlatformApplicationArn: string;
  NextToken?: string;
}
export const ListOfEndpoints: ModelList = { type: "list", member: Endpoint };
export type ListOfEndpoints = Endpoint[];
export const ListEndpointsByPlatformApplicationResponse: ModelStructure = {
  type: "structure",
  members: { Endpoints: ListOfEndpoints, NextToken: string },
};
export interface ListEndpointsByPlatformApplicationResponse {
  Endpoints?: ListOfEndpoints;
  NextToken?: string;
}
export const PlatformApplication: ModelStructure = {
  type: "structure",
  members: { PlatformApplicationArn: string, Attributes: MapStringToString },
};
export interface PlatformApplication {
  PlatformApplicationArn?: string;
  Attributes?: MapStringToString;
}
export const ListOfPlatformApplications: ModelList = { type: "list", member: PlatformApplication };
export type ListOfPlatformApplications = PlatformApplication[];
export const MaxItemsListOriginationNumbers: ModelScalar = { type: "integer", min: 1, max: 30 };
export type MaxItemsListOriginationNumbers = number;
export const ListOriginationNumbersRequest: ModelStructure = {
  type: "structure",
  members: { NextToken: string, MaxResults: MaxItemsListOriginationNumbers },
};
export interface ListOriginationNumbersRequest {
  NextToken?: string;
  MaxResults?: MaxItemsListOriginationNumbers;
}
export const RouteType: ModelScalar = { type: "string", enum: ["Transactional", "Promotional", "Premium"] };
export type RouteType = string;
export const NumberCapability: ModelScalar = { type: "string", enum: ["SMS", "MMS", "VOICE"] };
export type NumberCapability = string;
export const NumberCapabilityList: ModelList = { type: "list", member: NumberCapability };
export type NumberCapabilityList = NumberCapability[];
export const PhoneNumberInformation: ModelStructure = {
  type: "structure",
  members: {
    CreatedAt: timestamp,
    PhoneNumber: string,
    Status: string,
    Iso2CountryCode: Iso2CountryCode,
    RouteType: RouteType,
    NumberCapabilities: NumberCapabilityList,
  },
};
export interface PhoneNumberInformation {
  CreatedAt?: number;
  PhoneNumber?: string;
  Status?: string;
  Iso2CountryCode?: Iso2CountryCode;
  RouteType?: RouteType;
  NumberCapabilities?: NumberCapabilityList;
}
export const PhoneNumberInformationList: ModelList = { type: "list", member: PhoneNumberInformation };
export type PhoneNumberInformationList = PhoneNumberInformation[];
export const ListOriginationNumbersResult: ModelStructure = {
  type: "structure",
  members: { NextToken: string, PhoneNumbers: PhoneNumberInformationList },
};
export interface ListOriginationNumbersResult {
  NextToken?: string;
  PhoneNumbers?: PhoneNumberInformationList;
}
export const ListPhoneNumbersOptedOutInput: ModelStructure = {
  type: "structure",
  members: { nextToken: string },
};
export interface ListPhoneNumbersOptedOutInput {
  nextToken?: string;
}
export const PhoneNumberList: ModelList = { type: "list", member: string };
export type PhoneNumberList = string[];
export const ListPhoneNumbersOptedOutResponse: ModelStructure = {
  type: "structure",
  members: { phoneNumbers: PhoneNumberList, nextToken: string },
};
export interface ListPhoneNumbersOptedOutResponse {
  phoneNumbers?: PhoneNumberList;
  nextToken?: string;
}
export const ListPlatformApplicationsInput: ModelStructure = {
  type: "structure",
  members: { NextToken: string },
};
export interface ListPlatformApplicationsInput {
  NextToken?: string;
}
export const ListPlatformApplicationsResponse: ModelStructure = {
  type: "structure",
  members: { PlatformApplications: ListOfPlatformApplications, NextToken: string },
};
export interface ListPlatformApplicationsResponse {
  PlatformApplications?: ListOfPlatformApplications;
  NextToken?: string;
}
export const MaxItems: ModelScalar = { type: "integer", min: 1, max: 100 };
export type MaxItems = number;
export const ListSMSSandboxPhoneNumbersInput: ModelStructure = {
  type: "structure",
  members: { NextToken: string, MaxResults: MaxItems },
};
export interface ListSMSSandboxPhoneNumbersInput {
  NextToken?: string;
  MaxResults?: MaxItems;
}
export const SMSSandboxPhoneNumberVerificationStatus: ModelScalar = {
  type: "string",
  enum: ["Pending", "Verified"],
};
export type SMSSandboxPhoneNumberVerificationStatus = string;
export const SMSSandboxPhoneNumber: ModelStructure = {
  type: "structure",
  members: { PhoneNumber: PhoneNumberString, Status: SMSSandboxPhoneNumberVerificationStatus },
};
export interface SMSSandboxPhoneNumber {
  PhoneNumber?: PhoneNumberString;
  Status?: SMSSandboxPhoneNumberVerificationStatus;
}
export const SMSSandboxPhoneNumberList: ModelList = { type: "list", member: SMSSandboxPhoneNumber };
export type SMSSandboxPhoneNumberList = SMSSandboxPhoneNumber[];
export const ListSMSSandboxPhoneNumbersResult: ModelStructure = {
  type: "structure",
  required: ["PhoneNumbers"],
  members: { PhoneNumbers: SMSSandboxPhoneNumberList, NextToken: string },
};
export interface ListSMSSandboxPhoneNumbersResult {
  PhoneNumbers: SMSSandboxPhoneNumberList;
  NextToken?: string;
}
export const ListSubscriptionsByTopicInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn"],
  members: { TopicArn: string, NextToken: string },
};
export interface ListSubscriptionsByTopicInput {
  TopicArn: string;
  NextToken?: string;
}
export const Subscription: ModelStructure = {
  type: "structure",
  members: { SubscriptionArn: string, Owner: string, Protocol: string, Endpoint: string, TopicArn: string },
};
export interface Subscription {
  SubscriptionArn?: string;
  Owner?: string;
  Protocol?: string;
  Endpoint?: string;
  TopicArn?: string;
}
export const SubscriptionsList: ModelList = { type: "list", member: Subscription };
export type SubscriptionsList = Subscription[];
export const ListSubscriptionsByTopicResponse: ModelStructure = {
  type: "structure",
  members: { Subscriptions: SubscriptionsList, NextToken: string },
};
export interface ListSubscriptionsByTopicResponse {
  Subscriptions?: SubscriptionsList;
  NextToken?: string;
}
export const ListSubscriptionsInput: ModelStructure = { type: "structure", members: { NextToken: string } };
export interface ListSubscriptionsInput {
  NextToken?: string;
}
export const ListSubscriptionsResponse: ModelStructure = {
  type: "structure",
  members: { Subscriptions: SubscriptionsList, NextToken: string },
};
export interface ListSubscriptionsResponse {
  Subscriptions?: SubscriptionsList;
  NextToken?: string;
}
export const ListTagsForResourceRequest: ModelStructure = {
  type: "structure",
  required: ["ResourceArn"],
  members: { ResourceArn: AmazonResourceName },
};
export interface ListTagsForResourceRequest {
  ResourceArn: AmazonResourceName;
}
export const ListTagsForResourceResponse: ModelStructure = { type: "structure", members: { Tags: TagList } };
export interface ListTagsForResourceResponse {
  Tags?: TagList;
}
export const ListTopicsInput: ModelStructure = { type: "structure", members: { NextToken: string } };
export interface ListTopicsInput {
  NextToken?: string;
}
export const Topic: ModelStructure = { type: "structure", members: { TopicArn: string } };
export interface Topic {
  TopicArn?: string;
}
export const TopicsList: ModelList = { type: "list", member: Topic };
export type TopicsList = Topic[];
export const ListTopicsResponse: ModelStructure = {
  type: "structure",
  members: { Topics: TopicsList, NextToken: string },
};
export interface ListTopicsResponse {
  Topics?: TopicsList;
  NextToken?: string;
}
export const MessageAttributeValue: ModelStructure = {
  type: "structure",
  required: ["DataType"],
  members: { DataType: string, StringValue: string, BinaryValue: blob },
};
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}
export const MessageAttributeMap: ModelMap = {
  type: "map",
  key: string,
  value: MessageAttributeValue,
  keyName: "Name",
  valueName: "Value",
};
export type MessageAttributeMap = Record<string, MessageAttributeValue>;
export const NotFoundException: ModelStructure = { type: "structure", members: { message: string } };
export interface NotFoundException {
  message?: string;
}
export const OTPCode: ModelScalar = { type: "string", min: 5, max: 8, pattern: "^[0-9]+$" };
export type OTPCode = string;
export const OptInPhoneNumberInput: ModelStructure = {
  type: "structure",
  required: ["phoneNumber"],
  members: { phoneNumber: string },
};
export interface OptInPhoneNumberInput {
  phoneNumber: string;
}
export const OptInPhoneNumberResponse: ModelStructure = { type: "structure", members: {} };
export type OptInPhoneNumberResponse = Record<string, never>;
export const OptedOutException: ModelStructure = { type: "structure", members: { message: string } };
export interface OptedOutException {
  message?: string;
}
export const PlatformApplicationDisabledException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface PlatformApplicationDisabledException {
  message?: string;
}
export const PublishBatchRequestEntry: ModelStructure = {
  type: "structure",
  required: ["Id", "Message"],
  members: {
    Id: string,
    Message: string,
    Subject: string,
    MessageStructure: string,
    MessageAttributes: MessageAttributeMap,
    MessageDeduplicationId: string,
    MessageGroupId: string,
  },
};
export interface PublishBatchRequestEntry {
  Id: string;
  Message: string;
  Subject?: string;
  MessageStructure?: string;
  MessageAttributes?: MessageAttributeMap;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}
export const PublishBatchRequestEntryList: ModelList = { type: "list", member: PublishBatchRequestEntry };
export type PublishBatchRequestEntryList = PublishBatchRequestEntry[];
export const PublishBatchInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "PublishBatchRequestEntries"],
  members: { TopicArn: string, PublishBatchRequestEntries: PublishBatchRequestEntryList },
};
export interface PublishBatchInput {
  TopicArn: string;
  PublishBatchRequestEntries: PublishBatchRequestEntryList;
}
export const PublishBatchResultEntry: ModelStructure = {
  type: "structure",
  members: { Id: string, MessageId: string, SequenceNumber: string },
};
export interface PublishBatchResultEntry {
  Id?: string;
  MessageId?: string;
  SequenceNumber?: string;
}
export const PublishBatchResultEntryList: ModelList = { type: "list", member: PublishBatchResultEntry };
export type PublishBatchResultEntryList = PublishBatchResultEntry[];
export const PublishBatchResponse: ModelStructure = {
  type: "structure",
  members: { Successful: PublishBatchResultEntryList, Failed: BatchResultErrorEntryList },
};
export interface PublishBatchResponse {
  Successful?: PublishBatchResultEntryList;
  Failed?: BatchResultErrorEntryList;
}
export const PublishInput: ModelStructure = {
  type: "structure",
  required: ["Message"],
  members: {
    TopicArn: string,
    TargetArn: string,
    PhoneNumber: string,
    Message: string,
    Subject: string,
    MessageStructure: string,
    MessageAttributes: MessageAttributeMap,
    MessageDeduplicationId: string,
    MessageGroupId: string,
  },
};
export interface PublishInput {
  TopicArn?: string;
  TargetArn?: string;
  PhoneNumber?: string;
  Message: string;
  Subject?: string;
  MessageStructure?: string;
  MessageAttributes?: MessageAttributeMap;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}
export const PublishResponse: ModelStructure = {
  type: "structure",
  members: { MessageId: string, SequenceNumber: string },
};
export interface PublishResponse {
  MessageId?: string;
  SequenceNumber?: string;
}
export const PutDataProtectionPolicyInput: ModelStructure = {
  type: "structure",
  required: ["ResourceArn", "DataProtectionPolicy"],
  members: { ResourceArn: string, DataProtectionPolicy: string },
};
export interface PutDataProtectionPolicyInput {
  ResourceArn: string;
  DataProtectionPolicy: string;
}
export const RemovePermissionInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "Label"],
  members: { TopicArn: string, Label: string },
};
export interface RemovePermissionInput {
  TopicArn: string;
  Label: string;
}
export const ReplayLimitExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ReplayLimitExceededException {
  message?: string;
}
export const ResourceNotFoundException: ModelStructure = { type: "structure", members: { message: string } };
export interface ResourceNotFoundException {
  message?: string;
}
export const SetEndpointAttributesInput: ModelStructure = {
  type: "structure",
  required: ["EndpointArn", "Attributes"],
  members: { EndpointArn: string, Attributes: MapStringToString },
};
export interface SetEndpointAttributesInput {
  EndpointArn: string;
  Attributes: MapStringToString;
}
export const SetPlatformApplicationAttributesInput: ModelStructure = {
  type: "structure",
  required: ["PlatformApplicationArn", "Attributes"],
  members: { PlatformApplicationArn: string, Attributes: MapStringToString },
};
export interface SetPlatformApplicationAttributesInput {
  PlatformApplicationArn: string;
  Attributes: MapStringToString;
}
export const SetSMSAttributesInput: ModelStructure = {
  type: "structure",
  required: ["attributes"],
  members: { attributes: MapStringToString },
};
export interface SetSMSAttributesInput {
  attributes: MapStringToString;
}
export const SetSMSAttributesResponse: ModelStructure = { type: "structure", members: {} };
export type SetSMSAttributesResponse = Record<string, never>;
export const SetSubscriptionAttributesInput: ModelStructure = {
  type: "structure",
  required: ["SubscriptionArn", "AttributeName"],
  members: { SubscriptionArn: string, AttributeName: string, AttributeValue: string },
};
export interface SetSubscriptionAttributesInput {
  SubscriptionArn: string;
  AttributeName: string;
  AttributeValue?: string;
}
export const SetTopicAttributesInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "AttributeName"],
  members: { TopicArn: string, AttributeName: string, AttributeValue: string },
};
export interface SetTopicAttributesInput {
  TopicArn: string;
  AttributeName: string;
  AttributeValue?: string;
}
export const StaleTagException: ModelStructure = { type: "structure", members: { message: string } };
export interface StaleTagException {
  message?: string;
}
export const SubscribeInput: ModelStructure = {
  type: "structure",
  required: ["TopicArn", "Protocol"],
  members: {
    TopicArn: string,
    Protocol: string,
    Endpoint: string,
    Attributes: SubscriptionAttributesMap,
    ReturnSubscriptionArn: boolean,
  },
};
export interface SubscribeInput {
  TopicArn: string;
  Protocol: string;
  Endpoint?: string;
  Attributes?: SubscriptionAttributesMap;
  ReturnSubscriptionArn?: boolean;
}
export const SubscribeResponse: ModelStructure = { type: "structure", members: { SubscriptionArn: string } };
export interface SubscribeResponse {
  SubscriptionArn?: string;
}
export const SubscriptionLimitExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface SubscriptionLimitExceededException {
  message?: string;
}
export const TagKeyList: ModelList = { type: "list", member: TagKey };
export type TagKeyList = TagKey[];
export const TagLimitExceededException: ModelStructure = { type: "structure", members: { message: string } };
export interface TagLimitExceededException {
  message?: string;
}
export const TagPolicyException: ModelStructure = { type: "structure", members: { message: string } };
export interface TagPolicyException {
  message?: string;
}
export const TagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["ResourceArn", "Tags"],
  members: { ResourceArn: AmazonResourceName, Tags: TagList },
};
export interface TagResourceRequest {
  ResourceArn: AmazonResourceName;
  Tags: TagList;
}
export const TagResourceResponse: ModelStructure = { type: "structure", members: {} };
export type TagResourceResponse = Record<string, never>;
export const ThrottledException: ModelStructure = { type: "structure", members: { message: string } };
export interface ThrottledException {
  message?: string;
}
export const TooManyEntriesInBatchRequestException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface TooManyEntriesInBatchRequestException {
  message?: string;
}
export const TopicLimitExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface TopicLimitExceededException {
  message?: string;
}
export const UnsubscribeInput: ModelStructure = {
  type: "structure",
  required: ["SubscriptionArn"],
  members: { SubscriptionArn: string },
};
export interface UnsubscribeInput {
  SubscriptionArn: string;
}
export const UntagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["ResourceArn", "TagKeys"],
  members: { ResourceArn: AmazonResourceName, TagKeys: TagKeyList },
};
export interface UntagResourceRequest {
  ResourceArn: AmazonResourceName;
  TagKeys: TagKeyList;
}
export const UntagResourceResponse: ModelStructure = { type: "structure", members: {} };
export type UntagResourceResponse = Record<string, never>;
export const UserErrorException: ModelStructure = { type: "structure", members: { message: string } };
export interface UserErrorException {
  message?: string;
}
export const ValidationException: ModelStructure = {
  type: "structure",
  required: ["Message"],
  members: { Message: string },
};
export interface ValidationException {
  Message: string;
}
export const VerificationException: ModelStructure = {
  type: "structure",
  required: ["Message", "Status"],
  members: { Message: string, Status: string },
};
export interface VerificationException {
  Message: string;
  Status: string;
}
export const VerifySMSSandboxPhoneNumberInput: ModelStructure = {
  type: "structure",
  required: ["PhoneNumber", "OneTimePassword"],
  members: { PhoneNumber: PhoneNumberString, OneTimePassword: OTPCode },
};
export interface VerifySMSSandboxPhoneNumberInput {
  PhoneNumber: PhoneNumberString;
  OneTimePassword: OTPCode;
}
export const VerifySMSSandboxPhoneNumberResult: ModelStructure = { type: "structure", members: {} };
export type VerifySMSSandboxPhoneNumberResult = Record<string, never>;

export const metadata: ModelMetadata = {
  apiVersion: "2010-03-31",
  protocol: "query",
  protocols: ["query"],
  signingName: "sns",
  endpointPrefix: "sns",
  serviceId: "SNS",
  xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
};

export const operations = {
  AddPermission: {
    name: "AddPermission",
    input: AddPermissionInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CheckIfPhoneNumberIsOptedOut: {
    name: "CheckIfPhoneNumberIsOptedOut",
    input: CheckIfPhoneNumberIsOptedOutInput,
    output: CheckIfPhoneNumberIsOptedOutResponse,
    resultWrapper: "CheckIfPhoneNumberIsOptedOutResult",
    errors: [
      "ThrottledException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "InvalidParameterException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ConfirmSubscription: {
    name: "ConfirmSubscription",
    input: ConfirmSubscriptionInput,
    output: ConfirmSubscriptionResponse,
    resultWrapper: "ConfirmSubscriptionResult",
    errors: [
      "SubscriptionLimitExceededException",
      "InvalidParameterException",
      "NotFoundException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "FilterPolicyLimitExceededException",
      "ReplayLimitExceededException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreatePlatformApplication: {
    name: "CreatePlatformApplication",
    input: CreatePlatformApplicationInput,
    output: CreatePlatformApplicationResponse,
    resultWrapper: "CreatePlatformApplicationResult",
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  CreatePlatformEndpoint: {
    name: "CreatePlatformEndpoint",
    input: CreatePlatformEndpointInput,
    output: CreateEndpointResponse,
    resultWrapper: "CreatePlatformEndpointResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateSMSSandboxPhoneNumber: {
    name: "CreateSMSSandboxPhoneNumber",
    input: CreateSMSSandboxPhoneNumberInput,
    output: CreateSMSSandboxPhoneNumberResult,
    resultWrapper: "CreateSMSSandboxPhoneNumberResult",
    errors: [
      "AuthorizationErrorException",
      "InternalErrorException",
      "InvalidParameterException",
      "OptedOutException",
      "UserErrorException",
      "ThrottledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateTopic: {
    name: "CreateTopic",
    input: CreateTopicInput,
    output: CreateTopicResponse,
    resultWrapper: "CreateTopicResult",
    errors: [
      "InvalidParameterException",
      "TopicLimitExceededException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
      "TagLimitExceededException",
      "StaleTagException",
      "TagPolicyException",
      "ConcurrentAccessException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteEndpoint: {
    name: "DeleteEndpoint",
    input: DeleteEndpointInput,
    output: emptyStructure,
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeletePlatformApplication: {
    name: "DeletePlatformApplication",
    input: DeletePlatformApplicationInput,
    output: emptyStructure,
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteSMSSandboxPhoneNumber: {
    name: "DeleteSMSSandboxPhoneNumber",
    input: DeleteSMSSandboxPhoneNumberInput,
    output: DeleteSMSSandboxPhoneNumberResult,
    resultWrapper: "DeleteSMSSandboxPhoneNumberResult",
    errors: [
      "AuthorizationErrorException",
      "InternalErrorException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "UserErrorException",
      "ThrottledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteTopic: {
    name: "DeleteTopic",
    input: DeleteTopicInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InvalidStateException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
      "StaleTagException",
      "TagPolicyException",
      "ConcurrentAccessException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetDataProtectionPolicy: {
    name: "GetDataProtectionPolicy",
    input: GetDataProtectionPolicyInput,
    output: GetDataProtectionPolicyResponse,
    resultWrapper: "GetDataProtectionPolicyResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetEndpointAttributes: {
    name: "GetEndpointAttributes",
    input: GetEndpointAttributesInput,
    output: GetEndpointAttributesResponse,
    resultWrapper: "GetEndpointAttributesResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetPlatformApplicationAttributes: {
    name: "GetPlatformApplicationAttributes",
    input: GetPlatformApplicationAttributesInput,
    output: GetPlatformApplicationAttributesResponse,
    resultWrapper: "GetPlatformApplicationAttributesResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetSMSAttributes: {
    name: "GetSMSAttributes",
    input: GetSMSAttributesInput,
    output: GetSMSAttributesResponse,
    resultWrapper: "GetSMSAttributesResult",
    errors: [
      "ThrottledException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "InvalidParameterException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetSMSSandboxAccountStatus: {
    name: "GetSMSSandboxAccountStatus",
    input: GetSMSSandboxAccountStatusInput,
    output: GetSMSSandboxAccountStatusResult,
    resultWrapper: "GetSMSSandboxAccountStatusResult",
    errors: ["AuthorizationErrorException", "InternalErrorException", "ThrottledException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetSubscriptionAttributes: {
    name: "GetSubscriptionAttributes",
    input: GetSubscriptionAttributesInput,
    output: GetSubscriptionAttributesResponse,
    resultWrapper: "GetSubscriptionAttributesResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetTopicAttributes: {
    name: "GetTopicAttributes",
    input: GetTopicAttributesInput,
    output: GetTopicAttributesResponse,
    resultWrapper: "GetTopicAttributesResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListEndpointsByPlatformApplication: {
    name: "ListEndpointsByPlatformApplication",
    input: ListEndpointsByPlatformApplicationInput,
    output: ListEndpointsByPlatformApplicationResponse,
    resultWrapper: "ListEndpointsByPlatformApplicationResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListOriginationNumbers: {
    name: "ListOriginationNumbers",
    input: ListOriginationNumbersRequest,
    output: ListOriginationNumbersResult,
    resultWrapper: "ListOriginationNumbersResult",
    errors: [
      "InternalErrorException",
      "AuthorizationErrorException",
      "ThrottledException",
      "InvalidParameterException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListPhoneNumbersOptedOut: {
    name: "ListPhoneNumbersOptedOut",
    input: ListPhoneNumbersOptedOutInput,
    output: ListPhoneNumbersOptedOutResponse,
    resultWrapper: "ListPhoneNumbersOptedOutResult",
    errors: [
      "ThrottledException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "InvalidParameterException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListPlatformApplications: {
    name: "ListPlatformApplications",
    input: ListPlatformApplicationsInput,
    output: ListPlatformApplicationsResponse,
    resultWrapper: "ListPlatformApplicationsResult",
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSMSSandboxPhoneNumbers: {
    name: "ListSMSSandboxPhoneNumbers",
    input: ListSMSSandboxPhoneNumbersInput,
    output: ListSMSSandboxPhoneNumbersResult,
    resultWrapper: "ListSMSSandboxPhoneNumbersResult",
    errors: [
      "AuthorizationErrorException",
      "InternalErrorException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ThrottledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListSubscriptions: {
    name: "ListSubscriptions",
    input: ListSubscriptionsInput,
    output: ListSubscriptionsResponse,
    resultWrapper: "ListSubscriptionsResult",
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSubscriptionsByTopic: {
    name: "ListSubscriptionsByTopic",
    input: ListSubscriptionsByTopicInput,
    output: ListSubscriptionsByTopicResponse,
    resultWrapper: "ListSubscriptionsByTopicResult",
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsForResource: {
    name: "ListTagsForResource",
    input: ListTagsForResourceRequest,
    output: ListTagsForResourceResponse,
    resultWrapper: "ListTagsForResourceResult",
    errors: [
      "ResourceNotFoundException",
      "TagPolicyException",
      "InvalidParameterException",
      "AuthorizationErrorException",
      "ConcurrentAccessException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListTopics: {
    name: "ListTopics",
    input: ListTopicsInput,
    output: ListTopicsResponse,
    resultWrapper: "ListTopicsResult",
    errors: ["InvalidParameterException", "InternalErrorException", "AuthorizationErrorException"],
    http: { method: "POST", requestUri: "/" },
  },
  OptInPhoneNumber: {
    name: "OptInPhoneNumber",
    input: OptInPhoneNumberInput,
    output: OptInPhoneNumberResponse,
    resultWrapper: "OptInPhoneNumberResult",
    errors: [
      "ThrottledException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "InvalidParameterException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  Publish: {
    name: "Publish",
    input: PublishInput,
    output: PublishResponse,
    resultWrapper: "PublishResult",
    errors: [
      "InvalidParameterException",
      "InvalidParameterValueException",
      "InternalErrorException",
      "NotFoundException",
      "EndpointDisabledException",
      "PlatformApplicationDisabledException",
      "AuthorizationErrorException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "KMSAccessDeniedException",
      "InvalidSecurityException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PublishBatch: {
    name: "PublishBatch",
    input: PublishBatchInput,
    output: PublishBatchResponse,
    resultWrapper: "PublishBatchResult",
    errors: [
      "InvalidParameterException",
      "InvalidParameterValueException",
      "InternalErrorException",
      "NotFoundException",
      "EndpointDisabledException",
      "PlatformApplicationDisabledException",
      "AuthorizationErrorException",
      "BatchEntryIdsNotDistinctException",
      "BatchRequestTooLongException",
      "EmptyBatchRequestException",
      "InvalidBatchEntryIdException",
      "TooManyEntriesInBatchRequestException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "KMSAccessDeniedException",
      "InvalidSecurityException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDataProtectionPolicy: {
    name: "PutDataProtectionPolicy",
    input: PutDataProtectionPolicyInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemovePermission: {
    name: "RemovePermission",
    input: RemovePermissionInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetEndpointAttributes: {
    name: "SetEndpointAttributes",
    input: SetEndpointAttributesInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetPlatformApplicationAttributes: {
    name: "SetPlatformApplicationAttributes",
    input: SetPlatformApplicationAttributesInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetSMSAttributes: {
    name: "SetSMSAttributes",
    input: SetSMSAttributesInput,
    output: SetSMSAttributesResponse,
    resultWrapper: "SetSMSAttributesResult",
    errors: [
      "InvalidParameterException",
      "ThrottledException",
      "InternalErrorException",
      "AuthorizationErrorException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetSubscriptionAttributes: {
    name: "SetSubscriptionAttributes",
    input: SetSubscriptionAttributesInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "FilterPolicyLimitExceededException",
      "ReplayLimitExceededException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetTopicAttributes: {
    name: "SetTopicAttributes",
    input: SetTopicAttributesInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  Subscribe: {
    name: "Subscribe",
    input: SubscribeInput,
    output: SubscribeResponse,
    resultWrapper: "SubscribeResult",
    errors: [
      "SubscriptionLimitExceededException",
      "FilterPolicyLimitExceededException",
      "ReplayLimitExceededException",
      "InvalidParameterException",
      "InternalErrorException",
      "NotFoundException",
      "AuthorizationErrorException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagResource: {
    name: "TagResource",
    input: TagResourceRequest,
    output: TagResourceResponse,
    resultWrapper: "TagResourceResult",
    errors: [
      "ResourceNotFoundException",
      "TagLimitExceededException",
      "StaleTagException",
      "TagPolicyException",
      "InvalidParameterException",
      "AuthorizationErrorException",
      "ConcurrentAccessException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  Unsubscribe: {
    name: "Unsubscribe",
    input: UnsubscribeInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "InternalErrorException",
      "AuthorizationErrorException",
      "NotFoundException",
      "InvalidSecurityException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagResource: {
    name: "UntagResource",
    input: UntagResourceRequest,
    output: UntagResourceResponse,
    resultWrapper: "UntagResourceResult",
    errors: [
      "ResourceNotFoundException",
      "TagLimitExceededException",
      "StaleTagException",
      "TagPolicyException",
      "InvalidParameterException",
      "AuthorizationErrorException",
      "ConcurrentAccessException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  VerifySMSSandboxPhoneNumber: {
    name: "VerifySMSSandboxPhoneNumber",
    input: VerifySMSSandboxPhoneNumberInput,
    output: VerifySMSSandboxPhoneNumberResult,
    resultWrapper: "VerifySMSSandboxPhoneNumberResult",
    errors: [
      "AuthorizationErrorException",
      "InternalErrorException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "VerificationException",
      "ThrottledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  AuthorizationErrorException: {
    name: "AuthorizationErrorException",
    queryCode: "AuthorizationError",
    status: 403,
    fault: "Sender",
    shape: AuthorizationErrorException,
  },
  BatchEntryIdsNotDistinctException: {
    name: "BatchEntryIdsNotDistinctException",
    queryCode: "BatchEntryIdsNotDistinct",
    status: 400,
    fault: "Sender",
    shape: BatchEntryIdsNotDistinctException,
  },
  BatchRequestTooLongException: {
    name: "BatchRequestTooLongException",
    queryCode: "BatchRequestTooLong",
    status: 400,
    fault: "Sender",
    shape: BatchRequestTooLongException,
  },
  ConcurrentAccessException: {
    name: "ConcurrentAccessException",
    queryCode: "ConcurrentAccess",
    status: 400,
    fault: "Sender",
    shape: ConcurrentAccessException,
  },
  EmptyBatchRequestException: {
    name: "EmptyBatchRequestException",
    queryCode: "EmptyBatchRequest",
    status: 400,
    fault: "Sender",
    shape: EmptyBatchRequestException,
  },
  EndpointDisabledException: {
    name: "EndpointDisabledException",
    queryCode: "EndpointDisabled",
    status: 400,
    fault: "Sender",
    shape: EndpointDisabledException,
  },
  FilterPolicyLimitExceededException: {
    name: "FilterPolicyLimitExceededException",
    queryCode: "FilterPolicyLimitExceeded",
    status: 403,
    fault: "Sender",
    shape: FilterPolicyLimitExceededException,
  },
  InternalErrorException: {
    name: "InternalErrorException",
    queryCode: "InternalError",
    status: 500,
    fault: "Server",
    shape: InternalErrorException,
  },
  InvalidBatchEntryIdException: {
    name: "InvalidBatchEntryIdException",
    queryCode: "InvalidBatchEntryId",
    status: 400,
    fault: "Sender",
    shape: InvalidBatchEntryIdException,
  },
  InvalidParameterException: {
    name: "InvalidParameterException",
    queryCode: "InvalidParameter",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterException,
  },
  InvalidParameterValueException: {
    name: "InvalidParameterValueException",
    queryCode: "ParameterValueInvalid",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterValueException,
  },
  InvalidSecurityException: {
    name: "InvalidSecurityException",
    queryCode: "InvalidSecurity",
    status: 403,
    fault: "Sender",
    shape: InvalidSecurityException,
  },
  InvalidStateException: {
    name: "InvalidStateException",
    queryCode: "InvalidState",
    status: 400,
    fault: "Sender",
    shape: InvalidStateException,
  },
  KMSAccessDeniedException: {
    name: "KMSAccessDeniedException",
    queryCode: "KMSAccessDenied",
    status: 400,
    fault: "Sender",
    shape: KMSAccessDeniedException,
  },
  KMSDisabledException: {
    name: "KMSDisabledException",
    queryCode: "KMSDisabled",
    status: 400,
    fault: "Sender",
    shape: KMSDisabledException,
  },
  KMSInvalidStateException: {
    name: "KMSInvalidStateException",
    queryCode: "KMSInvalidState",
    status: 400,
    fault: "Sender",
    shape: KMSInvalidStateException,
  },
  KMSNotFoundException: {
    name: "KMSNotFoundException",
    queryCode: "KMSNotFound",
    status: 400,
    fault: "Sender",
    shape: KMSNotFoundException,
  },
  KMSOptInRequired: { name: "KMSOptInRequired", status: 403, fault: "Sender", shape: KMSOptInRequired },
  KMSThrottlingException: {
    name: "KMSThrottlingException",
    queryCode: "KMSThrottling",
    status: 400,
    fault: "Sender",
    shape: KMSThrottlingException,
  },
  NotFoundException: {
    name: "NotFoundException",
    queryCode: "NotFound",
    status: 404,
    fault: "Sender",
    shape: NotFoundException,
  },
  OptedOutException: {
    name: "OptedOutException",
    queryCode: "OptedOut",
    status: 400,
    fault: "Sender",
    shape: OptedOutException,
  },
  PlatformApplicationDisabledException: {
    name: "PlatformApplicationDisabledException",
    queryCode: "PlatformApplicationDisabled",
    status: 400,
    fault: "Sender",
    shape: PlatformApplicationDisabledException,
  },
  ReplayLimitExceededException: {
    name: "ReplayLimitExceededException",
    queryCode: "ReplayLimitExceeded",
    status: 403,
    fault: "Sender",
    shape: ReplayLimitExceededException,
  },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    queryCode: "ResourceNotFound",
    status: 404,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
  StaleTagException: {
    name: "StaleTagException",
    queryCode: "StaleTag",
    status: 400,
    fault: "Sender",
    shape: StaleTagException,
  },
  SubscriptionLimitExceededException: {
    name: "SubscriptionLimitExceededException",
    queryCode: "SubscriptionLimitExceeded",
    status: 403,
    fault: "Sender",
    shape: SubscriptionLimitExceededException,
  },
  TagLimitExceededException: {
    name: "TagLimitExceededException",
    queryCode: "TagLimitExceeded",
    status: 400,
    fault: "Sender",
    shape: TagLimitExceededException,
  },
  TagPolicyException: {
    name: "TagPolicyException",
    queryCode: "TagPolicy",
    status: 400,
    fault: "Sender",
    shape: TagPolicyException,
  },
  ThrottledException: {
    name: "ThrottledException",
    queryCode: "Throttled",
    status: 429,
    fault: "Sender",
    shape: ThrottledException,
  },
  TooManyEntriesInBatchRequestException: {
    name: "TooManyEntriesInBatchRequestException",
    queryCode: "TooManyEntriesInBatchRequest",
    status: 400,
    fault: "Sender",
    shape: TooManyEntriesInBatchRequestException,
  },
  TopicLimitExceededException: {
    name: "TopicLimitExceededException",
    queryCode: "TopicLimitExceeded",
    status: 403,
    fault: "Sender",
    shape: TopicLimitExceededException,
  },
  UserErrorException: {
    name: "UserErrorException",
    queryCode: "UserError",
    status: 400,
    fault: "Sender",
    shape: UserErrorException,
  },
  ValidationException: {
    name: "ValidationException",
    status: 400,
    fault: "Sender",
    shape: ValidationException,
  },
  VerificationException: {
    name: "VerificationException",
    status: 400,
    fault: "Sender",
    shape: VerificationException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
