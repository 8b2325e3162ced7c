// Generated from botocore 1.43.11 (iam 2010-05-08).
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
import { blob, boolean, integer, string, timestamp } from "../core/shapes.js";

export const delegationRequestIdType: ModelScalar = { type: "string", min: 16, max: 128, pattern: "[\\w-]+" };
export type delegationRequestIdType = string;
export const AcceptDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType },
};
export interface AcceptDelegationRequestRequest {
  DelegationRequestId: delegationRequestIdType;
}
export const AccessAdvisorUsageGranularityType: ModelScalar = {
  type: "string",
  enum: ["SERVICE_LEVEL", "ACTION_LEVEL"],
};
export type AccessAdvisorUsageGranularityType = string;
export const serviceNamespaceType: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[\\w-]*" };
export type serviceNamespaceType = string;
export const organizationsEntityPathType: ModelScalar = {
  type: "string",
  min: 19,
  max: 427,
  pattern: "^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*",
};
export type organizationsEntityPathType = string;
export const AccessDetail: ModelStructure = {
  type: "structure",
  required: ["ServiceName", "ServiceNamespace"],
  members: {
    ServiceName: string,
    ServiceNamespace: serviceNamespaceType,
    Region: string,
    EntityPath: organizationsEntityPathType,
    LastAuthenticatedTime: timestamp,
    TotalAuthenticatedEntities: integer,
  },
};
export interface AccessDetail {
  ServiceName: string;
  ServiceNamespace: serviceNamespaceType;
  Region?: string;
  EntityPath?: organizationsEntityPathType;
  LastAuthenticatedTime?: number;
  TotalAuthenticatedEntities?: number;
}
export const AccessDetails: ModelList = { type: "list", member: AccessDetail };
export type AccessDetails = AccessDetail[];
export const userNameType: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[\\w+=,.@-]+" };
export type userNameType = string;
export const accessKeyIdType: ModelScalar = { type: "string", min: 16, max: 128, pattern: "[\\w]+" };
export type accessKeyIdType = string;
export const statusType: ModelScalar = { type: "string", enum: ["Active", "Inactive", "Expired"] };
export type statusType = string;
export const AccessKey: ModelStructure = {
  type: "structure",
  required: ["UserName", "AccessKeyId", "Status", "SecretAccessKey"],
  members: {
    UserName: userNameType,
    AccessKeyId: accessKeyIdType,
    Status: statusType,
    SecretAccessKey: string,
    CreateDate: timestamp,
  },
};
export interface AccessKey {
  UserName: userNameType;
  AccessKeyId: accessKeyIdType;
  Status: statusType;
  SecretAccessKey: string;
  CreateDate?: number;
}
export const AccessKeyLastUsed: ModelStructure = {
  type: "structure",
  required: ["ServiceName", "Region"],
  members: { LastUsedDate: timestamp, ServiceName: string, Region: string },
};
export interface AccessKeyLastUsed {
  LastUsedDate?: number;
  ServiceName: string;
  Region: string;
}
export const AccessKeyMetadata: ModelStructure = {
  type: "structure",
  members: {
    UserName: userNameType,
    AccessKeyId: accessKeyIdType,
    Status: statusType,
    CreateDate: timestamp,
  },
};
export interface AccessKeyMetadata {
  UserName?: userNameType;
  AccessKeyId?: accessKeyIdType;
  Status?: statusType;
  CreateDate?: number;
}
export const AccountNotManagementOrDelegatedAdministratorException: ModelStructure = {
  type: "structure",
  members: {},
};
export type AccountNotManagementOrDelegatedAdministratorException = Record<string, never>;
export const ActionNameType: ModelScalar = { type: "string", min: 3, max: 128 };
export type ActionNameType = string;
export const ActionNameListType: ModelList = { type: "list", member: ActionNameType };
export type ActionNameListType = ActionNameType[];
export const arnType: ModelScalar = { type: "string", min: 20, max: 2048 };
export type arnType = string;
export const clientIDType: ModelScalar = { type: "string", min: 1, max: 255 };
export type clientIDType = string;
export const AddClientIDToOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn", "ClientID"],
  members: { OpenIDConnectProviderArn: arnType, ClientID: clientIDType },
};
export interface AddClientIDToOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
  ClientID: clientIDType;
}
export const instanceProfileNameType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\w+=,.@-]+",
};
export type instanceProfileNameType = string;
export const roleNameType: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[\\w+=,.@-]+" };
export type roleNameType = string;
export const AddRoleToInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName", "RoleName"],
  members: { InstanceProfileName: instanceProfileNameType, RoleName: roleNameType },
};
export interface AddRoleToInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
  RoleName: roleNameType;
}
export const groupNameType: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[\\w+=,.@-]+" };
export type groupNameType = string;
export const existingUserNameType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\w+=,.@-]+",
};
export type existingUserNameType = string;
export const AddUserToGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "UserName"],
  members: { GroupName: groupNameType, UserName: existingUserNameType },
};
export interface AddUserToGroupRequest {
  GroupName: groupNameType;
  UserName: existingUserNameType;
}
export const ArnListType: ModelList = { type: "list", member: arnType };
export type ArnListType = arnType[];
export const AssociateDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType },
};
export interface AssociateDelegationRequestRequest {
  DelegationRequestId: delegationRequestIdType;
}
export const AttachGroupPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyArn"],
  members: { GroupName: groupNameType, PolicyArn: arnType },
};
export interface AttachGroupPolicyRequest {
  GroupName: groupNameType;
  PolicyArn: arnType;
}
export const AttachRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyArn"],
  members: { RoleName: roleNameType, PolicyArn: arnType },
};
export interface AttachRolePolicyRequest {
  RoleName: roleNameType;
  PolicyArn: arnType;
}
export const AttachUserPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyArn"],
  members: { UserName: userNameType, PolicyArn: arnType },
};
export interface AttachUserPolicyRequest {
  UserName: userNameType;
  PolicyArn: arnType;
}
export const PermissionsBoundaryAttachmentType: ModelScalar = {
  type: "string",
  enum: ["PermissionsBoundaryPolicy"],
};
export type PermissionsBoundaryAttachmentType = string;
export const AttachedPermissionsBoundary: ModelStructure = {
  type: "structure",
  members: { PermissionsBoundaryType: PermissionsBoundaryAttachmentType, PermissionsBoundaryArn: arnType },
};
export interface AttachedPermissionsBoundary {
  PermissionsBoundaryType?: PermissionsBoundaryAttachmentType;
  PermissionsBoundaryArn?: arnType;
}
export const policyNameType: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[\\w+=,.@-]+" };
export type policyNameType = string;
export const AttachedPolicy: ModelStructure = {
  type: "structure",
  members: { PolicyName: policyNameType, PolicyArn: arnType },
};
export interface AttachedPolicy {
  PolicyName?: policyNameType;
  PolicyArn?: arnType;
}
export const CallerIsNotManagementAccountException: ModelStructure = { type: "structure", members: {} };
export type CallerIsNotManagementAccountException = Record<string, never>;
export const CertificationKeyType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\u0020-\\u00FF]+",
};
export type CertificationKeyType = string;
export const CertificationValueType: ModelScalar = {
  type: "string",
  min: 1,
  max: 32,
  pattern: "[\\u0020-\\u00FF]+",
};
export type CertificationValueType = string;
export const CertificationMapType: ModelMap = {
  type: "map",
  key: CertificationKeyType,
  value: CertificationValueType,
};
export type CertificationMapType = Record<string, CertificationValueType>;
export const passwordType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type passwordType = string;
export const ChangePasswordRequest: ModelStructure = {
  type: "structure",
  required: ["OldPassword", "NewPassword"],
  members: { OldPassword: passwordType, NewPassword: passwordType },
};
export interface ChangePasswordRequest {
  OldPassword: passwordType;
  NewPassword: passwordType;
}
export const ConcurrentModificationException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ConcurrentModificationException {
  message?: string;
}
export const ContextKeyNameType: ModelScalar = { type: "string", min: 5, max: 256 };
export type ContextKeyNameType = string;
export const ContextKeyValueListType: ModelList = { type: "list", member: string };
export type ContextKeyValueListType = string[];
export const ContextKeyTypeEnum: ModelScalar = {
  type: "string",
  enum: [
    "string",
    "stringList",
    "numeric",
    "numericList",
    "boolean",
    "booleanList",
    "ip",
    "ipList",
    "binary",
    "binaryList",
    "date",
    "dateList",
  ],
};
export type ContextKeyTypeEnum = string;
export const ContextEntry: ModelStructure = {
  type: "structure",
  members: {
    ContextKeyName: ContextKeyNameType,
    ContextKeyValues: ContextKeyValueListType,
    ContextKeyType: ContextKeyTypeEnum,
  },
};
export interface ContextEntry {
  ContextKeyName?: ContextKeyNameType;
  ContextKeyValues?: ContextKeyValueListType;
  ContextKeyType?: ContextKeyTypeEnum;
}
export const ContextEntryListType: ModelList = { type: "list", member: ContextEntry };
export type ContextEntryListType = ContextEntry[];
export const ContextKeyNamesResultListType: ModelList = { type: "list", member: ContextKeyNameType };
export type ContextKeyNamesResultListType = ContextKeyNameType[];
export const CreateAccessKeyRequest: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType },
};
export interface CreateAccessKeyRequest {
  UserName?: existingUserNameType;
}
export const CreateAccessKeyResponse: ModelStructure = {
  type: "structure",
  required: ["AccessKey"],
  members: { AccessKey: AccessKey },
};
export interface CreateAccessKeyResponse {
  AccessKey: AccessKey;
}
export const accountAliasType: ModelScalar = {
  type: "string",
  min: 3,
  max: 63,
  pattern: "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
};
export type accountAliasType = string;
export const CreateAccountAliasRequest: ModelStructure = {
  type: "structure",
  required: ["AccountAlias"],
  members: { AccountAlias: accountAliasType },
};
export interface CreateAccountAliasRequest {
  AccountAlias: accountAliasType;
}
export const accountIdType: ModelScalar = { type: "string", pattern: "\\d{12}" };
export type accountIdType = string;
export const delegationRequestDescriptionType: ModelScalar = {
  type: "string",
  max: 1000,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
};
export type delegationRequestDescriptionType = string;
export const policyParameterNameType: ModelScalar = { type: "string", min: 5, max: 256, pattern: "[ -~]+" };
export type policyParameterNameType = string;
export const policyParameterValueType: ModelScalar = { type: "string", pattern: "[ -~]+" };
export type policyParameterValueType = string;
export const policyParameterValuesListType: ModelList = { type: "list", member: policyParameterValueType };
export type policyParameterValuesListType = policyParameterValueType[];
export const PolicyParameterTypeEnum: ModelScalar = { type: "string", enum: ["string", "stringList"] };
export type PolicyParameterTypeEnum = string;
export const PolicyParameter: ModelStructure = {
  type: "structure",
  members: {
    Name: policyParameterNameType,
    Values: policyParameterValuesListType,
    Type: PolicyParameterTypeEnum,
  },
};
export interface PolicyParameter {
  Name?: policyParameterNameType;
  Values?: policyParameterValuesListType;
  Type?: PolicyParameterTypeEnum;
}
export const policyParameterListType: ModelList = { type: "list", member: PolicyParameter, max: 50 };
export type policyParameterListType = PolicyParameter[];
export const DelegationPermission: ModelStructure = {
  type: "structure",
  members: { PolicyTemplateArn: arnType, Parameters: policyParameterListType },
};
export interface DelegationPermission {
  PolicyTemplateArn?: arnType;
  Parameters?: policyParameterListType;
}
export const requestMessageType: ModelScalar = {
  type: "string",
  max: 200,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
};
export type requestMessageType = string;
export const requestorWorkflowIdType: ModelScalar = {
  type: "string",
  min: 5,
  max: 400,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+",
};
export type requestorWorkflowIdType = string;
export const redirectUrlType: ModelScalar = {
  type: "string",
  min: 1,
  max: 255,
  pattern: "^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$",
};
export type redirectUrlType = string;
export const notificationChannelType: ModelScalar = {
  type: "string",
  min: 2,
  max: 400,
  pattern: "^[a-zA-Z0-9:_.-]+$",
};
export type notificationChannelType = string;
export const sessionDurationType: ModelScalar = { type: "integer", min: 300, max: 43200 };
export type sessionDurationType = number;
export const CreateDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["Description", "Permissions", "RequestorWorkflowId", "NotificationChannel", "SessionDuration"],
  members: {
    OwnerAccountId: accountIdType,
    Description: delegationRequestDescriptionType,
    Permissions: DelegationPermission,
    RequestMessage: requestMessageType,
    RequestorWorkflowId: requestorWorkflowIdType,
    RedirectUrl: redirectUrlType,
    NotificationChannel: notificationChannelType,
    SessionDuration: sessionDurationType,
    OnlySendByOwner: boolean,
  },
};
export interface CreateDelegationRequestRequest {
  OwnerAccountId?: accountIdType;
  Description: delegationRequestDescriptionType;
  Permissions: DelegationPermission;
  RequestMessage?: requestMessageType;
  RequestorWorkflowId: requestorWorkflowIdType;
  RedirectUrl?: redirectUrlType;
  NotificationChannel: notificationChannelType;
  SessionDuration: sessionDurationType;
  OnlySendByOwner?: boolean;
}
export const consoleDeepLinkType: ModelScalar = { type: "string", min: 1, max: 255 };
export type consoleDeepLinkType = string;
export const CreateDelegationRequestResponse: ModelStructure = {
  type: "structure",
  members: { ConsoleDeepLink: consoleDeepLinkType, DelegationRequestId: delegationRequestIdType },
};
export interface CreateDelegationRequestResponse {
  ConsoleDeepLink?: consoleDeepLinkType;
  DelegationRequestId?: delegationRequestIdType;
}
export const pathType: ModelScalar = {
  type: "string",
  min: 1,
  max: 512,
  pattern: "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
};
export type pathType = string;
export const CreateGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: { Path: pathType, GroupName: groupNameType },
};
export interface CreateGroupRequest {
  Path?: pathType;
  GroupName: groupNameType;
}
export const idType: ModelScalar = { type: "string", min: 16, max: 128, pattern: "[\\w]+" };
export type idType = string;
export const Group: ModelStructure = {
  type: "structure",
  required: ["Path", "GroupName", "GroupId", "Arn", "CreateDate"],
  members: { Path: pathType, GroupName: groupNameType, GroupId: idType, Arn: arnType, CreateDate: timestamp },
};
export interface Group {
  Path: pathType;
  GroupName: groupNameType;
  GroupId: idType;
  Arn: arnType;
  CreateDate: number;
}
export const CreateGroupResponse: ModelStructure = {
  type: "structure",
  required: ["Group"],
  members: { Group: Group },
};
export interface CreateGroupResponse {
  Group: Group;
}
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
export const CreateInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName"],
  members: { InstanceProfileName: instanceProfileNameType, Path: pathType, Tags: tagListType },
};
export interface CreateInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
  Path?: pathType;
  Tags?: tagListType;
}
export const policyDocumentType: ModelScalar = {
  type: "string",
  min: 1,
  max: 131072,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type policyDocumentType = string;
export const roleDescriptionType: ModelScalar = {
  type: "string",
  max: 1000,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
};
export type roleDescriptionType = string;
export const roleMaxSessionDurationType: ModelScalar = { type: "integer", min: 3600, max: 43200 };
export type roleMaxSessionDurationType = number;
export const RoleLastUsed: ModelStructure = {
  type: "structure",
  members: { LastUsedDate: timestamp, Region: string },
};
export interface RoleLastUsed {
  LastUsedDate?: number;
  Region?: string;
}
export const Role: ModelStructure = {
  type: "structure",
  required: ["Path", "RoleName", "RoleId", "Arn", "CreateDate"],
  members: {
    Path: pathType,
    RoleName: roleNameType,
    RoleId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    AssumeRolePolicyDocument: policyDocumentType,
    Description: roleDescriptionType,
    MaxSessionDuration: roleMaxSessionDurationType,
    PermissionsBoundary: AttachedPermissionsBoundary,
    Tags: tagListType,
    RoleLastUsed: RoleLastUsed,
  },
};
export interface Role {
  Path: pathType;
  RoleName: roleNameType;
  RoleId: idType;
  Arn: arnType;
  CreateDate: number;
  AssumeRolePolicyDocument?: policyDocumentType;
  Description?: roleDescriptionType;
  MaxSessionDuration?: roleMaxSessionDurationType;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: tagListType;
  RoleLastUsed?: RoleLastUsed;
}
export const roleListType: ModelList = { type: "list", member: Role };
export type roleListType = Role[];
export const InstanceProfile: ModelStructure = {
  type: "structure",
  required: ["Path", "InstanceProfileName", "InstanceProfileId", "Arn", "CreateDate", "Roles"],
  members: {
    Path: pathType,
    InstanceProfileName: instanceProfileNameType,
    InstanceProfileId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    Roles: roleListType,
    Tags: tagListType,
  },
};
export interface InstanceProfile {
  Path: pathType;
  InstanceProfileName: instanceProfileNameType;
  InstanceProfileId: idType;
  Arn: arnType;
  CreateDate: number;
  Roles: roleListType;
  Tags?: tagListType;
}
export const CreateInstanceProfileResponse: ModelStructure = {
  type: "structure",
  required: ["InstanceProfile"],
  members: { InstanceProfile: InstanceProfile },
};
export interface CreateInstanceProfileResponse {
  InstanceProfile: InstanceProfile;
}
export const CreateLoginProfileRequest: ModelStructure = {
  type: "structure",
  members: { UserName: userNameType, Password: passwordType, PasswordResetRequired: boolean },
};
export interface CreateLoginProfileRequest {
  UserName?: userNameType;
  Password?: passwordType;
  PasswordResetRequired?: boolean;
}
export const LoginProfile: ModelStructure = {
  type: "structure",
  required: ["UserName", "CreateDate"],
  members: { UserName: userNameType, CreateDate: timestamp, PasswordResetRequired: boolean },
};
export interface LoginProfile {
  UserName: userNameType;
  CreateDate: number;
  PasswordResetRequired?: boolean;
}
export const CreateLoginProfileResponse: ModelStructure = {
  type: "structure",
  required: ["LoginProfile"],
  members: { LoginProfile: LoginProfile },
};
export interface CreateLoginProfileResponse {
  LoginProfile: LoginProfile;
}
export const OpenIDConnectProviderUrlType: ModelScalar = { type: "string", min: 1, max: 255 };
export type OpenIDConnectProviderUrlType = string;
export const clientIDListType: ModelList = { type: "list", member: clientIDType };
export type clientIDListType = clientIDType[];
export const thumbprintType: ModelScalar = { type: "string", min: 40, max: 40 };
export type thumbprintType = string;
export const thumbprintListType: ModelList = { type: "list", member: thumbprintType };
export type thumbprintListType = thumbprintType[];
export const CreateOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["Url"],
  members: {
    Url: OpenIDConnectProviderUrlType,
    ClientIDList: clientIDListType,
    ThumbprintList: thumbprintListType,
    Tags: tagListType,
  },
};
export interface CreateOpenIDConnectProviderRequest {
  Url: OpenIDConnectProviderUrlType;
  ClientIDList?: clientIDListType;
  ThumbprintList?: thumbprintListType;
  Tags?: tagListType;
}
export const CreateOpenIDConnectProviderResponse: ModelStructure = {
  type: "structure",
  members: { OpenIDConnectProviderArn: arnType, Tags: tagListType },
};
export interface CreateOpenIDConnectProviderResponse {
  OpenIDConnectProviderArn?: arnType;
  Tags?: tagListType;
}
export const policyPathType: ModelScalar = {
  type: "string",
  min: 1,
  max: 512,
  pattern: "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/",
};
export type policyPathType = string;
export const policyDescriptionType: ModelScalar = { type: "string", max: 1000 };
export type policyDescriptionType = string;
export const CreatePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyName", "PolicyDocument"],
  members: {
    PolicyName: policyNameType,
    Path: policyPathType,
    PolicyDocument: policyDocumentType,
    Description: policyDescriptionType,
    Tags: tagListType,
  },
};
export interface CreatePolicyRequest {
  PolicyName: policyNameType;
  Path?: policyPathType;
  PolicyDocument: policyDocumentType;
  Description?: policyDescriptionType;
  Tags?: tagListType;
}
export const policyVersionIdType: ModelScalar = {
  type: "string",
  pattern: "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?",
};
export type policyVersionIdType = string;
export const Policy: ModelStructure = {
  type: "structure",
  members: {
    PolicyName: policyNameType,
    PolicyId: idType,
    Arn: arnType,
    Path: policyPathType,
    DefaultVersionId: policyVersionIdType,
    AttachmentCount: integer,
    PermissionsBoundaryUsageCount: integer,
    IsAttachable: boolean,
    Description: policyDescriptionType,
    CreateDate: timestamp,
    UpdateDate: timestamp,
    Tags: tagListType,
  },
};
export interface Policy {
  PolicyName?: policyNameType;
  PolicyId?: idType;
  Arn?: arnType;
  Path?: policyPathType;
  DefaultVersionId?: policyVersionIdType;
  AttachmentCount?: number;
  PermissionsBoundaryUsageCount?: number;
  IsAttachable?: boolean;
  Description?: policyDescriptionType;
  CreateDate?: number;
  UpdateDate?: number;
  Tags?: tagListType;
}
export const CreatePolicyResponse: ModelStructure = { type: "structure", members: { Policy: Policy } };
export interface CreatePolicyResponse {
  Policy?: Policy;
}
export const CreatePolicyVersionRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "PolicyDocument"],
  members: { PolicyArn: arnType, PolicyDocument: policyDocumentType, SetAsDefault: boolean },
};
export interface CreatePolicyVersionRequest {
  PolicyArn: arnType;
  PolicyDocument: policyDocumentType;
  SetAsDefault?: boolean;
}
export const PolicyVersion: ModelStructure = {
  type: "structure",
  members: {
    Document: policyDocumentType,
    VersionId: policyVersionIdType,
    IsDefaultVersion: boolean,
    CreateDate: timestamp,
  },
};
export interface PolicyVersion {
  Document?: policyDocumentType;
  VersionId?: policyVersionIdType;
  IsDefaultVersion?: boolean;
  CreateDate?: number;
}
export const CreatePolicyVersionResponse: ModelStructure = {
  type: "structure",
  members: { PolicyVersion: PolicyVersion },
};
export interface CreatePolicyVersionResponse {
  PolicyVersion?: PolicyVersion;
}
export const CreateRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "AssumeRolePolicyDocument"],
  members: {
    Path: pathType,
    RoleName: roleNameType,
    AssumeRolePolicyDocument: policyDocumentType,
    Description: roleDescriptionType,
    MaxSessionDuration: roleMaxSessionDurationType,
    PermissionsBoundary: arnType,
    Tags: tagListType,
  },
};
export interface CreateRoleRequest {
  Path?: pathType;
  RoleName: roleNameType;
  AssumeRolePolicyDocument: policyDocumentType;
  Description?: roleDescriptionType;
  MaxSessionDuration?: roleMaxSessionDurationType;
  PermissionsBoundary?: arnType;
  Tags?: tagListType;
}
export const CreateRoleResponse: ModelStructure = {
  type: "structure",
  required: ["Role"],
  members: { Role: Role },
};
export interface CreateRoleResponse {
  Role: Role;
}
export const SAMLMetadataDocumentType: ModelScalar = { type: "string", min: 1000, max: 10000000 };
export type SAMLMetadataDocumentType = string;
export const SAMLProviderNameType: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[\\w._-]+" };
export type SAMLProviderNameType = string;
export const assertionEncryptionModeType: ModelScalar = { type: "string", enum: ["Required", "Allowed"] };
export type assertionEncryptionModeType = string;
export const privateKeyType: ModelScalar = {
  type: "string",
  min: 1,
  max: 16384,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type privateKeyType = string;
export const CreateSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLMetadataDocument", "Name"],
  members: {
    SAMLMetadataDocument: SAMLMetadataDocumentType,
    Name: SAMLProviderNameType,
    Tags: tagListType,
    AssertionEncryptionMode: assertionEncryptionModeType,
    AddPrivateKey: privateKeyType,
  },
};
export interface CreateSAMLProviderRequest {
  SAMLMetadataDocument: SAMLMetadataDocumentType;
  Name: SAMLProviderNameType;
  Tags?: tagListType;
  AssertionEncryptionMode?: assertionEncryptionModeType;
  AddPrivateKey?: privateKeyType;
}
export const CreateSAMLProviderResponse: ModelStructure = {
  type: "structure",
  members: { SAMLProviderArn: arnType, Tags: tagListType },
};
export interface CreateSAMLProviderResponse {
  SAMLProviderArn?: arnType;
  Tags?: tagListType;
}
export const customSuffixType: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[\\w+=,.@-]+" };
export type customSuffixType = string;
export const CreateServiceLinkedRoleRequest: ModelStructure = {
  type: "structure",
  required: ["AWSServiceName"],
  members: {
    AWSServiceName: groupNameType,
    Description: roleDescriptionType,
    CustomSuffix: customSuffixType,
  },
};
export interface CreateServiceLinkedRoleRequest {
  AWSServiceName: groupNameType;
  Description?: roleDescriptionType;
  CustomSuffix?: customSuffixType;
}
export const CreateServiceLinkedRoleResponse: ModelStructure = { type: "structure", members: { Role: Role } };
export interface CreateServiceLinkedRoleResponse {
  Role?: Role;
}
export const credentialAgeDays: ModelScalar = { type: "integer", min: 1, max: 36600 };
export type credentialAgeDays = number;
export const CreateServiceSpecificCredentialRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "ServiceName"],
  members: { UserName: userNameType, ServiceName: string, CredentialAgeDays: credentialAgeDays },
};
export interface CreateServiceSpecificCredentialRequest {
  UserName: userNameType;
  ServiceName: string;
  CredentialAgeDays?: credentialAgeDays;
}
export const serviceUserName: ModelScalar = { type: "string", min: 0, max: 200, pattern: "[\\w+=,.@-]*" };
export type serviceUserName = string;
export const serviceCredentialAlias: ModelScalar = {
  type: "string",
  min: 0,
  max: 200,
  pattern: "[\\w+=,.@-]+",
};
export type serviceCredentialAlias = string;
export const serviceSpecificCredentialId: ModelScalar = {
  type: "string",
  min: 20,
  max: 128,
  pattern: "[\\w]+",
};
export type serviceSpecificCredentialId = string;
export const ServiceSpecificCredential: ModelStructure = {
  type: "structure",
  required: ["CreateDate", "ServiceName", "ServiceSpecificCredentialId", "UserName", "Status"],
  members: {
    CreateDate: timestamp,
    ExpirationDate: timestamp,
    ServiceName: string,
    ServiceUserName: serviceUserName,
    ServicePassword: string,
    ServiceCredentialAlias: serviceCredentialAlias,
    ServiceCredentialSecret: string,
    ServiceSpecificCredentialId: serviceSpecificCredentialId,
    UserName: userNameType,
    Status: statusType,
  },
};
export interface ServiceSpecificCredential {
  CreateDate: number;
  ExpirationDate?: number;
  ServiceName: string;
  ServiceUserName?: serviceUserName;
  ServicePassword?: string;
  ServiceCredentialAlias?: serviceCredentialAlias;
  ServiceCredentialSecret?: string;
  ServiceSpecificCredentialId: serviceSpecificCredentialId;
  UserName: userNameType;
  Status: statusType;
}
export const CreateServiceSpecificCredentialResponse: ModelStructure = {
  type: "structure",
  members: { ServiceSpecificCredential: ServiceSpecificCredential },
};
export interface CreateServiceSpecificCredentialResponse {
  ServiceSpecificCredential?: ServiceSpecificCredential;
}
export const CreateUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { Path: pathType, UserName: userNameType, PermissionsBoundary: arnType, Tags: tagListType },
};
export interface CreateUserRequest {
  Path?: pathType;
  UserName: userNameType;
  PermissionsBoundary?: arnType;
  Tags?: tagListType;
}
export const User: ModelStructure = {
  type: "structure",
  required: ["Path", "UserName", "UserId", "Arn", "CreateDate"],
  members: {
    Path: pathType,
    UserName: userNameType,
    UserId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    PasswordLastUsed: timestamp,
    PermissionsBoundary: AttachedPermissionsBoundary,
    Tags: tagListType,
  },
};
export interface User {
  Path: pathType;
  UserName: userNameType;
  UserId: idType;
  Arn: arnType;
  CreateDate: number;
  PasswordLastUsed?: number;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: tagListType;
}
export const CreateUserResponse: ModelStructure = { type: "structure", members: { User: User } };
export interface CreateUserResponse {
  User?: User;
}
export const virtualMFADeviceName: ModelScalar = { type: "string", min: 1, pattern: "[\\w+=,.@-]+" };
export type virtualMFADeviceName = string;
export const CreateVirtualMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["VirtualMFADeviceName"],
  members: { Path: pathType, VirtualMFADeviceName: virtualMFADeviceName, Tags: tagListType },
};
export interface CreateVirtualMFADeviceRequest {
  Path?: pathType;
  VirtualMFADeviceName: virtualMFADeviceName;
  Tags?: tagListType;
}
export const serialNumberType: ModelScalar = { type: "string", min: 9, max: 256, pattern: "[\\w+=/:,.@-]+" };
export type serialNumberType = string;
export const VirtualMFADevice: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: {
    SerialNumber: serialNumberType,
    Base32StringSeed: blob,
    QRCodePNG: blob,
    User: User,
    EnableDate: timestamp,
    Tags: tagListType,
  },
};
export interface VirtualMFADevice {
  SerialNumber: serialNumberType;
  Base32StringSeed?: string;
  QRCodePNG?: string;
  User?: User;
  EnableDate?: number;
  Tags?: tagListType;
}
export const CreateVirtualMFADeviceResponse: ModelStructure = {
  type: "structure",
  required: ["VirtualMFADevice"],
  members: { VirtualMFADevice: VirtualMFADevice },
};
export interface CreateVirtualMFADeviceResponse {
  VirtualMFADevice: VirtualMFADevice;
}
export const CredentialReportExpiredException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface CredentialReportExpiredException {
  message?: string;
}
export const CredentialReportNotPresentException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface CredentialReportNotPresentException {
  message?: string;
}
export const CredentialReportNotReadyException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface CredentialReportNotReadyException {
  message?: string;
}
export const DeactivateMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: { UserName: existingUserNameType, SerialNumber: serialNumberType },
};
export interface DeactivateMFADeviceRequest {
  UserName?: existingUserNameType;
  SerialNumber: serialNumberType;
}
export const rolePermissionRestrictionArnListType: ModelList = { type: "list", member: arnType };
export type rolePermissionRestrictionArnListType = arnType[];
export const ownerIdType: ModelScalar = {
  type: "string",
  min: 20,
  max: 2048,
  pattern: "^[a-zA-Z0-9:/+=,.@_-]+$",
};
export type ownerIdType = string;
export const stateType: ModelScalar = {
  type: "string",
  enum: ["UNASSIGNED", "ASSIGNED", "PENDING_APPROVAL", "FINALIZED", "ACCEPTED", "REJECTED", "EXPIRED"],
};
export type stateType = string;
export const requestorNameType: ModelScalar = {
  type: "string",
  max: 30,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
};
export type requestorNameType = string;
export const notesType: ModelScalar = {
  type: "string",
  max: 500,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
};
export type notesType = string;
export const DelegationRequest: ModelStructure = {
  type: "structure",
  members: {
    DelegationRequestId: delegationRequestIdType,
    OwnerAccountId: accountIdType,
    Description: delegationRequestDescriptionType,
    RequestMessage: requestMessageType,
    Permissions: DelegationPermission,
    PermissionPolicy: string,
    RolePermissionRestrictionArns: rolePermissionRestrictionArnListType,
    OwnerId: ownerIdType,
    ApproverId: arnType,
    State: stateType,
    ExpirationTime: timestamp,
    RequestorId: accountIdType,
    RequestorName: requestorNameType,
    CreateDate: timestamp,
    SessionDuration: sessionDurationType,
    RedirectUrl: redirectUrlType,
    Notes: notesType,
    RejectionReason: notesType,
    OnlySendByOwner: boolean,
    UpdatedTime: timestamp,
  },
};
export interface DelegationRequest {
  DelegationRequestId?: delegationRequestIdType;
  OwnerAccountId?: accountIdType;
  Description?: delegationRequestDescriptionType;
  RequestMessage?: requestMessageType;
  Permissions?: DelegationPermission;
  PermissionPolicy?: string;
  RolePermissionRestrictionArns?: rolePermissionRestrictionArnListType;
  OwnerId?: ownerIdType;
  ApproverId?: arnType;
  State?: stateType;
  ExpirationTime?: number;
  RequestorId?: accountIdType;
  RequestorName?: requestorNameType;
  CreateDate?: number;
  SessionDuration?: sessionDurationType;
  RedirectUrl?: redirectUrlType;
  Notes?: notesType;
  RejectionReason?: notesType;
  OnlySendByOwner?: boolean;
  UpdatedTime?: number;
}
export const DeleteAccessKeyRequest: ModelStructure = {
  type: "structure",
  required: ["AccessKeyId"],
  members: { UserName: existingUserNameType, AccessKeyId: accessKeyIdType },
};
export interface DeleteAccessKeyRequest {
  UserName?: existingUserNameType;
  AccessKeyId: accessKeyIdType;
}
export const DeleteAccountAliasRequest: ModelStructure = {
  type: "structure",
  required: ["AccountAlias"],
  members: { AccountAlias: accountAliasType },
};
export interface DeleteAccountAliasRequest {
  AccountAlias: accountAliasType;
}
export const DeleteConflictException: ModelStructure = { type: "structure", members: { message: string } };
export interface DeleteConflictException {
  message?: string;
}
export const DeleteGroupPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyName"],
  members: { GroupName: groupNameType, PolicyName: policyNameType },
};
export interface DeleteGroupPolicyRequest {
  GroupName: groupNameType;
  PolicyName: policyNameType;
}
export const DeleteGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: { GroupName: groupNameType },
};
export interface DeleteGroupRequest {
  GroupName: groupNameType;
}
export const DeleteInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName"],
  members: { InstanceProfileName: instanceProfileNameType },
};
export interface DeleteInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
}
export const DeleteLoginProfileRequest: ModelStructure = {
  type: "structure",
  members: { UserName: userNameType },
};
export interface DeleteLoginProfileRequest {
  UserName?: userNameType;
}
export const DeleteOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn"],
  members: { OpenIDConnectProviderArn: arnType },
};
export interface DeleteOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
}
export const DeletePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn"],
  members: { PolicyArn: arnType },
};
export interface DeletePolicyRequest {
  PolicyArn: arnType;
}
export const DeletePolicyVersionRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "VersionId"],
  members: { PolicyArn: arnType, VersionId: policyVersionIdType },
};
export interface DeletePolicyVersionRequest {
  PolicyArn: arnType;
  VersionId: policyVersionIdType;
}
export const DeleteRolePermissionsBoundaryRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType },
};
export interface DeleteRolePermissionsBoundaryRequest {
  RoleName: roleNameType;
}
export const DeleteRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyName"],
  members: { RoleName: roleNameType, PolicyName: policyNameType },
};
export interface DeleteRolePolicyRequest {
  RoleName: roleNameType;
  PolicyName: policyNameType;
}
export const DeleteRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType },
};
export interface DeleteRoleRequest {
  RoleName: roleNameType;
}
export const DeleteSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn"],
  members: { SAMLProviderArn: arnType },
};
export interface DeleteSAMLProviderRequest {
  SAMLProviderArn: arnType;
}
export const publicKeyIdType: ModelScalar = { type: "string", min: 20, max: 128, pattern: "[\\w]+" };
export type publicKeyIdType = string;
export const DeleteSSHPublicKeyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyId"],
  members: { UserName: userNameType, SSHPublicKeyId: publicKeyIdType },
};
export interface DeleteSSHPublicKeyRequest {
  UserName: userNameType;
  SSHPublicKeyId: publicKeyIdType;
}
export const serverCertificateNameType: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[\\w+=,.@-]+",
};
export type serverCertificateNameType = string;
export const DeleteServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName"],
  members: { ServerCertificateName: serverCertificateNameType },
};
export interface DeleteServerCertificateRequest {
  ServerCertificateName: serverCertificateNameType;
}
export const DeleteServiceLinkedRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType },
};
export interface DeleteServiceLinkedRoleRequest {
  RoleName: roleNameType;
}
export const DeletionTaskIdType: ModelScalar = { type: "string", min: 1, max: 1000 };
export type DeletionTaskIdType = string;
export const DeleteServiceLinkedRoleResponse: ModelStructure = {
  type: "structure",
  required: ["DeletionTaskId"],
  members: { DeletionTaskId: DeletionTaskIdType },
};
export interface DeleteServiceLinkedRoleResponse {
  DeletionTaskId: DeletionTaskIdType;
}
export const DeleteServiceSpecificCredentialRequest: ModelStructure = {
  type: "structure",
  required: ["ServiceSpecificCredentialId"],
  members: { UserName: userNameType, ServiceSpecificCredentialId: serviceSpecificCredentialId },
};
export interface DeleteServiceSpecificCredentialRequest {
  UserName?: userNameType;
  ServiceSpecificCredentialId: serviceSpecificCredentialId;
}
export const certificateIdType: ModelScalar = { type: "string", min: 24, max: 128, pattern: "[\\w]+" };
export type certificateIdType = string;
export const DeleteSigningCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["CertificateId"],
  members: { UserName: existingUserNameType, CertificateId: certificateIdType },
};
export interface DeleteSigningCertificateRequest {
  UserName?: existingUserNameType;
  CertificateId: certificateIdType;
}
export const DeleteUserPermissionsBoundaryRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: userNameType },
};
export interface DeleteUserPermissionsBoundaryRequest {
  UserName: userNameType;
}
export const DeleteUserPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyName"],
  members: { UserName: existingUserNameType, PolicyName: policyNameType },
};
export interface DeleteUserPolicyRequest {
  UserName: existingUserNameType;
  PolicyName: policyNameType;
}
export const DeleteUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: existingUserNameType },
};
export interface DeleteUserRequest {
  UserName: existingUserNameType;
}
export const DeleteVirtualMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: { SerialNumber: serialNumberType },
};
export interface DeleteVirtualMFADeviceRequest {
  SerialNumber: serialNumberType;
}
export const ReasonType: ModelScalar = { type: "string", max: 1000 };
export type ReasonType = string;
export const RegionNameType: ModelScalar = { type: "string", min: 1, max: 100 };
export type RegionNameType = string;
export const RoleUsageType: ModelStructure = {
  type: "structure",
  members: { Region: RegionNameType, Resources: ArnListType },
};
export interface RoleUsageType {
  Region?: RegionNameType;
  Resources?: ArnListType;
}
export const RoleUsageListType: ModelList = { type: "list", member: RoleUsageType };
export type RoleUsageListType = RoleUsageType[];
export const DeletionTaskFailureReasonType: ModelStructure = {
  type: "structure",
  members: { Reason: ReasonType, RoleUsageList: RoleUsageListType },
};
export interface DeletionTaskFailureReasonType {
  Reason?: ReasonType;
  RoleUsageList?: RoleUsageListType;
}
export const DeletionTaskStatusType: ModelScalar = {
  type: "string",
  enum: ["SUCCEEDED", "IN_PROGRESS", "FAILED", "NOT_STARTED"],
};
export type DeletionTaskStatusType = string;
export const DetachGroupPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyArn"],
  members: { GroupName: groupNameType, PolicyArn: arnType },
};
export interface DetachGroupPolicyRequest {
  GroupName: groupNameType;
  PolicyArn: arnType;
}
export const DetachRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyArn"],
  members: { RoleName: roleNameType, PolicyArn: arnType },
};
export interface DetachRolePolicyRequest {
  RoleName: roleNameType;
  PolicyArn: arnType;
}
export const DetachUserPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyArn"],
  members: { UserName: userNameType, PolicyArn: arnType },
};
export interface DetachUserPolicyRequest {
  UserName: userNameType;
  PolicyArn: arnType;
}
export const DisableOrganizationsRootCredentialsManagementRequest: ModelStructure = {
  type: "structure",
  members: {},
};
export type DisableOrganizationsRootCredentialsManagementRequest = Record<string, never>;
export const OrganizationIdType: ModelScalar = { type: "string", max: 34, pattern: "^o-[a-z0-9]{10,32}$" };
export type OrganizationIdType = string;
export const FeatureType: ModelScalar = {
  type: "string",
  enum: ["RootCredentialsManagement", "RootSessions"],
};
export type FeatureType = string;
export const FeaturesListType: ModelList = { type: "list", member: FeatureType };
export type FeaturesListType = FeatureType[];
export const DisableOrganizationsRootCredentialsManagementResponse: ModelStructure = {
  type: "structure",
  members: { OrganizationId: OrganizationIdType, EnabledFeatures: FeaturesListType },
};
export interface DisableOrganizationsRootCredentialsManagementResponse {
  OrganizationId?: OrganizationIdType;
  EnabledFeatures?: FeaturesListType;
}
export const DisableOrganizationsRootSessionsRequest: ModelStructure = { type: "structure", members: {} };
export type DisableOrganizationsRootSessionsRequest = Record<string, never>;
export const DisableOrganizationsRootSessionsResponse: ModelStructure = {
  type: "structure",
  members: { OrganizationId: OrganizationIdType, EnabledFeatures: FeaturesListType },
};
export interface DisableOrganizationsRootSessionsResponse {
  OrganizationId?: OrganizationIdType;
  EnabledFeatures?: FeaturesListType;
}
export const DuplicateCertificateException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface DuplicateCertificateException {
  message?: string;
}
export const DuplicateSSHPublicKeyException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface DuplicateSSHPublicKeyException {
  message?: string;
}
export const authenticationCodeType: ModelScalar = { type: "string", min: 6, max: 6, pattern: "[\\d]+" };
export type authenticationCodeType = string;
export const EnableMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SerialNumber", "AuthenticationCode1", "AuthenticationCode2"],
  members: {
    UserName: existingUserNameType,
    SerialNumber: serialNumberType,
    AuthenticationCode1: authenticationCodeType,
    AuthenticationCode2: authenticationCodeType,
  },
};
export interface EnableMFADeviceRequest {
  UserName: existingUserNameType;
  SerialNumber: serialNumberType;
  AuthenticationCode1: authenticationCodeType;
  AuthenticationCode2: authenticationCodeType;
}
export const EnableOrganizationsRootCredentialsManagementRequest: ModelStructure = {
  type: "structure",
  members: {},
};
export type EnableOrganizationsRootCredentialsManagementRequest = Record<string, never>;
export const EnableOrganizationsRootCredentialsManagementResponse: ModelStructure = {
  type: "structure",
  members: { OrganizationId: OrganizationIdType, EnabledFeatures: FeaturesListType },
};
export interface EnableOrganizationsRootCredentialsManagementResponse {
  OrganizationId?: OrganizationIdType;
  EnabledFeatures?: FeaturesListType;
}
export const EnableOrganizationsRootSessionsRequest: ModelStructure = { type: "structure", members: {} };
export type EnableOrganizationsRootSessionsRequest = Record<string, never>;
export const EnableOrganizationsRootSessionsResponse: ModelStructure = {
  type: "structure",
  members: { OrganizationId: OrganizationIdType, EnabledFeatures: FeaturesListType },
};
export interface EnableOrganizationsRootSessionsResponse {
  OrganizationId?: OrganizationIdType;
  EnabledFeatures?: FeaturesListType;
}
export const EnableOutboundWebIdentityFederationResponse: ModelStructure = {
  type: "structure",
  members: { IssuerIdentifier: string },
};
export interface EnableOutboundWebIdentityFederationResponse {
  IssuerIdentifier?: string;
}
export const EntityAlreadyExistsException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface EntityAlreadyExistsException {
  message?: string;
}
export const policyOwnerEntityType: ModelScalar = { type: "string", enum: ["USER", "ROLE", "GROUP"] };
export type policyOwnerEntityType = string;
export const EntityInfo: ModelStructure = {
  type: "structure",
  required: ["Arn", "Name", "Type", "Id"],
  members: { Arn: arnType, Name: userNameType, Type: policyOwnerEntityType, Id: idType, Path: pathType },
};
export interface EntityInfo {
  Arn: arnType;
  Name: userNameType;
  Type: policyOwnerEntityType;
  Id: idType;
  Path?: pathType;
}
export const EntityDetails: ModelStructure = {
  type: "structure",
  required: ["EntityInfo"],
  members: { EntityInfo: EntityInfo, LastAuthenticated: timestamp },
};
export interface EntityDetails {
  EntityInfo: EntityInfo;
  LastAuthenticated?: number;
}
export const EntityTemporarilyUnmodifiableException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface EntityTemporarilyUnmodifiableException {
  message?: string;
}
export const EntityType: ModelScalar = {
  type: "string",
  enum: ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"],
};
export type EntityType = string;
export const ErrorDetails: ModelStructure = {
  type: "structure",
  required: ["Message", "Code"],
  members: { Message: string, Code: string },
};
export interface ErrorDetails {
  Message: string;
  Code: string;
}
export const EvalDecisionSourceType: ModelScalar = { type: "string", min: 3, max: 256 };
export type EvalDecisionSourceType = string;
export const PolicyEvaluationDecisionType: ModelScalar = {
  type: "string",
  enum: ["allowed", "explicitDeny", "implicitDeny"],
};
export type PolicyEvaluationDecisionType = string;
export const EvalDecisionDetailsType: ModelMap = {
  type: "map",
  key: EvalDecisionSourceType,
  value: PolicyEvaluationDecisionType,
};
export type EvalDecisionDetailsType = Record<string, PolicyEvaluationDecisionType>;
export const ResourceNameType: ModelScalar = { type: "string", min: 1, max: 2048 };
export type ResourceNameType = string;
export const PolicySourceType: ModelScalar = {
  type: "string",
  enum: ["user", "group", "role", "aws-managed", "user-managed", "resource", "none"],
};
export type PolicySourceType = string;
export const Position: ModelStructure = { type: "structure", members: { Line: integer, Column: integer } };
export interface Position {
  Line?: number;
  Column?: number;
}
export const Statement: ModelStructure = {
  type: "structure",
  members: {
    SourcePolicyId: string,
    SourcePolicyType: PolicySourceType,
    StartPosition: Position,
    EndPosition: Position,
  },
};
export interface Statement {
  SourcePolicyId?: string;
  SourcePolicyType?: PolicySourceType;
  StartPosition?: Position;
  EndPosition?: Position;
}
export const StatementListType: ModelList = { type: "list", member: Statement };
export type StatementListType = Statement[];
export const OrganizationsDecisionDetail: ModelStructure = {
  type: "structure",
  members: { AllowedByOrganizations: boolean },
};
export interface OrganizationsDecisionDetail {
  AllowedByOrganizations?: boolean;
}
export const PermissionsBoundaryDecisionDetail: ModelStructure = {
  type: "structure",
  members: { AllowedByPermissionsBoundary: boolean },
};
export interface PermissionsBoundaryDecisionDetail {
  AllowedByPermissionsBoundary?: boolean;
}
export const ResourceSpecificResult: ModelStructure = {
  type: "structure",
  required: ["EvalResourceName", "EvalResourceDecision"],
  members: {
    EvalResourceName: ResourceNameType,
    EvalResourceDecision: PolicyEvaluationDecisionType,
    MatchedStatements: StatementListType,
    MissingContextValues: ContextKeyNamesResultListType,
    EvalDecisionDetails: EvalDecisionDetailsType,
    PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail,
  },
};
export interface ResourceSpecificResult {
  EvalResourceName: ResourceNameType;
  EvalResourceDecision: PolicyEvaluationDecisionType;
  MatchedStatements?: StatementListType;
  MissingContextValues?: ContextKeyNamesResultListType;
  EvalDecisionDetails?: EvalDecisionDetailsType;
  PermissionsBoundaryDecisionDetail?: PermissionsBoundaryDecisionDetail;
}
export const ResourceSpecificResultListType: ModelList = { type: "list", member: ResourceSpecificResult };
export type ResourceSpecificResultListType = ResourceSpecificResult[];
export const EvaluationResult: ModelStructure = {
  type: "structure",
  required: ["EvalActionName", "EvalDecision"],
  members: {
    EvalActionName: ActionNameType,
    EvalResourceName: ResourceNameType,
    EvalDecision: PolicyEvaluationDecisionType,
    MatchedStatements: StatementListType,
    MissingContextValues: ContextKeyNamesResultListType,
    OrganizationsDecisionDetail: OrganizationsDecisionDetail,
    PermissionsBoundaryDecisionDetail: PermissionsBoundaryDecisionDetail,
    EvalDecisionDetails: EvalDecisionDetailsType,
    ResourceSpecificResults: ResourceSpecificResultListType,
  },
};
export interface EvaluationResult {
  EvalActionName: ActionNameType;
  EvalResourceName?: ResourceNameType;
  EvalDecision: PolicyEvaluationDecisionType;
  MatchedStatements?: StatementListType;
  MissingContextValues?: ContextKeyNamesResultListType;
  OrganizationsDecisionDetail?: OrganizationsDecisionDetail;
  PermissionsBoundaryDecisionDetail?: PermissionsBoundaryDecisionDetail;
  EvalDecisionDetails?: EvalDecisionDetailsType;
  ResourceSpecificResults?: ResourceSpecificResultListType;
}
export const EvaluationResultsListType: ModelList = { type: "list", member: EvaluationResult };
export type EvaluationResultsListType = EvaluationResult[];
export const FeatureDisabledException: ModelStructure = { type: "structure", members: { message: string } };
export interface FeatureDisabledException {
  message?: string;
}
export const FeatureEnabledException: ModelStructure = { type: "structure", members: { message: string } };
export interface FeatureEnabledException {
  message?: string;
}
export const ReportStateType: ModelScalar = { type: "string", enum: ["STARTED", "INPROGRESS", "COMPLETE"] };
export type ReportStateType = string;
export const GenerateCredentialReportResponse: ModelStructure = {
  type: "structure",
  members: { State: ReportStateType, Description: string },
};
export interface GenerateCredentialReportResponse {
  State?: ReportStateType;
  Description?: string;
}
export const organizationsPolicyIdType: ModelScalar = { type: "string", pattern: "^p-[0-9a-zA-Z_]{8,128}$" };
export type organizationsPolicyIdType = string;
export const GenerateOrganizationsAccessReportRequest: ModelStructure = {
  type: "structure",
  required: ["EntityPath"],
  members: { EntityPath: organizationsEntityPathType, OrganizationsPolicyId: organizationsPolicyIdType },
};
export interface GenerateOrganizationsAccessReportRequest {
  EntityPath: organizationsEntityPathType;
  OrganizationsPolicyId?: organizationsPolicyIdType;
}
export const jobIDType: ModelScalar = { type: "string", min: 36, max: 36 };
export type jobIDType = string;
export const GenerateOrganizationsAccessReportResponse: ModelStructure = {
  type: "structure",
  members: { JobId: jobIDType },
};
export interface GenerateOrganizationsAccessReportResponse {
  JobId?: jobIDType;
}
export const GenerateServiceLastAccessedDetailsRequest: ModelStructure = {
  type: "structure",
  required: ["Arn"],
  members: { Arn: arnType, Granularity: AccessAdvisorUsageGranularityType },
};
export interface GenerateServiceLastAccessedDetailsRequest {
  Arn: arnType;
  Granularity?: AccessAdvisorUsageGranularityType;
}
export const GenerateServiceLastAccessedDetailsResponse: ModelStructure = {
  type: "structure",
  members: { JobId: jobIDType },
};
export interface GenerateServiceLastAccessedDetailsResponse {
  JobId?: jobIDType;
}
export const GetAccessKeyLastUsedRequest: ModelStructure = {
  type: "structure",
  required: ["AccessKeyId"],
  members: { AccessKeyId: accessKeyIdType },
};
export interface GetAccessKeyLastUsedRequest {
  AccessKeyId: accessKeyIdType;
}
export const GetAccessKeyLastUsedResponse: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType, AccessKeyLastUsed: AccessKeyLastUsed },
};
export interface GetAccessKeyLastUsedResponse {
  UserName?: existingUserNameType;
  AccessKeyLastUsed?: AccessKeyLastUsed;
}
export const entityListType: ModelList = { type: "list", member: EntityType };
export type entityListType = EntityType[];
export const maxItemsType: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type maxItemsType = number;
export const markerType: ModelScalar = { type: "string", min: 1, max: 320, pattern: "[\\u0020-\\u00FF]+" };
export type markerType = string;
export const GetAccountAuthorizationDetailsRequest: ModelStructure = {
  type: "structure",
  members: { Filter: entityListType, MaxItems: maxItemsType, Marker: markerType },
};
export interface GetAccountAuthorizationDetailsRequest {
  Filter?: entityListType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
}
export const PolicyDetail: ModelStructure = {
  type: "structure",
  members: { PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface PolicyDetail {
  PolicyName?: policyNameType;
  PolicyDocument?: policyDocumentType;
}
export const policyDetailListType: ModelList = { type: "list", member: PolicyDetail };
export type policyDetailListType = PolicyDetail[];
export const groupNameListType: ModelList = { type: "list", member: groupNameType };
export type groupNameListType = groupNameType[];
export const attachedPoliciesListType: ModelList = { type: "list", member: AttachedPolicy };
export type attachedPoliciesListType = AttachedPolicy[];
export const UserDetail: ModelStructure = {
  type: "structure",
  members: {
    Path: pathType,
    UserName: userNameType,
    UserId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    UserPolicyList: policyDetailListType,
    GroupList: groupNameListType,
    AttachedManagedPolicies: attachedPoliciesListType,
    PermissionsBoundary: AttachedPermissionsBoundary,
    Tags: tagListType,
  },
};
export interface UserDetail {
  Path?: pathType;
  UserName?: userNameType;
  UserId?: idType;
  Arn?: arnType;
  CreateDate?: number;
  UserPolicyList?: policyDetailListType;
  GroupList?: groupNameListType;
  AttachedManagedPolicies?: attachedPoliciesListType;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: tagListType;
}
export const userDetailListType: ModelList = { type: "list", member: UserDetail };
export type userDetailListType = UserDetail[];
export const GroupDetail: ModelStructure = {
  type: "structure",
  members: {
    Path: pathType,
    GroupName: groupNameType,
    GroupId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    GroupPolicyList: policyDetailListType,
    AttachedManagedPolicies: attachedPoliciesListType,
  },
};
export interface GroupDetail {
  Path?: pathType;
  GroupName?: groupNameType;
  GroupId?: idType;
  Arn?: arnType;
  CreateDate?: number;
  GroupPolicyList?: policyDetailListType;
  AttachedManagedPolicies?: attachedPoliciesListType;
}
export const groupDetailListType: ModelList = { type: "list", member: GroupDetail };
export type groupDetailListType = GroupDetail[];
export const instanceProfileListType: ModelList = { type: "list", member: InstanceProfile };
export type instanceProfileListType = InstanceProfile[];
export const RoleDetail: ModelStructure = {
  type: "structure",
  members: {
    Path: pathType,
    RoleName: roleNameType,
    RoleId: idType,
    Arn: arnType,
    CreateDate: timestamp,
    AssumeRolePolicyDocument: policyDocumentType,
    InstanceProfileList: instanceProfileListType,
    RolePolicyList: policyDetailListType,
    AttachedManagedPolicies: attachedPoliciesListType,
    PermissionsBoundary: AttachedPermissionsBoundary,
    Tags: tagListType,
    RoleLastUsed: RoleLastUsed,
  },
};
export interface RoleDetail {
  Path?: pathType;
  RoleName?: roleNameType;
  RoleId?: idType;
  Arn?: arnType;
  CreateDate?: number;
  AssumeRolePolicyDocument?: policyDocumentType;
  InstanceProfileList?: instanceProfileListType;
  RolePolicyList?: policyDetailListType;
  AttachedManagedPolicies?: attachedPoliciesListType;
  PermissionsBoundary?: AttachedPermissionsBoundary;
  Tags?: tagListType;
  RoleLastUsed?: RoleLastUsed;
}
export const roleDetailListType: ModelList = { type: "list", member: RoleDetail };
export type roleDetailListType = RoleDetail[];
export const policyDocumentVersionListType: ModelList = { type: "list", member: PolicyVersion };
export type policyDocumentVersionListType = PolicyVersion[];
export const ManagedPolicyDetail: ModelStructure = {
  type: "structure",
  members: {
    PolicyName: policyNameType,
    PolicyId: idType,
    Arn: arnType,
    Path: policyPathType,
    DefaultVersionId: policyVersionIdType,
    AttachmentCount: integer,
    PermissionsBoundaryUsageCount: integer,
    IsAttachable: boolean,
    Description: policyDescriptionType,
    CreateDate: timestamp,
    UpdateDate: timestamp,
    PolicyVersionList: policyDocumentVersionListType,
  },
};
export interface ManagedPolicyDetail {
  PolicyName?: policyNameType;
  PolicyId?: idType;
  Arn?: arnType;
  Path?: policyPathType;
  DefaultVersionId?: policyVersionIdType;
  AttachmentCount?: number;
  PermissionsBoundaryUsageCount?: number;
  IsAttachable?: boolean;
  Description?: policyDescriptionType;
  CreateDate?: number;
  UpdateDate?: number;
  PolicyVersionList?: policyDocumentVersionListType;
}
export const ManagedPolicyDetailListType: ModelList = { type: "list", member: ManagedPolicyDetail };
export type ManagedPolicyDetailListType = ManagedPolicyDetail[];
export const GetAccountAuthorizationDetailsResponse: ModelStructure = {
  type: "structure",
  members: {
    UserDetailList: userDetailListType,
    GroupDetailList: groupDetailListType,
    RoleDetailList: roleDetailListType,
    Policies: ManagedPolicyDetailListType,
    IsTruncated: boolean,
    Marker: string,
  },
};
export interface GetAccountAuthorizationDetailsResponse {
  UserDetailList?: userDetailListType;
  GroupDetailList?: groupDetailListType;
  RoleDetailList?: roleDetailListType;
  Policies?: ManagedPolicyDetailListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const minimumPasswordLengthType: ModelScalar = { type: "integer", min: 6, max: 128 };
export type minimumPasswordLengthType = number;
export const maxPasswordAgeType: ModelScalar = { type: "integer", min: 1, max: 1095 };
export type maxPasswordAgeType = number;
export const passwordReusePreventionType: ModelScalar = { type: "integer", min: 1, max: 24 };
export type passwordReusePreventionType = number;
export const PasswordPolicy: ModelStructure = {
  type: "structure",
  members: {
    MinimumPasswordLength: minimumPasswordLengthType,
    RequireSymbols: boolean,
    RequireNumbers: boolean,
    RequireUppercaseCharacters: boolean,
    RequireLowercaseCharacters: boolean,
    AllowUsersToChangePassword: boolean,
    ExpirePasswords: boolean,
    MaxPasswordAge: maxPasswordAgeType,
    PasswordReusePrevention: passwordReusePreventionType,
    HardExpiry: boolean,
  },
};
export interface PasswordPolicy {
  MinimumPasswordLength?: minimumPasswordLengthType;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  ExpirePasswords?: boolean;
  MaxPasswordAge?: maxPasswordAgeType;
  PasswordReusePrevention?: passwordReusePreventionType;
  HardExpiry?: boolean;
}
export const GetAccountPasswordPolicyResponse: ModelStructure = {
  type: "structure",
  required: ["PasswordPolicy"],
  members: { PasswordPolicy: PasswordPolicy },
};
export interface GetAccountPasswordPolicyResponse {
  PasswordPolicy: PasswordPolicy;
}
export const summaryKeyType: ModelScalar = {
  type: "string",
  enum: [
    "Users",
    "UsersQuota",
    "Groups",
    "GroupsQuota",
    "ServerCertificates",
    "ServerCertificatesQuota",
    "UserPolicySizeQuota",
    "GroupPolicySizeQuota",
    "GroupsPerUserQuota",
    "SigningCertificatesPerUserQuota",
    "AccessKeysPerUserQuota",
    "MFADevices",
    "MFADevicesInUse",
    "AccountMFAEnabled",
    "AccountAccessKeysPresent",
    "AccountPasswordPresent",
    "AccountSigningCertificatesPresent",
    "AttachedPoliciesPerGroupQuota",
    "AttachedPoliciesPerRoleQuota",
    "AttachedPoliciesPerUserQuota",
    "Policies",
    "PoliciesQuota",
    "PolicySizeQuota",
    "PolicyVersionsInUse",
    "PolicyVersionsInUseQuota",
    "VersionsPerPolicyQuota",
    "GlobalEndpointTokenVersion",
    "AssumeRolePolicySizeQuota",
    "InstanceProfiles",
    "InstanceProfilesQuota",
    "Providers",
    "RolePolicySizeQuota",
    "Roles",
    "RolesQuota",
  ],
};
export type summaryKeyType = string;
export const summaryMapType: ModelMap = { type: "map", key: summaryKeyType, value: integer };
export type summaryMapType = Record<string, number>;
export const GetAccountSummaryResponse: ModelStructure = {
  type: "structure",
  members: { SummaryMap: summaryMapType },
};
export interface GetAccountSummaryResponse {
  SummaryMap?: summaryMapType;
}
export const SimulationPolicyListType: ModelList = { type: "list", member: policyDocumentType };
export type SimulationPolicyListType = policyDocumentType[];
export const GetContextKeysForCustomPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyInputList"],
  members: { PolicyInputList: SimulationPolicyListType },
};
export interface GetContextKeysForCustomPolicyRequest {
  PolicyInputList: SimulationPolicyListType;
}
export const GetContextKeysForPolicyResponse: ModelStructure = {
  type: "structure",
  members: { ContextKeyNames: ContextKeyNamesResultListType },
};
export interface GetContextKeysForPolicyResponse {
  ContextKeyNames?: ContextKeyNamesResultListType;
}
export const GetContextKeysForPrincipalPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicySourceArn"],
  members: { PolicySourceArn: arnType, PolicyInputList: SimulationPolicyListType },
};
export interface GetContextKeysForPrincipalPolicyRequest {
  PolicySourceArn: arnType;
  PolicyInputList?: SimulationPolicyListType;
}
export const ReportFormatType: ModelScalar = { type: "string", enum: ["text/csv"] };
export type ReportFormatType = string;
export const GetCredentialReportResponse: ModelStructure = {
  type: "structure",
  members: { Content: blob, ReportFormat: ReportFormatType, GeneratedTime: timestamp },
};
export interface GetCredentialReportResponse {
  Content?: string;
  ReportFormat?: ReportFormatType;
  GeneratedTime?: number;
}
export const GetDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType, DelegationPermissionCheck: boolean },
};
export interface GetDelegationRequestRequest {
  DelegationRequestId: delegationRequestIdType;
  DelegationPermissionCheck?: boolean;
}
export const permissionCheckStatusType: ModelScalar = {
  type: "string",
  enum: ["COMPLETE", "IN_PROGRESS", "FAILED"],
};
export type permissionCheckStatusType = string;
export const permissionCheckResultType: ModelScalar = {
  type: "string",
  enum: ["ALLOWED", "DENIED", "UNSURE"],
};
export type permissionCheckResultType = string;
export const GetDelegationRequestResponse: ModelStructure = {
  type: "structure",
  members: {
    DelegationRequest: DelegationRequest,
    PermissionCheckStatus: permissionCheckStatusType,
    PermissionCheckResult: permissionCheckResultType,
  },
};
export interface GetDelegationRequestResponse {
  DelegationRequest?: DelegationRequest;
  PermissionCheckStatus?: permissionCheckStatusType;
  PermissionCheckResult?: permissionCheckResultType;
}
export const GetGroupPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyName"],
  members: { GroupName: groupNameType, PolicyName: policyNameType },
};
export interface GetGroupPolicyRequest {
  GroupName: groupNameType;
  PolicyName: policyNameType;
}
export const GetGroupPolicyResponse: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyName", "PolicyDocument"],
  members: { GroupName: groupNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface GetGroupPolicyResponse {
  GroupName: groupNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const GetGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: { GroupName: groupNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface GetGroupRequest {
  GroupName: groupNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const userListType: ModelList = { type: "list", member: User };
export type userListType = User[];
export const GetGroupResponse: ModelStructure = {
  type: "structure",
  required: ["Group", "Users"],
  members: { Group: Group, Users: userListType, IsTruncated: boolean, Marker: string },
};
export interface GetGroupResponse {
  Group: Group;
  Users: userListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const localeType: ModelScalar = { type: "string", min: 2, max: 12 };
export type localeType = string;
export const GetHumanReadableSummaryRequest: ModelStructure = {
  type: "structure",
  required: ["EntityArn"],
  members: { EntityArn: arnType, Locale: localeType },
};
export interface GetHumanReadableSummaryRequest {
  EntityArn: arnType;
  Locale?: localeType;
}
export const summaryContentType: ModelScalar = { type: "string", min: 0, max: 10000 };
export type summaryContentType = string;
export const summaryStateType: ModelScalar = {
  type: "string",
  enum: ["AVAILABLE", "NOT_AVAILABLE", "NOT_SUPPORTED", "FAILED"],
};
export type summaryStateType = string;
export const GetHumanReadableSummaryResponse: ModelStructure = {
  type: "structure",
  members: { SummaryContent: summaryContentType, Locale: localeType, SummaryState: summaryStateType },
};
export interface GetHumanReadableSummaryResponse {
  SummaryContent?: summaryContentType;
  Locale?: localeType;
  SummaryState?: summaryStateType;
}
export const GetInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName"],
  members: { InstanceProfileName: instanceProfileNameType },
};
export interface GetInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
}
export const GetInstanceProfileResponse: ModelStructure = {
  type: "structure",
  required: ["InstanceProfile"],
  members: { InstanceProfile: InstanceProfile },
};
export interface GetInstanceProfileResponse {
  InstanceProfile: InstanceProfile;
}
export const GetLoginProfileRequest: ModelStructure = {
  type: "structure",
  members: { UserName: userNameType },
};
export interface GetLoginProfileRequest {
  UserName?: userNameType;
}
export const GetLoginProfileResponse: ModelStructure = {
  type: "structure",
  required: ["LoginProfile"],
  members: { LoginProfile: LoginProfile },
};
export interface GetLoginProfileResponse {
  LoginProfile: LoginProfile;
}
export const GetMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: { SerialNumber: serialNumberType, UserName: userNameType },
};
export interface GetMFADeviceRequest {
  SerialNumber: serialNumberType;
  UserName?: userNameType;
}
export const GetMFADeviceResponse: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: {
    UserName: userNameType,
    SerialNumber: serialNumberType,
    EnableDate: timestamp,
    Certifications: CertificationMapType,
  },
};
export interface GetMFADeviceResponse {
  UserName?: userNameType;
  SerialNumber: serialNumberType;
  EnableDate?: number;
  Certifications?: CertificationMapType;
}
export const GetOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn"],
  members: { OpenIDConnectProviderArn: arnType },
};
export interface GetOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
}
export const GetOpenIDConnectProviderResponse: ModelStructure = {
  type: "structure",
  members: {
    Url: OpenIDConnectProviderUrlType,
    ClientIDList: clientIDListType,
    ThumbprintList: thumbprintListType,
    CreateDate: timestamp,
    Tags: tagListType,
  },
};
export interface GetOpenIDConnectProviderResponse {
  Url?: OpenIDConnectProviderUrlType;
  ClientIDList?: clientIDListType;
  ThumbprintList?: thumbprintListType;
  CreateDate?: number;
  Tags?: tagListType;
}
export const sortKeyType: ModelScalar = {
  type: "string",
  enum: [
    "SERVICE_NAMESPACE_ASCENDING",
    "SERVICE_NAMESPACE_DESCENDING",
    "LAST_AUTHENTICATED_TIME_ASCENDING",
    "LAST_AUTHENTICATED_TIME_DESCENDING",
  ],
};
export type sortKeyType = string;
export const GetOrganizationsAccessReportRequest: ModelStructure = {
  type: "structure",
  required: ["JobId"],
  members: { JobId: jobIDType, MaxItems: maxItemsType, Marker: markerType, SortKey: sortKeyType },
};
export interface GetOrganizationsAccessReportRequest {
  JobId: jobIDType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
  SortKey?: sortKeyType;
}
export const jobStatusType: ModelScalar = { type: "string", enum: ["IN_PROGRESS", "COMPLETED", "FAILED"] };
export type jobStatusType = string;
export const GetOrganizationsAccessReportResponse: ModelStructure = {
  type: "structure",
  required: ["JobStatus", "JobCreationDate"],
  members: {
    JobStatus: jobStatusType,
    JobCreationDate: timestamp,
    JobCompletionDate: timestamp,
    NumberOfServicesAccessible: integer,
    NumberOfServicesNotAccessed: integer,
    AccessDetails: AccessDetails,
    IsTruncated: boolean,
    Marker: markerType,
    ErrorDetails: ErrorDetails,
  },
};
export interface GetOrganizationsAccessReportResponse {
  JobStatus: jobStatusType;
  JobCreationDate: number;
  JobCompletionDate?: number;
  NumberOfServicesAccessible?: number;
  NumberOfServicesNotAccessed?: number;
  AccessDetails?: AccessDetails;
  IsTruncated?: boolean;
  Marker?: markerType;
  ErrorDetails?: ErrorDetails;
}
export const GetOutboundWebIdentityFederationInfoResponse: ModelStructure = {
  type: "structure",
  members: { IssuerIdentifier: string, JwtVendingEnabled: boolean },
};
export interface GetOutboundWebIdentityFederationInfoResponse {
  IssuerIdentifier?: string;
  JwtVendingEnabled?: boolean;
}
export const GetPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn"],
  members: { PolicyArn: arnType },
};
export interface GetPolicyRequest {
  PolicyArn: arnType;
}
export const GetPolicyResponse: ModelStructure = { type: "structure", members: { Policy: Policy } };
export interface GetPolicyResponse {
  Policy?: Policy;
}
export const GetPolicyVersionRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "VersionId"],
  members: { PolicyArn: arnType, VersionId: policyVersionIdType },
};
export interface GetPolicyVersionRequest {
  PolicyArn: arnType;
  VersionId: policyVersionIdType;
}
export const GetPolicyVersionResponse: ModelStructure = {
  type: "structure",
  members: { PolicyVersion: PolicyVersion },
};
export interface GetPolicyVersionResponse {
  PolicyVersion?: PolicyVersion;
}
export const GetRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyName"],
  members: { RoleName: roleNameType, PolicyName: policyNameType },
};
export interface GetRolePolicyRequest {
  RoleName: roleNameType;
  PolicyName: policyNameType;
}
export const GetRolePolicyResponse: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyName", "PolicyDocument"],
  members: { RoleName: roleNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface GetRolePolicyResponse {
  RoleName: roleNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const GetRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType },
};
export interface GetRoleRequest {
  RoleName: roleNameType;
}
export const GetRoleResponse: ModelStructure = {
  type: "structure",
  required: ["Role"],
  members: { Role: Role },
};
export interface GetRoleResponse {
  Role: Role;
}
export const GetSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn"],
  members: { SAMLProviderArn: arnType },
};
export interface GetSAMLProviderRequest {
  SAMLProviderArn: arnType;
}
export const privateKeyIdType: ModelScalar = { type: "string", min: 22, max: 64, pattern: "[A-Z0-9]+" };
export type privateKeyIdType = string;
export const SAMLPrivateKey: ModelStructure = {
  type: "structure",
  members: { KeyId: privateKeyIdType, Timestamp: timestamp },
};
export interface SAMLPrivateKey {
  KeyId?: privateKeyIdType;
  Timestamp?: number;
}
export const privateKeyList: ModelList = { type: "list", member: SAMLPrivateKey, max: 2 };
export type privateKeyList = SAMLPrivateKey[];
export const GetSAMLProviderResponse: ModelStructure = {
  type: "structure",
  members: {
    SAMLProviderUUID: privateKeyIdType,
    SAMLMetadataDocument: SAMLMetadataDocumentType,
    CreateDate: timestamp,
    ValidUntil: timestamp,
    Tags: tagListType,
    AssertionEncryptionMode: assertionEncryptionModeType,
    PrivateKeyList: privateKeyList,
  },
};
export interface GetSAMLProviderResponse {
  SAMLProviderUUID?: privateKeyIdType;
  SAMLMetadataDocument?: SAMLMetadataDocumentType;
  CreateDate?: number;
  ValidUntil?: number;
  Tags?: tagListType;
  AssertionEncryptionMode?: assertionEncryptionModeType;
  PrivateKeyList?: privateKeyList;
}
export const encodingType: ModelScalar = { type: "string", enum: ["SSH", "PEM"] };
export type encodingType = string;
export const GetSSHPublicKeyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyId", "Encoding"],
  members: { UserName: userNameType, SSHPublicKeyId: publicKeyIdType, Encoding: encodingType },
};
export interface GetSSHPublicKeyRequest {
  UserName: userNameType;
  SSHPublicKeyId: publicKeyIdType;
  Encoding: encodingType;
}
export const publicKeyFingerprintType: ModelScalar = { type: "string", min: 48, max: 48, pattern: "[:\\w]+" };
export type publicKeyFingerprintType = string;
export const publicKeyMaterialType: ModelScalar = {
  type: "string",
  min: 1,
  max: 16384,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type publicKeyMaterialType = string;
export const SSHPublicKey: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyId", "Fingerprint", "SSHPublicKeyBody", "Status"],
  members: {
    UserName: userNameType,
    SSHPublicKeyId: publicKeyIdType,
    Fingerprint: publicKeyFingerprintType,
    SSHPublicKeyBody: publicKeyMaterialType,
    Status: statusType,
    UploadDate: timestamp,
  },
};
export interface SSHPublicKey {
  UserName: userNameType;
  SSHPublicKeyId: publicKeyIdType;
  Fingerprint: publicKeyFingerprintType;
  SSHPublicKeyBody: publicKeyMaterialType;
  Status: statusType;
  UploadDate?: number;
}
export const GetSSHPublicKeyResponse: ModelStructure = {
  type: "structure",
  members: { SSHPublicKey: SSHPublicKey },
};
export interface GetSSHPublicKeyResponse {
  SSHPublicKey?: SSHPublicKey;
}
export const GetServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName"],
  members: { ServerCertificateName: serverCertificateNameType },
};
export interface GetServerCertificateRequest {
  ServerCertificateName: serverCertificateNameType;
}
export const ServerCertificateMetadata: ModelStructure = {
  type: "structure",
  required: ["Path", "ServerCertificateName", "ServerCertificateId", "Arn"],
  members: {
    Path: pathType,
    ServerCertificateName: serverCertificateNameType,
    ServerCertificateId: idType,
    Arn: arnType,
    UploadDate: timestamp,
    Expiration: timestamp,
  },
};
export interface ServerCertificateMetadata {
  Path: pathType;
  ServerCertificateName: serverCertificateNameType;
  ServerCertificateId: idType;
  Arn: arnType;
  UploadDate?: number;
  Expiration?: number;
}
export const certificateBodyType: ModelScalar = {
  type: "string",
  min: 1,
  max: 16384,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type certificateBodyType = string;
export const certificateChainType: ModelScalar = {
  type: "string",
  min: 1,
  max: 2097152,
  pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
};
export type certificateChainType = string;
export const ServerCertificate: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateMetadata", "CertificateBody"],
  members: {
    ServerCertificateMetadata: ServerCertificateMetadata,
    CertificateBody: certificateBodyType,
    CertificateChain: certificateChainType,
    Tags: tagListType,
  },
};
export interface ServerCertificate {
  ServerCertificateMetadata: ServerCertificateMetadata;
  CertificateBody: certificateBodyType;
  CertificateChain?: certificateChainType;
  Tags?: tagListType;
}
export const GetServerCertificateResponse: ModelStructure = {
  type: "structure",
  required: ["ServerCertificate"],
  members: { ServerCertificate: ServerCertificate },
};
export interface GetServerCertificateResponse {
  ServerCertificate: ServerCertificate;
}
export const GetServiceLastAccessedDetailsRequest: ModelStructure = {
  type: "structure",
  required: ["JobId"],
  members: { JobId: jobIDType, MaxItems: maxItemsType, Marker: markerType },
};
export interface GetServiceLastAccessedDetailsRequest {
  JobId: jobIDType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
}
export const TrackedActionLastAccessed: ModelStructure = {
  type: "structure",
  members: {
    ActionName: string,
    LastAccessedEntity: arnType,
    LastAccessedTime: timestamp,
    LastAccessedRegion: string,
  },
};
export interface TrackedActionLastAccessed {
  ActionName?: string;
  LastAccessedEntity?: arnType;
  LastAccessedTime?: number;
  LastAccessedRegion?: string;
}
export const TrackedActionsLastAccessed: ModelList = { type: "list", member: TrackedActionLastAccessed };
export type TrackedActionsLastAccessed = TrackedActionLastAccessed[];
export const ServiceLastAccessed: ModelStructure = {
  type: "structure",
  required: ["ServiceName", "ServiceNamespace"],
  members: {
    ServiceName: string,
    LastAuthenticated: timestamp,
    ServiceNamespace: serviceNamespaceType,
    LastAuthenticatedEntity: arnType,
    LastAuthenticatedRegion: string,
    TotalAuthenticatedEntities: integer,
    TrackedActionsLastAccessed: TrackedActionsLastAccessed,
  },
};
export interface ServiceLastAccessed {
  ServiceName: string;
  LastAuthenticated?: number;
  ServiceNamespace: serviceNamespaceType;
  LastAuthenticatedEntity?: arnType;
  LastAuthenticatedRegion?: string;
  TotalAuthenticatedEntities?: number;
  TrackedActionsLastAccessed?: TrackedActionsLastAccessed;
}
export const ServicesLastAccessed: ModelList = { type: "list", member: ServiceLastAccessed };
export type ServicesLastAccessed = ServiceLastAccessed[];
export const GetServiceLastAccessedDetailsResponse: ModelStructure = {
  type: "structure",
  required: ["JobStatus", "JobCreationDate", "ServicesLastAccessed", "JobCompletionDate"],
  members: {
    JobStatus: jobStatusType,
    JobType: AccessAdvisorUsageGranularityType,
    JobCreationDate: timestamp,
    ServicesLastAccessed: ServicesLastAccessed,
    JobCompletionDate: timestamp,
    IsTruncated: boolean,
    Marker: string,
    Error: ErrorDetails,
  },
};
export interface GetServiceLastAccessedDetailsResponse {
  JobStatus: jobStatusType;
  JobType?: AccessAdvisorUsageGranularityType;
  JobCreationDate: number;
  ServicesLastAccessed: ServicesLastAccessed;
  JobCompletionDate: number;
  IsTruncated?: boolean;
  Marker?: string;
  Error?: ErrorDetails;
}
export const GetServiceLastAccessedDetailsWithEntitiesRequest: ModelStructure = {
  type: "structure",
  required: ["JobId", "ServiceNamespace"],
  members: {
    JobId: jobIDType,
    ServiceNamespace: serviceNamespaceType,
    MaxItems: maxItemsType,
    Marker: markerType,
  },
};
export interface GetServiceLastAccessedDetailsWithEntitiesRequest {
  JobId: jobIDType;
  ServiceNamespace: serviceNamespaceType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
}
export const entityDetailsListType: ModelList = { type: "list", member: EntityDetails };
export type entityDetailsListType = EntityDetails[];
export const GetServiceLastAccessedDetailsWithEntitiesResponse: ModelStructure = {
  type: "structure",
  required: ["JobStatus", "JobCreationDate", "JobCompletionDate", "EntityDetailsList"],
  members: {
    JobStatus: jobStatusType,
    JobCreationDate: timestamp,
    JobCompletionDate: timestamp,
    EntityDetailsList: entityDetailsListType,
    IsTruncated: boolean,
    Marker: string,
    Error: ErrorDetails,
  },
};
export interface GetServiceLastAccessedDetailsWithEntitiesResponse {
  JobStatus: jobStatusType;
  JobCreationDate: number;
  JobCompletionDate: number;
  EntityDetailsList: entityDetailsListType;
  IsTruncated?: boolean;
  Marker?: string;
  Error?: ErrorDetails;
}
export const GetServiceLinkedRoleDeletionStatusRequest: ModelStructure = {
  type: "structure",
  required: ["DeletionTaskId"],
  members: { DeletionTaskId: DeletionTaskIdType },
};
export interface GetServiceLinkedRoleDeletionStatusRequest {
  DeletionTaskId: DeletionTaskIdType;
}
export const GetServiceLinkedRoleDeletionStatusResponse: ModelStructure = {
  type: "structure",
  required: ["Status"],
  members: { Status: DeletionTaskStatusType, Reason: DeletionTaskFailureReasonType },
};
export interface GetServiceLinkedRoleDeletionStatusResponse {
  Status: DeletionTaskStatusType;
  Reason?: DeletionTaskFailureReasonType;
}
export const GetUserPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyName"],
  members: { UserName: existingUserNameType, PolicyName: policyNameType },
};
export interface GetUserPolicyRequest {
  UserName: existingUserNameType;
  PolicyName: policyNameType;
}
export const GetUserPolicyResponse: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyName", "PolicyDocument"],
  members: { UserName: existingUserNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface GetUserPolicyResponse {
  UserName: existingUserNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const GetUserRequest: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType },
};
export interface GetUserRequest {
  UserName?: existingUserNameType;
}
export const GetUserResponse: ModelStructure = {
  type: "structure",
  required: ["User"],
  members: { User: User },
};
export interface GetUserResponse {
  User: User;
}
export const InvalidAuthenticationCodeException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidAuthenticationCodeException {
  message?: string;
}
export const InvalidCertificateException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidCertificateException {
  message?: string;
}
export const InvalidInputException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidInputException {
  message?: string;
}
export const InvalidPublicKeyException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidPublicKeyException {
  message?: string;
}
export const InvalidUserTypeException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidUserTypeException {
  message?: string;
}
export const KeyPairMismatchException: ModelStructure = { type: "structure", members: { message: string } };
export interface KeyPairMismatchException {
  message?: string;
}
export const LimitExceededException: ModelStructure = { type: "structure", members: { message: string } };
export interface LimitExceededException {
  message?: string;
}
export const ListAccessKeysRequest: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListAccessKeysRequest {
  UserName?: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const accessKeyMetadataListType: ModelList = { type: "list", member: AccessKeyMetadata };
export type accessKeyMetadataListType = AccessKeyMetadata[];
export const ListAccessKeysResponse: ModelStructure = {
  type: "structure",
  required: ["AccessKeyMetadata"],
  members: { AccessKeyMetadata: accessKeyMetadataListType, IsTruncated: boolean, Marker: string },
};
export interface ListAccessKeysResponse {
  AccessKeyMetadata: accessKeyMetadataListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListAccountAliasesRequest: ModelStructure = {
  type: "structure",
  members: { Marker: markerType, MaxItems: maxItemsType },
};
export interface ListAccountAliasesRequest {
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const accountAliasListType: ModelList = { type: "list", member: accountAliasType };
export type accountAliasListType = accountAliasType[];
export const ListAccountAliasesResponse: ModelStructure = {
  type: "structure",
  required: ["AccountAliases"],
  members: { AccountAliases: accountAliasListType, IsTruncated: boolean, Marker: string },
};
export interface ListAccountAliasesResponse {
  AccountAliases: accountAliasListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListAttachedGroupPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: {
    GroupName: groupNameType,
    PathPrefix: policyPathType,
    Marker: markerType,
    MaxItems: maxItemsType,
  },
};
export interface ListAttachedGroupPoliciesRequest {
  GroupName: groupNameType;
  PathPrefix?: policyPathType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListAttachedGroupPoliciesResponse: ModelStructure = {
  type: "structure",
  members: { AttachedPolicies: attachedPoliciesListType, IsTruncated: boolean, Marker: string },
};
export interface ListAttachedGroupPoliciesResponse {
  AttachedPolicies?: attachedPoliciesListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListAttachedRolePoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType, PathPrefix: policyPathType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListAttachedRolePoliciesRequest {
  RoleName: roleNameType;
  PathPrefix?: policyPathType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListAttachedRolePoliciesResponse: ModelStructure = {
  type: "structure",
  members: { AttachedPolicies: attachedPoliciesListType, IsTruncated: boolean, Marker: string },
};
export interface ListAttachedRolePoliciesResponse {
  AttachedPolicies?: attachedPoliciesListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListAttachedUserPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: userNameType, PathPrefix: policyPathType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListAttachedUserPoliciesRequest {
  UserName: userNameType;
  PathPrefix?: policyPathType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListAttachedUserPoliciesResponse: ModelStructure = {
  type: "structure",
  members: { AttachedPolicies: attachedPoliciesListType, IsTruncated: boolean, Marker: string },
};
export interface ListAttachedUserPoliciesResponse {
  AttachedPolicies?: attachedPoliciesListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListDelegationRequestsRequest: ModelStructure = {
  type: "structure",
  members: { OwnerId: ownerIdType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListDelegationRequestsRequest {
  OwnerId?: ownerIdType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const delegationRequestsListType: ModelList = { type: "list", member: DelegationRequest };
export type delegationRequestsListType = DelegationRequest[];
export const ListDelegationRequestsResponse: ModelStructure = {
  type: "structure",
  members: { DelegationRequests: delegationRequestsListType, Marker: markerType, isTruncated: boolean },
};
export interface ListDelegationRequestsResponse {
  DelegationRequests?: delegationRequestsListType;
  Marker?: markerType;
  isTruncated?: boolean;
}
export const PolicyUsageType: ModelScalar = {
  type: "string",
  enum: ["PermissionsPolicy", "PermissionsBoundary"],
};
export type PolicyUsageType = string;
export const ListEntitiesForPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn"],
  members: {
    PolicyArn: arnType,
    EntityFilter: EntityType,
    PathPrefix: pathType,
    PolicyUsageFilter: PolicyUsageType,
    Marker: markerType,
    MaxItems: maxItemsType,
  },
};
export interface ListEntitiesForPolicyRequest {
  PolicyArn: arnType;
  EntityFilter?: EntityType;
  PathPrefix?: pathType;
  PolicyUsageFilter?: PolicyUsageType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const PolicyGroup: ModelStructure = {
  type: "structure",
  members: { GroupName: groupNameType, GroupId: idType },
};
export interface PolicyGroup {
  GroupName?: groupNameType;
  GroupId?: idType;
}
export const PolicyGroupListType: ModelList = { type: "list", member: PolicyGroup };
export type PolicyGroupListType = PolicyGroup[];
export const PolicyUser: ModelStructure = {
  type: "structure",
  members: { UserName: userNameType, UserId: idType },
};
export interface PolicyUser {
  UserName?: userNameType;
  UserId?: idType;
}
export const PolicyUserListType: ModelList = { type: "list", member: PolicyUser };
export type PolicyUserListType = PolicyUser[];
export const PolicyRole: ModelStructure = {
  type: "structure",
  members: { RoleName: roleNameType, RoleId: idType },
};
export interface PolicyRole {
  RoleName?: roleNameType;
  RoleId?: idType;
}
export const PolicyRoleListType: ModelList = { type: "list", member: PolicyRole };
export type PolicyRoleListType = PolicyRole[];
export const ListEntitiesForPolicyResponse: ModelStructure = {
  type: "structure",
  members: {
    PolicyGroups: PolicyGroupListType,
    PolicyUsers: PolicyUserListType,
    PolicyRoles: PolicyRoleListType,
    IsTruncated: boolean,
    Marker: string,
  },
};
export interface ListEntitiesForPolicyResponse {
  PolicyGroups?: PolicyGroupListType;
  PolicyUsers?: PolicyUserListType;
  PolicyRoles?: PolicyRoleListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListGroupPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: { GroupName: groupNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListGroupPoliciesRequest {
  GroupName: groupNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const policyNameListType: ModelList = { type: "list", member: policyNameType };
export type policyNameListType = policyNameType[];
export const ListGroupPoliciesResponse: ModelStructure = {
  type: "structure",
  required: ["PolicyNames"],
  members: { PolicyNames: policyNameListType, IsTruncated: boolean, Marker: string },
};
export interface ListGroupPoliciesResponse {
  PolicyNames: policyNameListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListGroupsForUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListGroupsForUserRequest {
  UserName: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const groupListType: ModelList = { type: "list", member: Group };
export type groupListType = Group[];
export const ListGroupsForUserResponse: ModelStructure = {
  type: "structure",
  required: ["Groups"],
  members: { Groups: groupListType, IsTruncated: boolean, Marker: string },
};
export interface ListGroupsForUserResponse {
  Groups: groupListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const pathPrefixType: ModelScalar = {
  type: "string",
  min: 1,
  max: 512,
  pattern: "\\u002F[\\u0021-\\u007F]*",
};
export type pathPrefixType = string;
export const ListGroupsRequest: ModelStructure = {
  type: "structure",
  members: { PathPrefix: pathPrefixType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListGroupsRequest {
  PathPrefix?: pathPrefixType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListGroupsResponse: ModelStructure = {
  type: "structure",
  required: ["Groups"],
  members: { Groups: groupListType, IsTruncated: boolean, Marker: string },
};
export interface ListGroupsResponse {
  Groups: groupListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListInstanceProfileTagsRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName"],
  members: { InstanceProfileName: instanceProfileNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListInstanceProfileTagsRequest {
  InstanceProfileName: instanceProfileNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListInstanceProfileTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListInstanceProfileTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListInstanceProfilesForRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListInstanceProfilesForRoleRequest {
  RoleName: roleNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListInstanceProfilesForRoleResponse: ModelStructure = {
  type: "structure",
  required: ["InstanceProfiles"],
  members: { InstanceProfiles: instanceProfileListType, IsTruncated: boolean, Marker: string },
};
export interface ListInstanceProfilesForRoleResponse {
  InstanceProfiles: instanceProfileListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListInstanceProfilesRequest: ModelStructure = {
  type: "structure",
  members: { PathPrefix: pathPrefixType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListInstanceProfilesRequest {
  PathPrefix?: pathPrefixType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListInstanceProfilesResponse: ModelStructure = {
  type: "structure",
  required: ["InstanceProfiles"],
  members: { InstanceProfiles: instanceProfileListType, IsTruncated: boolean, Marker: string },
};
export interface ListInstanceProfilesResponse {
  InstanceProfiles: instanceProfileListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListMFADeviceTagsRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber"],
  members: { SerialNumber: serialNumberType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListMFADeviceTagsRequest {
  SerialNumber: serialNumberType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListMFADeviceTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListMFADeviceTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListMFADevicesRequest: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListMFADevicesRequest {
  UserName?: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const MFADevice: ModelStructure = {
  type: "structure",
  required: ["UserName", "SerialNumber", "EnableDate"],
  members: { UserName: userNameType, SerialNumber: serialNumberType, EnableDate: timestamp },
};
export interface MFADevice {
  UserName: userNameType;
  SerialNumber: serialNumberType;
  EnableDate: number;
}
export const mfaDeviceListType: ModelList = { type: "list", member: MFADevice };
export type mfaDeviceListType = MFADevice[];
export const ListMFADevicesResponse: ModelStructure = {
  type: "structure",
  required: ["MFADevices"],
  members: { MFADevices: mfaDeviceListType, IsTruncated: boolean, Marker: string },
};
export interface ListMFADevicesResponse {
  MFADevices: mfaDeviceListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListOpenIDConnectProviderTagsRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn"],
  members: { OpenIDConnectProviderArn: arnType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListOpenIDConnectProviderTagsRequest {
  OpenIDConnectProviderArn: arnType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListOpenIDConnectProviderTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListOpenIDConnectProviderTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListOpenIDConnectProvidersRequest: ModelStructure = { type: "structure", members: {} };
export type ListOpenIDConnectProvidersRequest = Record<string, never>;
export const OpenIDConnectProviderListEntry: ModelStructure = {
  type: "structure",
  members: { Arn: arnType },
};
export interface OpenIDConnectProviderListEntry {
  Arn?: arnType;
}
export const OpenIDConnectProviderListType: ModelList = {
  type: "list",
  member: OpenIDConnectProviderListEntry,
};
export type OpenIDConnectProviderListType = OpenIDConnectProviderListEntry[];
export const ListOpenIDConnectProvidersResponse: ModelStructure = {
  type: "structure",
  members: { OpenIDConnectProviderList: OpenIDConnectProviderListType },
};
export interface ListOpenIDConnectProvidersResponse {
  OpenIDConnectProviderList?: OpenIDConnectProviderListType;
}
export const ListOrganizationsFeaturesRequest: ModelStructure = { type: "structure", members: {} };
export type ListOrganizationsFeaturesRequest = Record<string, never>;
export const ListOrganizationsFeaturesResponse: ModelStructure = {
  type: "structure",
  members: { OrganizationId: OrganizationIdType, EnabledFeatures: FeaturesListType },
};
export interface ListOrganizationsFeaturesResponse {
  OrganizationId?: OrganizationIdType;
  EnabledFeatures?: FeaturesListType;
}
export const policyType: ModelScalar = { type: "string", enum: ["INLINE", "MANAGED"] };
export type policyType = string;
export const entityNameType: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[\\w+=,.@-]+" };
export type entityNameType = string;
export const PolicyGrantingServiceAccess: ModelStructure = {
  type: "structure",
  required: ["PolicyName", "PolicyType"],
  members: {
    PolicyName: policyNameType,
    PolicyType: policyType,
    PolicyArn: arnType,
    EntityType: policyOwnerEntityType,
    EntityName: entityNameType,
  },
};
export interface PolicyGrantingServiceAccess {
  PolicyName: policyNameType;
  PolicyType: policyType;
  PolicyArn?: arnType;
  EntityType?: policyOwnerEntityType;
  EntityName?: entityNameType;
}
export const policyGrantingServiceAccessListType: ModelList = {
  type: "list",
  member: PolicyGrantingServiceAccess,
};
export type policyGrantingServiceAccessListType = PolicyGrantingServiceAccess[];
export const ListPoliciesGrantingServiceAccessEntry: ModelStructure = {
  type: "structure",
  members: { ServiceNamespace: serviceNamespaceType, Policies: policyGrantingServiceAccessListType },
};
export interface ListPoliciesGrantingServiceAccessEntry {
  ServiceNamespace?: serviceNamespaceType;
  Policies?: policyGrantingServiceAccessListType;
}
export const serviceNamespaceListType: ModelList = {
  type: "list",
  member: serviceNamespaceType,
  min: 1,
  max: 200,
};
export type serviceNamespaceListType = serviceNamespaceType[];
export const ListPoliciesGrantingServiceAccessRequest: ModelStructure = {
  type: "structure",
  required: ["Arn", "ServiceNamespaces"],
  members: { Marker: markerType, Arn: arnType, ServiceNamespaces: serviceNamespaceListType },
};
export interface ListPoliciesGrantingServiceAccessRequest {
  Marker?: markerType;
  Arn: arnType;
  ServiceNamespaces: serviceNamespaceListType;
}
export const listPolicyGrantingServiceAccessResponseListType: ModelList = {
  type: "list",
  member: ListPoliciesGrantingServiceAccessEntry,
};
export type listPolicyGrantingServiceAccessResponseListType = ListPoliciesGrantingServiceAccessEntry[];
export const ListPoliciesGrantingServiceAccessResponse: ModelStructure = {
  type: "structure",
  required: ["PoliciesGrantingServiceAccess"],
  members: {
    PoliciesGrantingServiceAccess: listPolicyGrantingServiceAccessResponseListType,
    IsTruncated: boolean,
    Marker: string,
  },
};
export interface ListPoliciesGrantingServiceAccessResponse {
  PoliciesGrantingServiceAccess: listPolicyGrantingServiceAccessResponseListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const policyScopeType: ModelScalar = { type: "string", enum: ["All", "AWS", "Local"] };
export type policyScopeType = string;
export const ListPoliciesRequest: ModelStructure = {
  type: "structure",
  members: {
    Scope: policyScopeType,
    OnlyAttached: boolean,
    PathPrefix: policyPathType,
    PolicyUsageFilter: PolicyUsageType,
    Marker: markerType,
    MaxItems: maxItemsType,
  },
};
export interface ListPoliciesRequest {
  Scope?: policyScopeType;
  OnlyAttached?: boolean;
  PathPrefix?: policyPathType;
  PolicyUsageFilter?: PolicyUsageType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const policyListType: ModelList = { type: "list", member: Policy };
export type policyListType = Policy[];
export const ListPoliciesResponse: ModelStructure = {
  type: "structure",
  members: { Policies: policyListType, IsTruncated: boolean, Marker: string },
};
export interface ListPoliciesResponse {
  Policies?: policyListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListPolicyTagsRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn"],
  members: { PolicyArn: arnType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListPolicyTagsRequest {
  PolicyArn: arnType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListPolicyTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListPolicyTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListPolicyVersionsRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn"],
  members: { PolicyArn: arnType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListPolicyVersionsRequest {
  PolicyArn: arnType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListPolicyVersionsResponse: ModelStructure = {
  type: "structure",
  members: { Versions: policyDocumentVersionListType, IsTruncated: boolean, Marker: string },
};
export interface ListPolicyVersionsResponse {
  Versions?: policyDocumentVersionListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListRolePoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListRolePoliciesRequest {
  RoleName: roleNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListRolePoliciesResponse: ModelStructure = {
  type: "structure",
  required: ["PolicyNames"],
  members: { PolicyNames: policyNameListType, IsTruncated: boolean, Marker: string },
};
export interface ListRolePoliciesResponse {
  PolicyNames: policyNameListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListRoleTagsRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: { RoleName: roleNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListRoleTagsRequest {
  RoleName: roleNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListRoleTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListRoleTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListRolesRequest: ModelStructure = {
  type: "structure",
  members: { PathPrefix: pathPrefixType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListRolesRequest {
  PathPrefix?: pathPrefixType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListRolesResponse: ModelStructure = {
  type: "structure",
  required: ["Roles"],
  members: { Roles: roleListType, IsTruncated: boolean, Marker: string },
};
export interface ListRolesResponse {
  Roles: roleListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListSAMLProviderTagsRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn"],
  members: { SAMLProviderArn: arnType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListSAMLProviderTagsRequest {
  SAMLProviderArn: arnType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListSAMLProviderTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListSAMLProviderTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListSAMLProvidersRequest: ModelStructure = { type: "structure", members: {} };
export type ListSAMLProvidersRequest = Record<string, never>;
export const SAMLProviderListEntry: ModelStructure = {
  type: "structure",
  members: { Arn: arnType, ValidUntil: timestamp, CreateDate: timestamp },
};
export interface SAMLProviderListEntry {
  Arn?: arnType;
  ValidUntil?: number;
  CreateDate?: number;
}
export const SAMLProviderListType: ModelList = { type: "list", member: SAMLProviderListEntry };
export type SAMLProviderListType = SAMLProviderListEntry[];
export const ListSAMLProvidersResponse: ModelStructure = {
  type: "structure",
  members: { SAMLProviderList: SAMLProviderListType },
};
export interface ListSAMLProvidersResponse {
  SAMLProviderList?: SAMLProviderListType;
}
export const ListSSHPublicKeysRequest: ModelStructure = {
  type: "structure",
  members: { UserName: userNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListSSHPublicKeysRequest {
  UserName?: userNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const SSHPublicKeyMetadata: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyId", "Status", "UploadDate"],
  members: {
    UserName: userNameType,
    SSHPublicKeyId: publicKeyIdType,
    Status: statusType,
    UploadDate: timestamp,
  },
};
export interface SSHPublicKeyMetadata {
  UserName: userNameType;
  SSHPublicKeyId: publicKeyIdType;
  Status: statusType;
  UploadDate: number;
}
export const SSHPublicKeyListType: ModelList = { type: "list", member: SSHPublicKeyMetadata };
export type SSHPublicKeyListType = SSHPublicKeyMetadata[];
export const ListSSHPublicKeysResponse: ModelStructure = {
  type: "structure",
  members: { SSHPublicKeys: SSHPublicKeyListType, IsTruncated: boolean, Marker: string },
};
export interface ListSSHPublicKeysResponse {
  SSHPublicKeys?: SSHPublicKeyListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListServerCertificateTagsRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName"],
  members: { ServerCertificateName: serverCertificateNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListServerCertificateTagsRequest {
  ServerCertificateName: serverCertificateNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListServerCertificateTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListServerCertificateTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListServerCertificatesRequest: ModelStructure = {
  type: "structure",
  members: { PathPrefix: pathPrefixType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListServerCertificatesRequest {
  PathPrefix?: pathPrefixType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const serverCertificateMetadataListType: ModelList = {
  type: "list",
  member: ServerCertificateMetadata,
};
export type serverCertificateMetadataListType = ServerCertificateMetadata[];
export const ListServerCertificatesResponse: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateMetadataList"],
  members: {
    ServerCertificateMetadataList: serverCertificateMetadataListType,
    IsTruncated: boolean,
    Marker: string,
  },
};
export interface ListServerCertificatesResponse {
  ServerCertificateMetadataList: serverCertificateMetadataListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListServiceSpecificCredentialsRequest: ModelStructure = {
  type: "structure",
  members: {
    UserName: userNameType,
    ServiceName: string,
    AllUsers: boolean,
    Marker: markerType,
    MaxItems: maxItemsType,
  },
};
export interface ListServiceSpecificCredentialsRequest {
  UserName?: userNameType;
  ServiceName?: string;
  AllUsers?: boolean;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ServiceSpecificCredentialMetadata: ModelStructure = {
  type: "structure",
  required: ["UserName", "Status", "CreateDate", "ServiceSpecificCredentialId", "ServiceName"],
  members: {
    UserName: userNameType,
    Status: statusType,
    ServiceUserName: serviceUserName,
    ServiceCredentialAlias: serviceCredentialAlias,
    CreateDate: timestamp,
    ExpirationDate: timestamp,
    ServiceSpecificCredentialId: serviceSpecificCredentialId,
    ServiceName: string,
  },
};
export interface ServiceSpecificCredentialMetadata {
  UserName: userNameType;
  Status: statusType;
  ServiceUserName?: serviceUserName;
  ServiceCredentialAlias?: serviceCredentialAlias;
  CreateDate: number;
  ExpirationDate?: number;
  ServiceSpecificCredentialId: serviceSpecificCredentialId;
  ServiceName: string;
}
export const ServiceSpecificCredentialsListType: ModelList = {
  type: "list",
  member: ServiceSpecificCredentialMetadata,
};
export type ServiceSpecificCredentialsListType = ServiceSpecificCredentialMetadata[];
export const ListServiceSpecificCredentialsResponse: ModelStructure = {
  type: "structure",
  members: {
    ServiceSpecificCredentials: ServiceSpecificCredentialsListType,
    Marker: string,
    IsTruncated: boolean,
  },
};
export interface ListServiceSpecificCredentialsResponse {
  ServiceSpecificCredentials?: ServiceSpecificCredentialsListType;
  Marker?: string;
  IsTruncated?: boolean;
}
export const ListSigningCertificatesRequest: ModelStructure = {
  type: "structure",
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListSigningCertificatesRequest {
  UserName?: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const SigningCertificate: ModelStructure = {
  type: "structure",
  required: ["UserName", "CertificateId", "CertificateBody", "Status"],
  members: {
    UserName: userNameType,
    CertificateId: certificateIdType,
    CertificateBody: certificateBodyType,
    Status: statusType,
    UploadDate: timestamp,
  },
};
export interface SigningCertificate {
  UserName: userNameType;
  CertificateId: certificateIdType;
  CertificateBody: certificateBodyType;
  Status: statusType;
  UploadDate?: number;
}
export const certificateListType: ModelList = { type: "list", member: SigningCertificate };
export type certificateListType = SigningCertificate[];
export const ListSigningCertificatesResponse: ModelStructure = {
  type: "structure",
  required: ["Certificates"],
  members: { Certificates: certificateListType, IsTruncated: boolean, Marker: string },
};
export interface ListSigningCertificatesResponse {
  Certificates: certificateListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListUserPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListUserPoliciesRequest {
  UserName: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListUserPoliciesResponse: ModelStructure = {
  type: "structure",
  required: ["PolicyNames"],
  members: { PolicyNames: policyNameListType, IsTruncated: boolean, Marker: string },
};
export interface ListUserPoliciesResponse {
  PolicyNames: policyNameListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListUserTagsRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: existingUserNameType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListUserTagsRequest {
  UserName: existingUserNameType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListUserTagsResponse: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { Tags: tagListType, IsTruncated: boolean, Marker: string },
};
export interface ListUserTagsResponse {
  Tags: tagListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const ListUsersRequest: ModelStructure = {
  type: "structure",
  members: { PathPrefix: pathPrefixType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListUsersRequest {
  PathPrefix?: pathPrefixType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const ListUsersResponse: ModelStructure = {
  type: "structure",
  required: ["Users"],
  members: { Users: userListType, IsTruncated: boolean, Marker: string },
};
export interface ListUsersResponse {
  Users: userListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const assignmentStatusType: ModelScalar = { type: "string", enum: ["Assigned", "Unassigned", "Any"] };
export type assignmentStatusType = string;
export const ListVirtualMFADevicesRequest: ModelStructure = {
  type: "structure",
  members: { AssignmentStatus: assignmentStatusType, Marker: markerType, MaxItems: maxItemsType },
};
export interface ListVirtualMFADevicesRequest {
  AssignmentStatus?: assignmentStatusType;
  Marker?: markerType;
  MaxItems?: maxItemsType;
}
export const virtualMFADeviceListType: ModelList = { type: "list", member: VirtualMFADevice };
export type virtualMFADeviceListType = VirtualMFADevice[];
export const ListVirtualMFADevicesResponse: ModelStructure = {
  type: "structure",
  required: ["VirtualMFADevices"],
  members: { VirtualMFADevices: virtualMFADeviceListType, IsTruncated: boolean, Marker: string },
};
export interface ListVirtualMFADevicesResponse {
  VirtualMFADevices: virtualMFADeviceListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const MalformedCertificateException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface MalformedCertificateException {
  message?: string;
}
export const MalformedPolicyDocumentException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface MalformedPolicyDocumentException {
  message?: string;
}
export const NoSuchEntityException: ModelStructure = { type: "structure", members: { message: string } };
export interface NoSuchEntityException {
  message?: string;
}
export const OpenIdIdpCommunicationErrorException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface OpenIdIdpCommunicationErrorException {
  message?: string;
}
export const OrganizationNotFoundException: ModelStructure = { type: "structure", members: {} };
export type OrganizationNotFoundException = Record<string, never>;
export const OrganizationNotInAllFeaturesModeException: ModelStructure = { type: "structure", members: {} };
export type OrganizationNotInAllFeaturesModeException = Record<string, never>;
export const PasswordPolicyViolationException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface PasswordPolicyViolationException {
  message?: string;
}
export const PolicyEvaluationException: ModelStructure = { type: "structure", members: { message: string } };
export interface PolicyEvaluationException {
  message?: string;
}
export const PolicyNotAttachableException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface PolicyNotAttachableException {
  message?: string;
}
export const PutGroupPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "PolicyName", "PolicyDocument"],
  members: { GroupName: groupNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface PutGroupPolicyRequest {
  GroupName: groupNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const PutRolePermissionsBoundaryRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PermissionsBoundary"],
  members: { RoleName: roleNameType, PermissionsBoundary: arnType },
};
export interface PutRolePermissionsBoundaryRequest {
  RoleName: roleNameType;
  PermissionsBoundary: arnType;
}
export const PutRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyName", "PolicyDocument"],
  members: { RoleName: roleNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface PutRolePolicyRequest {
  RoleName: roleNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const PutUserPermissionsBoundaryRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PermissionsBoundary"],
  members: { UserName: userNameType, PermissionsBoundary: arnType },
};
export interface PutUserPermissionsBoundaryRequest {
  UserName: userNameType;
  PermissionsBoundary: arnType;
}
export const PutUserPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "PolicyName", "PolicyDocument"],
  members: { UserName: existingUserNameType, PolicyName: policyNameType, PolicyDocument: policyDocumentType },
};
export interface PutUserPolicyRequest {
  UserName: existingUserNameType;
  PolicyName: policyNameType;
  PolicyDocument: policyDocumentType;
}
export const RejectDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType, Notes: notesType },
};
export interface RejectDelegationRequestRequest {
  DelegationRequestId: delegationRequestIdType;
  Notes?: notesType;
}
export const RemoveClientIDFromOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn", "ClientID"],
  members: { OpenIDConnectProviderArn: arnType, ClientID: clientIDType },
};
export interface RemoveClientIDFromOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
  ClientID: clientIDType;
}
export const RemoveRoleFromInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName", "RoleName"],
  members: { InstanceProfileName: instanceProfileNameType, RoleName: roleNameType },
};
export interface RemoveRoleFromInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
  RoleName: roleNameType;
}
export const RemoveUserFromGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName", "UserName"],
  members: { GroupName: groupNameType, UserName: existingUserNameType },
};
export interface RemoveUserFromGroupRequest {
  GroupName: groupNameType;
  UserName: existingUserNameType;
}
export const ReportGenerationLimitExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ReportGenerationLimitExceededException {
  message?: string;
}
export const ResetServiceSpecificCredentialRequest: ModelStructure = {
  type: "structure",
  required: ["ServiceSpecificCredentialId"],
  members: { UserName: userNameType, ServiceSpecificCredentialId: serviceSpecificCredentialId },
};
export interface ResetServiceSpecificCredentialRequest {
  UserName?: userNameType;
  ServiceSpecificCredentialId: serviceSpecificCredentialId;
}
export const ResetServiceSpecificCredentialResponse: ModelStructure = {
  type: "structure",
  members: { ServiceSpecificCredential: ServiceSpecificCredential },
};
export interface ResetServiceSpecificCredentialResponse {
  ServiceSpecificCredential?: ServiceSpecificCredential;
}
export const ResourceHandlingOptionType: ModelScalar = { type: "string", min: 1, max: 64 };
export type ResourceHandlingOptionType = string;
export const ResourceNameListType: ModelList = { type: "list", member: ResourceNameType };
export type ResourceNameListType = ResourceNameType[];
export const ResyncMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SerialNumber", "AuthenticationCode1", "AuthenticationCode2"],
  members: {
    UserName: existingUserNameType,
    SerialNumber: serialNumberType,
    AuthenticationCode1: authenticationCodeType,
    AuthenticationCode2: authenticationCodeType,
  },
};
export interface ResyncMFADeviceRequest {
  UserName: existingUserNameType;
  SerialNumber: serialNumberType;
  AuthenticationCode1: authenticationCodeType;
  AuthenticationCode2: authenticationCodeType;
}
export const SendDelegationTokenRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType },
};
export interface SendDelegationTokenRequest {
  DelegationRequestId: delegationRequestIdType;
}
export const ServiceAccessNotEnabledException: ModelStructure = { type: "structure", members: {} };
export type ServiceAccessNotEnabledException = Record<string, never>;
export const ServiceFailureException: ModelStructure = { type: "structure", members: { message: string } };
export interface ServiceFailureException {
  message?: string;
}
export const ServiceNotSupportedException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ServiceNotSupportedException {
  message?: string;
}
export const SetDefaultPolicyVersionRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "VersionId"],
  members: { PolicyArn: arnType, VersionId: policyVersionIdType },
};
export interface SetDefaultPolicyVersionRequest {
  PolicyArn: arnType;
  VersionId: policyVersionIdType;
}
export const globalEndpointTokenVersion: ModelScalar = { type: "string", enum: ["v1Token", "v2Token"] };
export type globalEndpointTokenVersion = string;
export const SetSecurityTokenServicePreferencesRequest: ModelStructure = {
  type: "structure",
  required: ["GlobalEndpointTokenVersion"],
  members: { GlobalEndpointTokenVersion: globalEndpointTokenVersion },
};
export interface SetSecurityTokenServicePreferencesRequest {
  GlobalEndpointTokenVersion: globalEndpointTokenVersion;
}
export const SimulateCustomPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyInputList", "ActionNames"],
  members: {
    PolicyInputList: SimulationPolicyListType,
    PermissionsBoundaryPolicyInputList: SimulationPolicyListType,
    ActionNames: ActionNameListType,
    ResourceArns: ResourceNameListType,
    ResourcePolicy: policyDocumentType,
    ResourceOwner: ResourceNameType,
    CallerArn: ResourceNameType,
    ContextEntries: ContextEntryListType,
    ResourceHandlingOption: ResourceHandlingOptionType,
    MaxItems: maxItemsType,
    Marker: markerType,
  },
};
export interface SimulateCustomPolicyRequest {
  PolicyInputList: SimulationPolicyListType;
  PermissionsBoundaryPolicyInputList?: SimulationPolicyListType;
  ActionNames: ActionNameListType;
  ResourceArns?: ResourceNameListType;
  ResourcePolicy?: policyDocumentType;
  ResourceOwner?: ResourceNameType;
  CallerArn?: ResourceNameType;
  ContextEntries?: ContextEntryListType;
  ResourceHandlingOption?: ResourceHandlingOptionType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
}
export const SimulatePolicyResponse: ModelStructure = {
  type: "structure",
  members: { EvaluationResults: EvaluationResultsListType, IsTruncated: boolean, Marker: string },
};
export interface SimulatePolicyResponse {
  EvaluationResults?: EvaluationResultsListType;
  IsTruncated?: boolean;
  Marker?: string;
}
export const SimulatePrincipalPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicySourceArn", "ActionNames"],
  members: {
    PolicySourceArn: arnType,
    PolicyInputList: SimulationPolicyListType,
    PermissionsBoundaryPolicyInputList: SimulationPolicyListType,
    ActionNames: ActionNameListType,
    ResourceArns: ResourceNameListType,
    ResourcePolicy: policyDocumentType,
    ResourceOwner: ResourceNameType,
    CallerArn: ResourceNameType,
    ContextEntries: ContextEntryListType,
    ResourceHandlingOption: ResourceHandlingOptionType,
    MaxItems: maxItemsType,
    Marker: markerType,
  },
};
export interface SimulatePrincipalPolicyRequest {
  PolicySourceArn: arnType;
  PolicyInputList?: SimulationPolicyListType;
  PermissionsBoundaryPolicyInputList?: SimulationPolicyListType;
  ActionNames: ActionNameListType;
  ResourceArns?: ResourceNameListType;
  ResourcePolicy?: policyDocumentType;
  ResourceOwner?: ResourceNameType;
  CallerArn?: ResourceNameType;
  ContextEntries?: ContextEntryListType;
  ResourceHandlingOption?: ResourceHandlingOptionType;
  MaxItems?: maxItemsType;
  Marker?: markerType;
}
export const TagInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName", "Tags"],
  members: { InstanceProfileName: instanceProfileNameType, Tags: tagListType },
};
export interface TagInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
  Tags: tagListType;
}
export const TagMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber", "Tags"],
  members: { SerialNumber: serialNumberType, Tags: tagListType },
};
export interface TagMFADeviceRequest {
  SerialNumber: serialNumberType;
  Tags: tagListType;
}
export const TagOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn", "Tags"],
  members: { OpenIDConnectProviderArn: arnType, Tags: tagListType },
};
export interface TagOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
  Tags: tagListType;
}
export const TagPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "Tags"],
  members: { PolicyArn: arnType, Tags: tagListType },
};
export interface TagPolicyRequest {
  PolicyArn: arnType;
  Tags: tagListType;
}
export const TagRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "Tags"],
  members: { RoleName: roleNameType, Tags: tagListType },
};
export interface TagRoleRequest {
  RoleName: roleNameType;
  Tags: tagListType;
}
export const TagSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn", "Tags"],
  members: { SAMLProviderArn: arnType, Tags: tagListType },
};
export interface TagSAMLProviderRequest {
  SAMLProviderArn: arnType;
  Tags: tagListType;
}
export const TagServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName", "Tags"],
  members: { ServerCertificateName: serverCertificateNameType, Tags: tagListType },
};
export interface TagServerCertificateRequest {
  ServerCertificateName: serverCertificateNameType;
  Tags: tagListType;
}
export const TagUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "Tags"],
  members: { UserName: existingUserNameType, Tags: tagListType },
};
export interface TagUserRequest {
  UserName: existingUserNameType;
  Tags: tagListType;
}
export const UnmodifiableEntityException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface UnmodifiableEntityException {
  message?: string;
}
export const UnrecognizedPublicKeyEncodingException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface UnrecognizedPublicKeyEncodingException {
  message?: string;
}
export const tagKeyListType: ModelList = { type: "list", member: tagKeyType, max: 50 };
export type tagKeyListType = tagKeyType[];
export const UntagInstanceProfileRequest: ModelStructure = {
  type: "structure",
  required: ["InstanceProfileName", "TagKeys"],
  members: { InstanceProfileName: instanceProfileNameType, TagKeys: tagKeyListType },
};
export interface UntagInstanceProfileRequest {
  InstanceProfileName: instanceProfileNameType;
  TagKeys: tagKeyListType;
}
export const UntagMFADeviceRequest: ModelStructure = {
  type: "structure",
  required: ["SerialNumber", "TagKeys"],
  members: { SerialNumber: serialNumberType, TagKeys: tagKeyListType },
};
export interface UntagMFADeviceRequest {
  SerialNumber: serialNumberType;
  TagKeys: tagKeyListType;
}
export const UntagOpenIDConnectProviderRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn", "TagKeys"],
  members: { OpenIDConnectProviderArn: arnType, TagKeys: tagKeyListType },
};
export interface UntagOpenIDConnectProviderRequest {
  OpenIDConnectProviderArn: arnType;
  TagKeys: tagKeyListType;
}
export const UntagPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["PolicyArn", "TagKeys"],
  members: { PolicyArn: arnType, TagKeys: tagKeyListType },
};
export interface UntagPolicyRequest {
  PolicyArn: arnType;
  TagKeys: tagKeyListType;
}
export const UntagRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "TagKeys"],
  members: { RoleName: roleNameType, TagKeys: tagKeyListType },
};
export interface UntagRoleRequest {
  RoleName: roleNameType;
  TagKeys: tagKeyListType;
}
export const UntagSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn", "TagKeys"],
  members: { SAMLProviderArn: arnType, TagKeys: tagKeyListType },
};
export interface UntagSAMLProviderRequest {
  SAMLProviderArn: arnType;
  TagKeys: tagKeyListType;
}
export const UntagServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName", "TagKeys"],
  members: { ServerCertificateName: serverCertificateNameType, TagKeys: tagKeyListType },
};
export interface UntagServerCertificateRequest {
  ServerCertificateName: serverCertificateNameType;
  TagKeys: tagKeyListType;
}
export const UntagUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "TagKeys"],
  members: { UserName: existingUserNameType, TagKeys: tagKeyListType },
};
export interface UntagUserRequest {
  UserName: existingUserNameType;
  TagKeys: tagKeyListType;
}
export const UpdateAccessKeyRequest: ModelStructure = {
  type: "structure",
  required: ["AccessKeyId", "Status"],
  members: { UserName: existingUserNameType, AccessKeyId: accessKeyIdType, Status: statusType },
};
export interface UpdateAccessKeyRequest {
  UserName?: existingUserNameType;
  AccessKeyId: accessKeyIdType;
  Status: statusType;
}
export const UpdateAccountPasswordPolicyRequest: ModelStructure = {
  type: "structure",
  members: {
    MinimumPasswordLength: minimumPasswordLengthType,
    RequireSymbols: boolean,
    RequireNumbers: boolean,
    RequireUppercaseCharacters: boolean,
    RequireLowercaseCharacters: boolean,
    AllowUsersToChangePassword: boolean,
    MaxPasswordAge: maxPasswordAgeType,
    PasswordReusePrevention: passwordReusePreventionType,
    HardExpiry: boolean,
  },
};
export interface UpdateAccountPasswordPolicyRequest {
  MinimumPasswordLength?: minimumPasswordLengthType;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  MaxPasswordAge?: maxPasswordAgeType;
  PasswordReusePrevention?: passwordReusePreventionType;
  HardExpiry?: boolean;
}
export const UpdateAssumeRolePolicyRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "PolicyDocument"],
  members: { RoleName: roleNameType, PolicyDocument: policyDocumentType },
};
export interface UpdateAssumeRolePolicyRequest {
  RoleName: roleNameType;
  PolicyDocument: policyDocumentType;
}
export const UpdateDelegationRequestRequest: ModelStructure = {
  type: "structure",
  required: ["DelegationRequestId"],
  members: { DelegationRequestId: delegationRequestIdType, Notes: notesType },
};
export interface UpdateDelegationRequestRequest {
  DelegationRequestId: delegationRequestIdType;
  Notes?: notesType;
}
export const UpdateGroupRequest: ModelStructure = {
  type: "structure",
  required: ["GroupName"],
  members: { GroupName: groupNameType, NewPath: pathType, NewGroupName: groupNameType },
};
export interface UpdateGroupRequest {
  GroupName: groupNameType;
  NewPath?: pathType;
  NewGroupName?: groupNameType;
}
export const UpdateLoginProfileRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: userNameType, Password: passwordType, PasswordResetRequired: boolean },
};
export interface UpdateLoginProfileRequest {
  UserName: userNameType;
  Password?: passwordType;
  PasswordResetRequired?: boolean;
}
export const UpdateOpenIDConnectProviderThumbprintRequest: ModelStructure = {
  type: "structure",
  required: ["OpenIDConnectProviderArn", "ThumbprintList"],
  members: { OpenIDConnectProviderArn: arnType, ThumbprintList: thumbprintListType },
};
export interface UpdateOpenIDConnectProviderThumbprintRequest {
  OpenIDConnectProviderArn: arnType;
  ThumbprintList: thumbprintListType;
}
export const UpdateRoleDescriptionRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName", "Description"],
  members: { RoleName: roleNameType, Description: roleDescriptionType },
};
export interface UpdateRoleDescriptionRequest {
  RoleName: roleNameType;
  Description: roleDescriptionType;
}
export const UpdateRoleDescriptionResponse: ModelStructure = { type: "structure", members: { Role: Role } };
export interface UpdateRoleDescriptionResponse {
  Role?: Role;
}
export const UpdateRoleRequest: ModelStructure = {
  type: "structure",
  required: ["RoleName"],
  members: {
    RoleName: roleNameType,
    Description: roleDescriptionType,
    MaxSessionDuration: roleMaxSessionDurationType,
  },
};
export interface UpdateRoleRequest {
  RoleName: roleNameType;
  Description?: roleDescriptionType;
  MaxSessionDuration?: roleMaxSessionDurationType;
}
export const UpdateRoleResponse: ModelStructure = { type: "structure", members: {} };
export type UpdateRoleResponse = Record<string, never>;
export const UpdateSAMLProviderRequest: ModelStructure = {
  type: "structure",
  required: ["SAMLProviderArn"],
  members: {
    SAMLMetadataDocument: SAMLMetadataDocumentType,
    SAMLProviderArn: arnType,
    AssertionEncryptionMode: assertionEncryptionModeType,
    AddPrivateKey: privateKeyType,
    RemovePrivateKey: privateKeyIdType,
  },
};
export interface UpdateSAMLProviderRequest {
  SAMLMetadataDocument?: SAMLMetadataDocumentType;
  SAMLProviderArn: arnType;
  AssertionEncryptionMode?: assertionEncryptionModeType;
  AddPrivateKey?: privateKeyType;
  RemovePrivateKey?: privateKeyIdType;
}
export const UpdateSAMLProviderResponse: ModelStructure = {
  type: "structure",
  members: { SAMLProviderArn: arnType },
};
export interface UpdateSAMLProviderResponse {
  SAMLProviderArn?: arnType;
}
export const UpdateSSHPublicKeyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyId", "Status"],
  members: { UserName: userNameType, SSHPublicKeyId: publicKeyIdType, Status: statusType },
};
export interface UpdateSSHPublicKeyRequest {
  UserName: userNameType;
  SSHPublicKeyId: publicKeyIdType;
  Status: statusType;
}
export const UpdateServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName"],
  members: {
    ServerCertificateName: serverCertificateNameType,
    NewPath: pathType,
    NewServerCertificateName: serverCertificateNameType,
  },
};
export interface UpdateServerCertificateRequest {
  ServerCertificateName: serverCertificateNameType;
  NewPath?: pathType;
  NewServerCertificateName?: serverCertificateNameType;
}
export const UpdateServiceSpecificCredentialRequest: ModelStructure = {
  type: "structure",
  required: ["ServiceSpecificCredentialId", "Status"],
  members: {
    UserName: userNameType,
    ServiceSpecificCredentialId: serviceSpecificCredentialId,
    Status: statusType,
  },
};
export interface UpdateServiceSpecificCredentialRequest {
  UserName?: userNameType;
  ServiceSpecificCredentialId: serviceSpecificCredentialId;
  Status: statusType;
}
export const UpdateSigningCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["CertificateId", "Status"],
  members: { UserName: existingUserNameType, CertificateId: certificateIdType, Status: statusType },
};
export interface UpdateSigningCertificateRequest {
  UserName?: existingUserNameType;
  CertificateId: certificateIdType;
  Status: statusType;
}
export const UpdateUserRequest: ModelStructure = {
  type: "structure",
  required: ["UserName"],
  members: { UserName: existingUserNameType, NewPath: pathType, NewUserName: userNameType },
};
export interface UpdateUserRequest {
  UserName: existingUserNameType;
  NewPath?: pathType;
  NewUserName?: userNameType;
}
export const UploadSSHPublicKeyRequest: ModelStructure = {
  type: "structure",
  required: ["UserName", "SSHPublicKeyBody"],
  members: { UserName: userNameType, SSHPublicKeyBody: publicKeyMaterialType },
};
export interface UploadSSHPublicKeyRequest {
  UserName: userNameType;
  SSHPublicKeyBody: publicKeyMaterialType;
}
export const UploadSSHPublicKeyResponse: ModelStructure = {
  type: "structure",
  members: { SSHPublicKey: SSHPublicKey },
};
export interface UploadSSHPublicKeyResponse {
  SSHPublicKey?: SSHPublicKey;
}
export const UploadServerCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["ServerCertificateName", "CertificateBody", "PrivateKey"],
  members: {
    Path: pathType,
    ServerCertificateName: serverCertificateNameType,
    CertificateBody: certificateBodyType,
    PrivateKey: privateKeyType,
    CertificateChain: certificateChainType,
    Tags: tagListType,
  },
};
export interface UploadServerCertificateRequest {
  Path?: pathType;
  ServerCertificateName: serverCertificateNameType;
  CertificateBody: certificateBodyType;
  PrivateKey: privateKeyType;
  CertificateChain?: certificateChainType;
  Tags?: tagListType;
}
export const UploadServerCertificateResponse: ModelStructure = {
  type: "structure",
  members: { ServerCertificateMetadata: ServerCertificateMetadata, Tags: tagListType },
};
export interface UploadServerCertificateResponse {
  ServerCertificateMetadata?: ServerCertificateMetadata;
  Tags?: tagListType;
}
export const UploadSigningCertificateRequest: ModelStructure = {
  type: "structure",
  required: ["CertificateBody"],
  members: { UserName: existingUserNameType, CertificateBody: certificateBodyType },
};
export interface UploadSigningCertificateRequest {
  UserName?: existingUserNameType;
  CertificateBody: certificateBodyType;
}
export const UploadSigningCertificateResponse: ModelStructure = {
  type: "structure",
  required: ["Certificate"],
  members: { Certificate: SigningCertificate },
};
export interface UploadSigningCertificateResponse {
  Certificate: SigningCertificate;
}

export const metadata: ModelMetadata = {
  apiVersion: "2010-05-08",
  protocol: "query",
  protocols: ["query"],
  signingName: "iam",
  endpointPrefix: "iam",
  serviceId: "IAM",
  xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
};

export const operations = {
  AcceptDelegationRequest: {
    name: "AcceptDelegationRequest",
    input: AcceptDelegationRequestRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "ServiceFailureException", "ConcurrentModificationException"],
    http: { method: "POST", requestUri: "/" },
  },
  AddClientIDToOpenIDConnectProvider: {
    name: "AddClientIDToOpenIDConnectProvider",
    input: AddClientIDToOpenIDConnectProviderRequest,
    output: emptyStructure,
    errors: [
      "ConcurrentModificationException",
      "InvalidInputException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AddRoleToInstanceProfile: {
    name: "AddRoleToInstanceProfile",
    input: AddRoleToInstanceProfileRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AddUserToGroup: {
    name: "AddUserToGroup",
    input: AddUserToGroupRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  AssociateDelegationRequest: {
    name: "AssociateDelegationRequest",
    input: AssociateDelegationRequestRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "ServiceFailureException",
      "ConcurrentModificationException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AttachGroupPolicy: {
    name: "AttachGroupPolicy",
    input: AttachGroupPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "PolicyNotAttachableException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AttachRolePolicy: {
    name: "AttachRolePolicy",
    input: AttachRolePolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "UnmodifiableEntityException",
      "PolicyNotAttachableException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AttachUserPolicy: {
    name: "AttachUserPolicy",
    input: AttachUserPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "PolicyNotAttachableException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ChangePassword: {
    name: "ChangePassword",
    input: ChangePasswordRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidUserTypeException",
      "LimitExceededException",
      "EntityTemporarilyUnmodifiableException",
      "PasswordPolicyViolationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateAccessKey: {
    name: "CreateAccessKey",
    input: CreateAccessKeyRequest,
    output: CreateAccessKeyResponse,
    resultWrapper: "CreateAccessKeyResult",
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  CreateAccountAlias: {
    name: "CreateAccountAlias",
    input: CreateAccountAliasRequest,
    output: emptyStructure,
    errors: [
      "ConcurrentModificationException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateDelegationRequest: {
    name: "CreateDelegationRequest",
    input: CreateDelegationRequestRequest,
    output: CreateDelegationRequestResponse,
    resultWrapper: "CreateDelegationRequestResult",
    errors: [
      "EntityAlreadyExistsException",
      "ServiceFailureException",
      "InvalidInputException",
      "LimitExceededException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateGroup: {
    name: "CreateGroup",
    input: CreateGroupRequest,
    output: CreateGroupResponse,
    resultWrapper: "CreateGroupResult",
    errors: [
      "LimitExceededException",
      "EntityAlreadyExistsException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateInstanceProfile: {
    name: "CreateInstanceProfile",
    input: CreateInstanceProfileRequest,
    output: CreateInstanceProfileResponse,
    resultWrapper: "CreateInstanceProfileResult",
    errors: [
      "EntityAlreadyExistsException",
      "InvalidInputException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateLoginProfile: {
    name: "CreateLoginProfile",
    input: CreateLoginProfileRequest,
    output: CreateLoginProfileResponse,
    resultWrapper: "CreateLoginProfileResult",
    errors: [
      "EntityAlreadyExistsException",
      "NoSuchEntityException",
      "PasswordPolicyViolationException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateOpenIDConnectProvider: {
    name: "CreateOpenIDConnectProvider",
    input: CreateOpenIDConnectProviderRequest,
    output: CreateOpenIDConnectProviderResponse,
    resultWrapper: "CreateOpenIDConnectProviderResult",
    errors: [
      "InvalidInputException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
      "OpenIdIdpCommunicationErrorException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreatePolicy: {
    name: "CreatePolicy",
    input: CreatePolicyRequest,
    output: CreatePolicyResponse,
    resultWrapper: "CreatePolicyResult",
    errors: [
      "InvalidInputException",
      "LimitExceededException",
      "EntityAlreadyExistsException",
      "MalformedPolicyDocumentException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreatePolicyVersion: {
    name: "CreatePolicyVersion",
    input: CreatePolicyVersionRequest,
    output: CreatePolicyVersionResponse,
    resultWrapper: "CreatePolicyVersionResult",
    errors: [
      "NoSuchEntityException",
      "MalformedPolicyDocumentException",
      "InvalidInputException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateRole: {
    name: "CreateRole",
    input: CreateRoleRequest,
    output: CreateRoleResponse,
    resultWrapper: "CreateRoleResult",
    errors: [
      "LimitExceededException",
      "InvalidInputException",
      "EntityAlreadyExistsException",
      "MalformedPolicyDocumentException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateSAMLProvider: {
    name: "CreateSAMLProvider",
    input: CreateSAMLProviderRequest,
    output: CreateSAMLProviderResponse,
    resultWrapper: "CreateSAMLProviderResult",
    errors: [
      "InvalidInputException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateServiceLinkedRole: {
    name: "CreateServiceLinkedRole",
    input: CreateServiceLinkedRoleRequest,
    output: CreateServiceLinkedRoleResponse,
    resultWrapper: "CreateServiceLinkedRoleResult",
    errors: [
      "InvalidInputException",
      "LimitExceededException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateServiceSpecificCredential: {
    name: "CreateServiceSpecificCredential",
    input: CreateServiceSpecificCredentialRequest,
    output: CreateServiceSpecificCredentialResponse,
    resultWrapper: "CreateServiceSpecificCredentialResult",
    errors: ["LimitExceededException", "NoSuchEntityException", "ServiceNotSupportedException"],
    http: { method: "POST", requestUri: "/" },
  },
  CreateUser: {
    name: "CreateUser",
    input: CreateUserRequest,
    output: CreateUserResponse,
    resultWrapper: "CreateUserResult",
    errors: [
      "LimitExceededException",
      "EntityAlreadyExistsException",
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateVirtualMFADevice: {
    name: "CreateVirtualMFADevice",
    input: CreateVirtualMFADeviceRequest,
    output: CreateVirtualMFADeviceResponse,
    resultWrapper: "CreateVirtualMFADeviceResult",
    errors: [
      "LimitExceededException",
      "InvalidInputException",
      "EntityAlreadyExistsException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeactivateMFADevice: {
    name: "DeactivateMFADevice",
    input: DeactivateMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "EntityTemporarilyUnmodifiableException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAccessKey: {
    name: "DeleteAccessKey",
    input: DeleteAccessKeyRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAccountAlias: {
    name: "DeleteAccountAlias",
    input: DeleteAccountAliasRequest,
    output: emptyStructure,
    errors: [
      "ConcurrentModificationException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAccountPasswordPolicy: {
    name: "DeleteAccountPasswordPolicy",
    input: emptyStructure,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteGroup: {
    name: "DeleteGroup",
    input: DeleteGroupRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "DeleteConflictException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteGroupPolicy: {
    name: "DeleteGroupPolicy",
    input: DeleteGroupPolicyRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteInstanceProfile: {
    name: "DeleteInstanceProfile",
    input: DeleteInstanceProfileRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "DeleteConflictException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteLoginProfile: {
    name: "DeleteLoginProfile",
    input: DeleteLoginProfileRequest,
    output: emptyStructure,
    errors: [
      "EntityTemporarilyUnmodifiableException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteOpenIDConnectProvider: {
    name: "DeleteOpenIDConnectProvider",
    input: DeleteOpenIDConnectProviderRequest,
    output: emptyStructure,
    errors: ["InvalidInputException", "NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeletePolicy: {
    name: "DeletePolicy",
    input: DeletePolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "DeleteConflictException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeletePolicyVersion: {
    name: "DeletePolicyVersion",
    input: DeletePolicyVersionRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "DeleteConflictException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteRole: {
    name: "DeleteRole",
    input: DeleteRoleRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "DeleteConflictException",
      "LimitExceededException",
      "UnmodifiableEntityException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteRolePermissionsBoundary: {
    name: "DeleteRolePermissionsBoundary",
    input: DeleteRolePermissionsBoundaryRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "UnmodifiableEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteRolePolicy: {
    name: "DeleteRolePolicy",
    input: DeleteRolePolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteSAMLProvider: {
    name: "DeleteSAMLProvider",
    input: DeleteSAMLProviderRequest,
    output: emptyStructure,
    errors: [
      "InvalidInputException",
      "LimitExceededException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteSSHPublicKey: {
    name: "DeleteSSHPublicKey",
    input: DeleteSSHPublicKeyRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteServerCertificate: {
    name: "DeleteServerCertificate",
    input: DeleteServerCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "DeleteConflictException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteServiceLinkedRole: {
    name: "DeleteServiceLinkedRole",
    input: DeleteServiceLinkedRoleRequest,
    output: DeleteServiceLinkedRoleResponse,
    resultWrapper: "DeleteServiceLinkedRoleResult",
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteServiceSpecificCredential: {
    name: "DeleteServiceSpecificCredential",
    input: DeleteServiceSpecificCredentialRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteSigningCertificate: {
    name: "DeleteSigningCertificate",
    input: DeleteSigningCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteUser: {
    name: "DeleteUser",
    input: DeleteUserRequest,
    output: emptyStructure,
    errors: [
      "LimitExceededException",
      "NoSuchEntityException",
      "DeleteConflictException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteUserPermissionsBoundary: {
    name: "DeleteUserPermissionsBoundary",
    input: DeleteUserPermissionsBoundaryRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteUserPolicy: {
    name: "DeleteUserPolicy",
    input: DeleteUserPolicyRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteVirtualMFADevice: {
    name: "DeleteVirtualMFADevice",
    input: DeleteVirtualMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "DeleteConflictException",
      "LimitExceededException",
      "ServiceFailureException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DetachGroupPolicy: {
    name: "DetachGroupPolicy",
    input: DetachGroupPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DetachRolePolicy: {
    name: "DetachRolePolicy",
    input: DetachRolePolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DetachUserPolicy: {
    name: "DetachUserPolicy",
    input: DetachUserPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DisableOrganizationsRootCredentialsManagement: {
    name: "DisableOrganizationsRootCredentialsManagement",
    input: DisableOrganizationsRootCredentialsManagementRequest,
    output: DisableOrganizationsRootCredentialsManagementResponse,
    resultWrapper: "DisableOrganizationsRootCredentialsManagementResult",
    errors: [
      "ServiceAccessNotEnabledException",
      "AccountNotManagementOrDelegatedAdministratorException",
      "OrganizationNotFoundException",
      "OrganizationNotInAllFeaturesModeException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DisableOrganizationsRootSessions: {
    name: "DisableOrganizationsRootSessions",
    input: DisableOrganizationsRootSessionsRequest,
    output: DisableOrganizationsRootSessionsResponse,
    resultWrapper: "DisableOrganizationsRootSessionsResult",
    errors: [
      "ServiceAccessNotEnabledException",
      "AccountNotManagementOrDelegatedAdministratorException",
      "OrganizationNotFoundException",
      "OrganizationNotInAllFeaturesModeException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DisableOutboundWebIdentityFederation: {
    name: "DisableOutboundWebIdentityFederation",
    input: emptyStructure,
    output: emptyStructure,
    errors: ["FeatureDisabledException"],
    http: { method: "POST", requestUri: "/" },
  },
  EnableMFADevice: {
    name: "EnableMFADevice",
    input: EnableMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "EntityAlreadyExistsException",
      "EntityTemporarilyUnmodifiableException",
      "InvalidAuthenticationCodeException",
      "LimitExceededException",
      "NoSuchEntityException",
      "ServiceFailureException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  EnableOrganizationsRootCredentialsManagement: {
    name: "EnableOrganizationsRootCredentialsManagement",
    input: EnableOrganizationsRootCredentialsManagementRequest,
    output: EnableOrganizationsRootCredentialsManagementResponse,
    resultWrapper: "EnableOrganizationsRootCredentialsManagementResult",
    errors: [
      "ServiceAccessNotEnabledException",
      "AccountNotManagementOrDelegatedAdministratorException",
      "OrganizationNotFoundException",
      "OrganizationNotInAllFeaturesModeException",
      "CallerIsNotManagementAccountException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  EnableOrganizationsRootSessions: {
    name: "EnableOrganizationsRootSessions",
    input: EnableOrganizationsRootSessionsRequest,
    output: EnableOrganizationsRootSessionsResponse,
    resultWrapper: "EnableOrganizationsRootSessionsResult",
    errors: [
      "ServiceAccessNotEnabledException",
      "AccountNotManagementOrDelegatedAdministratorException",
      "OrganizationNotFoundException",
      "OrganizationNotInAllFeaturesModeException",
      "CallerIsNotManagementAccountException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  EnableOutboundWebIdentityFederation: {
    name: "EnableOutboundWebIdentityFederation",
    input: emptyStructure,
    output: EnableOutboundWebIdentityFederationResponse,
    resultWrapper: "EnableOutboundWebIdentityFederationResult",
    errors: ["FeatureEnabledException"],
    http: { method: "POST", requestUri: "/" },
  },
  GenerateCredentialReport: {
    name: "GenerateCredentialReport",
    input: emptyStructure,
    output: GenerateCredentialReportResponse,
    resultWrapper: "GenerateCredentialReportResult",
    errors: ["LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GenerateOrganizationsAccessReport: {
    name: "GenerateOrganizationsAccessReport",
    input: GenerateOrganizationsAccessReportRequest,
    output: GenerateOrganizationsAccessReportResponse,
    resultWrapper: "GenerateOrganizationsAccessReportResult",
    errors: ["ReportGenerationLimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  GenerateServiceLastAccessedDetails: {
    name: "GenerateServiceLastAccessedDetails",
    input: GenerateServiceLastAccessedDetailsRequest,
    output: GenerateServiceLastAccessedDetailsResponse,
    resultWrapper: "GenerateServiceLastAccessedDetailsResult",
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetAccessKeyLastUsed: {
    name: "GetAccessKeyLastUsed",
    input: GetAccessKeyLastUsedRequest,
    output: GetAccessKeyLastUsedResponse,
    resultWrapper: "GetAccessKeyLastUsedResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  GetAccountAuthorizationDetails: {
    name: "GetAccountAuthorizationDetails",
    input: GetAccountAuthorizationDetailsRequest,
    output: GetAccountAuthorizationDetailsResponse,
    resultWrapper: "GetAccountAuthorizationDetailsResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetAccountPasswordPolicy: {
    name: "GetAccountPasswordPolicy",
    input: emptyStructure,
    output: GetAccountPasswordPolicyResponse,
    resultWrapper: "GetAccountPasswordPolicyResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetAccountSummary: {
    name: "GetAccountSummary",
    input: emptyStructure,
    output: GetAccountSummaryResponse,
    resultWrapper: "GetAccountSummaryResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetContextKeysForCustomPolicy: {
    name: "GetContextKeysForCustomPolicy",
    input: GetContextKeysForCustomPolicyRequest,
    output: GetContextKeysForPolicyResponse,
    resultWrapper: "GetContextKeysForCustomPolicyResult",
    errors: ["InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetContextKeysForPrincipalPolicy: {
    name: "GetContextKeysForPrincipalPolicy",
    input: GetContextKeysForPrincipalPolicyRequest,
    output: GetContextKeysForPolicyResponse,
    resultWrapper: "GetContextKeysForPrincipalPolicyResult",
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetCredentialReport: {
    name: "GetCredentialReport",
    input: emptyStructure,
    output: GetCredentialReportResponse,
    resultWrapper: "GetCredentialReportResult",
    errors: [
      "CredentialReportNotPresentException",
      "CredentialReportExpiredException",
      "CredentialReportNotReadyException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetDelegationRequest: {
    name: "GetDelegationRequest",
    input: GetDelegationRequestRequest,
    output: GetDelegationRequestResponse,
    resultWrapper: "GetDelegationRequestResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetGroup: {
    name: "GetGroup",
    input: GetGroupRequest,
    output: GetGroupResponse,
    resultWrapper: "GetGroupResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetGroupPolicy: {
    name: "GetGroupPolicy",
    input: GetGroupPolicyRequest,
    output: GetGroupPolicyResponse,
    resultWrapper: "GetGroupPolicyResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetHumanReadableSummary: {
    name: "GetHumanReadableSummary",
    input: GetHumanReadableSummaryRequest,
    output: GetHumanReadableSummaryResponse,
    resultWrapper: "GetHumanReadableSummaryResult",
    errors: ["InvalidInputException", "NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetInstanceProfile: {
    name: "GetInstanceProfile",
    input: GetInstanceProfileRequest,
    output: GetInstanceProfileResponse,
    resultWrapper: "GetInstanceProfileResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetLoginProfile: {
    name: "GetLoginProfile",
    input: GetLoginProfileRequest,
    output: GetLoginProfileResponse,
    resultWrapper: "GetLoginProfileResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetMFADevice: {
    name: "GetMFADevice",
    input: GetMFADeviceRequest,
    output: GetMFADeviceResponse,
    resultWrapper: "GetMFADeviceResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetOpenIDConnectProvider: {
    name: "GetOpenIDConnectProvider",
    input: GetOpenIDConnectProviderRequest,
    output: GetOpenIDConnectProviderResponse,
    resultWrapper: "GetOpenIDConnectProviderResult",
    errors: ["InvalidInputException", "NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetOrganizationsAccessReport: {
    name: "GetOrganizationsAccessReport",
    input: GetOrganizationsAccessReportRequest,
    output: GetOrganizationsAccessReportResponse,
    resultWrapper: "GetOrganizationsAccessReportResult",
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetOutboundWebIdentityFederationInfo: {
    name: "GetOutboundWebIdentityFederationInfo",
    input: emptyStructure,
    output: GetOutboundWebIdentityFederationInfoResponse,
    resultWrapper: "GetOutboundWebIdentityFederationInfoResult",
    errors: ["FeatureDisabledException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetPolicy: {
    name: "GetPolicy",
    input: GetPolicyRequest,
    output: GetPolicyResponse,
    resultWrapper: "GetPolicyResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetPolicyVersion: {
    name: "GetPolicyVersion",
    input: GetPolicyVersionRequest,
    output: GetPolicyVersionResponse,
    resultWrapper: "GetPolicyVersionResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetRole: {
    name: "GetRole",
    input: GetRoleRequest,
    output: GetRoleResponse,
    resultWrapper: "GetRoleResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetRolePolicy: {
    name: "GetRolePolicy",
    input: GetRolePolicyRequest,
    output: GetRolePolicyResponse,
    resultWrapper: "GetRolePolicyResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetSAMLProvider: {
    name: "GetSAMLProvider",
    input: GetSAMLProviderRequest,
    output: GetSAMLProviderResponse,
    resultWrapper: "GetSAMLProviderResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetSSHPublicKey: {
    name: "GetSSHPublicKey",
    input: GetSSHPublicKeyRequest,
    output: GetSSHPublicKeyResponse,
    resultWrapper: "GetSSHPublicKeyResult",
    errors: ["NoSuchEntityException", "UnrecognizedPublicKeyEncodingException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetServerCertificate: {
    name: "GetServerCertificate",
    input: GetServerCertificateRequest,
    output: GetServerCertificateResponse,
    resultWrapper: "GetServerCertificateResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetServiceLastAccessedDetails: {
    name: "GetServiceLastAccessedDetails",
    input: GetServiceLastAccessedDetailsRequest,
    output: GetServiceLastAccessedDetailsResponse,
    resultWrapper: "GetServiceLastAccessedDetailsResult",
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetServiceLastAccessedDetailsWithEntities: {
    name: "GetServiceLastAccessedDetailsWithEntities",
    input: GetServiceLastAccessedDetailsWithEntitiesRequest,
    output: GetServiceLastAccessedDetailsWithEntitiesResponse,
    resultWrapper: "GetServiceLastAccessedDetailsWithEntitiesResult",
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetServiceLinkedRoleDeletionStatus: {
    name: "GetServiceLinkedRoleDeletionStatus",
    input: GetServiceLinkedRoleDeletionStatusRequest,
    output: GetServiceLinkedRoleDeletionStatusResponse,
    resultWrapper: "GetServiceLinkedRoleDeletionStatusResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetUser: {
    name: "GetUser",
    input: GetUserRequest,
    output: GetUserResponse,
    resultWrapper: "GetUserResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetUserPolicy: {
    name: "GetUserPolicy",
    input: GetUserPolicyRequest,
    output: GetUserPolicyResponse,
    resultWrapper: "GetUserPolicyResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAccessKeys: {
    name: "ListAccessKeys",
    input: ListAccessKeysRequest,
    output: ListAccessKeysResponse,
    resultWrapper: "ListAccessKeysResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAccountAliases: {
    name: "ListAccountAliases",
    input: ListAccountAliasesRequest,
    output: ListAccountAliasesResponse,
    resultWrapper: "ListAccountAliasesResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAttachedGroupPolicies: {
    name: "ListAttachedGroupPolicies",
    input: ListAttachedGroupPoliciesRequest,
    output: ListAttachedGroupPoliciesResponse,
    resultWrapper: "ListAttachedGroupPoliciesResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAttachedRolePolicies: {
    name: "ListAttachedRolePolicies",
    input: ListAttachedRolePoliciesRequest,
    output: ListAttachedRolePoliciesResponse,
    resultWrapper: "ListAttachedRolePoliciesResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAttachedUserPolicies: {
    name: "ListAttachedUserPolicies",
    input: ListAttachedUserPoliciesRequest,
    output: ListAttachedUserPoliciesResponse,
    resultWrapper: "ListAttachedUserPoliciesResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListDelegationRequests: {
    name: "ListDelegationRequests",
    input: ListDelegationRequestsRequest,
    output: ListDelegationRequestsResponse,
    resultWrapper: "ListDelegationRequestsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListEntitiesForPolicy: {
    name: "ListEntitiesForPolicy",
    input: ListEntitiesForPolicyRequest,
    output: ListEntitiesForPolicyResponse,
    resultWrapper: "ListEntitiesForPolicyResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListGroupPolicies: {
    name: "ListGroupPolicies",
    input: ListGroupPoliciesRequest,
    output: ListGroupPoliciesResponse,
    resultWrapper: "ListGroupPoliciesResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListGroups: {
    name: "ListGroups",
    input: ListGroupsRequest,
    output: ListGroupsResponse,
    resultWrapper: "ListGroupsResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListGroupsForUser: {
    name: "ListGroupsForUser",
    input: ListGroupsForUserRequest,
    output: ListGroupsForUserResponse,
    resultWrapper: "ListGroupsForUserResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListInstanceProfileTags: {
    name: "ListInstanceProfileTags",
    input: ListInstanceProfileTagsRequest,
    output: ListInstanceProfileTagsResponse,
    resultWrapper: "ListInstanceProfileTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListInstanceProfiles: {
    name: "ListInstanceProfiles",
    input: ListInstanceProfilesRequest,
    output: ListInstanceProfilesResponse,
    resultWrapper: "ListInstanceProfilesResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListInstanceProfilesForRole: {
    name: "ListInstanceProfilesForRole",
    input: ListInstanceProfilesForRoleRequest,
    output: ListInstanceProfilesForRoleResponse,
    resultWrapper: "ListInstanceProfilesForRoleResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListMFADeviceTags: {
    name: "ListMFADeviceTags",
    input: ListMFADeviceTagsRequest,
    output: ListMFADeviceTagsResponse,
    resultWrapper: "ListMFADeviceTagsResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListMFADevices: {
    name: "ListMFADevices",
    input: ListMFADevicesRequest,
    output: ListMFADevicesResponse,
    resultWrapper: "ListMFADevicesResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListOpenIDConnectProviderTags: {
    name: "ListOpenIDConnectProviderTags",
    input: ListOpenIDConnectProviderTagsRequest,
    output: ListOpenIDConnectProviderTagsResponse,
    resultWrapper: "ListOpenIDConnectProviderTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListOpenIDConnectProviders: {
    name: "ListOpenIDConnectProviders",
    input: ListOpenIDConnectProvidersRequest,
    output: ListOpenIDConnectProvidersResponse,
    resultWrapper: "ListOpenIDConnectProvidersResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListOrganizationsFeatures: {
    name: "ListOrganizationsFeatures",
    input: ListOrganizationsFeaturesRequest,
    output: ListOrganizationsFeaturesResponse,
    resultWrapper: "ListOrganizationsFeaturesResult",
    errors: [
      "ServiceAccessNotEnabledException",
      "AccountNotManagementOrDelegatedAdministratorException",
      "OrganizationNotFoundException",
      "OrganizationNotInAllFeaturesModeException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListPolicies: {
    name: "ListPolicies",
    input: ListPoliciesRequest,
    output: ListPoliciesResponse,
    resultWrapper: "ListPoliciesResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListPoliciesGrantingServiceAccess: {
    name: "ListPoliciesGrantingServiceAccess",
    input: ListPoliciesGrantingServiceAccessRequest,
    output: ListPoliciesGrantingServiceAccessResponse,
    resultWrapper: "ListPoliciesGrantingServiceAccessResult",
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListPolicyTags: {
    name: "ListPolicyTags",
    input: ListPolicyTagsRequest,
    output: ListPolicyTagsResponse,
    resultWrapper: "ListPolicyTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListPolicyVersions: {
    name: "ListPolicyVersions",
    input: ListPolicyVersionsRequest,
    output: ListPolicyVersionsResponse,
    resultWrapper: "ListPolicyVersionsResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListRolePolicies: {
    name: "ListRolePolicies",
    input: ListRolePoliciesRequest,
    output: ListRolePoliciesResponse,
    resultWrapper: "ListRolePoliciesResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListRoleTags: {
    name: "ListRoleTags",
    input: ListRoleTagsRequest,
    output: ListRoleTagsResponse,
    resultWrapper: "ListRoleTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListRoles: {
    name: "ListRoles",
    input: ListRolesRequest,
    output: ListRolesResponse,
    resultWrapper: "ListRolesResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSAMLProviderTags: {
    name: "ListSAMLProviderTags",
    input: ListSAMLProviderTagsRequest,
    output: ListSAMLProviderTagsResponse,
    resultWrapper: "ListSAMLProviderTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSAMLProviders: {
    name: "ListSAMLProviders",
    input: ListSAMLProvidersRequest,
    output: ListSAMLProvidersResponse,
    resultWrapper: "ListSAMLProvidersResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSSHPublicKeys: {
    name: "ListSSHPublicKeys",
    input: ListSSHPublicKeysRequest,
    output: ListSSHPublicKeysResponse,
    resultWrapper: "ListSSHPublicKeysResult",
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListServerCertificateTags: {
    name: "ListServerCertificateTags",
    input: ListServerCertificateTagsRequest,
    output: ListServerCertificateTagsResponse,
    resultWrapper: "ListServerCertificateTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListServerCertificates: {
    name: "ListServerCertificates",
    input: ListServerCertificatesRequest,
    output: ListServerCertificatesResponse,
    resultWrapper: "ListServerCertificatesResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListServiceSpecificCredentials: {
    name: "ListServiceSpecificCredentials",
    input: ListServiceSpecificCredentialsRequest,
    output: ListServiceSpecificCredentialsResponse,
    resultWrapper: "ListServiceSpecificCredentialsResult",
    errors: ["NoSuchEntityException", "ServiceNotSupportedException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListSigningCertificates: {
    name: "ListSigningCertificates",
    input: ListSigningCertificatesRequest,
    output: ListSigningCertificatesResponse,
    resultWrapper: "ListSigningCertificatesResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListUserPolicies: {
    name: "ListUserPolicies",
    input: ListUserPoliciesRequest,
    output: ListUserPoliciesResponse,
    resultWrapper: "ListUserPoliciesResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListUserTags: {
    name: "ListUserTags",
    input: ListUserTagsRequest,
    output: ListUserTagsResponse,
    resultWrapper: "ListUserTagsResult",
    errors: ["NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListUsers: {
    name: "ListUsers",
    input: ListUsersRequest,
    output: ListUsersResponse,
    resultWrapper: "ListUsersResult",
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListVirtualMFADevices: {
    name: "ListVirtualMFADevices",
    input: ListVirtualMFADevicesRequest,
    output: ListVirtualMFADevicesResponse,
    resultWrapper: "ListVirtualMFADevicesResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  PutGroupPolicy: {
    name: "PutGroupPolicy",
    input: PutGroupPolicyRequest,
    output: emptyStructure,
    errors: [
      "LimitExceededException",
      "MalformedPolicyDocumentException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutRolePermissionsBoundary: {
    name: "PutRolePermissionsBoundary",
    input: PutRolePermissionsBoundaryRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "UnmodifiableEntityException",
      "PolicyNotAttachableException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutRolePolicy: {
    name: "PutRolePolicy",
    input: PutRolePolicyRequest,
    output: emptyStructure,
    errors: [
      "LimitExceededException",
      "MalformedPolicyDocumentException",
      "NoSuchEntityException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutUserPermissionsBoundary: {
    name: "PutUserPermissionsBoundary",
    input: PutUserPermissionsBoundaryRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "PolicyNotAttachableException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutUserPolicy: {
    name: "PutUserPolicy",
    input: PutUserPolicyRequest,
    output: emptyStructure,
    errors: [
      "LimitExceededException",
      "MalformedPolicyDocumentException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RejectDelegationRequest: {
    name: "RejectDelegationRequest",
    input: RejectDelegationRequestRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "ServiceFailureException",
      "ConcurrentModificationException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemoveClientIDFromOpenIDConnectProvider: {
    name: "RemoveClientIDFromOpenIDConnectProvider",
    input: RemoveClientIDFromOpenIDConnectProviderRequest,
    output: emptyStructure,
    errors: [
      "ConcurrentModificationException",
      "InvalidInputException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemoveRoleFromInstanceProfile: {
    name: "RemoveRoleFromInstanceProfile",
    input: RemoveRoleFromInstanceProfileRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemoveUserFromGroup: {
    name: "RemoveUserFromGroup",
    input: RemoveUserFromGroupRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "LimitExceededException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  ResetServiceSpecificCredential: {
    name: "ResetServiceSpecificCredential",
    input: ResetServiceSpecificCredentialRequest,
    output: ResetServiceSpecificCredentialResponse,
    resultWrapper: "ResetServiceSpecificCredentialResult",
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  ResyncMFADevice: {
    name: "ResyncMFADevice",
    input: ResyncMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "InvalidAuthenticationCodeException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SendDelegationToken: {
    name: "SendDelegationToken",
    input: SendDelegationTokenRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "ServiceFailureException",
      "ConcurrentModificationException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetDefaultPolicyVersion: {
    name: "SetDefaultPolicyVersion",
    input: SetDefaultPolicyVersionRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetSecurityTokenServicePreferences: {
    name: "SetSecurityTokenServicePreferences",
    input: SetSecurityTokenServicePreferencesRequest,
    output: emptyStructure,
    errors: ["ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  SimulateCustomPolicy: {
    name: "SimulateCustomPolicy",
    input: SimulateCustomPolicyRequest,
    output: SimulatePolicyResponse,
    resultWrapper: "SimulateCustomPolicyResult",
    errors: ["InvalidInputException", "PolicyEvaluationException"],
    http: { method: "POST", requestUri: "/" },
  },
  SimulatePrincipalPolicy: {
    name: "SimulatePrincipalPolicy",
    input: SimulatePrincipalPolicyRequest,
    output: SimulatePolicyResponse,
    resultWrapper: "SimulatePrincipalPolicyResult",
    errors: ["NoSuchEntityException", "InvalidInputException", "PolicyEvaluationException"],
    http: { method: "POST", requestUri: "/" },
  },
  TagInstanceProfile: {
    name: "TagInstanceProfile",
    input: TagInstanceProfileRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagMFADevice: {
    name: "TagMFADevice",
    input: TagMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "InvalidInputException",
      "NoSuchEntityException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagOpenIDConnectProvider: {
    name: "TagOpenIDConnectProvider",
    input: TagOpenIDConnectProviderRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagPolicy: {
    name: "TagPolicy",
    input: TagPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagRole: {
    name: "TagRole",
    input: TagRoleRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagSAMLProvider: {
    name: "TagSAMLProvider",
    input: TagSAMLProviderRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagServerCertificate: {
    name: "TagServerCertificate",
    input: TagServerCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "LimitExceededException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagUser: {
    name: "TagUser",
    input: TagUserRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagInstanceProfile: {
    name: "UntagInstanceProfile",
    input: UntagInstanceProfileRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagMFADevice: {
    name: "UntagMFADevice",
    input: UntagMFADeviceRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagOpenIDConnectProvider: {
    name: "UntagOpenIDConnectProvider",
    input: UntagOpenIDConnectProviderRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagPolicy: {
    name: "UntagPolicy",
    input: UntagPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagRole: {
    name: "UntagRole",
    input: UntagRoleRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "ConcurrentModificationException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  UntagSAMLProvider: {
    name: "UntagSAMLProvider",
    input: UntagSAMLProviderRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagServerCertificate: {
    name: "UntagServerCertificate",
    input: UntagServerCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagUser: {
    name: "UntagUser",
    input: UntagUserRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "ConcurrentModificationException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateAccessKey: {
    name: "UpdateAccessKey",
    input: UpdateAccessKeyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateAccountPasswordPolicy: {
    name: "UpdateAccountPasswordPolicy",
    input: UpdateAccountPasswordPolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "MalformedPolicyDocumentException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateAssumeRolePolicy: {
    name: "UpdateAssumeRolePolicy",
    input: UpdateAssumeRolePolicyRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "MalformedPolicyDocumentException",
      "LimitExceededException",
      "UnmodifiableEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateDelegationRequest: {
    name: "UpdateDelegationRequest",
    input: UpdateDelegationRequestRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "ServiceFailureException",
      "ConcurrentModificationException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateGroup: {
    name: "UpdateGroup",
    input: UpdateGroupRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateLoginProfile: {
    name: "UpdateLoginProfile",
    input: UpdateLoginProfileRequest,
    output: emptyStructure,
    errors: [
      "EntityTemporarilyUnmodifiableException",
      "NoSuchEntityException",
      "PasswordPolicyViolationException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateOpenIDConnectProviderThumbprint: {
    name: "UpdateOpenIDConnectProviderThumbprint",
    input: UpdateOpenIDConnectProviderThumbprintRequest,
    output: emptyStructure,
    errors: [
      "ConcurrentModificationException",
      "InvalidInputException",
      "NoSuchEntityException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateRole: {
    name: "UpdateRole",
    input: UpdateRoleRequest,
    output: UpdateRoleResponse,
    resultWrapper: "UpdateRoleResult",
    errors: ["UnmodifiableEntityException", "NoSuchEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateRoleDescription: {
    name: "UpdateRoleDescription",
    input: UpdateRoleDescriptionRequest,
    output: UpdateRoleDescriptionResponse,
    resultWrapper: "UpdateRoleDescriptionResult",
    errors: ["NoSuchEntityException", "UnmodifiableEntityException", "ServiceFailureException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateSAMLProvider: {
    name: "UpdateSAMLProvider",
    input: UpdateSAMLProviderRequest,
    output: UpdateSAMLProviderResponse,
    resultWrapper: "UpdateSAMLProviderResult",
    errors: [
      "NoSuchEntityException",
      "InvalidInputException",
      "LimitExceededException",
      "ServiceFailureException",
      "ConcurrentModificationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateSSHPublicKey: {
    name: "UpdateSSHPublicKey",
    input: UpdateSSHPublicKeyRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException", "InvalidInputException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateServerCertificate: {
    name: "UpdateServerCertificate",
    input: UpdateServerCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "EntityAlreadyExistsException",
      "LimitExceededException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateServiceSpecificCredential: {
    name: "UpdateServiceSpecificCredential",
    input: UpdateServiceSpecificCredentialRequest,
    output: emptyStructure,
    errors: ["NoSuchEntityException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateSigningCertificate: {
    name: "UpdateSigningCertificate",
    input: UpdateSigningCertificateRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "ServiceFailureException",
      "InvalidInputException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateUser: {
    name: "UpdateUser",
    input: UpdateUserRequest,
    output: emptyStructure,
    errors: [
      "NoSuchEntityException",
      "LimitExceededException",
      "EntityAlreadyExistsException",
      "EntityTemporarilyUnmodifiableException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UploadSSHPublicKey: {
    name: "UploadSSHPublicKey",
    input: UploadSSHPublicKeyRequest,
    output: UploadSSHPublicKeyResponse,
    resultWrapper: "UploadSSHPublicKeyResult",
    errors: [
      "LimitExceededException",
      "NoSuchEntityException",
      "InvalidPublicKeyException",
      "DuplicateSSHPublicKeyException",
      "UnrecognizedPublicKeyEncodingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UploadServerCertificate: {
    name: "UploadServerCertificate",
    input: UploadServerCertificateRequest,
    output: UploadServerCertificateResponse,
    resultWrapper: "UploadServerCertificateResult",
    errors: [
      "LimitExceededException",
      "InvalidInputException",
      "EntityAlreadyExistsException",
      "MalformedCertificateException",
      "KeyPairMismatchException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UploadSigningCertificate: {
    name: "UploadSigningCertificate",
    input: UploadSigningCertificateRequest,
    output: UploadSigningCertificateResponse,
    resultWrapper: "UploadSigningCertificateResult",
    errors: [
      "LimitExceededException",
      "EntityAlreadyExistsException",
      "MalformedCertificateException",
      "InvalidCertificateException",
      "DuplicateCertificateException",
      "NoSuchEntityException",
      "ConcurrentModificationException",
      "ServiceFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  AccountNotManagementOrDelegatedAdministratorException: {
    name: "AccountNotManagementOrDelegatedAdministratorException",
    status: 400,
    fault: "Sender",
    shape: AccountNotManagementOrDelegatedAdministratorException,
  },
  CallerIsNotManagementAccountException: {
    name: "CallerIsNotManagementAccountException",
    status: 400,
    fault: "Sender",
    shape: CallerIsNotManagementAccountException,
  },
  ConcurrentModificationException: {
    name: "ConcurrentModificationException",
    queryCode: "ConcurrentModification",
    status: 409,
    fault: "Sender",
    shape: ConcurrentModificationException,
  },
  CredentialReportExpiredException: {
    name: "CredentialReportExpiredException",
    queryCode: "ReportExpired",
    status: 410,
    fault: "Sender",
    shape: CredentialReportExpiredException,
  },
  CredentialReportNotPresentException: {
    name: "CredentialReportNotPresentException",
    queryCode: "ReportNotPresent",
    status: 410,
    fault: "Sender",
    shape: CredentialReportNotPresentException,
  },
  CredentialReportNotReadyException: {
    name: "CredentialReportNotReadyException",
    queryCode: "ReportInProgress",
    status: 404,
    fault: "Sender",
    shape: CredentialReportNotReadyException,
  },
  DeleteConflictException: {
    name: "DeleteConflictException",
    queryCode: "DeleteConflict",
    status: 409,
    fault: "Sender",
    shape: DeleteConflictException,
  },
  DuplicateCertificateException: {
    name: "DuplicateCertificateException",
    queryCode: "DuplicateCertificate",
    status: 409,
    fault: "Sender",
    shape: DuplicateCertificateException,
  },
  DuplicateSSHPublicKeyException: {
    name: "DuplicateSSHPublicKeyException",
    queryCode: "DuplicateSSHPublicKey",
    status: 400,
    fault: "Sender",
    shape: DuplicateSSHPublicKeyException,
  },
  EntityAlreadyExistsException: {
    name: "EntityAlreadyExistsException",
    queryCode: "EntityAlreadyExists",
    status: 409,
    fault: "Sender",
    shape: EntityAlreadyExistsException,
  },
  EntityTemporarilyUnmodifiableException: {
    name: "EntityTemporarilyUnmodifiableException",
    queryCode: "EntityTemporarilyUnmodifiable",
    status: 409,
    fault: "Sender",
    shape: EntityTemporarilyUnmodifiableException,
  },
  FeatureDisabledException: {
    name: "FeatureDisabledException",
    queryCode: "FeatureDisabled",
    status: 404,
    fault: "Sender",
    shape: FeatureDisabledException,
  },
  FeatureEnabledException: {
    name: "FeatureEnabledException",
    queryCode: "FeatureEnabled",
    status: 409,
    fault: "Sender",
    shape: FeatureEnabledException,
  },
  InvalidAuthenticationCodeException: {
    name: "InvalidAuthenticationCodeException",
    queryCode: "InvalidAuthenticationCode",
    status: 403,
    fault: "Sender",
    shape: InvalidAuthenticationCodeException,
  },
  InvalidCertificateException: {
    name: "InvalidCertificateException",
    queryCode: "InvalidCertificate",
    status: 400,
    fault: "Sender",
    shape: InvalidCertificateException,
  },
  InvalidInputException: {
    name: "InvalidInputException",
    queryCode: "InvalidInput",
    status: 400,
    fault: "Sender",
    shape: InvalidInputException,
  },
  InvalidPublicKeyException: {
    name: "InvalidPublicKeyException",
    queryCode: "InvalidPublicKey",
    status: 400,
    fault: "Sender",
    shape: InvalidPublicKeyException,
  },
  InvalidUserTypeException: {
    name: "InvalidUserTypeException",
    queryCode: "InvalidUserType",
    status: 400,
    fault: "Sender",
    shape: InvalidUserTypeException,
  },
  KeyPairMismatchException: {
    name: "KeyPairMismatchException",
    queryCode: "KeyPairMismatch",
    status: 400,
    fault: "Sender",
    shape: KeyPairMismatchException,
  },
  LimitExceededException: {
    name: "LimitExceededException",
    queryCode: "LimitExceeded",
    status: 409,
    fault: "Sender",
    shape: LimitExceededException,
  },
  MalformedCertificateException: {
    name: "MalformedCertificateException",
    queryCode: "MalformedCertificate",
    status: 400,
    fault: "Sender",
    shape: MalformedCertificateException,
  },
  MalformedPolicyDocumentException: {
    name: "MalformedPolicyDocumentException",
    queryCode: "MalformedPolicyDocument",
    status: 400,
    fault: "Sender",
    shape: MalformedPolicyDocumentException,
  },
  NoSuchEntityException: {
    name: "NoSuchEntityException",
    queryCode: "NoSuchEntity",
    status: 404,
    fault: "Sender",
    shape: NoSuchEntityException,
  },
  OpenIdIdpCommunicationErrorException: {
    name: "OpenIdIdpCommunicationErrorException",
    queryCode: "OpenIdIdpCommunicationError",
    status: 400,
    fault: "Sender",
    shape: OpenIdIdpCommunicationErrorException,
  },
  OrganizationNotFoundException: {
    name: "OrganizationNotFoundException",
    status: 400,
    fault: "Sender",
    shape: OrganizationNotFoundException,
  },
  OrganizationNotInAllFeaturesModeException: {
    name: "OrganizationNotInAllFeaturesModeException",
    status: 400,
    fault: "Sender",
    shape: OrganizationNotInAllFeaturesModeException,
  },
  PasswordPolicyViolationException: {
    name: "PasswordPolicyViolationException",
    queryCode: "PasswordPolicyViolation",
    status: 400,
    fault: "Sender",
    shape: PasswordPolicyViolationException,
  },
  PolicyEvaluationException: {
    name: "PolicyEvaluationException",
    queryCode: "PolicyEvaluation",
    status: 500,
    fault: "Server",
    shape: PolicyEvaluationException,
  },
  PolicyNotAttachableException: {
    name: "PolicyNotAttachableException",
    queryCode: "PolicyNotAttachable",
    status: 400,
    fault: "Sender",
    shape: PolicyNotAttachableException,
  },
  ReportGenerationLimitExceededException: {
    name: "ReportGenerationLimitExceededException",
    queryCode: "ReportGenerationLimitExceeded",
    status: 409,
    fault: "Sender",
    shape: ReportGenerationLimitExceededException,
  },
  ServiceAccessNotEnabledException: {
    name: "ServiceAccessNotEnabledException",
    status: 400,
    fault: "Sender",
    shape: ServiceAccessNotEnabledException,
  },
  ServiceFailureException: {
    name: "ServiceFailureException",
    queryCode: "ServiceFailure",
    status: 500,
    fault: "Server",
    shape: ServiceFailureException,
  },
  ServiceNotSupportedException: {
    name: "ServiceNotSupportedException",
    queryCode: "NotSupportedService",
    status: 404,
    fault: "Sender",
    shape: ServiceNotSupportedException,
  },
  UnmodifiableEntityException: {
    name: "UnmodifiableEntityException",
    queryCode: "UnmodifiableEntity",
    status: 400,
    fault: "Sender",
    shape: UnmodifiableEntityException,
  },
  UnrecognizedPublicKeyEncodingException: {
    name: "UnrecognizedPublicKeyEncodingException",
    queryCode: "UnrecognizedPublicKeyEncoding",
    status: 400,
    fault: "Sender",
    shape: UnrecognizedPublicKeyEncodingException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
