// Generated from botocore 1.43.11 (sts 2011-06-15).
// Do not edit: run `npm run generate:shapes` (see emulator/generator/README.md).
import {
  type ModelError,
  type ModelList,
  type ModelMetadata,
  type ModelOperation,
  type ModelScalar,
  type ModelStructure,
  type ServiceModel,
} from "../core/model-shapes.js";
import { string, timestamp } from "../core/shapes.js";

export const arnType: ModelScalar = {
  type: "string",
  min: 20,
  max: 2048,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
};
export type arnType = string;
export const roleSessionNameType: ModelScalar = { type: "string", min: 2, max: 64, pattern: "[\\w+=,.@-]*" };
export type roleSessionNameType = string;
export const PolicyDescriptorType: ModelStructure = { type: "structure", members: { arn: arnType } };
export interface PolicyDescriptorType {
  arn?: arnType;
}
export const policyDescriptorListType: ModelList = { type: "list", member: PolicyDescriptorType };
export type policyDescriptorListType = PolicyDescriptorType[];
export const unrestrictedSessionPolicyDocumentType: ModelScalar = {
  type: "string",
  min: 1,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type unrestrictedSessionPolicyDocumentType = string;
export const roleDurationSecondsType: ModelScalar = { type: "integer", min: 900, max: 43200 };
export type roleDurationSecondsType = number;
export const tagKeyType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
};
export type tagKeyType = string;
export const tagValueType: ModelScalar = {
  type: "string",
  min: 0,
  max: 256,
  pattern: "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
};
export type tagValueType = string;
export const Tag: ModelStructure = {
  type: "structure",
  required: ["Key", "Value"],
  members: { Key: tagKeyType, Value: tagValueType },
};
export interface Tag {
  Key: tagKeyType;
  Value: tagValueType;
}
export const tagListType: ModelList = { type: "list", member: Tag, max: 50 };
export type tagListType = Tag[];
export const tagKeyListType: ModelList = { type: "list", member: tagKeyType, max: 50 };
export type tagKeyListType = tagKeyType[];
export const externalIdType: ModelScalar = { type: "string", min: 2, max: 1224, pattern: "[\\w+=,.@:\\/-]*" };
export type externalIdType = string;
export const serialNumberType: ModelScalar = { type: "string", min: 9, max: 256, pattern: "[\\w+=/:,.@-]*" };
export type serialNumberType = string;
export const tokenCodeType: ModelScalar = { type: "string", min: 6, max: 6, pattern: "[\\d]*" };
export type tokenCodeType = string;
export const sourceIdentityType: ModelScalar = { type: "string", min: 2, max: 64, pattern: "[\\w+=,.@-]*" };
export type sourceIdentityType = string;
export const contextAssertionType: ModelScalar = { type: "string", min: 4, max: 2048 };
export type contextAssertionType = string;
export const ProvidedContext: ModelStructure = {
  type: "structure",
  members: { ProviderArn: arnType, ContextAssertion: contextAssertionType },
};
export interface ProvidedContext {
  ProviderArn?: arnType;
  ContextAssertion?: contextAssertionType;
}
export const ProvidedContextsListType: ModelList = { type: "list", member: ProvidedContext, min: 1, max: 5 };
export type ProvidedContextsListType = ProvidedContext[];
export const AssumeRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleArn", "RoleSessionName"],
  members: {
    RoleArn: arnType,
    RoleSessionName: roleSessionNameType,
    PolicyArns: policyDescriptorListType,
    Policy: unrestrictedSessionPolicyDocumentType,
    DurationSeconds: roleDurationSecondsType,
    Tags: tagListType,
    TransitiveTagKeys: tagKeyListType,
    ExternalId: externalIdType,
    SerialNumber: serialNumberType,
    TokenCode: tokenCodeType,
    SourceIdentity: sourceIdentityType,
    ProvidedContexts: ProvidedContextsListType,
  },
};
export interface AssumeRoleRequest {
  RoleArn: arnType;
  RoleSessionName: roleSessionNameType;
  PolicyArns?: policyDescriptorListType;
  Policy?: unrestrictedSessionPolicyDocumentType;
  DurationSeconds?: roleDurationSecondsType;
  Tags?: tagListType;
  TransitiveTagKeys?: tagKeyListType;
  ExternalId?: externalIdType;
  SerialNumber?: serialNumberType;
  TokenCode?: tokenCodeType;
  SourceIdentity?: sourceIdentityType;
  ProvidedContexts?: ProvidedContextsListType;
}
export const accessKeyIdType: ModelScalar = { type: "string", min: 16, max: 128, pattern: "[\\w]*" };
export type accessKeyIdType = string;
export const Credentials: ModelStructure = {
  type: "structure",
  required: ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"],
  members: {
    AccessKeyId: accessKeyIdType,
    SecretAccessKey: string,
    SessionToken: string,
    Expiration: timestamp,
  },
};
export interface Credentials {
  AccessKeyId: accessKeyIdType;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: number;
}
export const assumedRoleIdType: ModelScalar = { type: "string", min: 2, max: 193, pattern: "[\\w+=,.@:-]*" };
export type assumedRoleIdType = string;
export const AssumedRoleUser: ModelStructure = {
  type: "structure",
  required: ["AssumedRoleId", "Arn"],
  members: { AssumedRoleId: assumedRoleIdType, Arn: arnType },
};
export interface AssumedRoleUser {
  AssumedRoleId: assumedRoleIdType;
  Arn: arnType;
}
export const nonNegativeIntegerType: ModelScalar = { type: "integer", min: 0 };
export type nonNegativeIntegerType = number;
export const AssumeRoleResponse: ModelStructure = {
  type: "structure",
  members: {
    Credentials: Credentials,
    AssumedRoleUser: AssumedRoleUser,
    PackedPolicySize: nonNegativeIntegerType,
    SourceIdentity: sourceIdentityType,
  },
};
export interface AssumeRoleResponse {
  Credentials?: Credentials;
  AssumedRoleUser?: AssumedRoleUser;
  PackedPolicySize?: nonNegativeIntegerType;
  SourceIdentity?: sourceIdentityType;
}
export const SAMLAssertionType: ModelScalar = { type: "string", min: 4, max: 100000 };
export type SAMLAssertionType = string;
export const sessionPolicyDocumentType: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type sessionPolicyDocumentType = string;
export const AssumeRoleWithSAMLRequest: ModelStructure = {
  type: "structure",
  required: ["RoleArn", "PrincipalArn", "SAMLAssertion"],
  members: {
    RoleArn: arnType,
    PrincipalArn: arnType,
    SAMLAssertion: SAMLAssertionType,
    PolicyArns: policyDescriptorListType,
    Policy: sessionPolicyDocumentType,
    DurationSeconds: roleDurationSecondsType,
  },
};
export interface AssumeRoleWithSAMLRequest {
  RoleArn: arnType;
  PrincipalArn: arnType;
  SAMLAssertion: SAMLAssertionType;
  PolicyArns?: policyDescriptorListType;
  Policy?: sessionPolicyDocumentType;
  DurationSeconds?: roleDurationSecondsType;
}
export const AssumeRoleWithSAMLResponse: ModelStructure = {
  type: "structure",
  members: {
    Credentials: Credentials,
    AssumedRoleUser: AssumedRoleUser,
    PackedPolicySize: nonNegativeIntegerType,
    Subject: string,
    SubjectType: string,
    Issuer: string,
    Audience: string,
    NameQualifier: string,
    SourceIdentity: sourceIdentityType,
  },
};
export interface AssumeRoleWithSAMLResponse {
  Credentials?: Credentials;
  AssumedRoleUser?: AssumedRoleUser;
  PackedPolicySize?: nonNegativeIntegerType;
  Subject?: string;
  SubjectType?: string;
  Issuer?: string;
  Audience?: string;
  NameQualifier?: string;
  SourceIdentity?: sourceIdentityType;
}
export const clientTokenType: ModelScalar = { type: "string", min: 4, max: 20000 };
export type clientTokenType = string;
export const urlType: ModelScalar = { type: "string", min: 4, max: 2048 };
export type urlType = string;
export const AssumeRoleWithWebIdentityRequest: ModelStructure = {
  type: "structure",
  required: ["RoleArn", "RoleSessionName", "WebIdentityToken"],
  members: {
    RoleArn: arnType,
    RoleSessionName: roleSessionNameType,
    WebIdentityToken: clientTokenType,
    ProviderId: urlType,
    PolicyArns: policyDescriptorListType,
    Policy: sessionPolicyDocumentType,
    DurationSeconds: roleDurationSecondsType,
  },
};
export interface AssumeRoleWithWebIdentityRequest {
  RoleArn: arnType;
  RoleSessionName: roleSessionNameType;
  WebIdentityToken: clientTokenType;
  ProviderId?: urlType;
  PolicyArns?: policyDescriptorListType;
  Policy?: sessionPolicyDocumentType;
  DurationSeconds?: roleDurationSecondsType;
}
export const webIdentitySubjectType: ModelScalar = { type: "string", min: 6, max: 255 };
export type webIdentitySubjectType = string;
export const AssumeRoleWithWebIdentityResponse: ModelStructure = {
  type: "structure",
  members: {
    Credentials: Credentials,
    SubjectFromWebIdentityToken: webIdentitySubjectType,
    AssumedRoleUser: AssumedRoleUser,
    PackedPolicySize: nonNegativeIntegerType,
    Provider: string,
    Audience: string,
    SourceIdentity: sourceIdentityType,
  },
};
export interface AssumeRoleWithWebIdentityResponse {
  Credentials?: Credentials;
  SubjectFromWebIdentityToken?: webIdentitySubjectType;
  AssumedRoleUser?: AssumedRoleUser;
  PackedPolicySize?: nonNegativeIntegerType;
  Provider?: string;
  Audience?: string;
  SourceIdentity?: sourceIdentityType;
}
export const TargetPrincipalType: ModelScalar = { type: "string", min: 12, max: 2048 };
export type TargetPrincipalType = string;
export const RootDurationSecondsType: ModelScalar = { type: "integer", min: 0, max: 900 };
export type RootDurationSecondsType = number;
export const AssumeRootRequest: ModelStructure = {
  type: "structure",
  required: ["TargetPrincipal", "TaskPolicyArn"],
  members: {
    TargetPrincipal: TargetPrincipalType,
    TaskPolicyArn: PolicyDescriptorType,
    DurationSeconds: RootDurationSecondsType,
  },
};
export interface AssumeRootRequest {
  TargetPrincipal: TargetPrincipalType;
  TaskPolicyArn: PolicyDescriptorType;
  DurationSeconds?: RootDurationSecondsType;
}
export const AssumeRootResponse: ModelStructure = {
  type: "structure",
  members: { Credentials: Credentials, SourceIdentity: sourceIdentityType },
};
export interface AssumeRootResponse {
  Credentials?: Credentials;
  SourceIdentity?: sourceIdentityType;
}
export const encodedMessageType: ModelScalar = { type: "string", min: 1, max: 10240 };
export type encodedMessageType = string;
export const DecodeAuthorizationMessageRequest: ModelStructure = {
  type: "structure",
  required: ["EncodedMessage"],
  members: { EncodedMessage: encodedMessageType },
};
export interface DecodeAuthorizationMessageRequest {
  EncodedMessage: encodedMessageType;
}
export const DecodeAuthorizationMessageResponse: ModelStructure = {
  type: "structure",
  members: { DecodedMessage: string },
};
export interface DecodeAuthorizationMessageResponse {
  DecodedMessage?: string;
}
export const ExpiredTokenException: ModelStructure = { type: "structure", members: { message: string } };
export interface ExpiredTokenException {
  message?: string;
}
export const ExpiredTradeInTokenException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ExpiredTradeInTokenException {
  message?: string;
}
export const federatedIdType: ModelScalar = { type: "string", min: 2, max: 193, pattern: "[\\w+=,.@\\:-]*" };
export type federatedIdType = string;
export const FederatedUser: ModelStructure = {
  type: "structure",
  required: ["FederatedUserId", "Arn"],
  members: { FederatedUserId: federatedIdType, Arn: arnType },
};
export interface FederatedUser {
  FederatedUserId: federatedIdType;
  Arn: arnType;
}
export const GetAccessKeyInfoRequest: ModelStructure = {
  type: "structure",
  required: ["AccessKeyId"],
  members: { AccessKeyId: accessKeyIdType },
};
export interface GetAccessKeyInfoRequest {
  AccessKeyId: accessKeyIdType;
}
export const GetAccessKeyInfoResponse: ModelStructure = { type: "structure", members: { Account: string } };
export interface GetAccessKeyInfoResponse {
  Account?: string;
}
export const GetCallerIdentityRequest: ModelStructure = { type: "structure", members: {} };
export type GetCallerIdentityRequest = Record<string, never>;
export const GetCallerIdentityResponse: ModelStructure = {
  type: "structure",
  members: { UserId: string, Account: string, Arn: arnType },
};
export interface GetCallerIdentityResponse {
  UserId?: string;
  Account?: string;
  Arn?: arnType;
}
export const GetDelegatedAccessTokenRequest: ModelStructure = {
  type: "structure",
  required: ["TradeInToken"],
  members: { TradeInToken: string },
};
export interface GetDelegatedAccessTokenRequest {
  TradeInToken: string;
}
export const GetDelegatedAccessTokenResponse: ModelStructure = {
  type: "structure",
  members: { Credentials: Credentials, PackedPolicySize: nonNegativeIntegerType, AssumedPrincipal: arnType },
};
export interface GetDelegatedAccessTokenResponse {
  Credentials?: Credentials;
  PackedPolicySize?: nonNegativeIntegerType;
  AssumedPrincipal?: arnType;
}
export const userNameType: ModelScalar = { type: "string", min: 2, max: 32, pattern: "[\\w+=,.@-]*" };
export type userNameType = string;
export const durationSecondsType: ModelScalar = { type: "integer", min: 900, max: 129600 };
export type durationSecondsType = number;
export const GetFederationTokenRequest: ModelStructure = {
  type: "structure",
  required: ["Name"],
  members: {
    Name: userNameType,
    Policy: sessionPolicyDocumentType,
    PolicyArns: policyDescriptorListType,
    DurationSeconds: durationSecondsType,
    Tags: tagListType,
  },
};
export interface GetFederationTokenRequest {
  Name: userNameType;
  Policy?: sessionPolicyDocumentType;
  PolicyArns?: policyDescriptorListType;
  DurationSeconds?: durationSecondsType;
  Tags?: tagListType;
}
export const GetFederationTokenResponse: ModelStructure = {
  type: "structure",
  members: {
    Credentials: Credentials,
    FederatedUser: FederatedUser,
    PackedPolicySize: nonNegativeIntegerType,
  },
};
export interface GetFederationTokenResponse {
  Credentials?: Credentials;
  FederatedUser?: FederatedUser;
  PackedPolicySize?: nonNegativeIntegerType;
}
export const GetSessionTokenRequest: ModelStructure = {
  type: "structure",
  members: { DurationSeconds: durationSecondsType, SerialNumber: serialNumberType, TokenCode: tokenCodeType },
};
export interface GetSessionTokenRequest {
  DurationSeconds?: durationSecondsType;
  SerialNumber?: serialNumberType;
  TokenCode?: tokenCodeType;
}
export const GetSessionTokenResponse: ModelStructure = {
  type: "structure",
  members: { Credentials: Credentials },
};
export interface GetSessionTokenResponse {
  Credentials?: Credentials;
}
export const webIdentityTokenAudienceStringType: ModelScalar = { type: "string", min: 1, max: 1000 };
export type webIdentityTokenAudienceStringType = string;
export const webIdentityTokenAudienceListType: ModelList = {
  type: "list",
  member: webIdentityTokenAudienceStringType,
  min: 1,
  max: 10,
};
export type webIdentityTokenAudienceListType = webIdentityTokenAudienceStringType[];
export const webIdentityTokenDurationSecondsType: ModelScalar = { type: "integer", min: 60, max: 3600 };
export type webIdentityTokenDurationSecondsType = number;
export const jwtAlgorithmType: ModelScalar = { type: "string", min: 5, max: 5 };
export type jwtAlgorithmType = string;
export const GetWebIdentityTokenRequest: ModelStructure = {
  type: "structure",
  required: ["Audience", "SigningAlgorithm"],
  members: {
    Audience: webIdentityTokenAudienceListType,
    DurationSeconds: webIdentityTokenDurationSecondsType,
    SigningAlgorithm: jwtAlgorithmType,
    Tags: tagListType,
  },
};
export interface GetWebIdentityTokenRequest {
  Audience: webIdentityTokenAudienceListType;
  DurationSeconds?: webIdentityTokenDurationSecondsType;
  SigningAlgorithm: jwtAlgorithmType;
  Tags?: tagListType;
}
export const GetWebIdentityTokenResponse: ModelStructure = {
  type: "structure",
  members: { WebIdentityToken: string, Expiration: timestamp },
};
export interface GetWebIdentityTokenResponse {
  WebIdentityToken?: string;
  Expiration?: number;
}
export const IDPCommunicationErrorException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface IDPCommunicationErrorException {
  message?: string;
}
export const IDPRejectedClaimException: ModelStructure = { type: "structure", members: { message: string } };
export interface IDPRejectedClaimException {
  message?: string;
}
export const InvalidAuthorizationMessageException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidAuthorizationMessageException {
  message?: string;
}
export const InvalidIdentityTokenException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidIdentityTokenException {
  message?: string;
}
export const JWTPayloadSizeExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface JWTPayloadSizeExceededException {
  message?: string;
}
export const MalformedPolicyDocumentException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface MalformedPolicyDocumentException {
  message?: string;
}
export const OutboundWebIdentityFederationDisabledException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface OutboundWebIdentityFederationDisabledException {
  message?: string;
}
export const PackedPolicyTooLargeException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface PackedPolicyTooLargeException {
  message?: string;
}
export const RegionDisabledException: ModelStructure = { type: "structure", members: { message: string } };
export interface RegionDisabledException {
  message?: string;
}
export const SessionDurationEscalationException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface SessionDurationEscalationException {
  message?: string;
}

export const metadata: ModelMetadata = {
  apiVersion: "2011-06-15",
  protocol: "query",
  protocols: ["query"],
  signingName: "sts",
  endpointPrefix: "sts",
  serviceId: "STS",
  xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
};

export const operations = {
  AssumeRole: {
    name: "AssumeRole",
    input: AssumeRoleRequest,
    output: AssumeRoleResponse,
    resultWrapper: "AssumeRoleResult",
    errors: [
      "MalformedPolicyDocumentException",
      "PackedPolicyTooLargeException",
      "RegionDisabledException",
      "ExpiredTokenException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AssumeRoleWithSAML: {
    name: "AssumeRoleWithSAML",
    input: AssumeRoleWithSAMLRequest,
    output: AssumeRoleWithSAMLResponse,
    resultWrapper: "AssumeRoleWithSAMLResult",
    errors: [
      "MalformedPolicyDocumentException",
      "PackedPolicyTooLargeException",
      "IDPRejectedClaimException",
      "InvalidIdentityTokenException",
      "ExpiredTokenException",
      "RegionDisabledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AssumeRoleWithWebIdentity: {
    name: "AssumeRoleWithWebIdentity",
    input: AssumeRoleWithWebIdentityRequest,
    output: AssumeRoleWithWebIdentityResponse,
    resultWrapper: "AssumeRoleWithWebIdentityResult",
    errors: [
      "MalformedPolicyDocumentException",
      "PackedPolicyTooLargeException",
      "IDPRejectedClaimException",
      "IDPCommunicationErrorException",
      "InvalidIdentityTokenException",
      "ExpiredTokenException",
      "RegionDisabledException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AssumeRoot: {
    name: "AssumeRoot",
    input: AssumeRootRequest,
    output: AssumeRootResponse,
    resultWrapper: "AssumeRootResult",
    errors: ["RegionDisabledException", "ExpiredTokenException"],
    http: { method: "POST", requestUri: "/" },
  },
  DecodeAuthorizationMessage: {
    name: "DecodeAuthorizationMessage",
    input: DecodeAuthorizationMessageRequest,
    output: DecodeAuthorizationMessageResponse,
    resultWrapper: "DecodeAuthorizationMessageResult",
    errors: ["InvalidAuthorizationMessageException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetAccessKeyInfo: {
    name: "GetAccessKeyInfo",
    input: GetAccessKeyInfoRequest,
    output: GetAccessKeyInfoResponse,
    resultWrapper: "GetAccessKeyInfoResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  GetCallerIdentity: {
    name: "GetCallerIdentity",
    input: GetCallerIdentityRequest,
    output: GetCallerIdentityResponse,
    resultWrapper: "GetCallerIdentityResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  GetDelegatedAccessToken: {
    name: "GetDelegatedAccessToken",
    input: GetDelegatedAccessTokenRequest,
    output: GetDelegatedAccessTokenResponse,
    resultWrapper: "GetDelegatedAccessTokenResult",
    errors: ["ExpiredTradeInTokenException", "RegionDisabledException", "PackedPolicyTooLargeException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetFederationToken: {
    name: "GetFederationToken",
    input: GetFederationTokenRequest,
    output: GetFederationTokenResponse,
    resultWrapper: "GetFederationTokenResult",
    errors: ["MalformedPolicyDocumentException", "PackedPolicyTooLargeException", "RegionDisabledException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetSessionToken: {
    name: "GetSessionToken",
    input: GetSessionTokenRequest,
    output: GetSessionTokenResponse,
    resultWrapper: "GetSessionTokenResult",
    errors: ["RegionDisabledException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetWebIdentityToken: {
    name: "GetWebIdentityToken",
    input: GetWebIdentityTokenRequest,
    output: GetWebIdentityTokenResponse,
    resultWrapper: "GetWebIdentityTokenResult",
    errors: [
      "SessionDurationEscalationException",
      "OutboundWebIdentityFederationDisabledException",
      "JWTPayloadSizeExceededException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  ExpiredTokenException: {
    name: "ExpiredTokenException",
    status: 400,
    fault: "Sender",
    shape: ExpiredTokenException,
  },
  ExpiredTradeInTokenException: {
    name: "ExpiredTradeInTokenException",
    status: 400,
    fault: "Sender",
    shape: ExpiredTradeInTokenException,
  },
  IDPCommunicationErrorException: {
    name: "IDPCommunicationErrorException",
    queryCode: "IDPCommunicationError",
    status: 400,
    fault: "Sender",
    shape: IDPCommunicationErrorException,
  },
  IDPRejectedClaimException: {
    name: "IDPRejectedClaimException",
    queryCode: "IDPRejectedClaim",
    status: 403,
    fault: "Sender",
    shape: IDPRejectedClaimException,
  },
  InvalidAuthorizationMessageException: {
    name: "InvalidAuthorizationMessageException",
    status: 400,
    fault: "Sender",
    shape: InvalidAuthorizationMessageException,
  },
  InvalidIdentityTokenException: {
    name: "InvalidIdentityTokenException",
    queryCode: "InvalidIdentityToken",
    status: 400,
    fault: "Sender",
    shape: InvalidIdentityTokenException,
  },
  JWTPayloadSizeExceededException: {
    name: "JWTPayloadSizeExceededException",
    status: 400,
    fault: "Sender",
    shape: JWTPayloadSizeExceededException,
  },
  MalformedPolicyDocumentException: {
    name: "MalformedPolicyDocumentException",
    queryCode: "MalformedPolicyDocument",
    status: 400,
    fault: "Sender",
    shape: MalformedPolicyDocumentException,
  },
  OutboundWebIdentityFederationDisabledException: {
    name: "OutboundWebIdentityFederationDisabledException",
    status: 403,
    fault: "Sender",
    shape: OutboundWebIdentityFederationDisabledException,
  },
  PackedPolicyTooLargeException: {
    name: "PackedPolicyTooLargeException",
    queryCode: "PackedPolicyTooLarge",
    status: 400,
    fault: "Sender",
    shape: PackedPolicyTooLargeException,
  },
  RegionDisabledException: {
    name: "RegionDisabledException",
    status: 403,
    fault: "Sender",
    shape: RegionDisabledException,
  },
  SessionDurationEscalationException: {
    name: "SessionDurationEscalationException",
    status: 403,
    fault: "Sender",
    shape: SessionDurationEscalationException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
