// Generated from botocore 1.43.11 (lambda 2015-03-31).
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
import { blob, boolean, integer, long, string, timestamp } from "../core/shapes.js";

export const UnreservedConcurrentExecutions: ModelScalar = { type: "integer", min: 0 };
export type UnreservedConcurrentExecutions = number;
export const AccountLimit: ModelStructure = {
  type: "structure",
  members: {
    TotalCodeSize: long,
    CodeSizeUnzipped: long,
    CodeSizeZipped: long,
    ConcurrentExecutions: integer,
    UnreservedConcurrentExecutions: UnreservedConcurrentExecutions,
  },
};
export interface AccountLimit {
  TotalCodeSize?: number;
  CodeSizeUnzipped?: number;
  CodeSizeZipped?: number;
  ConcurrentExecutions?: number;
  UnreservedConcurrentExecutions?: UnreservedConcurrentExecutions;
}
export const AccountUsage: ModelStructure = {
  type: "structure",
  members: { TotalCodeSize: long, FunctionCount: long },
};
export interface AccountUsage {
  TotalCodeSize?: number;
  FunctionCount?: number;
}
export const Action: ModelScalar = { type: "string", pattern: "(lambda:[*]|lambda:[a-zA-Z]+|[*])" };
export type Action = string;
export const LayerName: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern: "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+",
};
export type LayerName = string;
export const StatementId: ModelScalar = { type: "string", min: 1, max: 100, pattern: "([a-zA-Z0-9-_]+)" };
export type StatementId = string;
export const LayerPermissionAllowedAction: ModelScalar = {
  type: "string",
  min: 0,
  max: 22,
  pattern: "lambda:GetLayerVersion",
};
export type LayerPermissionAllowedAction = string;
export const LayerPermissionAllowedPrincipal: ModelScalar = {
  type: "string",
  pattern: "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root",
};
export type LayerPermissionAllowedPrincipal = string;
export const OrganizationId: ModelScalar = { type: "string", min: 0, max: 34, pattern: "o-[a-z0-9]{10,32}" };
export type OrganizationId = string;
export const AddLayerVersionPermissionRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "VersionNumber", "StatementId", "Action", "Principal"],
  members: {
    LayerName: { ...LayerName, location: "uri" },
    VersionNumber: { ...long, location: "uri" },
    StatementId: StatementId,
    Action: LayerPermissionAllowedAction,
    Principal: LayerPermissionAllowedPrincipal,
    OrganizationId: OrganizationId,
    RevisionId: { ...string, location: "querystring" },
  },
};
export interface AddLayerVersionPermissionRequest {
  LayerName: LayerName;
  VersionNumber: number;
  StatementId: StatementId;
  Action: LayerPermissionAllowedAction;
  Principal: LayerPermissionAllowedPrincipal;
  OrganizationId?: OrganizationId;
  RevisionId?: string;
}
export const AddLayerVersionPermissionResponse: ModelStructure = {
  type: "structure",
  members: { Statement: string, RevisionId: string },
};
export interface AddLayerVersionPermissionResponse {
  Statement?: string;
  RevisionId?: string;
}
export const NamespacedFunctionName: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern:
    "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?",
};
export type NamespacedFunctionName = string;
export const Principal: ModelScalar = { type: "string", pattern: "[^\\s]+" };
export type Principal = string;
export const Arn: ModelScalar = {
  type: "string",
  pattern: "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
};
export type Arn = string;
export const SourceOwner: ModelScalar = { type: "string", min: 0, max: 12, pattern: "\\d{12}" };
export type SourceOwner = string;
export const EventSourceToken: ModelScalar = {
  type: "string",
  min: 0,
  max: 256,
  pattern: "[a-zA-Z0-9._\\-]+",
};
export type EventSourceToken = string;
export const NumericLatestPublishedOrAliasQualifier: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+",
};
export type NumericLatestPublishedOrAliasQualifier = string;
export const PrincipalOrgID: ModelScalar = { type: "string", min: 12, max: 34, pattern: "o-[a-z0-9]{10,32}" };
export type PrincipalOrgID = string;
export const FunctionUrlAuthType: ModelScalar = { type: "string", enum: ["NONE", "AWS_IAM"] };
export type FunctionUrlAuthType = string;
export const AddPermissionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "StatementId", "Action", "Principal"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    StatementId: StatementId,
    Action: Action,
    Principal: Principal,
    SourceArn: Arn,
    SourceAccount: SourceOwner,
    EventSourceToken: EventSourceToken,
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    RevisionId: string,
    PrincipalOrgID: PrincipalOrgID,
    FunctionUrlAuthType: FunctionUrlAuthType,
    InvokedViaFunctionUrl: boolean,
  },
};
export interface AddPermissionRequest {
  FunctionName: NamespacedFunctionName;
  StatementId: StatementId;
  Action: Action;
  Principal: Principal;
  SourceArn?: Arn;
  SourceAccount?: SourceOwner;
  EventSourceToken?: EventSourceToken;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  RevisionId?: string;
  PrincipalOrgID?: PrincipalOrgID;
  FunctionUrlAuthType?: FunctionUrlAuthType;
  InvokedViaFunctionUrl?: boolean;
}
export const AddPermissionResponse: ModelStructure = { type: "structure", members: { Statement: string } };
export interface AddPermissionResponse {
  Statement?: string;
}
export const AdditionalVersion: ModelScalar = { type: "string", min: 1, max: 1024, pattern: "[0-9]+" };
export type AdditionalVersion = string;
export const Weight: ModelScalar = { type: "double", min: 0, max: 1 };
export type Weight = number;
export const AdditionalVersionWeights: ModelMap = { type: "map", key: AdditionalVersion, value: Weight };
export type AdditionalVersionWeights = Record<string, Weight>;
export const Alias: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)",
};
export type Alias = string;
export const FunctionArn: ModelScalar = {
  type: "string",
  min: 0,
  max: 10000,
  pattern:
    "arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
};
export type FunctionArn = string;
export const Version: ModelScalar = { type: "string", min: 1, max: 1024, pattern: "(\\$LATEST|[0-9]+)" };
export type Version = string;
export const Description: ModelScalar = { type: "string", min: 0, max: 256 };
export type Description = string;
export const AliasRoutingConfiguration: ModelStructure = {
  type: "structure",
  members: { AdditionalVersionWeights: AdditionalVersionWeights },
};
export interface AliasRoutingConfiguration {
  AdditionalVersionWeights?: AdditionalVersionWeights;
}
export const AliasConfiguration: ModelStructure = {
  type: "structure",
  members: {
    AliasArn: FunctionArn,
    Name: Alias,
    FunctionVersion: Version,
    Description: Description,
    RoutingConfig: AliasRoutingConfiguration,
    RevisionId: string,
  },
};
export interface AliasConfiguration {
  AliasArn?: FunctionArn;
  Name?: Alias;
  FunctionVersion?: Version;
  Description?: Description;
  RoutingConfig?: AliasRoutingConfiguration;
  RevisionId?: string;
}
export const AliasList: ModelList = { type: "list", member: AliasConfiguration };
export type AliasList = AliasConfiguration[];
export const Method: ModelScalar = { type: "string", min: 0, max: 6, pattern: ".*" };
export type Method = string;
export const AllowMethodsList: ModelList = { type: "list", member: Method, min: 0, max: 6 };
export type AllowMethodsList = Method[];
export const Origin: ModelScalar = { type: "string", min: 1, max: 253, pattern: ".*" };
export type Origin = string;
export const AllowOriginsList: ModelList = { type: "list", member: Origin, min: 0, max: 100 };
export type AllowOriginsList = Origin[];
export const SigningProfileVersionArns: ModelList = { type: "list", member: Arn, min: 1, max: 20 };
export type SigningProfileVersionArns = Arn[];
export const AllowedPublishers: ModelStructure = {
  type: "structure",
  required: ["SigningProfileVersionArns"],
  members: { SigningProfileVersionArns: SigningProfileVersionArns },
};
export interface AllowedPublishers {
  SigningProfileVersionArns: SigningProfileVersionArns;
}
export const URI: ModelScalar = { type: "string", min: 1, max: 200, pattern: "[a-zA-Z0-9-\\/*:_+=.@-]*" };
export type URI = string;
export const SchemaRegistryUri: ModelScalar = {
  type: "string",
  min: 1,
  max: 10000,
  pattern: "[a-zA-Z0-9-\\/*:_+=.@-]*",
};
export type SchemaRegistryUri = string;
export const SchemaRegistryEventRecordFormat: ModelScalar = { type: "string", enum: ["JSON", "SOURCE"] };
export type SchemaRegistryEventRecordFormat = string;
export const KafkaSchemaRegistryAuthType: ModelScalar = {
  type: "string",
  enum: ["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"],
};
export type KafkaSchemaRegistryAuthType = string;
export const KafkaSchemaRegistryAccessConfig: ModelStructure = {
  type: "structure",
  members: { Type: KafkaSchemaRegistryAuthType, URI: Arn },
};
export interface KafkaSchemaRegistryAccessConfig {
  Type?: KafkaSchemaRegistryAuthType;
  URI?: Arn;
}
export const KafkaSchemaRegistryAccessConfigList: ModelList = {
  type: "list",
  member: KafkaSchemaRegistryAccessConfig,
};
export type KafkaSchemaRegistryAccessConfigList = KafkaSchemaRegistryAccessConfig[];
export const KafkaSchemaValidationAttribute: ModelScalar = { type: "string", enum: ["KEY", "VALUE"] };
export type KafkaSchemaValidationAttribute = string;
export const KafkaSchemaValidationConfig: ModelStructure = {
  type: "structure",
  members: { Attribute: KafkaSchemaValidationAttribute },
};
export interface KafkaSchemaValidationConfig {
  Attribute?: KafkaSchemaValidationAttribute;
}
export const KafkaSchemaValidationConfigList: ModelList = {
  type: "list",
  member: KafkaSchemaValidationConfig,
};
export type KafkaSchemaValidationConfigList = KafkaSchemaValidationConfig[];
export const KafkaSchemaRegistryConfig: ModelStructure = {
  type: "structure",
  members: {
    SchemaRegistryURI: SchemaRegistryUri,
    EventRecordFormat: SchemaRegistryEventRecordFormat,
    AccessConfigs: KafkaSchemaRegistryAccessConfigList,
    SchemaValidationConfigs: KafkaSchemaValidationConfigList,
  },
};
export interface KafkaSchemaRegistryConfig {
  SchemaRegistryURI?: SchemaRegistryUri;
  EventRecordFormat?: SchemaRegistryEventRecordFormat;
  AccessConfigs?: KafkaSchemaRegistryAccessConfigList;
  SchemaValidationConfigs?: KafkaSchemaValidationConfigList;
}
export const AmazonManagedKafkaEventSourceConfig: ModelStructure = {
  type: "structure",
  members: { ConsumerGroupId: URI, SchemaRegistryConfig: KafkaSchemaRegistryConfig },
};
export interface AmazonManagedKafkaEventSourceConfig {
  ConsumerGroupId?: URI;
  SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}
export const ApplicationLogLevel: ModelScalar = {
  type: "string",
  enum: ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
};
export type ApplicationLogLevel = string;
export const Architecture: ModelScalar = { type: "string", enum: ["x86_64", "arm64"] };
export type Architecture = string;
export const ArchitecturesList: ModelList = { type: "list", member: Architecture, min: 1, max: 1 };
export type ArchitecturesList = Architecture[];
export const AttemptCount: ModelScalar = { type: "integer", min: 0 };
export type AttemptCount = number;
export const BatchSize: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type BatchSize = number;
export const BinaryOperationPayload: ModelScalar = { type: "blob", min: 0, max: 262144 };
export type BinaryOperationPayload = string;
export const BlobStream: ModelScalar = { type: "blob", streaming: true };
export type BlobStream = Uint8Array;
export const CallbackId: ModelScalar = { type: "string", min: 1, max: 1024, pattern: "[A-Za-z0-9+/]+={0,2}" };
export type CallbackId = string;
export const OperationPayload: ModelScalar = { type: "string", min: 0, max: 6291456 };
export type OperationPayload = string;
export const StackTraceEntries: ModelList = { type: "list", member: string };
export type StackTraceEntries = string[];
export const ErrorObject: ModelStructure = {
  type: "structure",
  members: { ErrorMessage: string, ErrorType: string, ErrorData: string, StackTrace: StackTraceEntries },
};
export interface ErrorObject {
  ErrorMessage?: string;
  ErrorType?: string;
  ErrorData?: string;
  StackTrace?: StackTraceEntries;
}
export const CallbackDetails: ModelStructure = {
  type: "structure",
  members: { CallbackId: CallbackId, Result: OperationPayload, Error: ErrorObject },
};
export interface CallbackDetails {
  CallbackId?: CallbackId;
  Result?: OperationPayload;
  Error?: ErrorObject;
}
export const EventError: ModelStructure = {
  type: "structure",
  members: { Payload: ErrorObject, Truncated: boolean },
};
export interface EventError {
  Payload?: ErrorObject;
  Truncated?: boolean;
}
export const CallbackFailedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface CallbackFailedDetails {
  Error: EventError;
}
export const DurationSeconds: ModelScalar = { type: "integer", min: 0 };
export type DurationSeconds = number;
export const CallbackOptions: ModelStructure = {
  type: "structure",
  members: { TimeoutSeconds: DurationSeconds, HeartbeatTimeoutSeconds: DurationSeconds },
};
export interface CallbackOptions {
  TimeoutSeconds?: DurationSeconds;
  HeartbeatTimeoutSeconds?: DurationSeconds;
}
export const CallbackStartedDetails: ModelStructure = {
  type: "structure",
  required: ["CallbackId"],
  members: { CallbackId: CallbackId, HeartbeatTimeout: DurationSeconds, Timeout: DurationSeconds },
};
export interface CallbackStartedDetails {
  CallbackId: CallbackId;
  HeartbeatTimeout?: DurationSeconds;
  Timeout?: DurationSeconds;
}
export const EventResult: ModelStructure = {
  type: "structure",
  members: { Payload: OperationPayload, Truncated: boolean },
};
export interface EventResult {
  Payload?: OperationPayload;
  Truncated?: boolean;
}
export const CallbackSucceededDetails: ModelStructure = {
  type: "structure",
  required: ["Result"],
  members: { Result: EventResult },
};
export interface CallbackSucceededDetails {
  Result: EventResult;
}
export const CallbackTimedOutDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface CallbackTimedOutDetails {
  Error: EventError;
}
export const CallbackTimeoutException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface CallbackTimeoutException {
  Type?: string;
  Message?: string;
}
export const CapacityProviderArn: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern:
    "arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+",
};
export type CapacityProviderArn = string;
export const CapacityProviderState: ModelScalar = {
  type: "string",
  enum: ["Pending", "Active", "Failed", "Deleting"],
};
export type CapacityProviderState = string;
export const CapacityProviderSubnetIds: ModelList = { type: "list", member: string, min: 1, max: 16 };
export type CapacityProviderSubnetIds = string[];
export const CapacityProviderSecurityGroupIds: ModelList = { type: "list", member: string, min: 0, max: 5 };
export type CapacityProviderSecurityGroupIds = string[];
export const CapacityProviderVpcConfig: ModelStructure = {
  type: "structure",
  required: ["SubnetIds", "SecurityGroupIds"],
  members: { SubnetIds: CapacityProviderSubnetIds, SecurityGroupIds: CapacityProviderSecurityGroupIds },
};
export interface CapacityProviderVpcConfig {
  SubnetIds: CapacityProviderSubnetIds;
  SecurityGroupIds: CapacityProviderSecurityGroupIds;
}
export const RoleArn: ModelScalar = {
  type: "string",
  pattern: "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
};
export type RoleArn = string;
export const CapacityProviderPermissionsConfig: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderOperatorRoleArn"],
  members: { CapacityProviderOperatorRoleArn: RoleArn },
};
export interface CapacityProviderPermissionsConfig {
  CapacityProviderOperatorRoleArn: RoleArn;
}
export const InstanceType: ModelScalar = { type: "string", min: 1, max: 30, pattern: "[a-zA-Z0-9\\.\\-]+" };
export type InstanceType = string;
export const InstanceTypeSet: ModelList = { type: "list", member: InstanceType, min: 0, max: 400 };
export type InstanceTypeSet = InstanceType[];
export const InstanceRequirements: ModelStructure = {
  type: "structure",
  members: {
    Architectures: ArchitecturesList,
    AllowedInstanceTypes: InstanceTypeSet,
    ExcludedInstanceTypes: InstanceTypeSet,
  },
};
export interface InstanceRequirements {
  Architectures?: ArchitecturesList;
  AllowedInstanceTypes?: InstanceTypeSet;
  ExcludedInstanceTypes?: InstanceTypeSet;
}
export const CapacityProviderMaxVCpuCount: ModelScalar = { type: "integer", min: 2, max: 15000 };
export type CapacityProviderMaxVCpuCount = number;
export const CapacityProviderScalingMode: ModelScalar = { type: "string", enum: ["Auto", "Manual"] };
export type CapacityProviderScalingMode = string;
export const CapacityProviderPredefinedMetricType: ModelScalar = {
  type: "string",
  enum: ["LambdaCapacityProviderAverageCPUUtilization"],
};
export type CapacityProviderPredefinedMetricType = string;
export const MetricTargetValue: ModelScalar = { type: "double", min: 0, max: 100 };
export type MetricTargetValue = number;
export const TargetTrackingScalingPolicy: ModelStructure = {
  type: "structure",
  required: ["PredefinedMetricType", "TargetValue"],
  members: { PredefinedMetricType: CapacityProviderPredefinedMetricType, TargetValue: MetricTargetValue },
};
export interface TargetTrackingScalingPolicy {
  PredefinedMetricType: CapacityProviderPredefinedMetricType;
  TargetValue: MetricTargetValue;
}
export const CapacityProviderScalingPoliciesList: ModelList = {
  type: "list",
  member: TargetTrackingScalingPolicy,
  min: 1,
  max: 10,
};
export type CapacityProviderScalingPoliciesList = TargetTrackingScalingPolicy[];
export const CapacityProviderScalingConfig: ModelStructure = {
  type: "structure",
  members: {
    MaxVCpuCount: CapacityProviderMaxVCpuCount,
    ScalingMode: CapacityProviderScalingMode,
    ScalingPolicies: CapacityProviderScalingPoliciesList,
  },
};
export interface CapacityProviderScalingConfig {
  MaxVCpuCount?: CapacityProviderMaxVCpuCount;
  ScalingMode?: CapacityProviderScalingMode;
  ScalingPolicies?: CapacityProviderScalingPoliciesList;
}
export const KMSKeyArn: ModelScalar = { type: "string", pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()" };
export type KMSKeyArn = string;
export const CapacityProvider: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderArn", "State", "VpcConfig", "PermissionsConfig"],
  members: {
    CapacityProviderArn: CapacityProviderArn,
    State: CapacityProviderState,
    VpcConfig: CapacityProviderVpcConfig,
    PermissionsConfig: CapacityProviderPermissionsConfig,
    InstanceRequirements: InstanceRequirements,
    CapacityProviderScalingConfig: CapacityProviderScalingConfig,
    KmsKeyArn: KMSKeyArn,
    LastModified: string,
  },
};
export interface CapacityProvider {
  CapacityProviderArn: CapacityProviderArn;
  State: CapacityProviderState;
  VpcConfig: CapacityProviderVpcConfig;
  PermissionsConfig: CapacityProviderPermissionsConfig;
  InstanceRequirements?: InstanceRequirements;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
  KmsKeyArn?: KMSKeyArn;
  LastModified?: string;
}
export const PerExecutionEnvironmentMaxConcurrency: ModelScalar = { type: "integer", min: 1, max: 1600 };
export type PerExecutionEnvironmentMaxConcurrency = number;
export const ExecutionEnvironmentMemoryGiBPerVCpu: ModelScalar = { type: "double", min: 2, max: 8 };
export type ExecutionEnvironmentMemoryGiBPerVCpu = number;
export const LambdaManagedInstancesCapacityProviderConfig: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderArn"],
  members: {
    CapacityProviderArn: CapacityProviderArn,
    PerExecutionEnvironmentMaxConcurrency: PerExecutionEnvironmentMaxConcurrency,
    ExecutionEnvironmentMemoryGiBPerVCpu: ExecutionEnvironmentMemoryGiBPerVCpu,
  },
};
export interface LambdaManagedInstancesCapacityProviderConfig {
  CapacityProviderArn: CapacityProviderArn;
  PerExecutionEnvironmentMaxConcurrency?: PerExecutionEnvironmentMaxConcurrency;
  ExecutionEnvironmentMemoryGiBPerVCpu?: ExecutionEnvironmentMemoryGiBPerVCpu;
}
export const CapacityProviderConfig: ModelStructure = {
  type: "structure",
  required: ["LambdaManagedInstancesCapacityProviderConfig"],
  members: { LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig },
};
export interface CapacityProviderConfig {
  LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig;
}
export const CapacityProviderLimitExceededException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface CapacityProviderLimitExceededException {
  Type?: string;
  message?: string;
}
export const CapacityProviderName: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern:
    "(arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+",
};
export type CapacityProviderName = string;
export const CapacityProvidersList: ModelList = { type: "list", member: CapacityProvider, min: 0, max: 50 };
export type CapacityProvidersList = CapacityProvider[];
export const ChainedInvokeDetails: ModelStructure = {
  type: "structure",
  members: { Result: OperationPayload, Error: ErrorObject },
};
export interface ChainedInvokeDetails {
  Result?: OperationPayload;
  Error?: ErrorObject;
}
export const ChainedInvokeFailedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ChainedInvokeFailedDetails {
  Error: EventError;
}
export const TenantId: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern: "[a-zA-Z0-9\\._:\\/=+\\-@ ]+",
};
export type TenantId = string;
export const ChainedInvokeOptions: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: NamespacedFunctionName, TenantId: TenantId },
};
export interface ChainedInvokeOptions {
  FunctionName: NamespacedFunctionName;
  TenantId?: TenantId;
}
export const InputPayload: ModelScalar = { type: "string", min: 0, max: 6291456 };
export type InputPayload = string;
export const EventInput: ModelStructure = {
  type: "structure",
  members: { Payload: InputPayload, Truncated: boolean },
};
export interface EventInput {
  Payload?: InputPayload;
  Truncated?: boolean;
}
export const VersionWithLatestPublished: ModelScalar = {
  type: "string",
  min: 1,
  max: 1024,
  pattern: "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)",
};
export type VersionWithLatestPublished = string;
export const DurableExecutionArn: ModelScalar = {
  type: "string",
  min: 1,
  max: 1024,
  pattern:
    "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)",
};
export type DurableExecutionArn = string;
export const ChainedInvokeStartedDetails: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: NamespacedFunctionName,
    TenantId: TenantId,
    Input: EventInput,
    ExecutedVersion: VersionWithLatestPublished,
    DurableExecutionArn: DurableExecutionArn,
  },
};
export interface ChainedInvokeStartedDetails {
  FunctionName: NamespacedFunctionName;
  TenantId?: TenantId;
  Input?: EventInput;
  ExecutedVersion?: VersionWithLatestPublished;
  DurableExecutionArn?: DurableExecutionArn;
}
export const ChainedInvokeStoppedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ChainedInvokeStoppedDetails {
  Error: EventError;
}
export const ChainedInvokeSucceededDetails: ModelStructure = {
  type: "structure",
  required: ["Result"],
  members: { Result: EventResult },
};
export interface ChainedInvokeSucceededDetails {
  Result: EventResult;
}
export const ChainedInvokeTimedOutDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ChainedInvokeTimedOutDetails {
  Error: EventError;
}
export const CheckpointToken: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "[A-Za-z0-9+/]+={0,2}",
};
export type CheckpointToken = string;
export const OperationId: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[a-zA-Z0-9-_]+" };
export type OperationId = string;
export const OperationName: ModelScalar = { type: "string", min: 1, max: 256, pattern: "[\\x20-\\x7E]+" };
export type OperationName = string;
export const OperationType: ModelScalar = {
  type: "string",
  enum: ["EXECUTION", "CONTEXT", "STEP", "WAIT", "CALLBACK", "CHAINED_INVOKE"],
};
export type OperationType = string;
export const OperationSubType: ModelScalar = { type: "string", min: 1, max: 32, pattern: "[a-zA-Z0-9-_]+" };
export type OperationSubType = string;
export const OperationAction: ModelScalar = {
  type: "string",
  enum: ["START", "SUCCEED", "FAIL", "RETRY", "CANCEL"],
};
export type OperationAction = string;
export const ContextOptions: ModelStructure = { type: "structure", members: { ReplayChildren: boolean } };
export interface ContextOptions {
  ReplayChildren?: boolean;
}
export const StepOptionsNextAttemptDelaySecondsInteger: ModelScalar = {
  type: "integer",
  min: 1,
  max: 31622400,
};
export type StepOptionsNextAttemptDelaySecondsInteger = number;
export const StepOptions: ModelStructure = {
  type: "structure",
  members: { NextAttemptDelaySeconds: StepOptionsNextAttemptDelaySecondsInteger },
};
export interface StepOptions {
  NextAttemptDelaySeconds?: StepOptionsNextAttemptDelaySecondsInteger;
}
export const WaitOptionsWaitSecondsInteger: ModelScalar = { type: "integer", min: 1, max: 31622400 };
export type WaitOptionsWaitSecondsInteger = number;
export const WaitOptions: ModelStructure = {
  type: "structure",
  members: { WaitSeconds: WaitOptionsWaitSecondsInteger },
};
export interface WaitOptions {
  WaitSeconds?: WaitOptionsWaitSecondsInteger;
}
export const OperationUpdate: ModelStructure = {
  type: "structure",
  required: ["Id", "Type", "Action"],
  members: {
    Id: OperationId,
    ParentId: OperationId,
    Name: OperationName,
    Type: OperationType,
    SubType: OperationSubType,
    Action: OperationAction,
    Payload: OperationPayload,
    Error: ErrorObject,
    ContextOptions: ContextOptions,
    StepOptions: StepOptions,
    WaitOptions: WaitOptions,
    CallbackOptions: CallbackOptions,
    ChainedInvokeOptions: ChainedInvokeOptions,
  },
};
export interface OperationUpdate {
  Id: OperationId;
  ParentId?: OperationId;
  Name?: OperationName;
  Type: OperationType;
  SubType?: OperationSubType;
  Action: OperationAction;
  Payload?: OperationPayload;
  Error?: ErrorObject;
  ContextOptions?: ContextOptions;
  StepOptions?: StepOptions;
  WaitOptions?: WaitOptions;
  CallbackOptions?: CallbackOptions;
  ChainedInvokeOptions?: ChainedInvokeOptions;
}
export const OperationUpdates: ModelList = { type: "list", member: OperationUpdate };
export type OperationUpdates = OperationUpdate[];
export const ClientToken: ModelScalar = { type: "string", min: 1, max: 64, pattern: "[\\x21-\\x7E]+" };
export type ClientToken = string;
export const CheckpointDurableExecutionRequest: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn", "CheckpointToken"],
  members: {
    DurableExecutionArn: { ...DurableExecutionArn, location: "uri" },
    CheckpointToken: CheckpointToken,
    Updates: OperationUpdates,
    ClientToken: { ...ClientToken, idempotencyToken: true },
  },
};
export interface CheckpointDurableExecutionRequest {
  DurableExecutionArn: DurableExecutionArn;
  CheckpointToken: CheckpointToken;
  Updates?: OperationUpdates;
  ClientToken?: ClientToken;
}
export const OperationStatus: ModelScalar = {
  type: "string",
  enum: ["STARTED", "PENDING", "READY", "SUCCEEDED", "FAILED", "CANCELLED", "TIMED_OUT", "STOPPED"],
};
export type OperationStatus = string;
export const ExecutionDetails: ModelStructure = {
  type: "structure",
  members: { InputPayload: InputPayload },
};
export interface ExecutionDetails {
  InputPayload?: InputPayload;
}
export const ContextDetails: ModelStructure = {
  type: "structure",
  members: { ReplayChildren: boolean, Result: OperationPayload, Error: ErrorObject },
};
export interface ContextDetails {
  ReplayChildren?: boolean;
  Result?: OperationPayload;
  Error?: ErrorObject;
}
export const StepDetails: ModelStructure = {
  type: "structure",
  members: {
    Attempt: AttemptCount,
    NextAttemptTimestamp: timestamp,
    Result: OperationPayload,
    Error: ErrorObject,
  },
};
export interface StepDetails {
  Attempt?: AttemptCount;
  NextAttemptTimestamp?: number;
  Result?: OperationPayload;
  Error?: ErrorObject;
}
export const WaitDetails: ModelStructure = {
  type: "structure",
  members: { ScheduledEndTimestamp: timestamp },
};
export interface WaitDetails {
  ScheduledEndTimestamp?: number;
}
export const Operation: ModelStructure = {
  type: "structure",
  required: ["Id", "Type", "StartTimestamp", "Status"],
  members: {
    Id: OperationId,
    ParentId: OperationId,
    Name: OperationName,
    Type: OperationType,
    SubType: OperationSubType,
    StartTimestamp: timestamp,
    EndTimestamp: timestamp,
    Status: OperationStatus,
    ExecutionDetails: ExecutionDetails,
    ContextDetails: ContextDetails,
    StepDetails: StepDetails,
    WaitDetails: WaitDetails,
    CallbackDetails: CallbackDetails,
    ChainedInvokeDetails: ChainedInvokeDetails,
  },
};
export interface Operation {
  Id: OperationId;
  ParentId?: OperationId;
  Name?: OperationName;
  Type: OperationType;
  SubType?: OperationSubType;
  StartTimestamp: number;
  EndTimestamp?: number;
  Status: OperationStatus;
  ExecutionDetails?: ExecutionDetails;
  ContextDetails?: ContextDetails;
  StepDetails?: StepDetails;
  WaitDetails?: WaitDetails;
  CallbackDetails?: CallbackDetails;
  ChainedInvokeDetails?: ChainedInvokeDetails;
}
export const Operations: ModelList = { type: "list", member: Operation };
export type Operations = Operation[];
export const CheckpointUpdatedExecutionState: ModelStructure = {
  type: "structure",
  members: { Operations: Operations, NextMarker: string },
};
export interface CheckpointUpdatedExecutionState {
  Operations?: Operations;
  NextMarker?: string;
}
export const CheckpointDurableExecutionResponse: ModelStructure = {
  type: "structure",
  required: ["NewExecutionState"],
  members: { CheckpointToken: CheckpointToken, NewExecutionState: CheckpointUpdatedExecutionState },
};
export interface CheckpointDurableExecutionResponse {
  CheckpointToken?: CheckpointToken;
  NewExecutionState: CheckpointUpdatedExecutionState;
}
export const CodeSigningConfigId: ModelScalar = { type: "string", pattern: "csc-[a-zA-Z0-9-_\\.]{17}" };
export type CodeSigningConfigId = string;
export const CodeSigningConfigArn: ModelScalar = {
  type: "string",
  min: 0,
  max: 200,
  pattern:
    "arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}",
};
export type CodeSigningConfigArn = string;
export const CodeSigningPolicy: ModelScalar = { type: "string", enum: ["Warn", "Enforce"] };
export type CodeSigningPolicy = string;
export const CodeSigningPolicies: ModelStructure = {
  type: "structure",
  members: { UntrustedArtifactOnDeployment: CodeSigningPolicy },
};
export interface CodeSigningPolicies {
  UntrustedArtifactOnDeployment?: CodeSigningPolicy;
}
export const CodeSigningConfig: ModelStructure = {
  type: "structure",
  required: [
    "CodeSigningConfigId",
    "CodeSigningConfigArn",
    "AllowedPublishers",
    "CodeSigningPolicies",
    "LastModified",
  ],
  members: {
    CodeSigningConfigId: CodeSigningConfigId,
    CodeSigningConfigArn: CodeSigningConfigArn,
    Description: Description,
    AllowedPublishers: AllowedPublishers,
    CodeSigningPolicies: CodeSigningPolicies,
    LastModified: string,
  },
};
export interface CodeSigningConfig {
  CodeSigningConfigId: CodeSigningConfigId;
  CodeSigningConfigArn: CodeSigningConfigArn;
  Description?: Description;
  AllowedPublishers: AllowedPublishers;
  CodeSigningPolicies: CodeSigningPolicies;
  LastModified: string;
}
export const CodeSigningConfigList: ModelList = { type: "list", member: CodeSigningConfig };
export type CodeSigningConfigList = CodeSigningConfig[];
export const CodeSigningConfigNotFoundException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface CodeSigningConfigNotFoundException {
  Type?: string;
  Message?: string;
}
export const CodeStorageExceededException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface CodeStorageExceededException {
  Type?: string;
  message?: string;
}
export const CodeVerificationFailedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface CodeVerificationFailedException {
  Type?: string;
  Message?: string;
}
export const CollectionName: ModelScalar = {
  type: "string",
  min: 1,
  max: 57,
  pattern: "(^(?!(system\\x2e)))(^[_a-zA-Z0-9])([^$]*)",
};
export type CollectionName = string;
export const CompatibleArchitectures: ModelList = { type: "list", member: Architecture, min: 0, max: 2 };
export type CompatibleArchitectures = Architecture[];
export const Runtime: ModelScalar = {
  type: "string",
  enum: [
    "nodejs",
    "nodejs4.3",
    "nodejs6.10",
    "nodejs8.10",
    "nodejs10.x",
    "nodejs12.x",
    "nodejs14.x",
    "nodejs16.x",
    "java8",
    "java8.al2",
    "java11",
    "python2.7",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "dotnet6",
    "dotnet8",
    "nodejs4.3-edge",
    "go1.x",
    "ruby2.5",
    "ruby2.7",
    "provided",
    "provided.al2",
    "nodejs18.x",
    "python3.10",
    "java17",
    "ruby3.2",
    "ruby3.3",
    "ruby3.4",
    "python3.11",
    "nodejs20.x",
    "provided.al2023",
    "python3.12",
    "java21",
    "python3.13",
    "nodejs22.x",
    "nodejs24.x",
    "python3.14",
    "java25",
    "dotnet10",
    "ruby4.0",
  ],
};
export type Runtime = string;
export const CompatibleRuntimes: ModelList = { type: "list", member: Runtime, min: 0, max: 15 };
export type CompatibleRuntimes = Runtime[];
export const ReservedConcurrentExecutions: ModelScalar = { type: "integer", min: 0 };
export type ReservedConcurrentExecutions = number;
export const Concurrency: ModelStructure = {
  type: "structure",
  members: { ReservedConcurrentExecutions: ReservedConcurrentExecutions },
};
export interface Concurrency {
  ReservedConcurrentExecutions?: ReservedConcurrentExecutions;
}
export const ContextFailedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ContextFailedDetails {
  Error: EventError;
}
export const ContextStartedDetails: ModelStructure = { type: "structure", members: {} };
export type ContextStartedDetails = Record<string, never>;
export const ContextSucceededDetails: ModelStructure = {
  type: "structure",
  required: ["Result"],
  members: { Result: EventResult },
};
export interface ContextSucceededDetails {
  Result: EventResult;
}
export const Header: ModelScalar = { type: "string", min: 0, max: 1024, pattern: ".*" };
export type Header = string;
export const HeadersList: ModelList = { type: "list", member: Header, min: 0, max: 100 };
export type HeadersList = Header[];
export const MaxAge: ModelScalar = { type: "integer", min: 0, max: 86400 };
export type MaxAge = number;
export const Cors: ModelStructure = {
  type: "structure",
  members: {
    AllowCredentials: boolean,
    AllowHeaders: HeadersList,
    AllowMethods: AllowMethodsList,
    AllowOrigins: AllowOriginsList,
    ExposeHeaders: HeadersList,
    MaxAge: MaxAge,
  },
};
export interface Cors {
  AllowCredentials?: boolean;
  AllowHeaders?: HeadersList;
  AllowMethods?: AllowMethodsList;
  AllowOrigins?: AllowOriginsList;
  ExposeHeaders?: HeadersList;
  MaxAge?: MaxAge;
}
export const FunctionName: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern:
    "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
};
export type FunctionName = string;
export const CreateAliasRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Name", "FunctionVersion"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Name: Alias,
    FunctionVersion: VersionWithLatestPublished,
    Description: Description,
    RoutingConfig: AliasRoutingConfiguration,
  },
};
export interface CreateAliasRequest {
  FunctionName: FunctionName;
  Name: Alias;
  FunctionVersion: VersionWithLatestPublished;
  Description?: Description;
  RoutingConfig?: AliasRoutingConfiguration;
}
export const KMSKeyArnNonEmpty: ModelScalar = {
  type: "string",
  min: 0,
  max: 10000,
  pattern: "arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*",
};
export type KMSKeyArnNonEmpty = string;
export const Tags: ModelMap = { type: "map", key: string, value: string };
export type Tags = Record<string, string>;
export const CreateCapacityProviderRequest: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderName", "VpcConfig", "PermissionsConfig"],
  members: {
    CapacityProviderName: CapacityProviderName,
    VpcConfig: CapacityProviderVpcConfig,
    PermissionsConfig: CapacityProviderPermissionsConfig,
    InstanceRequirements: InstanceRequirements,
    CapacityProviderScalingConfig: CapacityProviderScalingConfig,
    KmsKeyArn: KMSKeyArnNonEmpty,
    Tags: Tags,
  },
};
export interface CreateCapacityProviderRequest {
  CapacityProviderName: CapacityProviderName;
  VpcConfig: CapacityProviderVpcConfig;
  PermissionsConfig: CapacityProviderPermissionsConfig;
  InstanceRequirements?: InstanceRequirements;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
  KmsKeyArn?: KMSKeyArnNonEmpty;
  Tags?: Tags;
}
export const CreateCapacityProviderResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProvider"],
  members: { CapacityProvider: CapacityProvider },
};
export interface CreateCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}
export const CreateCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["AllowedPublishers"],
  members: {
    Description: Description,
    AllowedPublishers: AllowedPublishers,
    CodeSigningPolicies: CodeSigningPolicies,
    Tags: Tags,
  },
};
export interface CreateCodeSigningConfigRequest {
  Description?: Description;
  AllowedPublishers: AllowedPublishers;
  CodeSigningPolicies?: CodeSigningPolicies;
  Tags?: Tags;
}
export const CreateCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfig"],
  members: { CodeSigningConfig: CodeSigningConfig },
};
export interface CreateCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}
export const Pattern: ModelScalar = { type: "string", min: 0, max: 4096, pattern: ".*" };
export type Pattern = string;
export const Filter: ModelStructure = { type: "structure", members: { Pattern: Pattern } };
export interface Filter {
  Pattern?: Pattern;
}
export const FilterList: ModelList = { type: "list", member: Filter };
export type FilterList = Filter[];
export const FilterCriteria: ModelStructure = { type: "structure", members: { Filters: FilterList } };
export interface FilterCriteria {
  Filters?: FilterList;
}
export const MaximumBatchingWindowInSeconds: ModelScalar = { type: "integer", min: 0, max: 300 };
export type MaximumBatchingWindowInSeconds = number;
export const ParallelizationFactor: ModelScalar = { type: "integer", min: 1, max: 10 };
export type ParallelizationFactor = number;
export const EventSourcePosition: ModelScalar = {
  type: "string",
  enum: ["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"],
};
export type EventSourcePosition = string;
export const DestinationArn: ModelScalar = {
  type: "string",
  min: 0,
  max: 350,
  pattern:
    "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
};
export type DestinationArn = string;
export const OnSuccess: ModelStructure = { type: "structure", members: { Destination: DestinationArn } };
export interface OnSuccess {
  Destination?: DestinationArn;
}
export const OnFailure: ModelStructure = { type: "structure", members: { Destination: DestinationArn } };
export interface OnFailure {
  Destination?: DestinationArn;
}
export const DestinationConfig: ModelStructure = {
  type: "structure",
  members: { OnSuccess: OnSuccess, OnFailure: OnFailure },
};
export interface DestinationConfig {
  OnSuccess?: OnSuccess;
  OnFailure?: OnFailure;
}
export const MaximumRecordAgeInSeconds: ModelScalar = { type: "integer", min: -1, max: 604800 };
export type MaximumRecordAgeInSeconds = number;
export const MaximumRetryAttemptsEventSourceMapping: ModelScalar = { type: "integer", min: -1, max: 10000 };
export type MaximumRetryAttemptsEventSourceMapping = number;
export const TumblingWindowInSeconds: ModelScalar = { type: "integer", min: 0, max: 900 };
export type TumblingWindowInSeconds = number;
export const Topic: ModelScalar = { type: "string", min: 1, max: 249, pattern: "[^.]([a-zA-Z0-9\\-_.]+)" };
export type Topic = string;
export const Topics: ModelList = { type: "list", member: Topic, min: 1, max: 1 };
export type Topics = Topic[];
export const Queue: ModelScalar = { type: "string", min: 1, max: 1000, pattern: "[\\s\\S]*" };
export type Queue = string;
export const Queues: ModelList = { type: "list", member: Queue, min: 1, max: 1 };
export type Queues = Queue[];
export const SourceAccessType: ModelScalar = {
  type: "string",
  enum: [
    "BASIC_AUTH",
    "VPC_SUBNET",
    "VPC_SECURITY_GROUP",
    "SASL_SCRAM_512_AUTH",
    "SASL_SCRAM_256_AUTH",
    "VIRTUAL_HOST",
    "CLIENT_CERTIFICATE_TLS_AUTH",
    "SERVER_ROOT_CA_CERTIFICATE",
  ],
};
export type SourceAccessType = string;
export const SourceAccessConfiguration: ModelStructure = {
  type: "structure",
  members: { Type: SourceAccessType, URI: URI },
};
export interface SourceAccessConfiguration {
  Type?: SourceAccessType;
  URI?: URI;
}
export const SourceAccessConfigurations: ModelList = {
  type: "list",
  member: SourceAccessConfiguration,
  min: 0,
  max: 22,
};
export type SourceAccessConfigurations = SourceAccessConfiguration[];
export const EndPointType: ModelScalar = { type: "string", enum: ["KAFKA_BOOTSTRAP_SERVERS"] };
export type EndPointType = string;
export const Endpoint: ModelScalar = {
  type: "string",
  min: 1,
  max: 300,
  pattern:
    "(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}",
};
export type Endpoint = string;
export const EndpointLists: ModelList = { type: "list", member: Endpoint, min: 1, max: 10 };
export type EndpointLists = Endpoint[];
export const Endpoints: ModelMap = { type: "map", key: EndPointType, value: EndpointLists, min: 1, max: 2 };
export type Endpoints = Record<string, EndpointLists>;
export const SelfManagedEventSource: ModelStructure = {
  type: "structure",
  members: { Endpoints: Endpoints },
};
export interface SelfManagedEventSource {
  Endpoints?: Endpoints;
}
export const FunctionResponseType: ModelScalar = { type: "string", enum: ["ReportBatchItemFailures"] };
export type FunctionResponseType = string;
export const FunctionResponseTypeList: ModelList = {
  type: "list",
  member: FunctionResponseType,
  min: 0,
  max: 1,
};
export type FunctionResponseTypeList = FunctionResponseType[];
export const SelfManagedKafkaEventSourceConfig: ModelStructure = {
  type: "structure",
  members: { ConsumerGroupId: URI, SchemaRegistryConfig: KafkaSchemaRegistryConfig },
};
export interface SelfManagedKafkaEventSourceConfig {
  ConsumerGroupId?: URI;
  SchemaRegistryConfig?: KafkaSchemaRegistryConfig;
}
export const MaximumConcurrency: ModelScalar = { type: "integer", min: 2, max: 1000 };
export type MaximumConcurrency = number;
export const ScalingConfig: ModelStructure = {
  type: "structure",
  members: { MaximumConcurrency: MaximumConcurrency },
};
export interface ScalingConfig {
  MaximumConcurrency?: MaximumConcurrency;
}
export const DatabaseName: ModelScalar = { type: "string", min: 1, max: 63, pattern: "[^ /\\.$\\x22]*" };
export type DatabaseName = string;
export const FullDocument: ModelScalar = { type: "string", enum: ["UpdateLookup", "Default"] };
export type FullDocument = string;
export const DocumentDBEventSourceConfig: ModelStructure = {
  type: "structure",
  members: { DatabaseName: DatabaseName, CollectionName: CollectionName, FullDocument: FullDocument },
};
export interface DocumentDBEventSourceConfig {
  DatabaseName?: DatabaseName;
  CollectionName?: CollectionName;
  FullDocument?: FullDocument;
}
export const EventSourceMappingMetric: ModelScalar = {
  type: "string",
  enum: ["EventCount", "ErrorCount", "KafkaMetrics"],
};
export type EventSourceMappingMetric = string;
export const EventSourceMappingMetricList: ModelList = {
  type: "list",
  member: EventSourceMappingMetric,
  min: 0,
  max: 3,
};
export type EventSourceMappingMetricList = EventSourceMappingMetric[];
export const EventSourceMappingMetricsConfig: ModelStructure = {
  type: "structure",
  members: { Metrics: EventSourceMappingMetricList },
};
export interface EventSourceMappingMetricsConfig {
  Metrics?: EventSourceMappingMetricList;
}
export const EventSourceMappingSystemLogLevel: ModelScalar = {
  type: "string",
  enum: ["DEBUG", "INFO", "WARN"],
};
export type EventSourceMappingSystemLogLevel = string;
export const EventSourceMappingLoggingConfig: ModelStructure = {
  type: "structure",
  members: { SystemLogLevel: EventSourceMappingSystemLogLevel },
};
export interface EventSourceMappingLoggingConfig {
  SystemLogLevel?: EventSourceMappingSystemLogLevel;
}
export const MinimumNumberOfPollers: ModelScalar = { type: "integer", min: 1, max: 200 };
export type MinimumNumberOfPollers = number;
export const MaximumNumberOfPollers: ModelScalar = { type: "integer", min: 1, max: 2000 };
export type MaximumNumberOfPollers = number;
export const ProvisionedPollerGroupName: ModelScalar = {
  type: "string",
  min: 0,
  max: 128,
  pattern: "[a-zA-Z0-9-_]*",
};
export type ProvisionedPollerGroupName = string;
export const ProvisionedPollerConfig: ModelStructure = {
  type: "structure",
  members: {
    MinimumPollers: MinimumNumberOfPollers,
    MaximumPollers: MaximumNumberOfPollers,
    PollerGroupName: ProvisionedPollerGroupName,
  },
};
export interface ProvisionedPollerConfig {
  MinimumPollers?: MinimumNumberOfPollers;
  MaximumPollers?: MaximumNumberOfPollers;
  PollerGroupName?: ProvisionedPollerGroupName;
}
export const CreateEventSourceMappingRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    EventSourceArn: Arn,
    FunctionName: NamespacedFunctionName,
    Enabled: boolean,
    BatchSize: BatchSize,
    FilterCriteria: FilterCriteria,
    MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds,
    ParallelizationFactor: ParallelizationFactor,
    StartingPosition: EventSourcePosition,
    StartingPositionTimestamp: timestamp,
    DestinationConfig: DestinationConfig,
    MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: boolean,
    MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping,
    Tags: Tags,
    TumblingWindowInSeconds: TumblingWindowInSeconds,
    Topics: Topics,
    Queues: Queues,
    SourceAccessConfigurations: SourceAccessConfigurations,
    SelfManagedEventSource: SelfManagedEventSource,
    FunctionResponseTypes: FunctionResponseTypeList,
    AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig,
    SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig,
    ScalingConfig: ScalingConfig,
    DocumentDBEventSourceConfig: DocumentDBEventSourceConfig,
    KMSKeyArn: KMSKeyArn,
    MetricsConfig: EventSourceMappingMetricsConfig,
    LoggingConfig: EventSourceMappingLoggingConfig,
    ProvisionedPollerConfig: ProvisionedPollerConfig,
  },
};
export interface CreateEventSourceMappingRequest {
  EventSourceArn?: Arn;
  FunctionName: NamespacedFunctionName;
  Enabled?: boolean;
  BatchSize?: BatchSize;
  FilterCriteria?: FilterCriteria;
  MaximumBatchingWindowInSeconds?: MaximumBatchingWindowInSeconds;
  ParallelizationFactor?: ParallelizationFactor;
  StartingPosition?: EventSourcePosition;
  StartingPositionTimestamp?: number;
  DestinationConfig?: DestinationConfig;
  MaximumRecordAgeInSeconds?: MaximumRecordAgeInSeconds;
  BisectBatchOnFunctionError?: boolean;
  MaximumRetryAttempts?: MaximumRetryAttemptsEventSourceMapping;
  Tags?: Tags;
  TumblingWindowInSeconds?: TumblingWindowInSeconds;
  Topics?: Topics;
  Queues?: Queues;
  SourceAccessConfigurations?: SourceAccessConfigurations;
  SelfManagedEventSource?: SelfManagedEventSource;
  FunctionResponseTypes?: FunctionResponseTypeList;
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  ScalingConfig?: ScalingConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  KMSKeyArn?: KMSKeyArn;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export const Handler: ModelScalar = { type: "string", min: 0, max: 128, pattern: "[^\\s]+" };
export type Handler = string;
export const S3Bucket: ModelScalar = {
  type: "string",
  min: 3,
  max: 63,
  pattern: "[0-9A-Za-z\\.\\-_]*(?<!\\.)",
};
export type S3Bucket = string;
export const S3Key: ModelScalar = { type: "string", min: 1, max: 1024 };
export type S3Key = string;
export const S3ObjectVersion: ModelScalar = { type: "string", min: 1, max: 1024 };
export type S3ObjectVersion = string;
export const FunctionCode: ModelStructure = {
  type: "structure",
  members: {
    ZipFile: blob,
    S3Bucket: S3Bucket,
    S3Key: S3Key,
    S3ObjectVersion: S3ObjectVersion,
    ImageUri: string,
    SourceKMSKeyArn: KMSKeyArn,
  },
};
export interface FunctionCode {
  ZipFile?: string;
  S3Bucket?: S3Bucket;
  S3Key?: S3Key;
  S3ObjectVersion?: S3ObjectVersion;
  ImageUri?: string;
  SourceKMSKeyArn?: KMSKeyArn;
}
export const Timeout: ModelScalar = { type: "integer", min: 1 };
export type Timeout = number;
export const MemorySize: ModelScalar = { type: "integer", min: 128, max: 32768 };
export type MemorySize = number;
export const SubnetIds: ModelList = { type: "list", member: string, min: 0, max: 16 };
export type SubnetIds = string[];
export const SecurityGroupIds: ModelList = { type: "list", member: string, min: 0, max: 5 };
export type SecurityGroupIds = string[];
export const VpcConfig: ModelStructure = {
  type: "structure",
  members: { SubnetIds: SubnetIds, SecurityGroupIds: SecurityGroupIds, Ipv6AllowedForDualStack: boolean },
};
export interface VpcConfig {
  SubnetIds?: SubnetIds;
  SecurityGroupIds?: SecurityGroupIds;
  Ipv6AllowedForDualStack?: boolean;
}
export const PackageType: ModelScalar = { type: "string", enum: ["Zip", "Image"] };
export type PackageType = string;
export const ResourceArn: ModelScalar = {
  type: "string",
  pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
};
export type ResourceArn = string;
export const DeadLetterConfig: ModelStructure = { type: "structure", members: { TargetArn: ResourceArn } };
export interface DeadLetterConfig {
  TargetArn?: ResourceArn;
}
export const EnvironmentVariableName: ModelScalar = { type: "string", pattern: "[a-zA-Z]([a-zA-Z0-9_])+" };
export type EnvironmentVariableName = string;
export const EnvironmentVariables: ModelMap = { type: "map", key: EnvironmentVariableName, value: string };
export type EnvironmentVariables = Record<string, string>;
export const Environment: ModelStructure = {
  type: "structure",
  members: { Variables: EnvironmentVariables },
};
export interface Environment {
  Variables?: EnvironmentVariables;
}
export const TracingMode: ModelScalar = { type: "string", enum: ["Active", "PassThrough"] };
export type TracingMode = string;
export const TracingConfig: ModelStructure = { type: "structure", members: { Mode: TracingMode } };
export interface TracingConfig {
  Mode?: TracingMode;
}
export const LayerVersionArn: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern: "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+",
};
export type LayerVersionArn = string;
export const LayerList: ModelList = { type: "list", member: LayerVersionArn };
export type LayerList = LayerVersionArn[];
export const FileSystemArn: ModelScalar = {
  type: "string",
  min: 0,
  max: 256,
  pattern:
    "arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}",
};
export type FileSystemArn = string;
export const LocalMountPath: ModelScalar = {
  type: "string",
  min: 0,
  max: 160,
  pattern: "/mnt/[a-zA-Z0-9-_.]+",
};
export type LocalMountPath = string;
export const FileSystemConfig: ModelStructure = {
  type: "structure",
  required: ["Arn", "LocalMountPath"],
  members: { Arn: FileSystemArn, LocalMountPath: LocalMountPath },
};
export interface FileSystemConfig {
  Arn: FileSystemArn;
  LocalMountPath: LocalMountPath;
}
export const FileSystemConfigList: ModelList = { type: "list", member: FileSystemConfig, min: 0, max: 1 };
export type FileSystemConfigList = FileSystemConfig[];
export const StringList: ModelList = { type: "list", member: string, min: 0, max: 1500 };
export type StringList = string[];
export const WorkingDirectory: ModelScalar = { type: "string", min: 0, max: 1000 };
export type WorkingDirectory = string;
export const ImageConfig: ModelStructure = {
  type: "structure",
  members: { EntryPoint: StringList, Command: StringList, WorkingDirectory: WorkingDirectory },
};
export interface ImageConfig {
  EntryPoint?: StringList;
  Command?: StringList;
  WorkingDirectory?: WorkingDirectory;
}
export const EphemeralStorageSize: ModelScalar = { type: "integer", min: 512, max: 10240 };
export type EphemeralStorageSize = number;
export const EphemeralStorage: ModelStructure = {
  type: "structure",
  required: ["Size"],
  members: { Size: EphemeralStorageSize },
};
export interface EphemeralStorage {
  Size: EphemeralStorageSize;
}
export const SnapStartApplyOn: ModelScalar = { type: "string", enum: ["PublishedVersions", "None"] };
export type SnapStartApplyOn = string;
export const SnapStart: ModelStructure = { type: "structure", members: { ApplyOn: SnapStartApplyOn } };
export interface SnapStart {
  ApplyOn?: SnapStartApplyOn;
}
export const LogFormat: ModelScalar = { type: "string", enum: ["JSON", "Text"] };
export type LogFormat = string;
export const SystemLogLevel: ModelScalar = { type: "string", enum: ["DEBUG", "INFO", "WARN"] };
export type SystemLogLevel = string;
export const LogGroup: ModelScalar = { type: "string", min: 1, max: 512, pattern: "[\\.\\-_/#A-Za-z0-9]+" };
export type LogGroup = string;
export const LoggingConfig: ModelStructure = {
  type: "structure",
  members: {
    LogFormat: LogFormat,
    ApplicationLogLevel: ApplicationLogLevel,
    SystemLogLevel: SystemLogLevel,
    LogGroup: LogGroup,
  },
};
export interface LoggingConfig {
  LogFormat?: LogFormat;
  ApplicationLogLevel?: ApplicationLogLevel;
  SystemLogLevel?: SystemLogLevel;
  LogGroup?: LogGroup;
}
export const FunctionVersionLatestPublished: ModelScalar = { type: "string", enum: ["LATEST_PUBLISHED"] };
export type FunctionVersionLatestPublished = string;
export const RetentionPeriodInDays: ModelScalar = { type: "integer", min: 1, max: 90 };
export type RetentionPeriodInDays = number;
export const ExecutionTimeout: ModelScalar = { type: "integer", min: 1, max: 31622400 };
export type ExecutionTimeout = number;
export const DurableConfig: ModelStructure = {
  type: "structure",
  members: { RetentionPeriodInDays: RetentionPeriodInDays, ExecutionTimeout: ExecutionTimeout },
};
export interface DurableConfig {
  RetentionPeriodInDays?: RetentionPeriodInDays;
  ExecutionTimeout?: ExecutionTimeout;
}
export const TenantIsolationMode: ModelScalar = { type: "string", enum: ["PER_TENANT"] };
export type TenantIsolationMode = string;
export const TenancyConfig: ModelStructure = {
  type: "structure",
  required: ["TenantIsolationMode"],
  members: { TenantIsolationMode: TenantIsolationMode },
};
export interface TenancyConfig {
  TenantIsolationMode: TenantIsolationMode;
}
export const CreateFunctionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Role", "Code"],
  members: {
    FunctionName: FunctionName,
    Runtime: Runtime,
    Role: RoleArn,
    Handler: Handler,
    Code: FunctionCode,
    Description: Description,
    Timeout: Timeout,
    MemorySize: MemorySize,
    Publish: boolean,
    VpcConfig: VpcConfig,
    PackageType: PackageType,
    DeadLetterConfig: DeadLetterConfig,
    Environment: Environment,
    KMSKeyArn: KMSKeyArn,
    TracingConfig: TracingConfig,
    Tags: Tags,
    Layers: LayerList,
    FileSystemConfigs: FileSystemConfigList,
    ImageConfig: ImageConfig,
    CodeSigningConfigArn: CodeSigningConfigArn,
    Architectures: ArchitecturesList,
    EphemeralStorage: EphemeralStorage,
    SnapStart: SnapStart,
    LoggingConfig: LoggingConfig,
    CapacityProviderConfig: CapacityProviderConfig,
    PublishTo: FunctionVersionLatestPublished,
    DurableConfig: DurableConfig,
    TenancyConfig: TenancyConfig,
  },
};
export interface CreateFunctionRequest {
  FunctionName: FunctionName;
  Runtime?: Runtime;
  Role: RoleArn;
  Handler?: Handler;
  Code: FunctionCode;
  Description?: Description;
  Timeout?: Timeout;
  MemorySize?: MemorySize;
  Publish?: boolean;
  VpcConfig?: VpcConfig;
  PackageType?: PackageType;
  DeadLetterConfig?: DeadLetterConfig;
  Environment?: Environment;
  KMSKeyArn?: KMSKeyArn;
  TracingConfig?: TracingConfig;
  Tags?: Tags;
  Layers?: LayerList;
  FileSystemConfigs?: FileSystemConfigList;
  ImageConfig?: ImageConfig;
  CodeSigningConfigArn?: CodeSigningConfigArn;
  Architectures?: ArchitecturesList;
  EphemeralStorage?: EphemeralStorage;
  SnapStart?: SnapStart;
  LoggingConfig?: LoggingConfig;
  CapacityProviderConfig?: CapacityProviderConfig;
  PublishTo?: FunctionVersionLatestPublished;
  DurableConfig?: DurableConfig;
  TenancyConfig?: TenancyConfig;
}
export const FunctionUrlQualifier: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "((?!^\\d+$)^[0-9a-zA-Z-_]+$)",
};
export type FunctionUrlQualifier = string;
export const InvokeMode: ModelScalar = { type: "string", enum: ["BUFFERED", "RESPONSE_STREAM"] };
export type InvokeMode = string;
export const CreateFunctionUrlConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "AuthType"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...FunctionUrlQualifier, location: "querystring" },
    AuthType: FunctionUrlAuthType,
    Cors: Cors,
    InvokeMode: InvokeMode,
  },
};
export interface CreateFunctionUrlConfigRequest {
  FunctionName: FunctionName;
  Qualifier?: FunctionUrlQualifier;
  AuthType: FunctionUrlAuthType;
  Cors?: Cors;
  InvokeMode?: InvokeMode;
}
export const FunctionUrl: ModelScalar = { type: "string", min: 40, max: 100 };
export type FunctionUrl = string;
export const CreateFunctionUrlConfigResponse: ModelStructure = {
  type: "structure",
  required: ["FunctionUrl", "FunctionArn", "AuthType", "CreationTime"],
  members: {
    FunctionUrl: FunctionUrl,
    FunctionArn: FunctionArn,
    AuthType: FunctionUrlAuthType,
    Cors: Cors,
    CreationTime: string,
    InvokeMode: InvokeMode,
  },
};
export interface CreateFunctionUrlConfigResponse {
  FunctionUrl: FunctionUrl;
  FunctionArn: FunctionArn;
  AuthType: FunctionUrlAuthType;
  Cors?: Cors;
  CreationTime: string;
  InvokeMode?: InvokeMode;
}
export const DeleteAliasRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Name"],
  members: { FunctionName: { ...FunctionName, location: "uri" }, Name: { ...Alias, location: "uri" } },
};
export interface DeleteAliasRequest {
  FunctionName: FunctionName;
  Name: Alias;
}
export const DeleteCapacityProviderRequest: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderName"],
  members: { CapacityProviderName: { ...CapacityProviderName, location: "uri" } },
};
export interface DeleteCapacityProviderRequest {
  CapacityProviderName: CapacityProviderName;
}
export const DeleteCapacityProviderResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProvider"],
  members: { CapacityProvider: CapacityProvider },
};
export interface DeleteCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}
export const DeleteCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn"],
  members: { CodeSigningConfigArn: { ...CodeSigningConfigArn, location: "uri" } },
};
export interface DeleteCodeSigningConfigRequest {
  CodeSigningConfigArn: CodeSigningConfigArn;
}
export const DeleteCodeSigningConfigResponse: ModelStructure = { type: "structure", members: {} };
export type DeleteCodeSigningConfigResponse = Record<string, never>;
export const DeleteEventSourceMappingRequest: ModelStructure = {
  type: "structure",
  required: ["UUID"],
  members: { UUID: { ...string, location: "uri" } },
};
export interface DeleteEventSourceMappingRequest {
  UUID: string;
}
export const DeleteFunctionCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: { ...NamespacedFunctionName, location: "uri" } },
};
export interface DeleteFunctionCodeSigningConfigRequest {
  FunctionName: NamespacedFunctionName;
}
export const DeleteFunctionConcurrencyRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: { ...FunctionName, location: "uri" } },
};
export interface DeleteFunctionConcurrencyRequest {
  FunctionName: FunctionName;
}
export const DeleteFunctionEventInvokeConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface DeleteFunctionEventInvokeConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const DeleteFunctionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface DeleteFunctionRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const DeleteFunctionResponse: ModelStructure = {
  type: "structure",
  members: { StatusCode: { ...integer, location: "statusCode" } },
};
export interface DeleteFunctionResponse {
  StatusCode?: number;
}
export const DeleteFunctionUrlConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...FunctionUrlQualifier, location: "querystring" },
  },
};
export interface DeleteFunctionUrlConfigRequest {
  FunctionName: FunctionName;
  Qualifier?: FunctionUrlQualifier;
}
export const DeleteLayerVersionRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "VersionNumber"],
  members: { LayerName: { ...LayerName, location: "uri" }, VersionNumber: { ...long, location: "uri" } },
};
export interface DeleteLayerVersionRequest {
  LayerName: LayerName;
  VersionNumber: number;
}
export const Qualifier: ModelScalar = { type: "string", min: 1, max: 128, pattern: "(|[a-zA-Z0-9$_-]+)" };
export type Qualifier = string;
export const DeleteProvisionedConcurrencyConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Qualifier"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...Qualifier, location: "querystring" },
  },
};
export interface DeleteProvisionedConcurrencyConfigRequest {
  FunctionName: FunctionName;
  Qualifier: Qualifier;
}
export const DurableExecutionAlreadyStartedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface DurableExecutionAlreadyStartedException {
  Type?: string;
  Message?: string;
}
export const DurableExecutionName: ModelScalar = {
  type: "string",
  min: 1,
  max: 64,
  pattern: "[a-zA-Z0-9-_]+",
};
export type DurableExecutionName = string;
export const NameSpacedFunctionArn: ModelScalar = {
  type: "string",
  min: 0,
  max: 10000,
  pattern:
    "arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?",
};
export type NameSpacedFunctionArn = string;
export const ExecutionStatus: ModelScalar = {
  type: "string",
  enum: ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "STOPPED"],
};
export type ExecutionStatus = string;
export const Execution: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn", "DurableExecutionName", "FunctionArn", "Status", "StartTimestamp"],
  members: {
    DurableExecutionArn: DurableExecutionArn,
    DurableExecutionName: DurableExecutionName,
    FunctionArn: NameSpacedFunctionArn,
    Status: ExecutionStatus,
    StartTimestamp: timestamp,
    EndTimestamp: timestamp,
  },
};
export interface Execution {
  DurableExecutionArn: DurableExecutionArn;
  DurableExecutionName: DurableExecutionName;
  FunctionArn: NameSpacedFunctionArn;
  Status: ExecutionStatus;
  StartTimestamp: number;
  EndTimestamp?: number;
}
export const DurableExecutions: ModelList = { type: "list", member: Execution };
export type DurableExecutions = Execution[];
export const EC2AccessDeniedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EC2AccessDeniedException {
  Type?: string;
  Message?: string;
}
export const EC2ThrottledException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EC2ThrottledException {
  Type?: string;
  Message?: string;
}
export const EC2UnexpectedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string, EC2ErrorCode: string },
};
export interface EC2UnexpectedException {
  Type?: string;
  Message?: string;
  EC2ErrorCode?: string;
}
export const EFSIOException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EFSIOException {
  Type?: string;
  Message?: string;
}
export const EFSMountConnectivityException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EFSMountConnectivityException {
  Type?: string;
  Message?: string;
}
export const EFSMountFailureException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EFSMountFailureException {
  Type?: string;
  Message?: string;
}
export const EFSMountTimeoutException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface EFSMountTimeoutException {
  Type?: string;
  Message?: string;
}
export const ENILimitReachedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface ENILimitReachedException {
  Type?: string;
  Message?: string;
}
export const EnvironmentError: ModelStructure = {
  type: "structure",
  members: { ErrorCode: string, Message: string },
};
export interface EnvironmentError {
  ErrorCode?: string;
  Message?: string;
}
export const EnvironmentResponse: ModelStructure = {
  type: "structure",
  members: { Variables: EnvironmentVariables, Error: EnvironmentError },
};
export interface EnvironmentResponse {
  Variables?: EnvironmentVariables;
  Error?: EnvironmentError;
}
export const EventType: ModelScalar = {
  type: "string",
  enum: [
    "ExecutionStarted",
    "ExecutionSucceeded",
    "ExecutionFailed",
    "ExecutionTimedOut",
    "ExecutionStopped",
    "ContextStarted",
    "ContextSucceeded",
    "ContextFailed",
    "WaitStarted",
    "WaitSucceeded",
    "WaitCancelled",
    "StepStarted",
    "StepSucceeded",
    "StepFailed",
    "ChainedInvokeStarted",
    "ChainedInvokeSucceeded",
    "ChainedInvokeFailed",
    "ChainedInvokeTimedOut",
    "ChainedInvokeStopped",
    "CallbackStarted",
    "CallbackSucceeded",
    "CallbackFailed",
    "CallbackTimedOut",
    "InvocationCompleted",
  ],
};
export type EventType = string;
export const EventId: ModelScalar = { type: "integer", min: 1 };
export type EventId = number;
export const ExecutionStartedDetails: ModelStructure = {
  type: "structure",
  required: ["Input", "ExecutionTimeout"],
  members: { Input: EventInput, ExecutionTimeout: DurationSeconds },
};
export interface ExecutionStartedDetails {
  Input: EventInput;
  ExecutionTimeout: DurationSeconds;
}
export const ExecutionSucceededDetails: ModelStructure = {
  type: "structure",
  required: ["Result"],
  members: { Result: EventResult },
};
export interface ExecutionSucceededDetails {
  Result: EventResult;
}
export const ExecutionFailedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ExecutionFailedDetails {
  Error: EventError;
}
export const ExecutionTimedOutDetails: ModelStructure = { type: "structure", members: { Error: EventError } };
export interface ExecutionTimedOutDetails {
  Error?: EventError;
}
export const ExecutionStoppedDetails: ModelStructure = {
  type: "structure",
  required: ["Error"],
  members: { Error: EventError },
};
export interface ExecutionStoppedDetails {
  Error: EventError;
}
export const WaitStartedDetails: ModelStructure = {
  type: "structure",
  required: ["Duration", "ScheduledEndTimestamp"],
  members: { Duration: DurationSeconds, ScheduledEndTimestamp: timestamp },
};
export interface WaitStartedDetails {
  Duration: DurationSeconds;
  ScheduledEndTimestamp: number;
}
export const WaitSucceededDetails: ModelStructure = {
  type: "structure",
  members: { Duration: DurationSeconds },
};
export interface WaitSucceededDetails {
  Duration?: DurationSeconds;
}
export const WaitCancelledDetails: ModelStructure = { type: "structure", members: { Error: EventError } };
export interface WaitCancelledDetails {
  Error?: EventError;
}
export const StepStartedDetails: ModelStructure = { type: "structure", members: {} };
export type StepStartedDetails = Record<string, never>;
export const RetryDetails: ModelStructure = {
  type: "structure",
  members: { CurrentAttempt: AttemptCount, NextAttemptDelaySeconds: DurationSeconds },
};
export interface RetryDetails {
  CurrentAttempt?: AttemptCount;
  NextAttemptDelaySeconds?: DurationSeconds;
}
export const StepSucceededDetails: ModelStructure = {
  type: "structure",
  required: ["Result", "RetryDetails"],
  members: { Result: EventResult, RetryDetails: RetryDetails },
};
export interface StepSucceededDetails {
  Result: EventResult;
  RetryDetails: RetryDetails;
}
export const StepFailedDetails: ModelStructure = {
  type: "structure",
  required: ["Error", "RetryDetails"],
  members: { Error: EventError, RetryDetails: RetryDetails },
};
export interface StepFailedDetails {
  Error: EventError;
  RetryDetails: RetryDetails;
}
export const InvocationCompletedDetails: ModelStructure = {
  type: "structure",
  required: ["StartTimestamp", "EndTimestamp", "RequestId"],
  members: { StartTimestamp: timestamp, EndTimestamp: timestamp, RequestId: string, Error: EventError },
};
export interface InvocationCompletedDetails {
  StartTimestamp: number;
  EndTimestamp: number;
  RequestId: string;
  Error?: EventError;
}
export const Event: ModelStructure = {
  type: "structure",
  members: {
    EventType: EventType,
    SubType: OperationSubType,
    EventId: EventId,
    Id: OperationId,
    Name: OperationName,
    EventTimestamp: timestamp,
    ParentId: OperationId,
    ExecutionStartedDetails: ExecutionStartedDetails,
    ExecutionSucceededDetails: ExecutionSucceededDetails,
    ExecutionFailedDetails: ExecutionFailedDetails,
    ExecutionTimedOutDetails: ExecutionTimedOutDetails,
    ExecutionStoppedDetails: ExecutionStoppedDetails,
    ContextStartedDetails: ContextStartedDetails,
    ContextSucceededDetails: ContextSucceededDetails,
    ContextFailedDetails: ContextFailedDetails,
    WaitStartedDetails: WaitStartedDetails,
    WaitSucceededDetails: WaitSucceededDetails,
    WaitCancelledDetails: WaitCancelledDetails,
    StepStartedDetails: StepStartedDetails,
    StepSucceededDetails: StepSucceededDetails,
    StepFailedDetails: StepFailedDetails,
    ChainedInvokeStartedDetails: ChainedInvokeStartedDetails,
    ChainedInvokeSucceededDetails: ChainedInvokeSucceededDetails,
    ChainedInvokeFailedDetails: ChainedInvokeFailedDetails,
    ChainedInvokeTimedOutDetails: ChainedInvokeTimedOutDetails,
    ChainedInvokeStoppedDetails: ChainedInvokeStoppedDetails,
    CallbackStartedDetails: CallbackStartedDetails,
    CallbackSucceededDetails: CallbackSucceededDetails,
    CallbackFailedDetails: CallbackFailedDetails,
    CallbackTimedOutDetails: CallbackTimedOutDetails,
    InvocationCompletedDetails: InvocationCompletedDetails,
  },
};
export interface Event {
  EventType?: EventType;
  SubType?: OperationSubType;
  EventId?: EventId;
  Id?: OperationId;
  Name?: OperationName;
  EventTimestamp?: number;
  ParentId?: OperationId;
  ExecutionStartedDetails?: ExecutionStartedDetails;
  ExecutionSucceededDetails?: ExecutionSucceededDetails;
  ExecutionFailedDetails?: ExecutionFailedDetails;
  ExecutionTimedOutDetails?: ExecutionTimedOutDetails;
  ExecutionStoppedDetails?: ExecutionStoppedDetails;
  ContextStartedDetails?: ContextStartedDetails;
  ContextSucceededDetails?: ContextSucceededDetails;
  ContextFailedDetails?: ContextFailedDetails;
  WaitStartedDetails?: WaitStartedDetails;
  WaitSucceededDetails?: WaitSucceededDetails;
  WaitCancelledDetails?: WaitCancelledDetails;
  StepStartedDetails?: StepStartedDetails;
  StepSucceededDetails?: StepSucceededDetails;
  StepFailedDetails?: StepFailedDetails;
  ChainedInvokeStartedDetails?: ChainedInvokeStartedDetails;
  ChainedInvokeSucceededDetails?: ChainedInvokeSucceededDetails;
  ChainedInvokeFailedDetails?: ChainedInvokeFailedDetails;
  ChainedInvokeTimedOutDetails?: ChainedInvokeTimedOutDetails;
  ChainedInvokeStoppedDetails?: ChainedInvokeStoppedDetails;
  CallbackStartedDetails?: CallbackStartedDetails;
  CallbackSucceededDetails?: CallbackSucceededDetails;
  CallbackFailedDetails?: CallbackFailedDetails;
  CallbackTimedOutDetails?: CallbackTimedOutDetails;
  InvocationCompletedDetails?: InvocationCompletedDetails;
}
export const EventSourceMappingArn: ModelScalar = {
  type: "string",
  min: 85,
  max: 120,
  pattern:
    "arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
};
export type EventSourceMappingArn = string;
export const FilterCriteriaErrorCode: ModelScalar = {
  type: "string",
  min: 10,
  max: 50,
  pattern: "[A-Za-z]+Exception",
};
export type FilterCriteriaErrorCode = string;
export const FilterCriteriaErrorMessage: ModelScalar = { type: "string", min: 10, max: 2048, pattern: ".*" };
export type FilterCriteriaErrorMessage = string;
export const FilterCriteriaError: ModelStructure = {
  type: "structure",
  members: { ErrorCode: FilterCriteriaErrorCode, Message: FilterCriteriaErrorMessage },
};
export interface FilterCriteriaError {
  ErrorCode?: FilterCriteriaErrorCode;
  Message?: FilterCriteriaErrorMessage;
}
export const EventSourceMappingConfiguration: ModelStructure = {
  type: "structure",
  members: {
    UUID: string,
    StartingPosition: EventSourcePosition,
    StartingPositionTimestamp: timestamp,
    BatchSize: BatchSize,
    MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds,
    ParallelizationFactor: ParallelizationFactor,
    EventSourceArn: Arn,
    FilterCriteria: FilterCriteria,
    FunctionArn: FunctionArn,
    LastModified: timestamp,
    LastProcessingResult: string,
    State: string,
    StateTransitionReason: string,
    DestinationConfig: DestinationConfig,
    Topics: Topics,
    Queues: Queues,
    SourceAccessConfigurations: SourceAccessConfigurations,
    SelfManagedEventSource: SelfManagedEventSource,
    MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: boolean,
    MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping,
    TumblingWindowInSeconds: TumblingWindowInSeconds,
    FunctionResponseTypes: FunctionResponseTypeList,
    AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig,
    SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig,
    ScalingConfig: ScalingConfig,
    DocumentDBEventSourceConfig: DocumentDBEventSourceConfig,
    KMSKeyArn: KMSKeyArn,
    FilterCriteriaError: FilterCriteriaError,
    EventSourceMappingArn: EventSourceMappingArn,
    MetricsConfig: EventSourceMappingMetricsConfig,
    LoggingConfig: EventSourceMappingLoggingConfig,
    ProvisionedPollerConfig: ProvisionedPollerConfig,
  },
};
export interface EventSourceMappingConfiguration {
  UUID?: string;
  StartingPosition?: EventSourcePosition;
  StartingPositionTimestamp?: number;
  BatchSize?: BatchSize;
  MaximumBatchingWindowInSeconds?: MaximumBatchingWindowInSeconds;
  ParallelizationFactor?: ParallelizationFactor;
  EventSourceArn?: Arn;
  FilterCriteria?: FilterCriteria;
  FunctionArn?: FunctionArn;
  LastModified?: number;
  LastProcessingResult?: string;
  State?: string;
  StateTransitionReason?: string;
  DestinationConfig?: DestinationConfig;
  Topics?: Topics;
  Queues?: Queues;
  SourceAccessConfigurations?: SourceAccessConfigurations;
  SelfManagedEventSource?: SelfManagedEventSource;
  MaximumRecordAgeInSeconds?: MaximumRecordAgeInSeconds;
  BisectBatchOnFunctionError?: boolean;
  MaximumRetryAttempts?: MaximumRetryAttemptsEventSourceMapping;
  TumblingWindowInSeconds?: TumblingWindowInSeconds;
  FunctionResponseTypes?: FunctionResponseTypeList;
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  ScalingConfig?: ScalingConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  KMSKeyArn?: KMSKeyArn;
  FilterCriteriaError?: FilterCriteriaError;
  EventSourceMappingArn?: EventSourceMappingArn;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export const EventSourceMappingsList: ModelList = { type: "list", member: EventSourceMappingConfiguration };
export type EventSourceMappingsList = EventSourceMappingConfiguration[];
export const Events: ModelList = { type: "list", member: Event };
export type Events = Event[];
export const ExecutionStatusList: ModelList = { type: "list", member: ExecutionStatus, min: 1, max: 10 };
export type ExecutionStatusList = ExecutionStatus[];
export const FunctionArnList: ModelList = { type: "list", member: FunctionArn };
export type FunctionArnList = FunctionArn[];
export const FunctionCodeLocation: ModelStructure = {
  type: "structure",
  members: {
    RepositoryType: string,
    Location: string,
    ImageUri: string,
    ResolvedImageUri: string,
    SourceKMSKeyArn: string,
  },
};
export interface FunctionCodeLocation {
  RepositoryType?: string;
  Location?: string;
  ImageUri?: string;
  ResolvedImageUri?: string;
  SourceKMSKeyArn?: string;
}
export const VpcConfigResponse: ModelStructure = {
  type: "structure",
  members: {
    SubnetIds: SubnetIds,
    SecurityGroupIds: SecurityGroupIds,
    VpcId: string,
    Ipv6AllowedForDualStack: boolean,
  },
};
export interface VpcConfigResponse {
  SubnetIds?: SubnetIds;
  SecurityGroupIds?: SecurityGroupIds;
  VpcId?: string;
  Ipv6AllowedForDualStack?: boolean;
}
export const TracingConfigResponse: ModelStructure = { type: "structure", members: { Mode: TracingMode } };
export interface TracingConfigResponse {
  Mode?: TracingMode;
}
export const Layer: ModelStructure = {
  type: "structure",
  members: { Arn: LayerVersionArn, CodeSize: long, SigningProfileVersionArn: Arn, SigningJobArn: Arn },
};
export interface Layer {
  Arn?: LayerVersionArn;
  CodeSize?: number;
  SigningProfileVersionArn?: Arn;
  SigningJobArn?: Arn;
}
export const LayersReferenceList: ModelList = { type: "list", member: Layer };
export type LayersReferenceList = Layer[];
export const State: ModelScalar = {
  type: "string",
  enum: [
    "Pending",
    "Active",
    "Inactive",
    "Failed",
    "Deactivating",
    "Deactivated",
    "ActiveNonInvocable",
    "Deleting",
  ],
};
export type State = string;
export const StateReasonCode: ModelScalar = {
  type: "string",
  enum: [
    "Idle",
    "Creating",
    "Restoring",
    "EniLimitExceeded",
    "InsufficientRolePermissions",
    "InvalidConfiguration",
    "InternalError",
    "SubnetOutOfIPAddresses",
    "InvalidSubnet",
    "InvalidSecurityGroup",
    "ImageDeleted",
    "ImageAccessDenied",
    "InvalidImage",
    "KMSKeyAccessDenied",
    "KMSKeyNotFound",
    "InvalidStateKMSKey",
    "DisabledKMSKey",
    "EFSIOError",
    "EFSMountConnectivityError",
    "EFSMountFailure",
    "EFSMountTimeout",
    "InvalidRuntime",
    "InvalidZipFileException",
    "FunctionError",
    "DrainingDurableExecutions",
    "VcpuLimitExceeded",
    "CapacityProviderScalingLimitExceeded",
    "InsufficientCapacity",
    "EC2RequestLimitExceeded",
    "FunctionError.InitTimeout",
    "FunctionError.RuntimeInitError",
    "FunctionError.ExtensionInitError",
    "FunctionError.InvalidEntryPoint",
    "FunctionError.InvalidWorkingDirectory",
    "FunctionError.PermissionDenied",
    "FunctionError.TooManyExtensions",
    "FunctionError.InitResourceExhausted",
    "DisallowedByVpcEncryptionControl",
  ],
};
export type StateReasonCode = string;
export const LastUpdateStatus: ModelScalar = { type: "string", enum: ["Successful", "Failed", "InProgress"] };
export type LastUpdateStatus = string;
export const LastUpdateStatusReasonCode: ModelScalar = {
  type: "string",
  enum: [
    "EniLimitExceeded",
    "InsufficientRolePermissions",
    "InvalidConfiguration",
    "InternalError",
    "SubnetOutOfIPAddresses",
    "InvalidSubnet",
    "InvalidSecurityGroup",
    "ImageDeleted",
    "ImageAccessDenied",
    "InvalidImage",
    "KMSKeyAccessDenied",
    "KMSKeyNotFound",
    "InvalidStateKMSKey",
    "DisabledKMSKey",
    "EFSIOError",
    "EFSMountConnectivityError",
    "EFSMountFailure",
    "EFSMountTimeout",
    "InvalidRuntime",
    "InvalidZipFileException",
    "FunctionError",
    "VcpuLimitExceeded",
    "CapacityProviderScalingLimitExceeded",
    "InsufficientCapacity",
    "EC2RequestLimitExceeded",
    "FunctionError.InitTimeout",
    "FunctionError.RuntimeInitError",
    "FunctionError.ExtensionInitError",
    "FunctionError.InvalidEntryPoint",
    "FunctionError.InvalidWorkingDirectory",
    "FunctionError.PermissionDenied",
    "FunctionError.TooManyExtensions",
    "FunctionError.InitResourceExhausted",
    "DisallowedByVpcEncryptionControl",
  ],
};
export type LastUpdateStatusReasonCode = string;
export const ImageConfigError: ModelStructure = {
  type: "structure",
  members: { ErrorCode: string, Message: string },
};
export interface ImageConfigError {
  ErrorCode?: string;
  Message?: string;
}
export const ImageConfigResponse: ModelStructure = {
  type: "structure",
  members: { ImageConfig: ImageConfig, Error: ImageConfigError },
};
export interface ImageConfigResponse {
  ImageConfig?: ImageConfig;
  Error?: ImageConfigError;
}
export const SnapStartOptimizationStatus: ModelScalar = { type: "string", enum: ["On", "Off"] };
export type SnapStartOptimizationStatus = string;
export const SnapStartResponse: ModelStructure = {
  type: "structure",
  members: { ApplyOn: SnapStartApplyOn, OptimizationStatus: SnapStartOptimizationStatus },
};
export interface SnapStartResponse {
  ApplyOn?: SnapStartApplyOn;
  OptimizationStatus?: SnapStartOptimizationStatus;
}
export const RuntimeVersionArn: ModelScalar = {
  type: "string",
  min: 26,
  max: 2048,
  pattern: "arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}::runtime:.+",
};
export type RuntimeVersionArn = string;
export const RuntimeVersionError: ModelStructure = {
  type: "structure",
  members: { ErrorCode: string, Message: string },
};
export interface RuntimeVersionError {
  ErrorCode?: string;
  Message?: string;
}
export const RuntimeVersionConfig: ModelStructure = {
  type: "structure",
  members: { RuntimeVersionArn: RuntimeVersionArn, Error: RuntimeVersionError },
};
export interface RuntimeVersionConfig {
  RuntimeVersionArn?: RuntimeVersionArn;
  Error?: RuntimeVersionError;
}
export const FunctionConfiguration: ModelStructure = {
  type: "structure",
  members: {
    FunctionName: NamespacedFunctionName,
    FunctionArn: NameSpacedFunctionArn,
    Runtime: Runtime,
    Role: RoleArn,
    Handler: Handler,
    CodeSize: long,
    Description: Description,
    Timeout: Timeout,
    MemorySize: MemorySize,
    LastModified: string,
    CodeSha256: string,
    Version: Version,
    VpcConfig: VpcConfigResponse,
    DeadLetterConfig: DeadLetterConfig,
    Environment: EnvironmentResponse,
    KMSKeyArn: KMSKeyArn,
    TracingConfig: TracingConfigResponse,
    MasterArn: FunctionArn,
    RevisionId: string,
    Layers: LayersReferenceList,
    State: State,
    StateReason: string,
    StateReasonCode: StateReasonCode,
    LastUpdateStatus: LastUpdateStatus,
    LastUpdateStatusReason: string,
    LastUpdateStatusReasonCode: LastUpdateStatusReasonCode,
    FileSystemConfigs: FileSystemConfigList,
    PackageType: PackageType,
    ImageConfigResponse: ImageConfigResponse,
    SigningProfileVersionArn: Arn,
    SigningJobArn: Arn,
    Architectures: ArchitecturesList,
    EphemeralStorage: EphemeralStorage,
    SnapStart: SnapStartResponse,
    RuntimeVersionConfig: RuntimeVersionConfig,
    LoggingConfig: LoggingConfig,
    CapacityProviderConfig: CapacityProviderConfig,
    ConfigSha256: string,
    DurableConfig: DurableConfig,
    TenancyConfig: TenancyConfig,
  },
};
export interface FunctionConfiguration {
  FunctionName?: NamespacedFunctionName;
  FunctionArn?: NameSpacedFunctionArn;
  Runtime?: Runtime;
  Role?: RoleArn;
  Handler?: Handler;
  CodeSize?: number;
  Description?: Description;
  Timeout?: Timeout;
  MemorySize?: MemorySize;
  LastModified?: string;
  CodeSha256?: string;
  Version?: Version;
  VpcConfig?: VpcConfigResponse;
  DeadLetterConfig?: DeadLetterConfig;
  Environment?: EnvironmentResponse;
  KMSKeyArn?: KMSKeyArn;
  TracingConfig?: TracingConfigResponse;
  MasterArn?: FunctionArn;
  RevisionId?: string;
  Layers?: LayersReferenceList;
  State?: State;
  StateReason?: string;
  StateReasonCode?: StateReasonCode;
  LastUpdateStatus?: LastUpdateStatus;
  LastUpdateStatusReason?: string;
  LastUpdateStatusReasonCode?: LastUpdateStatusReasonCode;
  FileSystemConfigs?: FileSystemConfigList;
  PackageType?: PackageType;
  ImageConfigResponse?: ImageConfigResponse;
  SigningProfileVersionArn?: Arn;
  SigningJobArn?: Arn;
  Architectures?: ArchitecturesList;
  EphemeralStorage?: EphemeralStorage;
  SnapStart?: SnapStartResponse;
  RuntimeVersionConfig?: RuntimeVersionConfig;
  LoggingConfig?: LoggingConfig;
  CapacityProviderConfig?: CapacityProviderConfig;
  ConfigSha256?: string;
  DurableConfig?: DurableConfig;
  TenancyConfig?: TenancyConfig;
}
export const MaximumRetryAttempts: ModelScalar = { type: "integer", min: 0, max: 2 };
export type MaximumRetryAttempts = number;
export const MaximumEventAgeInSeconds: ModelScalar = { type: "integer", min: 60, max: 21600 };
export type MaximumEventAgeInSeconds = number;
export const FunctionEventInvokeConfig: ModelStructure = {
  type: "structure",
  members: {
    LastModified: timestamp,
    FunctionArn: FunctionArn,
    MaximumRetryAttempts: MaximumRetryAttempts,
    MaximumEventAgeInSeconds: MaximumEventAgeInSeconds,
    DestinationConfig: DestinationConfig,
  },
};
export interface FunctionEventInvokeConfig {
  LastModified?: number;
  FunctionArn?: FunctionArn;
  MaximumRetryAttempts?: MaximumRetryAttempts;
  MaximumEventAgeInSeconds?: MaximumEventAgeInSeconds;
  DestinationConfig?: DestinationConfig;
}
export const FunctionEventInvokeConfigList: ModelList = { type: "list", member: FunctionEventInvokeConfig };
export type FunctionEventInvokeConfigList = FunctionEventInvokeConfig[];
export const FunctionList: ModelList = { type: "list", member: FunctionConfiguration };
export type FunctionList = FunctionConfiguration[];
export const FunctionScalingConfigExecutionEnvironments: ModelScalar = {
  type: "integer",
  min: 0,
  max: 15000,
};
export type FunctionScalingConfigExecutionEnvironments = number;
export const FunctionScalingConfig: ModelStructure = {
  type: "structure",
  members: {
    MinExecutionEnvironments: FunctionScalingConfigExecutionEnvironments,
    MaxExecutionEnvironments: FunctionScalingConfigExecutionEnvironments,
  },
};
export interface FunctionScalingConfig {
  MinExecutionEnvironments?: FunctionScalingConfigExecutionEnvironments;
  MaxExecutionEnvironments?: FunctionScalingConfigExecutionEnvironments;
}
export const FunctionUrlConfig: ModelStructure = {
  type: "structure",
  required: ["FunctionUrl", "FunctionArn", "CreationTime", "LastModifiedTime", "AuthType"],
  members: {
    FunctionUrl: FunctionUrl,
    FunctionArn: FunctionArn,
    CreationTime: string,
    LastModifiedTime: string,
    Cors: Cors,
    AuthType: FunctionUrlAuthType,
    InvokeMode: InvokeMode,
  },
};
export interface FunctionUrlConfig {
  FunctionUrl: FunctionUrl;
  FunctionArn: FunctionArn;
  CreationTime: string;
  LastModifiedTime: string;
  Cors?: Cors;
  AuthType: FunctionUrlAuthType;
  InvokeMode?: InvokeMode;
}
export const FunctionUrlConfigList: ModelList = { type: "list", member: FunctionUrlConfig };
export type FunctionUrlConfigList = FunctionUrlConfig[];
export const FunctionVersion: ModelScalar = { type: "string", enum: ["ALL"] };
export type FunctionVersion = string;
export const FunctionVersionsByCapacityProviderListItem: ModelStructure = {
  type: "structure",
  required: ["FunctionArn", "State"],
  members: { FunctionArn: NameSpacedFunctionArn, State: State },
};
export interface FunctionVersionsByCapacityProviderListItem {
  FunctionArn: NameSpacedFunctionArn;
  State: State;
}
export const FunctionVersionsByCapacityProviderList: ModelList = {
  type: "list",
  member: FunctionVersionsByCapacityProviderListItem,
  min: 0,
  max: 50,
};
export type FunctionVersionsByCapacityProviderList = FunctionVersionsByCapacityProviderListItem[];
export const FunctionVersionsPerCapacityProviderLimitExceededException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface FunctionVersionsPerCapacityProviderLimitExceededException {
  Type?: string;
  message?: string;
}
export const GetAccountSettingsRequest: ModelStructure = { type: "structure", members: {} };
export type GetAccountSettingsRequest = Record<string, never>;
export const GetAccountSettingsResponse: ModelStructure = {
  type: "structure",
  members: { AccountLimit: AccountLimit, AccountUsage: AccountUsage },
};
export interface GetAccountSettingsResponse {
  AccountLimit?: AccountLimit;
  AccountUsage?: AccountUsage;
}
export const GetAliasRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Name"],
  members: { FunctionName: { ...FunctionName, location: "uri" }, Name: { ...Alias, location: "uri" } },
};
export interface GetAliasRequest {
  FunctionName: FunctionName;
  Name: Alias;
}
export const GetCapacityProviderRequest: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderName"],
  members: { CapacityProviderName: { ...CapacityProviderName, location: "uri" } },
};
export interface GetCapacityProviderRequest {
  CapacityProviderName: CapacityProviderName;
}
export const GetCapacityProviderResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProvider"],
  members: { CapacityProvider: CapacityProvider },
};
export interface GetCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}
export const GetCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn"],
  members: { CodeSigningConfigArn: { ...CodeSigningConfigArn, location: "uri" } },
};
export interface GetCodeSigningConfigRequest {
  CodeSigningConfigArn: CodeSigningConfigArn;
}
export const GetCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfig"],
  members: { CodeSigningConfig: CodeSigningConfig },
};
export interface GetCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}
export const ItemCount: ModelScalar = { type: "integer", min: 0, max: 1000 };
export type ItemCount = number;
export const GetDurableExecutionHistoryRequest: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn"],
  members: {
    DurableExecutionArn: { ...DurableExecutionArn, location: "uri" },
    IncludeExecutionData: { ...boolean, location: "querystring" },
    MaxItems: { ...ItemCount, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    ReverseOrder: { ...boolean, location: "querystring" },
  },
};
export interface GetDurableExecutionHistoryRequest {
  DurableExecutionArn: DurableExecutionArn;
  IncludeExecutionData?: boolean;
  MaxItems?: ItemCount;
  Marker?: string;
  ReverseOrder?: boolean;
}
export const GetDurableExecutionHistoryResponse: ModelStructure = {
  type: "structure",
  required: ["Events"],
  members: { Events: Events, NextMarker: string },
};
export interface GetDurableExecutionHistoryResponse {
  Events: Events;
  NextMarker?: string;
}
export const GetDurableExecutionRequest: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn"],
  members: { DurableExecutionArn: { ...DurableExecutionArn, location: "uri" } },
};
export interface GetDurableExecutionRequest {
  DurableExecutionArn: DurableExecutionArn;
}
export const OutputPayload: ModelScalar = { type: "string", min: 0, max: 6291456 };
export type OutputPayload = string;
export const XAmznTraceId: ModelScalar = { type: "string", min: 0, max: 8192 };
export type XAmznTraceId = string;
export const TraceHeader: ModelStructure = { type: "structure", members: { XAmznTraceId: XAmznTraceId } };
export interface TraceHeader {
  XAmznTraceId?: XAmznTraceId;
}
export const GetDurableExecutionResponse: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn", "DurableExecutionName", "FunctionArn", "StartTimestamp", "Status"],
  members: {
    DurableExecutionArn: DurableExecutionArn,
    DurableExecutionName: DurableExecutionName,
    FunctionArn: NameSpacedFunctionArn,
    InputPayload: InputPayload,
    Result: OutputPayload,
    Error: ErrorObject,
    StartTimestamp: timestamp,
    Status: ExecutionStatus,
    EndTimestamp: timestamp,
    Version: VersionWithLatestPublished,
    TraceHeader: TraceHeader,
  },
};
export interface GetDurableExecutionResponse {
  DurableExecutionArn: DurableExecutionArn;
  DurableExecutionName: DurableExecutionName;
  FunctionArn: NameSpacedFunctionArn;
  InputPayload?: InputPayload;
  Result?: OutputPayload;
  Error?: ErrorObject;
  StartTimestamp: number;
  Status: ExecutionStatus;
  EndTimestamp?: number;
  Version?: VersionWithLatestPublished;
  TraceHeader?: TraceHeader;
}
export const GetDurableExecutionStateRequest: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn", "CheckpointToken"],
  members: {
    DurableExecutionArn: { ...DurableExecutionArn, location: "uri" },
    CheckpointToken: { ...CheckpointToken, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...ItemCount, location: "querystring" },
  },
};
export interface GetDurableExecutionStateRequest {
  DurableExecutionArn: DurableExecutionArn;
  CheckpointToken: CheckpointToken;
  Marker?: string;
  MaxItems?: ItemCount;
}
export const GetDurableExecutionStateResponse: ModelStructure = {
  type: "structure",
  required: ["Operations"],
  members: { Operations: Operations, NextMarker: string },
};
export interface GetDurableExecutionStateResponse {
  Operations: Operations;
  NextMarker?: string;
}
export const GetEventSourceMappingRequest: ModelStructure = {
  type: "structure",
  required: ["UUID"],
  members: { UUID: { ...string, location: "uri" } },
};
export interface GetEventSourceMappingRequest {
  UUID: string;
}
export const GetFunctionCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: { ...NamespacedFunctionName, location: "uri" } },
};
export interface GetFunctionCodeSigningConfigRequest {
  FunctionName: NamespacedFunctionName;
}
export const GetFunctionCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn", "FunctionName"],
  members: { CodeSigningConfigArn: CodeSigningConfigArn, FunctionName: FunctionName },
};
export interface GetFunctionCodeSigningConfigResponse {
  CodeSigningConfigArn: CodeSigningConfigArn;
  FunctionName: FunctionName;
}
export const GetFunctionConcurrencyRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: { ...FunctionName, location: "uri" } },
};
export interface GetFunctionConcurrencyRequest {
  FunctionName: FunctionName;
}
export const GetFunctionConcurrencyResponse: ModelStructure = {
  type: "structure",
  members: { ReservedConcurrentExecutions: ReservedConcurrentExecutions },
};
export interface GetFunctionConcurrencyResponse {
  ReservedConcurrentExecutions?: ReservedConcurrentExecutions;
}
export const GetFunctionConfigurationRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface GetFunctionConfigurationRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const GetFunctionEventInvokeConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface GetFunctionEventInvokeConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const UnqualifiedFunctionName: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern:
    "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)",
};
export type UnqualifiedFunctionName = string;
export const GetFunctionRecursionConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: { FunctionName: { ...UnqualifiedFunctionName, location: "uri" } },
};
export interface GetFunctionRecursionConfigRequest {
  FunctionName: UnqualifiedFunctionName;
}
export const RecursiveLoop: ModelScalar = { type: "string", enum: ["Allow", "Terminate"] };
export type RecursiveLoop = string;
export const GetFunctionRecursionConfigResponse: ModelStructure = {
  type: "structure",
  members: { RecursiveLoop: RecursiveLoop },
};
export interface GetFunctionRecursionConfigResponse {
  RecursiveLoop?: RecursiveLoop;
}
export const GetFunctionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface GetFunctionRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const TagsErrorCode: ModelScalar = { type: "string", min: 10, max: 21, pattern: "[A-Za-z]+Exception" };
export type TagsErrorCode = string;
export const TagsErrorMessage: ModelScalar = { type: "string", min: 84, max: 1000, pattern: ".*" };
export type TagsErrorMessage = string;
export const TagsError: ModelStructure = {
  type: "structure",
  required: ["ErrorCode", "Message"],
  members: { ErrorCode: TagsErrorCode, Message: TagsErrorMessage },
};
export interface TagsError {
  ErrorCode: TagsErrorCode;
  Message: TagsErrorMessage;
}
export const GetFunctionResponse: ModelStructure = {
  type: "structure",
  members: {
    Configuration: FunctionConfiguration,
    Code: FunctionCodeLocation,
    Tags: Tags,
    TagsError: TagsError,
    Concurrency: Concurrency,
  },
};
export interface GetFunctionResponse {
  Configuration?: FunctionConfiguration;
  Code?: FunctionCodeLocation;
  Tags?: Tags;
  TagsError?: TagsError;
  Concurrency?: Concurrency;
}
export const PublishedFunctionQualifier: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "(\\$LATEST\\.PUBLISHED|[0-9]+)",
};
export type PublishedFunctionQualifier = string;
export const GetFunctionScalingConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Qualifier"],
  members: {
    FunctionName: { ...UnqualifiedFunctionName, location: "uri" },
    Qualifier: { ...PublishedFunctionQualifier, location: "querystring" },
  },
};
export interface GetFunctionScalingConfigRequest {
  FunctionName: UnqualifiedFunctionName;
  Qualifier: PublishedFunctionQualifier;
}
export const GetFunctionScalingConfigResponse: ModelStructure = {
  type: "structure",
  members: {
    FunctionArn: FunctionArn,
    AppliedFunctionScalingConfig: FunctionScalingConfig,
    RequestedFunctionScalingConfig: FunctionScalingConfig,
  },
};
export interface GetFunctionScalingConfigResponse {
  FunctionArn?: FunctionArn;
  AppliedFunctionScalingConfig?: FunctionScalingConfig;
  RequestedFunctionScalingConfig?: FunctionScalingConfig;
}
export const GetFunctionUrlConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...FunctionUrlQualifier, location: "querystring" },
  },
};
export interface GetFunctionUrlConfigRequest {
  FunctionName: FunctionName;
  Qualifier?: FunctionUrlQualifier;
}
export const GetFunctionUrlConfigResponse: ModelStructure = {
  type: "structure",
  required: ["FunctionUrl", "FunctionArn", "AuthType", "CreationTime", "LastModifiedTime"],
  members: {
    FunctionUrl: FunctionUrl,
    FunctionArn: FunctionArn,
    AuthType: FunctionUrlAuthType,
    Cors: Cors,
    CreationTime: string,
    LastModifiedTime: string,
    InvokeMode: InvokeMode,
  },
};
export interface GetFunctionUrlConfigResponse {
  FunctionUrl: FunctionUrl;
  FunctionArn: FunctionArn;
  AuthType: FunctionUrlAuthType;
  Cors?: Cors;
  CreationTime: string;
  LastModifiedTime: string;
  InvokeMode?: InvokeMode;
}
export const GetLayerVersionByArnRequest: ModelStructure = {
  type: "structure",
  required: ["Arn"],
  members: { Arn: { ...LayerVersionArn, location: "querystring" } },
};
export interface GetLayerVersionByArnRequest {
  Arn: LayerVersionArn;
}
export const GetLayerVersionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "VersionNumber"],
  members: { LayerName: { ...LayerName, location: "uri" }, VersionNumber: { ...long, location: "uri" } },
};
export interface GetLayerVersionPolicyRequest {
  LayerName: LayerName;
  VersionNumber: number;
}
export const GetLayerVersionPolicyResponse: ModelStructure = {
  type: "structure",
  members: { Policy: string, RevisionId: string },
};
export interface GetLayerVersionPolicyResponse {
  Policy?: string;
  RevisionId?: string;
}
export const GetLayerVersionRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "VersionNumber"],
  members: { LayerName: { ...LayerName, location: "uri" }, VersionNumber: { ...long, location: "uri" } },
};
export interface GetLayerVersionRequest {
  LayerName: LayerName;
  VersionNumber: number;
}
export const LayerVersionContentOutput: ModelStructure = {
  type: "structure",
  members: {
    Location: string,
    CodeSha256: string,
    CodeSize: long,
    SigningProfileVersionArn: string,
    SigningJobArn: string,
  },
};
export interface LayerVersionContentOutput {
  Location?: string;
  CodeSha256?: string;
  CodeSize?: number;
  SigningProfileVersionArn?: string;
  SigningJobArn?: string;
}
export const LayerArn: ModelScalar = {
  type: "string",
  min: 1,
  max: 140,
  pattern: "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+",
};
export type LayerArn = string;
export const LicenseInfo: ModelScalar = { type: "string", min: 0, max: 512 };
export type LicenseInfo = string;
export const GetLayerVersionResponse: ModelStructure = {
  type: "structure",
  members: {
    Content: LayerVersionContentOutput,
    LayerArn: LayerArn,
    LayerVersionArn: LayerVersionArn,
    Description: Description,
    CreatedDate: string,
    Version: long,
    CompatibleRuntimes: CompatibleRuntimes,
    LicenseInfo: LicenseInfo,
    CompatibleArchitectures: CompatibleArchitectures,
  },
};
export interface GetLayerVersionResponse {
  Content?: LayerVersionContentOutput;
  LayerArn?: LayerArn;
  LayerVersionArn?: LayerVersionArn;
  Description?: Description;
  CreatedDate?: string;
  Version?: number;
  CompatibleRuntimes?: CompatibleRuntimes;
  LicenseInfo?: LicenseInfo;
  CompatibleArchitectures?: CompatibleArchitectures;
}
export const GetPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface GetPolicyRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const GetPolicyResponse: ModelStructure = {
  type: "structure",
  members: { Policy: string, RevisionId: string },
};
export interface GetPolicyResponse {
  Policy?: string;
  RevisionId?: string;
}
export const GetProvisionedConcurrencyConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Qualifier"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...Qualifier, location: "querystring" },
  },
};
export interface GetProvisionedConcurrencyConfigRequest {
  FunctionName: FunctionName;
  Qualifier: Qualifier;
}
export const PositiveInteger: ModelScalar = { type: "integer", min: 1 };
export type PositiveInteger = number;
export const NonNegativeInteger: ModelScalar = { type: "integer", min: 0 };
export type NonNegativeInteger = number;
export const ProvisionedConcurrencyStatusEnum: ModelScalar = {
  type: "string",
  enum: ["IN_PROGRESS", "READY", "FAILED"],
};
export type ProvisionedConcurrencyStatusEnum = string;
export const GetProvisionedConcurrencyConfigResponse: ModelStructure = {
  type: "structure",
  members: {
    RequestedProvisionedConcurrentExecutions: PositiveInteger,
    AvailableProvisionedConcurrentExecutions: NonNegativeInteger,
    AllocatedProvisionedConcurrentExecutions: NonNegativeInteger,
    Status: ProvisionedConcurrencyStatusEnum,
    StatusReason: string,
    LastModified: string,
  },
};
export interface GetProvisionedConcurrencyConfigResponse {
  RequestedProvisionedConcurrentExecutions?: PositiveInteger;
  AvailableProvisionedConcurrentExecutions?: NonNegativeInteger;
  AllocatedProvisionedConcurrentExecutions?: NonNegativeInteger;
  Status?: ProvisionedConcurrencyStatusEnum;
  StatusReason?: string;
  LastModified?: string;
}
export const GetRuntimeManagementConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
  },
};
export interface GetRuntimeManagementConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
}
export const UpdateRuntimeOn: ModelScalar = { type: "string", enum: ["Auto", "Manual", "FunctionUpdate"] };
export type UpdateRuntimeOn = string;
export const GetRuntimeManagementConfigResponse: ModelStructure = {
  type: "structure",
  members: {
    UpdateRuntimeOn: UpdateRuntimeOn,
    RuntimeVersionArn: RuntimeVersionArn,
    FunctionArn: NameSpacedFunctionArn,
  },
};
export interface GetRuntimeManagementConfigResponse {
  UpdateRuntimeOn?: UpdateRuntimeOn;
  RuntimeVersionArn?: RuntimeVersionArn;
  FunctionArn?: NameSpacedFunctionArn;
}
export const InvalidCodeSignatureException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface InvalidCodeSignatureException {
  Type?: string;
  Message?: string;
}
export const InvalidParameterValueException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface InvalidParameterValueException {
  Type?: string;
  message?: string;
}
export const InvalidRequestContentException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface InvalidRequestContentException {
  Type?: string;
  message?: string;
}
export const InvalidRuntimeException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface InvalidRuntimeException {
  Type?: string;
  Message?: string;
}
export const InvalidSecurityGroupIDException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface InvalidSecurityGroupIDException {
  Type?: string;
  Message?: string;
}
export const InvalidSubnetIDException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface InvalidSubnetIDException {
  Type?: string;
  Message?: string;
}
export const InvalidZipFileException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface InvalidZipFileException {
  Type?: string;
  Message?: string;
}
export const InvocationType: ModelScalar = { type: "string", enum: ["Event", "RequestResponse", "DryRun"] };
export type InvocationType = string;
export const LogType: ModelScalar = { type: "string", enum: ["None", "Tail"] };
export type LogType = string;
export const InvocationRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  payload: "Payload",
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    InvocationType: { ...InvocationType, locationName: "X-Amz-Invocation-Type", location: "header" },
    LogType: { ...LogType, locationName: "X-Amz-Log-Type", location: "header" },
    ClientContext: { ...string, locationName: "X-Amz-Client-Context", location: "header" },
    DurableExecutionName: {
      ...DurableExecutionName,
      locationName: "X-Amz-Durable-Execution-Name",
      location: "header",
    },
    Payload: blob,
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    TenantId: { ...TenantId, locationName: "X-Amz-Tenant-Id", location: "header" },
  },
};
export interface InvocationRequest {
  FunctionName: NamespacedFunctionName;
  InvocationType?: InvocationType;
  LogType?: LogType;
  ClientContext?: string;
  DurableExecutionName?: DurableExecutionName;
  Payload?: string;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  TenantId?: TenantId;
}
export const InvocationResponse: ModelStructure = {
  type: "structure",
  payload: "Payload",
  members: {
    StatusCode: { ...integer, location: "statusCode" },
    FunctionError: { ...string, locationName: "X-Amz-Function-Error", location: "header" },
    LogResult: { ...string, locationName: "X-Amz-Log-Result", location: "header" },
    Payload: blob,
    ExecutedVersion: { ...Version, locationName: "X-Amz-Executed-Version", location: "header" },
    DurableExecutionArn: {
      ...DurableExecutionArn,
      locationName: "X-Amz-Durable-Execution-Arn",
      location: "header",
    },
  },
};
export interface InvocationResponse {
  StatusCode?: number;
  FunctionError?: string;
  LogResult?: string;
  Payload?: string;
  ExecutedVersion?: Version;
  DurableExecutionArn?: DurableExecutionArn;
}
export const InvokeAsyncRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "InvokeArgs"],
  payload: "InvokeArgs",
  members: { FunctionName: { ...NamespacedFunctionName, location: "uri" }, InvokeArgs: BlobStream },
};
export interface InvokeAsyncRequest {
  FunctionName: NamespacedFunctionName;
  InvokeArgs: BlobStream;
}
export const InvokeAsyncResponse: ModelStructure = {
  type: "structure",
  members: { Status: { ...integer, location: "statusCode" } },
};
export interface InvokeAsyncResponse {
  Status?: number;
}
export const InvokeResponseStreamUpdate: ModelStructure = { type: "structure", members: { Payload: blob } };
export interface InvokeResponseStreamUpdate {
  Payload?: string;
}
export const InvokeWithResponseStreamCompleteEvent: ModelStructure = {
  type: "structure",
  members: { ErrorCode: string, ErrorDetails: string, LogResult: string },
};
export interface InvokeWithResponseStreamCompleteEvent {
  ErrorCode?: string;
  ErrorDetails?: string;
  LogResult?: string;
}
export const ResponseStreamingInvocationType: ModelScalar = {
  type: "string",
  enum: ["RequestResponse", "DryRun"],
};
export type ResponseStreamingInvocationType = string;
export const InvokeWithResponseStreamRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  payload: "Payload",
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    InvocationType: {
      ...ResponseStreamingInvocationType,
      locationName: "X-Amz-Invocation-Type",
      location: "header",
    },
    LogType: { ...LogType, locationName: "X-Amz-Log-Type", location: "header" },
    ClientContext: { ...string, locationName: "X-Amz-Client-Context", location: "header" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    Payload: blob,
    TenantId: { ...TenantId, locationName: "X-Amz-Tenant-Id", location: "header" },
  },
};
export interface InvokeWithResponseStreamRequest {
  FunctionName: NamespacedFunctionName;
  InvocationType?: ResponseStreamingInvocationType;
  LogType?: LogType;
  ClientContext?: string;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  Payload?: string;
  TenantId?: TenantId;
}
export const InvokeWithResponseStreamResponseEvent: ModelStructure = {
  type: "structure",
  eventstream: true,
  members: {
    PayloadChunk: InvokeResponseStreamUpdate,
    InvokeComplete: InvokeWithResponseStreamCompleteEvent,
  },
};
export interface InvokeWithResponseStreamResponseEvent {
  PayloadChunk?: InvokeResponseStreamUpdate;
  InvokeComplete?: InvokeWithResponseStreamCompleteEvent;
}
export const InvokeWithResponseStreamResponse: ModelStructure = {
  type: "structure",
  payload: "EventStream",
  members: {
    StatusCode: { ...integer, location: "statusCode" },
    ExecutedVersion: { ...Version, locationName: "X-Amz-Executed-Version", location: "header" },
    EventStream: InvokeWithResponseStreamResponseEvent,
    ResponseStreamContentType: { ...string, locationName: "Content-Type", location: "header" },
  },
};
export interface InvokeWithResponseStreamResponse {
  StatusCode?: number;
  ExecutedVersion?: Version;
  EventStream?: InvokeWithResponseStreamResponseEvent;
  ResponseStreamContentType?: string;
}
export const KMSAccessDeniedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface KMSAccessDeniedException {
  Type?: string;
  Message?: string;
}
export const KMSDisabledException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface KMSDisabledException {
  Type?: string;
  Message?: string;
}
export const KMSInvalidStateException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface KMSInvalidStateException {
  Type?: string;
  Message?: string;
}
export const KMSNotFoundException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface KMSNotFoundException {
  Type?: string;
  Message?: string;
}
export const LayerVersionContentInput: ModelStructure = {
  type: "structure",
  members: { S3Bucket: S3Bucket, S3Key: S3Key, S3ObjectVersion: S3ObjectVersion, ZipFile: blob },
};
export interface LayerVersionContentInput {
  S3Bucket?: S3Bucket;
  S3Key?: S3Key;
  S3ObjectVersion?: S3ObjectVersion;
  ZipFile?: string;
}
export const LayerVersionsListItem: ModelStructure = {
  type: "structure",
  members: {
    LayerVersionArn: LayerVersionArn,
    Version: long,
    Description: Description,
    CreatedDate: string,
    CompatibleRuntimes: CompatibleRuntimes,
    LicenseInfo: LicenseInfo,
    CompatibleArchitectures: CompatibleArchitectures,
  },
};
export interface LayerVersionsListItem {
  LayerVersionArn?: LayerVersionArn;
  Version?: number;
  Description?: Description;
  CreatedDate?: string;
  CompatibleRuntimes?: CompatibleRuntimes;
  LicenseInfo?: LicenseInfo;
  CompatibleArchitectures?: CompatibleArchitectures;
}
export const LayerVersionsList: ModelList = { type: "list", member: LayerVersionsListItem };
export type LayerVersionsList = LayerVersionsListItem[];
export const LayersListItem: ModelStructure = {
  type: "structure",
  members: { LayerName: LayerName, LayerArn: LayerArn, LatestMatchingVersion: LayerVersionsListItem },
};
export interface LayersListItem {
  LayerName?: LayerName;
  LayerArn?: LayerArn;
  LatestMatchingVersion?: LayerVersionsListItem;
}
export const LayersList: ModelList = { type: "list", member: LayersListItem };
export type LayersList = LayersListItem[];
export const MaxListItems: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type MaxListItems = number;
export const ListAliasesRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    FunctionVersion: { ...VersionWithLatestPublished, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListAliasesRequest {
  FunctionName: FunctionName;
  FunctionVersion?: VersionWithLatestPublished;
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListAliasesResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, Aliases: AliasList },
};
export interface ListAliasesResponse {
  NextMarker?: string;
  Aliases?: AliasList;
}
export const MaxFiftyListItems: ModelScalar = { type: "integer", min: 1, max: 50 };
export type MaxFiftyListItems = number;
export const ListCapacityProvidersRequest: ModelStructure = {
  type: "structure",
  members: {
    State: { ...CapacityProviderState, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxFiftyListItems, location: "querystring" },
  },
};
export interface ListCapacityProvidersRequest {
  State?: CapacityProviderState;
  Marker?: string;
  MaxItems?: MaxFiftyListItems;
}
export const ListCapacityProvidersResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProviders"],
  members: { CapacityProviders: CapacityProvidersList, NextMarker: string },
};
export interface ListCapacityProvidersResponse {
  CapacityProviders: CapacityProvidersList;
  NextMarker?: string;
}
export const ListCodeSigningConfigsRequest: ModelStructure = {
  type: "structure",
  members: {
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListCodeSigningConfigsRequest {
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListCodeSigningConfigsResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, CodeSigningConfigs: CodeSigningConfigList },
};
export interface ListCodeSigningConfigsResponse {
  NextMarker?: string;
  CodeSigningConfigs?: CodeSigningConfigList;
}
export const ListDurableExecutionsByFunctionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    DurableExecutionName: { ...DurableExecutionName, location: "querystring" },
    Statuses: { ...ExecutionStatusList, location: "querystring" },
    StartedAfter: { ...timestamp, location: "querystring" },
    StartedBefore: { ...timestamp, location: "querystring" },
    ReverseOrder: { ...boolean, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...ItemCount, location: "querystring" },
  },
};
export interface ListDurableExecutionsByFunctionRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  DurableExecutionName?: DurableExecutionName;
  Statuses?: ExecutionStatusList;
  StartedAfter?: number;
  StartedBefore?: number;
  ReverseOrder?: boolean;
  Marker?: string;
  MaxItems?: ItemCount;
}
export const ListDurableExecutionsByFunctionResponse: ModelStructure = {
  type: "structure",
  members: { DurableExecutions: DurableExecutions, NextMarker: string },
};
export interface ListDurableExecutionsByFunctionResponse {
  DurableExecutions?: DurableExecutions;
  NextMarker?: string;
}
export const ListEventSourceMappingsRequest: ModelStructure = {
  type: "structure",
  members: {
    EventSourceArn: { ...Arn, location: "querystring" },
    FunctionName: { ...NamespacedFunctionName, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListEventSourceMappingsRequest {
  EventSourceArn?: Arn;
  FunctionName?: NamespacedFunctionName;
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListEventSourceMappingsResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, EventSourceMappings: EventSourceMappingsList },
};
export interface ListEventSourceMappingsResponse {
  NextMarker?: string;
  EventSourceMappings?: EventSourceMappingsList;
}
export const MaxFunctionEventInvokeConfigListItems: ModelScalar = { type: "integer", min: 1, max: 50 };
export type MaxFunctionEventInvokeConfigListItems = number;
export const ListFunctionEventInvokeConfigsRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxFunctionEventInvokeConfigListItems, location: "querystring" },
  },
};
export interface ListFunctionEventInvokeConfigsRequest {
  FunctionName: NamespacedFunctionName;
  Marker?: string;
  MaxItems?: MaxFunctionEventInvokeConfigListItems;
}
export const ListFunctionEventInvokeConfigsResponse: ModelStructure = {
  type: "structure",
  members: { FunctionEventInvokeConfigs: FunctionEventInvokeConfigList, NextMarker: string },
};
export interface ListFunctionEventInvokeConfigsResponse {
  FunctionEventInvokeConfigs?: FunctionEventInvokeConfigList;
  NextMarker?: string;
}
export const MaxItems: ModelScalar = { type: "integer", min: 1, max: 50 };
export type MaxItems = number;
export const ListFunctionUrlConfigsRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxItems, location: "querystring" },
  },
};
export interface ListFunctionUrlConfigsRequest {
  FunctionName: FunctionName;
  Marker?: string;
  MaxItems?: MaxItems;
}
export const ListFunctionUrlConfigsResponse: ModelStructure = {
  type: "structure",
  required: ["FunctionUrlConfigs"],
  members: { FunctionUrlConfigs: FunctionUrlConfigList, NextMarker: string },
};
export interface ListFunctionUrlConfigsResponse {
  FunctionUrlConfigs: FunctionUrlConfigList;
  NextMarker?: string;
}
export const ListFunctionVersionsByCapacityProviderRequest: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderName"],
  members: {
    CapacityProviderName: { ...CapacityProviderName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxFiftyListItems, location: "querystring" },
  },
};
export interface ListFunctionVersionsByCapacityProviderRequest {
  CapacityProviderName: CapacityProviderName;
  Marker?: string;
  MaxItems?: MaxFiftyListItems;
}
export const ListFunctionVersionsByCapacityProviderResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderArn", "FunctionVersions"],
  members: {
    CapacityProviderArn: CapacityProviderArn,
    FunctionVersions: FunctionVersionsByCapacityProviderList,
    NextMarker: string,
  },
};
export interface ListFunctionVersionsByCapacityProviderResponse {
  CapacityProviderArn: CapacityProviderArn;
  FunctionVersions: FunctionVersionsByCapacityProviderList;
  NextMarker?: string;
}
export const ListFunctionsByCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn"],
  members: {
    CodeSigningConfigArn: { ...CodeSigningConfigArn, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListFunctionsByCodeSigningConfigRequest {
  CodeSigningConfigArn: CodeSigningConfigArn;
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListFunctionsByCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, FunctionArns: FunctionArnList },
};
export interface ListFunctionsByCodeSigningConfigResponse {
  NextMarker?: string;
  FunctionArns?: FunctionArnList;
}
export const MasterRegion: ModelScalar = { type: "string", pattern: "ALL|[a-z]{2}(-gov)?-[a-z]+-\\d{1}" };
export type MasterRegion = string;
export const ListFunctionsRequest: ModelStructure = {
  type: "structure",
  members: {
    MasterRegion: { ...MasterRegion, location: "querystring" },
    FunctionVersion: { ...FunctionVersion, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListFunctionsRequest {
  MasterRegion?: MasterRegion;
  FunctionVersion?: FunctionVersion;
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListFunctionsResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, Functions: FunctionList },
};
export interface ListFunctionsResponse {
  NextMarker?: string;
  Functions?: FunctionList;
}
export const MaxLayerListItems: ModelScalar = { type: "integer", min: 1, max: 50 };
export type MaxLayerListItems = number;
export const ListLayerVersionsRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName"],
  members: {
    CompatibleRuntime: { ...Runtime, location: "querystring" },
    LayerName: { ...LayerName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxLayerListItems, location: "querystring" },
    CompatibleArchitecture: { ...Architecture, location: "querystring" },
  },
};
export interface ListLayerVersionsRequest {
  CompatibleRuntime?: Runtime;
  LayerName: LayerName;
  Marker?: string;
  MaxItems?: MaxLayerListItems;
  CompatibleArchitecture?: Architecture;
}
export const ListLayerVersionsResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, LayerVersions: LayerVersionsList },
};
export interface ListLayerVersionsResponse {
  NextMarker?: string;
  LayerVersions?: LayerVersionsList;
}
export const ListLayersRequest: ModelStructure = {
  type: "structure",
  members: {
    CompatibleRuntime: { ...Runtime, location: "querystring" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxLayerListItems, location: "querystring" },
    CompatibleArchitecture: { ...Architecture, location: "querystring" },
  },
};
export interface ListLayersRequest {
  CompatibleRuntime?: Runtime;
  Marker?: string;
  MaxItems?: MaxLayerListItems;
  CompatibleArchitecture?: Architecture;
}
export const ListLayersResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, Layers: LayersList },
};
export interface ListLayersResponse {
  NextMarker?: string;
  Layers?: LayersList;
}
export const MaxProvisionedConcurrencyConfigListItems: ModelScalar = { type: "integer", min: 1, max: 50 };
export type MaxProvisionedConcurrencyConfigListItems = number;
export const ListProvisionedConcurrencyConfigsRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxProvisionedConcurrencyConfigListItems, location: "querystring" },
  },
};
export interface ListProvisionedConcurrencyConfigsRequest {
  FunctionName: FunctionName;
  Marker?: string;
  MaxItems?: MaxProvisionedConcurrencyConfigListItems;
}
export const ProvisionedConcurrencyConfigListItem: ModelStructure = {
  type: "structure",
  members: {
    FunctionArn: FunctionArn,
    RequestedProvisionedConcurrentExecutions: PositiveInteger,
    AvailableProvisionedConcurrentExecutions: NonNegativeInteger,
    AllocatedProvisionedConcurrentExecutions: NonNegativeInteger,
    Status: ProvisionedConcurrencyStatusEnum,
    StatusReason: string,
    LastModified: string,
  },
};
export interface ProvisionedConcurrencyConfigListItem {
  FunctionArn?: FunctionArn;
  RequestedProvisionedConcurrentExecutions?: PositiveInteger;
  AvailableProvisionedConcurrentExecutions?: NonNegativeInteger;
  AllocatedProvisionedConcurrentExecutions?: NonNegativeInteger;
  Status?: ProvisionedConcurrencyStatusEnum;
  StatusReason?: string;
  LastModified?: string;
}
export const ProvisionedConcurrencyConfigList: ModelList = {
  type: "list",
  member: ProvisionedConcurrencyConfigListItem,
};
export type ProvisionedConcurrencyConfigList = ProvisionedConcurrencyConfigListItem[];
export const ListProvisionedConcurrencyConfigsResponse: ModelStructure = {
  type: "structure",
  members: { ProvisionedConcurrencyConfigs: ProvisionedConcurrencyConfigList, NextMarker: string },
};
export interface ListProvisionedConcurrencyConfigsResponse {
  ProvisionedConcurrencyConfigs?: ProvisionedConcurrencyConfigList;
  NextMarker?: string;
}
export const TaggableResource: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern:
    "arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)",
};
export type TaggableResource = string;
export const ListTagsRequest: ModelStructure = {
  type: "structure",
  required: ["Resource"],
  members: { Resource: { ...TaggableResource, location: "uri" } },
};
export interface ListTagsRequest {
  Resource: TaggableResource;
}
export const ListTagsResponse: ModelStructure = { type: "structure", members: { Tags: Tags } };
export interface ListTagsResponse {
  Tags?: Tags;
}
export const ListVersionsByFunctionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Marker: { ...string, location: "querystring" },
    MaxItems: { ...MaxListItems, location: "querystring" },
  },
};
export interface ListVersionsByFunctionRequest {
  FunctionName: NamespacedFunctionName;
  Marker?: string;
  MaxItems?: MaxListItems;
}
export const ListVersionsByFunctionResponse: ModelStructure = {
  type: "structure",
  members: { NextMarker: string, Versions: FunctionList },
};
export interface ListVersionsByFunctionResponse {
  NextMarker?: string;
  Versions?: FunctionList;
}
export const NamespacedStatementId: ModelScalar = {
  type: "string",
  min: 1,
  max: 100,
  pattern: "([a-zA-Z0-9-_.]+)",
};
export type NamespacedStatementId = string;
export const NoPublishedVersionException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface NoPublishedVersionException {
  Type?: string;
  Message?: string;
}
export const PolicyLengthExceededException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface PolicyLengthExceededException {
  Type?: string;
  message?: string;
}
export const PreconditionFailedException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface PreconditionFailedException {
  Type?: string;
  message?: string;
}
export const ProvisionedConcurrencyConfigNotFoundException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface ProvisionedConcurrencyConfigNotFoundException {
  Type?: string;
  message?: string;
}
export const PublishLayerVersionRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "Content"],
  members: {
    LayerName: { ...LayerName, location: "uri" },
    Description: Description,
    Content: LayerVersionContentInput,
    CompatibleRuntimes: CompatibleRuntimes,
    LicenseInfo: LicenseInfo,
    CompatibleArchitectures: CompatibleArchitectures,
  },
};
export interface PublishLayerVersionRequest {
  LayerName: LayerName;
  Description?: Description;
  Content: LayerVersionContentInput;
  CompatibleRuntimes?: CompatibleRuntimes;
  LicenseInfo?: LicenseInfo;
  CompatibleArchitectures?: CompatibleArchitectures;
}
export const PublishLayerVersionResponse: ModelStructure = {
  type: "structure",
  members: {
    Content: LayerVersionContentOutput,
    LayerArn: LayerArn,
    LayerVersionArn: LayerVersionArn,
    Description: Description,
    CreatedDate: string,
    Version: long,
    CompatibleRuntimes: CompatibleRuntimes,
    LicenseInfo: LicenseInfo,
    CompatibleArchitectures: CompatibleArchitectures,
  },
};
export interface PublishLayerVersionResponse {
  Content?: LayerVersionContentOutput;
  LayerArn?: LayerArn;
  LayerVersionArn?: LayerVersionArn;
  Description?: Description;
  CreatedDate?: string;
  Version?: number;
  CompatibleRuntimes?: CompatibleRuntimes;
  LicenseInfo?: LicenseInfo;
  CompatibleArchitectures?: CompatibleArchitectures;
}
export const PublishVersionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    CodeSha256: string,
    Description: Description,
    RevisionId: string,
    PublishTo: FunctionVersionLatestPublished,
  },
};
export interface PublishVersionRequest {
  FunctionName: FunctionName;
  CodeSha256?: string;
  Description?: Description;
  RevisionId?: string;
  PublishTo?: FunctionVersionLatestPublished;
}
export const PutFunctionCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn", "FunctionName"],
  members: {
    CodeSigningConfigArn: CodeSigningConfigArn,
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
  },
};
export interface PutFunctionCodeSigningConfigRequest {
  CodeSigningConfigArn: CodeSigningConfigArn;
  FunctionName: NamespacedFunctionName;
}
export const PutFunctionCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn", "FunctionName"],
  members: { CodeSigningConfigArn: CodeSigningConfigArn, FunctionName: FunctionName },
};
export interface PutFunctionCodeSigningConfigResponse {
  CodeSigningConfigArn: CodeSigningConfigArn;
  FunctionName: FunctionName;
}
export const PutFunctionConcurrencyRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "ReservedConcurrentExecutions"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    ReservedConcurrentExecutions: ReservedConcurrentExecutions,
  },
};
export interface PutFunctionConcurrencyRequest {
  FunctionName: FunctionName;
  ReservedConcurrentExecutions: ReservedConcurrentExecutions;
}
export const PutFunctionEventInvokeConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    MaximumRetryAttempts: MaximumRetryAttempts,
    MaximumEventAgeInSeconds: MaximumEventAgeInSeconds,
    DestinationConfig: DestinationConfig,
  },
};
export interface PutFunctionEventInvokeConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  MaximumRetryAttempts?: MaximumRetryAttempts;
  MaximumEventAgeInSeconds?: MaximumEventAgeInSeconds;
  DestinationConfig?: DestinationConfig;
}
export const PutFunctionRecursionConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "RecursiveLoop"],
  members: { FunctionName: { ...UnqualifiedFunctionName, location: "uri" }, RecursiveLoop: RecursiveLoop },
};
export interface PutFunctionRecursionConfigRequest {
  FunctionName: UnqualifiedFunctionName;
  RecursiveLoop: RecursiveLoop;
}
export const PutFunctionRecursionConfigResponse: ModelStructure = {
  type: "structure",
  members: { RecursiveLoop: RecursiveLoop },
};
export interface PutFunctionRecursionConfigResponse {
  RecursiveLoop?: RecursiveLoop;
}
export const PutFunctionScalingConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Qualifier"],
  members: {
    FunctionName: { ...UnqualifiedFunctionName, location: "uri" },
    Qualifier: { ...PublishedFunctionQualifier, location: "querystring" },
    FunctionScalingConfig: FunctionScalingConfig,
  },
};
export interface PutFunctionScalingConfigRequest {
  FunctionName: UnqualifiedFunctionName;
  Qualifier: PublishedFunctionQualifier;
  FunctionScalingConfig?: FunctionScalingConfig;
}
export const PutFunctionScalingConfigResponse: ModelStructure = {
  type: "structure",
  members: { FunctionState: State },
};
export interface PutFunctionScalingConfigResponse {
  FunctionState?: State;
}
export const PutProvisionedConcurrencyConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Qualifier", "ProvisionedConcurrentExecutions"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...Qualifier, location: "querystring" },
    ProvisionedConcurrentExecutions: PositiveInteger,
  },
};
export interface PutProvisionedConcurrencyConfigRequest {
  FunctionName: FunctionName;
  Qualifier: Qualifier;
  ProvisionedConcurrentExecutions: PositiveInteger;
}
export const PutProvisionedConcurrencyConfigResponse: ModelStructure = {
  type: "structure",
  members: {
    RequestedProvisionedConcurrentExecutions: PositiveInteger,
    AvailableProvisionedConcurrentExecutions: NonNegativeInteger,
    AllocatedProvisionedConcurrentExecutions: NonNegativeInteger,
    Status: ProvisionedConcurrencyStatusEnum,
    StatusReason: string,
    LastModified: string,
  },
};
export interface PutProvisionedConcurrencyConfigResponse {
  RequestedProvisionedConcurrentExecutions?: PositiveInteger;
  AvailableProvisionedConcurrentExecutions?: NonNegativeInteger;
  AllocatedProvisionedConcurrentExecutions?: NonNegativeInteger;
  Status?: ProvisionedConcurrencyStatusEnum;
  StatusReason?: string;
  LastModified?: string;
}
export const PutRuntimeManagementConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "UpdateRuntimeOn"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    UpdateRuntimeOn: UpdateRuntimeOn,
    RuntimeVersionArn: RuntimeVersionArn,
  },
};
export interface PutRuntimeManagementConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  UpdateRuntimeOn: UpdateRuntimeOn;
  RuntimeVersionArn?: RuntimeVersionArn;
}
export const PutRuntimeManagementConfigResponse: ModelStructure = {
  type: "structure",
  required: ["UpdateRuntimeOn", "FunctionArn"],
  members: {
    UpdateRuntimeOn: UpdateRuntimeOn,
    FunctionArn: FunctionArn,
    RuntimeVersionArn: RuntimeVersionArn,
  },
};
export interface PutRuntimeManagementConfigResponse {
  UpdateRuntimeOn: UpdateRuntimeOn;
  FunctionArn: FunctionArn;
  RuntimeVersionArn?: RuntimeVersionArn;
}
export const RecursiveInvocationException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface RecursiveInvocationException {
  Type?: string;
  Message?: string;
}
export const RemoveLayerVersionPermissionRequest: ModelStructure = {
  type: "structure",
  required: ["LayerName", "VersionNumber", "StatementId"],
  members: {
    LayerName: { ...LayerName, location: "uri" },
    VersionNumber: { ...long, location: "uri" },
    StatementId: { ...StatementId, location: "uri" },
    RevisionId: { ...string, location: "querystring" },
  },
};
export interface RemoveLayerVersionPermissionRequest {
  LayerName: LayerName;
  VersionNumber: number;
  StatementId: StatementId;
  RevisionId?: string;
}
export const RemovePermissionRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "StatementId"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    StatementId: { ...NamespacedStatementId, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    RevisionId: { ...string, location: "querystring" },
  },
};
export interface RemovePermissionRequest {
  FunctionName: NamespacedFunctionName;
  StatementId: NamespacedStatementId;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  RevisionId?: string;
}
export const RequestTooLargeException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface RequestTooLargeException {
  Type?: string;
  message?: string;
}
export const ResourceConflictException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface ResourceConflictException {
  Type?: string;
  message?: string;
}
export const ResourceInUseException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface ResourceInUseException {
  Type?: string;
  Message?: string;
}
export const ResourceNotFoundException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface ResourceNotFoundException {
  Type?: string;
  Message?: string;
}
export const ResourceNotReadyException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface ResourceNotReadyException {
  Type?: string;
  message?: string;
}
export const S3FilesMountConnectivityException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface S3FilesMountConnectivityException {
  Type?: string;
  Message?: string;
}
export const S3FilesMountFailureException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface S3FilesMountFailureException {
  Type?: string;
  Message?: string;
}
export const S3FilesMountTimeoutException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface S3FilesMountTimeoutException {
  Type?: string;
  Message?: string;
}
export const SendDurableExecutionCallbackFailureRequest: ModelStructure = {
  type: "structure",
  required: ["CallbackId"],
  payload: "Error",
  members: { CallbackId: { ...CallbackId, location: "uri" }, Error: ErrorObject },
};
export interface SendDurableExecutionCallbackFailureRequest {
  CallbackId: CallbackId;
  Error?: ErrorObject;
}
export const SendDurableExecutionCallbackFailureResponse: ModelStructure = { type: "structure", members: {} };
export type SendDurableExecutionCallbackFailureResponse = Record<string, never>;
export const SendDurableExecutionCallbackHeartbeatRequest: ModelStructure = {
  type: "structure",
  required: ["CallbackId"],
  members: { CallbackId: { ...CallbackId, location: "uri" } },
};
export interface SendDurableExecutionCallbackHeartbeatRequest {
  CallbackId: CallbackId;
}
export const SendDurableExecutionCallbackHeartbeatResponse: ModelStructure = {
  type: "structure",
  members: {},
};
export type SendDurableExecutionCallbackHeartbeatResponse = Record<string, never>;
export const SendDurableExecutionCallbackSuccessRequest: ModelStructure = {
  type: "structure",
  required: ["CallbackId"],
  payload: "Result",
  members: { CallbackId: { ...CallbackId, location: "uri" }, Result: BinaryOperationPayload },
};
export interface SendDurableExecutionCallbackSuccessRequest {
  CallbackId: CallbackId;
  Result?: BinaryOperationPayload;
}
export const SendDurableExecutionCallbackSuccessResponse: ModelStructure = { type: "structure", members: {} };
export type SendDurableExecutionCallbackSuccessResponse = Record<string, never>;
export const SerializedRequestEntityTooLargeException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface SerializedRequestEntityTooLargeException {
  Type?: string;
  message?: string;
}
export const ServiceException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface ServiceException {
  Type?: string;
  Message?: string;
}
export const SnapStartException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface SnapStartException {
  Type?: string;
  Message?: string;
}
export const SnapStartNotReadyException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface SnapStartNotReadyException {
  Type?: string;
  Message?: string;
}
export const SnapStartTimeoutException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface SnapStartTimeoutException {
  Type?: string;
  Message?: string;
}
export const StopDurableExecutionRequest: ModelStructure = {
  type: "structure",
  required: ["DurableExecutionArn"],
  payload: "Error",
  members: { DurableExecutionArn: { ...DurableExecutionArn, location: "uri" }, Error: ErrorObject },
};
export interface StopDurableExecutionRequest {
  DurableExecutionArn: DurableExecutionArn;
  Error?: ErrorObject;
}
export const StopDurableExecutionResponse: ModelStructure = {
  type: "structure",
  required: ["StopTimestamp"],
  members: { StopTimestamp: timestamp },
};
export interface StopDurableExecutionResponse {
  StopTimestamp: number;
}
export const SubnetIPAddressLimitReachedException: ModelStructure = {
  type: "structure",
  members: { Type: string, Message: string },
};
export interface SubnetIPAddressLimitReachedException {
  Type?: string;
  Message?: string;
}
export const TagKeyList: ModelList = { type: "list", member: string };
export type TagKeyList = string[];
export const TagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["Resource", "Tags"],
  members: { Resource: { ...TaggableResource, location: "uri" }, Tags: Tags },
};
export interface TagResourceRequest {
  Resource: TaggableResource;
  Tags: Tags;
}
export const ThrottleReason: ModelScalar = {
  type: "string",
  enum: [
    "ConcurrentInvocationLimitExceeded",
    "FunctionInvocationRateLimitExceeded",
    "ReservedFunctionConcurrentInvocationLimitExceeded",
    "ReservedFunctionInvocationRateLimitExceeded",
    "CallerRateLimitExceeded",
    "ConcurrentSnapshotCreateLimitExceeded",
  ],
};
export type ThrottleReason = string;
export const TooManyRequestsException: ModelStructure = {
  type: "structure",
  members: {
    retryAfterSeconds: { ...string, locationName: "Retry-After", location: "header" },
    Type: string,
    message: string,
    Reason: ThrottleReason,
  },
};
export interface TooManyRequestsException {
  retryAfterSeconds?: string;
  Type?: string;
  message?: string;
  Reason?: ThrottleReason;
}
export const UnsupportedMediaTypeException: ModelStructure = {
  type: "structure",
  members: { Type: string, message: string },
};
export interface UnsupportedMediaTypeException {
  Type?: string;
  message?: string;
}
export const UntagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["Resource", "TagKeys"],
  members: {
    Resource: { ...TaggableResource, location: "uri" },
    TagKeys: { ...TagKeyList, locationName: "tagKeys", location: "querystring" },
  },
};
export interface UntagResourceRequest {
  Resource: TaggableResource;
  TagKeys: TagKeyList;
}
export const UpdateAliasRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName", "Name"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Name: { ...Alias, location: "uri" },
    FunctionVersion: VersionWithLatestPublished,
    Description: Description,
    RoutingConfig: AliasRoutingConfiguration,
    RevisionId: string,
  },
};
export interface UpdateAliasRequest {
  FunctionName: FunctionName;
  Name: Alias;
  FunctionVersion?: VersionWithLatestPublished;
  Description?: Description;
  RoutingConfig?: AliasRoutingConfiguration;
  RevisionId?: string;
}
export const UpdateCapacityProviderRequest: ModelStructure = {
  type: "structure",
  required: ["CapacityProviderName"],
  members: {
    CapacityProviderName: { ...CapacityProviderName, location: "uri" },
    CapacityProviderScalingConfig: CapacityProviderScalingConfig,
  },
};
export interface UpdateCapacityProviderRequest {
  CapacityProviderName: CapacityProviderName;
  CapacityProviderScalingConfig?: CapacityProviderScalingConfig;
}
export const UpdateCapacityProviderResponse: ModelStructure = {
  type: "structure",
  required: ["CapacityProvider"],
  members: { CapacityProvider: CapacityProvider },
};
export interface UpdateCapacityProviderResponse {
  CapacityProvider: CapacityProvider;
}
export const UpdateCodeSigningConfigRequest: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfigArn"],
  members: {
    CodeSigningConfigArn: { ...CodeSigningConfigArn, location: "uri" },
    Description: Description,
    AllowedPublishers: AllowedPublishers,
    CodeSigningPolicies: CodeSigningPolicies,
  },
};
export interface UpdateCodeSigningConfigRequest {
  CodeSigningConfigArn: CodeSigningConfigArn;
  Description?: Description;
  AllowedPublishers?: AllowedPublishers;
  CodeSigningPolicies?: CodeSigningPolicies;
}
export const UpdateCodeSigningConfigResponse: ModelStructure = {
  type: "structure",
  required: ["CodeSigningConfig"],
  members: { CodeSigningConfig: CodeSigningConfig },
};
export interface UpdateCodeSigningConfigResponse {
  CodeSigningConfig: CodeSigningConfig;
}
export const UpdateEventSourceMappingRequest: ModelStructure = {
  type: "structure",
  required: ["UUID"],
  members: {
    UUID: { ...string, location: "uri" },
    FunctionName: NamespacedFunctionName,
    Enabled: boolean,
    BatchSize: BatchSize,
    FilterCriteria: FilterCriteria,
    MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds,
    DestinationConfig: DestinationConfig,
    MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: boolean,
    MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping,
    ParallelizationFactor: ParallelizationFactor,
    SourceAccessConfigurations: SourceAccessConfigurations,
    TumblingWindowInSeconds: TumblingWindowInSeconds,
    FunctionResponseTypes: FunctionResponseTypeList,
    ScalingConfig: ScalingConfig,
    AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig,
    SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig,
    DocumentDBEventSourceConfig: DocumentDBEventSourceConfig,
    KMSKeyArn: KMSKeyArn,
    MetricsConfig: EventSourceMappingMetricsConfig,
    LoggingConfig: EventSourceMappingLoggingConfig,
    ProvisionedPollerConfig: ProvisionedPollerConfig,
  },
};
export interface UpdateEventSourceMappingRequest {
  UUID: string;
  FunctionName?: NamespacedFunctionName;
  Enabled?: boolean;
  BatchSize?: BatchSize;
  FilterCriteria?: FilterCriteria;
  MaximumBatchingWindowInSeconds?: MaximumBatchingWindowInSeconds;
  DestinationConfig?: DestinationConfig;
  MaximumRecordAgeInSeconds?: MaximumRecordAgeInSeconds;
  BisectBatchOnFunctionError?: boolean;
  MaximumRetryAttempts?: MaximumRetryAttemptsEventSourceMapping;
  ParallelizationFactor?: ParallelizationFactor;
  SourceAccessConfigurations?: SourceAccessConfigurations;
  TumblingWindowInSeconds?: TumblingWindowInSeconds;
  FunctionResponseTypes?: FunctionResponseTypeList;
  ScalingConfig?: ScalingConfig;
  AmazonManagedKafkaEventSourceConfig?: AmazonManagedKafkaEventSourceConfig;
  SelfManagedKafkaEventSourceConfig?: SelfManagedKafkaEventSourceConfig;
  DocumentDBEventSourceConfig?: DocumentDBEventSourceConfig;
  KMSKeyArn?: KMSKeyArn;
  MetricsConfig?: EventSourceMappingMetricsConfig;
  LoggingConfig?: EventSourceMappingLoggingConfig;
  ProvisionedPollerConfig?: ProvisionedPollerConfig;
}
export const UpdateFunctionCodeRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    ZipFile: blob,
    S3Bucket: S3Bucket,
    S3Key: S3Key,
    S3ObjectVersion: S3ObjectVersion,
    ImageUri: string,
    Publish: boolean,
    DryRun: boolean,
    RevisionId: string,
    Architectures: ArchitecturesList,
    SourceKMSKeyArn: KMSKeyArn,
    PublishTo: FunctionVersionLatestPublished,
  },
};
export interface UpdateFunctionCodeRequest {
  FunctionName: FunctionName;
  ZipFile?: string;
  S3Bucket?: S3Bucket;
  S3Key?: S3Key;
  S3ObjectVersion?: S3ObjectVersion;
  ImageUri?: string;
  Publish?: boolean;
  DryRun?: boolean;
  RevisionId?: string;
  Architectures?: ArchitecturesList;
  SourceKMSKeyArn?: KMSKeyArn;
  PublishTo?: FunctionVersionLatestPublished;
}
export const UpdateFunctionConfigurationRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Role: RoleArn,
    Handler: Handler,
    Description: Description,
    Timeout: Timeout,
    MemorySize: MemorySize,
    VpcConfig: VpcConfig,
    Environment: Environment,
    Runtime: Runtime,
    DeadLetterConfig: DeadLetterConfig,
    KMSKeyArn: KMSKeyArn,
    TracingConfig: TracingConfig,
    RevisionId: string,
    Layers: LayerList,
    FileSystemConfigs: FileSystemConfigList,
    ImageConfig: ImageConfig,
    EphemeralStorage: EphemeralStorage,
    SnapStart: SnapStart,
    LoggingConfig: LoggingConfig,
    CapacityProviderConfig: CapacityProviderConfig,
    DurableConfig: DurableConfig,
  },
};
export interface UpdateFunctionConfigurationRequest {
  FunctionName: FunctionName;
  Role?: RoleArn;
  Handler?: Handler;
  Description?: Description;
  Timeout?: Timeout;
  MemorySize?: MemorySize;
  VpcConfig?: VpcConfig;
  Environment?: Environment;
  Runtime?: Runtime;
  DeadLetterConfig?: DeadLetterConfig;
  KMSKeyArn?: KMSKeyArn;
  TracingConfig?: TracingConfig;
  RevisionId?: string;
  Layers?: LayerList;
  FileSystemConfigs?: FileSystemConfigList;
  ImageConfig?: ImageConfig;
  EphemeralStorage?: EphemeralStorage;
  SnapStart?: SnapStart;
  LoggingConfig?: LoggingConfig;
  CapacityProviderConfig?: CapacityProviderConfig;
  DurableConfig?: DurableConfig;
}
export const UpdateFunctionEventInvokeConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...NamespacedFunctionName, location: "uri" },
    Qualifier: { ...NumericLatestPublishedOrAliasQualifier, location: "querystring" },
    MaximumRetryAttempts: MaximumRetryAttempts,
    MaximumEventAgeInSeconds: MaximumEventAgeInSeconds,
    DestinationConfig: DestinationConfig,
  },
};
export interface UpdateFunctionEventInvokeConfigRequest {
  FunctionName: NamespacedFunctionName;
  Qualifier?: NumericLatestPublishedOrAliasQualifier;
  MaximumRetryAttempts?: MaximumRetryAttempts;
  MaximumEventAgeInSeconds?: MaximumEventAgeInSeconds;
  DestinationConfig?: DestinationConfig;
}
export const UpdateFunctionUrlConfigRequest: ModelStructure = {
  type: "structure",
  required: ["FunctionName"],
  members: {
    FunctionName: { ...FunctionName, location: "uri" },
    Qualifier: { ...FunctionUrlQualifier, location: "querystring" },
    AuthType: FunctionUrlAuthType,
    Cors: Cors,
    InvokeMode: InvokeMode,
  },
};
export interface UpdateFunctionUrlConfigRequest {
  FunctionName: FunctionName;
  Qualifier?: FunctionUrlQualifier;
  AuthType?: FunctionUrlAuthType;
  Cors?: Cors;
  InvokeMode?: InvokeMode;
}
export const UpdateFunctionUrlConfigResponse: ModelStructure = {
  type: "structure",
  required: ["FunctionUrl", "FunctionArn", "AuthType", "CreationTime", "LastModifiedTime"],
  members: {
    FunctionUrl: FunctionUrl,
    FunctionArn: FunctionArn,
    AuthType: FunctionUrlAuthType,
    Cors: Cors,
    CreationTime: string,
    LastModifiedTime: string,
    InvokeMode: InvokeMode,
  },
};
export interface UpdateFunctionUrlConfigResponse {
  FunctionUrl: FunctionUrl;
  FunctionArn: FunctionArn;
  AuthType: FunctionUrlAuthType;
  Cors?: Cors;
  CreationTime: string;
  LastModifiedTime: string;
  InvokeMode?: InvokeMode;
}

export const metadata: ModelMetadata = {
  apiVersion: "2015-03-31",
  protocol: "rest-json",
  protocols: ["rest-json"],
  signingName: "lambda",
  endpointPrefix: "lambda",
  serviceId: "Lambda",
};

export const operations = {
  AddLayerVersionPermission: {
    name: "AddLayerVersionPermission",
    input: AddLayerVersionPermissionRequest,
    output: AddLayerVersionPermissionResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "PolicyLengthExceededException",
      "ResourceNotFoundException",
      "PreconditionFailedException",
    ],
    http: {
      method: "POST",
      requestUri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
      responseCode: 201,
    },
  },
  AddPermission: {
    name: "AddPermission",
    input: AddPermissionRequest,
    output: AddPermissionResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "PolicyLengthExceededException",
      "ResourceNotFoundException",
      "PreconditionFailedException",
    ],
    http: { method: "POST", requestUri: "/2015-03-31/functions/{FunctionName}/policy", responseCode: 201 },
  },
  CheckpointDurableExecution: {
    name: "CheckpointDurableExecution",
    input: CheckpointDurableExecutionRequest,
    output: CheckpointDurableExecutionResponse,
    errors: ["InvalidParameterValueException", "TooManyRequestsException", "ServiceException"],
    http: {
      method: "POST",
      requestUri: "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint",
      responseCode: 200,
    },
  },
  CreateAlias: {
    name: "CreateAlias",
    input: CreateAliasRequest,
    output: AliasConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/2015-03-31/functions/{FunctionName}/aliases", responseCode: 201 },
  },
  CreateCapacityProvider: {
    name: "CreateCapacityProvider",
    input: CreateCapacityProviderRequest,
    output: CreateCapacityProviderResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "CapacityProviderLimitExceededException",
    ],
    http: { method: "POST", requestUri: "/2025-11-30/capacity-providers", responseCode: 202 },
  },
  CreateCodeSigningConfig: {
    name: "CreateCodeSigningConfig",
    input: CreateCodeSigningConfigRequest,
    output: CreateCodeSigningConfigResponse,
    errors: ["InvalidParameterValueException", "ServiceException"],
    http: { method: "POST", requestUri: "/2020-04-22/code-signing-configs", responseCode: 201 },
  },
  CreateEventSourceMapping: {
    name: "CreateEventSourceMapping",
    input: CreateEventSourceMappingRequest,
    output: EventSourceMappingConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/2015-03-31/event-source-mappings", responseCode: 202 },
  },
  CreateFunction: {
    name: "CreateFunction",
    input: CreateFunctionRequest,
    output: FunctionConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "InvalidCodeSignatureException",
      "ResourceNotFoundException",
      "CodeVerificationFailedException",
      "CodeSigningConfigNotFoundException",
      "CodeStorageExceededException",
      "FunctionVersionsPerCapacityProviderLimitExceededException",
    ],
    http: { method: "POST", requestUri: "/2015-03-31/functions", responseCode: 201 },
  },
  CreateFunctionUrlConfig: {
    name: "CreateFunctionUrlConfig",
    input: CreateFunctionUrlConfigRequest,
    output: CreateFunctionUrlConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/2021-10-31/functions/{FunctionName}/url", responseCode: 201 },
  },
  DeleteAlias: {
    name: "DeleteAlias",
    input: DeleteAliasRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
      responseCode: 204,
    },
  },
  DeleteCapacityProvider: {
    name: "DeleteCapacityProvider",
    input: DeleteCapacityProviderRequest,
    output: DeleteCapacityProviderResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
      responseCode: 202,
    },
  },
  DeleteCodeSigningConfig: {
    name: "DeleteCodeSigningConfig",
    input: DeleteCodeSigningConfigRequest,
    output: DeleteCodeSigningConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
      responseCode: 204,
    },
  },
  DeleteEventSourceMapping: {
    name: "DeleteEventSourceMapping",
    input: DeleteEventSourceMappingRequest,
    output: EventSourceMappingConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceInUseException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "DELETE", requestUri: "/2015-03-31/event-source-mappings/{UUID}", responseCode: 202 },
  },
  DeleteFunction: {
    name: "DeleteFunction",
    input: DeleteFunctionRequest,
    output: DeleteFunctionResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "DELETE", requestUri: "/2015-03-31/functions/{FunctionName}", responseCode: 200 },
  },
  DeleteFunctionCodeSigningConfig: {
    name: "DeleteFunctionCodeSigningConfig",
    input: DeleteFunctionCodeSigningConfigRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "CodeSigningConfigNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
      responseCode: 204,
    },
  },
  DeleteFunctionConcurrency: {
    name: "DeleteFunctionConcurrency",
    input: DeleteFunctionConcurrencyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2017-10-31/functions/{FunctionName}/concurrency",
      responseCode: 204,
    },
  },
  DeleteFunctionEventInvokeConfig: {
    name: "DeleteFunctionEventInvokeConfig",
    input: DeleteFunctionEventInvokeConfigRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
      responseCode: 204,
    },
  },
  DeleteFunctionUrlConfig: {
    name: "DeleteFunctionUrlConfig",
    input: DeleteFunctionUrlConfigRequest,
    output: emptyStructure,
    errors: [
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "DELETE", requestUri: "/2021-10-31/functions/{FunctionName}/url", responseCode: 204 },
  },
  DeleteLayerVersion: {
    name: "DeleteLayerVersion",
    input: DeleteLayerVersionRequest,
    output: emptyStructure,
    errors: ["ServiceException", "TooManyRequestsException"],
    http: {
      method: "DELETE",
      requestUri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
      responseCode: 204,
    },
  },
  DeleteProvisionedConcurrencyConfig: {
    name: "DeleteProvisionedConcurrencyConfig",
    input: DeleteProvisionedConcurrencyConfigRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
      responseCode: 204,
    },
  },
  GetAccountSettings: {
    name: "GetAccountSettings",
    input: GetAccountSettingsRequest,
    output: GetAccountSettingsResponse,
    errors: ["ServiceException", "TooManyRequestsException"],
    http: { method: "GET", requestUri: "/2016-08-19/account-settings", responseCode: 200 },
  },
  GetAlias: {
    name: "GetAlias",
    input: GetAliasRequest,
    output: AliasConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
      responseCode: 200,
    },
  },
  GetCapacityProvider: {
    name: "GetCapacityProvider",
    input: GetCapacityProviderRequest,
    output: GetCapacityProviderResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
      responseCode: 200,
    },
  },
  GetCodeSigningConfig: {
    name: "GetCodeSigningConfig",
    input: GetCodeSigningConfigRequest,
    output: GetCodeSigningConfigResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "ResourceNotFoundException"],
    http: {
      method: "GET",
      requestUri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
      responseCode: 200,
    },
  },
  GetDurableExecution: {
    name: "GetDurableExecution",
    input: GetDurableExecutionRequest,
    output: GetDurableExecutionResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-12-01/durable-executions/{DurableExecutionArn}",
      responseCode: 200,
    },
  },
  GetDurableExecutionHistory: {
    name: "GetDurableExecutionHistory",
    input: GetDurableExecutionHistoryRequest,
    output: GetDurableExecutionHistoryResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-12-01/durable-executions/{DurableExecutionArn}/history",
      responseCode: 200,
    },
  },
  GetDurableExecutionState: {
    name: "GetDurableExecutionState",
    input: GetDurableExecutionStateRequest,
    output: GetDurableExecutionStateResponse,
    errors: ["InvalidParameterValueException", "TooManyRequestsException", "ServiceException"],
    http: {
      method: "GET",
      requestUri: "/2025-12-01/durable-executions/{DurableExecutionArn}/state",
      responseCode: 200,
    },
  },
  GetEventSourceMapping: {
    name: "GetEventSourceMapping",
    input: GetEventSourceMappingRequest,
    output: EventSourceMappingConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/event-source-mappings/{UUID}", responseCode: 200 },
  },
  GetFunction: {
    name: "GetFunction",
    input: GetFunctionRequest,
    output: GetFunctionResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/functions/{FunctionName}", responseCode: 200 },
  },
  GetFunctionCodeSigningConfig: {
    name: "GetFunctionCodeSigningConfig",
    input: GetFunctionCodeSigningConfigRequest,
    output: GetFunctionCodeSigningConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
      responseCode: 200,
    },
  },
  GetFunctionConcurrency: {
    name: "GetFunctionConcurrency",
    input: GetFunctionConcurrencyRequest,
    output: GetFunctionConcurrencyResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2019-09-30/functions/{FunctionName}/concurrency",
      responseCode: 200,
    },
  },
  GetFunctionConfiguration: {
    name: "GetFunctionConfiguration",
    input: GetFunctionConfigurationRequest,
    output: FunctionConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2015-03-31/functions/{FunctionName}/configuration",
      responseCode: 200,
    },
  },
  GetFunctionEventInvokeConfig: {
    name: "GetFunctionEventInvokeConfig",
    input: GetFunctionEventInvokeConfigRequest,
    output: FunctionEventInvokeConfig,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
      responseCode: 200,
    },
  },
  GetFunctionRecursionConfig: {
    name: "GetFunctionRecursionConfig",
    input: GetFunctionRecursionConfigRequest,
    output: GetFunctionRecursionConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2024-08-31/functions/{FunctionName}/recursion-config",
      responseCode: 200,
    },
  },
  GetFunctionScalingConfig: {
    name: "GetFunctionScalingConfig",
    input: GetFunctionScalingConfigRequest,
    output: GetFunctionScalingConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-11-30/functions/{FunctionName}/function-scaling-config",
      responseCode: 200,
    },
  },
  GetFunctionUrlConfig: {
    name: "GetFunctionUrlConfig",
    input: GetFunctionUrlConfigRequest,
    output: GetFunctionUrlConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2021-10-31/functions/{FunctionName}/url", responseCode: 200 },
  },
  GetLayerVersion: {
    name: "GetLayerVersion",
    input: GetLayerVersionRequest,
    output: GetLayerVersionResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
      responseCode: 200,
    },
  },
  GetLayerVersionByArn: {
    name: "GetLayerVersionByArn",
    input: GetLayerVersionByArnRequest,
    output: GetLayerVersionResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2018-10-31/layers?find=LayerVersion", responseCode: 200 },
  },
  GetLayerVersionPolicy: {
    name: "GetLayerVersionPolicy",
    input: GetLayerVersionPolicyRequest,
    output: GetLayerVersionPolicyResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
      responseCode: 200,
    },
  },
  GetPolicy: {
    name: "GetPolicy",
    input: GetPolicyRequest,
    output: GetPolicyResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/functions/{FunctionName}/policy", responseCode: 200 },
  },
  GetProvisionedConcurrencyConfig: {
    name: "GetProvisionedConcurrencyConfig",
    input: GetProvisionedConcurrencyConfigRequest,
    output: GetProvisionedConcurrencyConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ProvisionedConcurrencyConfigNotFoundException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
      responseCode: 200,
    },
  },
  GetRuntimeManagementConfig: {
    name: "GetRuntimeManagementConfig",
    input: GetRuntimeManagementConfigRequest,
    output: GetRuntimeManagementConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2021-07-20/functions/{FunctionName}/runtime-management-config",
      responseCode: 200,
    },
  },
  Invoke: {
    name: "Invoke",
    input: InvocationRequest,
    output: InvocationResponse,
    errors: [
      "ResourceNotReadyException",
      "InvalidSecurityGroupIDException",
      "SnapStartTimeoutException",
      "TooManyRequestsException",
      "EC2ThrottledException",
      "EFSMountConnectivityException",
      "SubnetIPAddressLimitReachedException",
      "KMSAccessDeniedException",
      "RequestTooLargeException",
      "KMSDisabledException",
      "UnsupportedMediaTypeException",
      "S3FilesMountConnectivityException",
      "SerializedRequestEntityTooLargeException",
      "InvalidRuntimeException",
      "NoPublishedVersionException",
      "EC2UnexpectedException",
      "InvalidSubnetIDException",
      "KMSNotFoundException",
      "InvalidParameterValueException",
      "EC2AccessDeniedException",
      "EFSIOException",
      "KMSInvalidStateException",
      "ResourceConflictException",
      "ENILimitReachedException",
      "SnapStartNotReadyException",
      "ServiceException",
      "SnapStartException",
      "RecursiveInvocationException",
      "S3FilesMountFailureException",
      "EFSMountTimeoutException",
      "S3FilesMountTimeoutException",
      "ResourceNotFoundException",
      "InvalidRequestContentException",
      "DurableExecutionAlreadyStartedException",
      "InvalidZipFileException",
      "EFSMountFailureException",
    ],
    http: {
      method: "POST",
      requestUri: "/2015-03-31/functions/{FunctionName}/invocations",
      responseCode: 200,
    },
  },
  InvokeAsync: {
    name: "InvokeAsync",
    input: InvokeAsyncRequest,
    output: InvokeAsyncResponse,
    errors: [
      "InvalidRuntimeException",
      "ResourceConflictException",
      "ServiceException",
      "ResourceNotFoundException",
      "InvalidRequestContentException",
    ],
    http: {
      method: "POST",
      requestUri: "/2014-11-13/functions/{FunctionName}/invoke-async",
      responseCode: 202,
    },
  },
  InvokeWithResponseStream: {
    name: "InvokeWithResponseStream",
    input: InvokeWithResponseStreamRequest,
    output: InvokeWithResponseStreamResponse,
    errors: [
      "ResourceNotReadyException",
      "InvalidSecurityGroupIDException",
      "SnapStartTimeoutException",
      "TooManyRequestsException",
      "EC2ThrottledException",
      "EFSMountConnectivityException",
      "SubnetIPAddressLimitReachedException",
      "KMSAccessDeniedException",
      "RequestTooLargeException",
      "KMSDisabledException",
      "UnsupportedMediaTypeException",
      "S3FilesMountConnectivityException",
      "SerializedRequestEntityTooLargeException",
      "InvalidRuntimeException",
      "NoPublishedVersionException",
      "EC2UnexpectedException",
      "InvalidSubnetIDException",
      "KMSNotFoundException",
      "InvalidParameterValueException",
      "EC2AccessDeniedException",
      "EFSIOException",
      "KMSInvalidStateException",
      "ResourceConflictException",
      "ENILimitReachedException",
      "SnapStartNotReadyException",
      "ServiceException",
      "SnapStartException",
      "RecursiveInvocationException",
      "S3FilesMountFailureException",
      "EFSMountTimeoutException",
      "S3FilesMountTimeoutException",
      "ResourceNotFoundException",
      "InvalidRequestContentException",
      "InvalidZipFileException",
      "EFSMountFailureException",
    ],
    http: {
      method: "POST",
      requestUri: "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
      responseCode: 200,
    },
  },
  ListAliases: {
    name: "ListAliases",
    input: ListAliasesRequest,
    output: ListAliasesResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/functions/{FunctionName}/aliases", responseCode: 200 },
  },
  ListCapacityProviders: {
    name: "ListCapacityProviders",
    input: ListCapacityProvidersRequest,
    output: ListCapacityProvidersResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "TooManyRequestsException"],
    http: { method: "GET", requestUri: "/2025-11-30/capacity-providers", responseCode: 200 },
  },
  ListCodeSigningConfigs: {
    name: "ListCodeSigningConfigs",
    input: ListCodeSigningConfigsRequest,
    output: ListCodeSigningConfigsResponse,
    errors: ["InvalidParameterValueException", "ServiceException"],
    http: { method: "GET", requestUri: "/2020-04-22/code-signing-configs", responseCode: 200 },
  },
  ListDurableExecutionsByFunction: {
    name: "ListDurableExecutionsByFunction",
    input: ListDurableExecutionsByFunctionRequest,
    output: ListDurableExecutionsByFunctionResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-12-01/functions/{FunctionName}/durable-executions",
      responseCode: 200,
    },
  },
  ListEventSourceMappings: {
    name: "ListEventSourceMappings",
    input: ListEventSourceMappingsRequest,
    output: ListEventSourceMappingsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/event-source-mappings", responseCode: 200 },
  },
  ListFunctionEventInvokeConfigs: {
    name: "ListFunctionEventInvokeConfigs",
    input: ListFunctionEventInvokeConfigsRequest,
    output: ListFunctionEventInvokeConfigsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
      responseCode: 200,
    },
  },
  ListFunctionUrlConfigs: {
    name: "ListFunctionUrlConfigs",
    input: ListFunctionUrlConfigsRequest,
    output: ListFunctionUrlConfigsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2021-10-31/functions/{FunctionName}/urls", responseCode: 200 },
  },
  ListFunctionVersionsByCapacityProvider: {
    name: "ListFunctionVersionsByCapacityProvider",
    input: ListFunctionVersionsByCapacityProviderRequest,
    output: ListFunctionVersionsByCapacityProviderResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions",
      responseCode: 200,
    },
  },
  ListFunctions: {
    name: "ListFunctions",
    input: ListFunctionsRequest,
    output: ListFunctionsResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "TooManyRequestsException"],
    http: { method: "GET", requestUri: "/2015-03-31/functions", responseCode: 200 },
  },
  ListFunctionsByCodeSigningConfig: {
    name: "ListFunctionsByCodeSigningConfig",
    input: ListFunctionsByCodeSigningConfigRequest,
    output: ListFunctionsByCodeSigningConfigResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "ResourceNotFoundException"],
    http: {
      method: "GET",
      requestUri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions",
      responseCode: 200,
    },
  },
  ListLayerVersions: {
    name: "ListLayerVersions",
    input: ListLayerVersionsRequest,
    output: ListLayerVersionsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2018-10-31/layers/{LayerName}/versions", responseCode: 200 },
  },
  ListLayers: {
    name: "ListLayers",
    input: ListLayersRequest,
    output: ListLayersResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "TooManyRequestsException"],
    http: { method: "GET", requestUri: "/2018-10-31/layers", responseCode: 200 },
  },
  ListProvisionedConcurrencyConfigs: {
    name: "ListProvisionedConcurrencyConfigs",
    input: ListProvisionedConcurrencyConfigsRequest,
    output: ListProvisionedConcurrencyConfigsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "GET",
      requestUri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
      responseCode: 200,
    },
  },
  ListTags: {
    name: "ListTags",
    input: ListTagsRequest,
    output: ListTagsResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2017-03-31/tags/{Resource}", responseCode: 200 },
  },
  ListVersionsByFunction: {
    name: "ListVersionsByFunction",
    input: ListVersionsByFunctionRequest,
    output: ListVersionsByFunctionResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "GET", requestUri: "/2015-03-31/functions/{FunctionName}/versions", responseCode: 200 },
  },
  PublishLayerVersion: {
    name: "PublishLayerVersion",
    input: PublishLayerVersionRequest,
    output: PublishLayerVersionResponse,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "CodeStorageExceededException",
    ],
    http: { method: "POST", requestUri: "/2018-10-31/layers/{LayerName}/versions", responseCode: 201 },
  },
  PublishVersion: {
    name: "PublishVersion",
    input: PublishVersionRequest,
    output: FunctionConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "CodeStorageExceededException",
      "PreconditionFailedException",
      "FunctionVersionsPerCapacityProviderLimitExceededException",
    ],
    http: { method: "POST", requestUri: "/2015-03-31/functions/{FunctionName}/versions", responseCode: 201 },
  },
  PutFunctionCodeSigningConfig: {
    name: "PutFunctionCodeSigningConfig",
    input: PutFunctionCodeSigningConfigRequest,
    output: PutFunctionCodeSigningConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "CodeSigningConfigNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2020-06-30/functions/{FunctionName}/code-signing-config",
      responseCode: 200,
    },
  },
  PutFunctionConcurrency: {
    name: "PutFunctionConcurrency",
    input: PutFunctionConcurrencyRequest,
    output: Concurrency,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2017-10-31/functions/{FunctionName}/concurrency",
      responseCode: 200,
    },
  },
  PutFunctionEventInvokeConfig: {
    name: "PutFunctionEventInvokeConfig",
    input: PutFunctionEventInvokeConfigRequest,
    output: FunctionEventInvokeConfig,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
      responseCode: 200,
    },
  },
  PutFunctionRecursionConfig: {
    name: "PutFunctionRecursionConfig",
    input: PutFunctionRecursionConfigRequest,
    output: PutFunctionRecursionConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2024-08-31/functions/{FunctionName}/recursion-config",
      responseCode: 200,
    },
  },
  PutFunctionScalingConfig: {
    name: "PutFunctionScalingConfig",
    input: PutFunctionScalingConfigRequest,
    output: PutFunctionScalingConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2025-11-30/functions/{FunctionName}/function-scaling-config",
      responseCode: 202,
    },
  },
  PutProvisionedConcurrencyConfig: {
    name: "PutProvisionedConcurrencyConfig",
    input: PutProvisionedConcurrencyConfigRequest,
    output: PutProvisionedConcurrencyConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
      responseCode: 202,
    },
  },
  PutRuntimeManagementConfig: {
    name: "PutRuntimeManagementConfig",
    input: PutRuntimeManagementConfigRequest,
    output: PutRuntimeManagementConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2021-07-20/functions/{FunctionName}/runtime-management-config",
      responseCode: 200,
    },
  },
  RemoveLayerVersionPermission: {
    name: "RemoveLayerVersionPermission",
    input: RemoveLayerVersionPermissionRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "PreconditionFailedException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
      responseCode: 204,
    },
  },
  RemovePermission: {
    name: "RemovePermission",
    input: RemovePermissionRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "PreconditionFailedException",
    ],
    http: {
      method: "DELETE",
      requestUri: "/2015-03-31/functions/{FunctionName}/policy/{StatementId}",
      responseCode: 204,
    },
  },
  SendDurableExecutionCallbackFailure: {
    name: "SendDurableExecutionCallbackFailure",
    input: SendDurableExecutionCallbackFailureRequest,
    output: SendDurableExecutionCallbackFailureResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "CallbackTimeoutException",
    ],
    http: {
      method: "POST",
      requestUri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail",
      responseCode: 200,
    },
  },
  SendDurableExecutionCallbackHeartbeat: {
    name: "SendDurableExecutionCallbackHeartbeat",
    input: SendDurableExecutionCallbackHeartbeatRequest,
    output: SendDurableExecutionCallbackHeartbeatResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "CallbackTimeoutException",
    ],
    http: {
      method: "POST",
      requestUri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat",
      responseCode: 200,
    },
  },
  SendDurableExecutionCallbackSuccess: {
    name: "SendDurableExecutionCallbackSuccess",
    input: SendDurableExecutionCallbackSuccessRequest,
    output: SendDurableExecutionCallbackSuccessResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "CallbackTimeoutException",
    ],
    http: {
      method: "POST",
      requestUri: "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed",
      responseCode: 200,
    },
  },
  StopDurableExecution: {
    name: "StopDurableExecution",
    input: StopDurableExecutionRequest,
    output: StopDurableExecutionResponse,
    errors: [
      "InvalidParameterValueException",
      "TooManyRequestsException",
      "ServiceException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "POST",
      requestUri: "/2025-12-01/durable-executions/{DurableExecutionArn}/stop",
      responseCode: 200,
    },
  },
  TagResource: {
    name: "TagResource",
    input: TagResourceRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/2017-03-31/tags/{Resource}", responseCode: 204 },
  },
  UntagResource: {
    name: "UntagResource",
    input: UntagResourceRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "DELETE", requestUri: "/2017-03-31/tags/{Resource}", responseCode: 204 },
  },
  UpdateAlias: {
    name: "UpdateAlias",
    input: UpdateAliasRequest,
    output: AliasConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
      "PreconditionFailedException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2015-03-31/functions/{FunctionName}/aliases/{Name}",
      responseCode: 200,
    },
  },
  UpdateCapacityProvider: {
    name: "UpdateCapacityProvider",
    input: UpdateCapacityProviderRequest,
    output: UpdateCapacityProviderResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2025-11-30/capacity-providers/{CapacityProviderName}",
      responseCode: 202,
    },
  },
  UpdateCodeSigningConfig: {
    name: "UpdateCodeSigningConfig",
    input: UpdateCodeSigningConfigRequest,
    output: UpdateCodeSigningConfigResponse,
    errors: ["InvalidParameterValueException", "ServiceException", "ResourceNotFoundException"],
    http: {
      method: "PUT",
      requestUri: "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
      responseCode: 200,
    },
  },
  UpdateEventSourceMapping: {
    name: "UpdateEventSourceMapping",
    input: UpdateEventSourceMappingRequest,
    output: EventSourceMappingConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceInUseException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "PUT", requestUri: "/2015-03-31/event-source-mappings/{UUID}", responseCode: 202 },
  },
  UpdateFunctionCode: {
    name: "UpdateFunctionCode",
    input: UpdateFunctionCodeRequest,
    output: FunctionConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "InvalidCodeSignatureException",
      "ResourceNotFoundException",
      "CodeVerificationFailedException",
      "CodeSigningConfigNotFoundException",
      "CodeStorageExceededException",
      "PreconditionFailedException",
    ],
    http: { method: "PUT", requestUri: "/2015-03-31/functions/{FunctionName}/code", responseCode: 200 },
  },
  UpdateFunctionConfiguration: {
    name: "UpdateFunctionConfiguration",
    input: UpdateFunctionConfigurationRequest,
    output: FunctionConfiguration,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "InvalidCodeSignatureException",
      "ResourceNotFoundException",
      "CodeVerificationFailedException",
      "CodeSigningConfigNotFoundException",
      "PreconditionFailedException",
    ],
    http: {
      method: "PUT",
      requestUri: "/2015-03-31/functions/{FunctionName}/configuration",
      responseCode: 200,
    },
  },
  UpdateFunctionEventInvokeConfig: {
    name: "UpdateFunctionEventInvokeConfig",
    input: UpdateFunctionEventInvokeConfigRequest,
    output: FunctionEventInvokeConfig,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: {
      method: "POST",
      requestUri: "/2019-09-25/functions/{FunctionName}/event-invoke-config",
      responseCode: 200,
    },
  },
  UpdateFunctionUrlConfig: {
    name: "UpdateFunctionUrlConfig",
    input: UpdateFunctionUrlConfigRequest,
    output: UpdateFunctionUrlConfigResponse,
    errors: [
      "InvalidParameterValueException",
      "ResourceConflictException",
      "ServiceException",
      "TooManyRequestsException",
      "ResourceNotFoundException",
    ],
    http: { method: "PUT", requestUri: "/2021-10-31/functions/{FunctionName}/url", responseCode: 200 },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  CallbackTimeoutException: {
    name: "CallbackTimeoutException",
    status: 400,
    fault: "Sender",
    shape: CallbackTimeoutException,
  },
  CapacityProviderLimitExceededException: {
    name: "CapacityProviderLimitExceededException",
    status: 400,
    fault: "Sender",
    shape: CapacityProviderLimitExceededException,
  },
  CodeSigningConfigNotFoundException: {
    name: "CodeSigningConfigNotFoundException",
    status: 404,
    fault: "Sender",
    shape: CodeSigningConfigNotFoundException,
  },
  CodeStorageExceededException: {
    name: "CodeStorageExceededException",
    status: 400,
    fault: "Sender",
    shape: CodeStorageExceededException,
  },
  CodeVerificationFailedException: {
    name: "CodeVerificationFailedException",
    status: 400,
    fault: "Sender",
    shape: CodeVerificationFailedException,
  },
  DurableExecutionAlreadyStartedException: {
    name: "DurableExecutionAlreadyStartedException",
    status: 409,
    fault: "Sender",
    shape: DurableExecutionAlreadyStartedException,
  },
  EC2AccessDeniedException: {
    name: "EC2AccessDeniedException",
    status: 502,
    fault: "Server",
    shape: EC2AccessDeniedException,
  },
  EC2ThrottledException: {
    name: "EC2ThrottledException",
    status: 502,
    fault: "Server",
    shape: EC2ThrottledException,
  },
  EC2UnexpectedException: {
    name: "EC2UnexpectedException",
    status: 502,
    fault: "Server",
    shape: EC2UnexpectedException,
  },
  EFSIOException: { name: "EFSIOException", status: 410, fault: "Sender", shape: EFSIOException },
  EFSMountConnectivityException: {
    name: "EFSMountConnectivityException",
    status: 408,
    fault: "Sender",
    shape: EFSMountConnectivityException,
  },
  EFSMountFailureException: {
    name: "EFSMountFailureException",
    status: 403,
    fault: "Sender",
    shape: EFSMountFailureException,
  },
  EFSMountTimeoutException: {
    name: "EFSMountTimeoutException",
    status: 408,
    fault: "Sender",
    shape: EFSMountTimeoutException,
  },
  ENILimitReachedException: {
    name: "ENILimitReachedException",
    status: 502,
    fault: "Server",
    shape: ENILimitReachedException,
  },
  FunctionVersionsPerCapacityProviderLimitExceededException: {
    name: "FunctionVersionsPerCapacityProviderLimitExceededException",
    status: 400,
    fault: "Sender",
    shape: FunctionVersionsPerCapacityProviderLimitExceededException,
  },
  InvalidCodeSignatureException: {
    name: "InvalidCodeSignatureException",
    status: 400,
    fault: "Sender",
    shape: InvalidCodeSignatureException,
  },
  InvalidParameterValueException: {
    name: "InvalidParameterValueException",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterValueException,
  },
  InvalidRequestContentException: {
    name: "InvalidRequestContentException",
    status: 400,
    fault: "Sender",
    shape: InvalidRequestContentException,
  },
  InvalidRuntimeException: {
    name: "InvalidRuntimeException",
    status: 502,
    fault: "Server",
    shape: InvalidRuntimeException,
  },
  InvalidSecurityGroupIDException: {
    name: "InvalidSecurityGroupIDException",
    status: 502,
    fault: "Server",
    shape: InvalidSecurityGroupIDException,
  },
  InvalidSubnetIDException: {
    name: "InvalidSubnetIDException",
    status: 502,
    fault: "Server",
    shape: InvalidSubnetIDException,
  },
  InvalidZipFileException: {
    name: "InvalidZipFileException",
    status: 502,
    fault: "Server",
    shape: InvalidZipFileException,
  },
  KMSAccessDeniedException: {
    name: "KMSAccessDeniedException",
    status: 502,
    fault: "Server",
    shape: KMSAccessDeniedException,
  },
  KMSDisabledException: {
    name: "KMSDisabledException",
    status: 502,
    fault: "Server",
    shape: KMSDisabledException,
  },
  KMSInvalidStateException: {
    name: "KMSInvalidStateException",
    status: 502,
    fault: "Server",
    shape: KMSInvalidStateException,
  },
  KMSNotFoundException: {
    name: "KMSNotFoundException",
    status: 502,
    fault: "Server",
    shape: KMSNotFoundException,
  },
  NoPublishedVersionException: {
    name: "NoPublishedVersionException",
    status: 400,
    fault: "Sender",
    shape: NoPublishedVersionException,
  },
  PolicyLengthExceededException: {
    name: "PolicyLengthExceededException",
    status: 400,
    fault: "Sender",
    shape: PolicyLengthExceededException,
  },
  PreconditionFailedException: {
    name: "PreconditionFailedException",
    status: 412,
    fault: "Sender",
    shape: PreconditionFailedException,
  },
  ProvisionedConcurrencyConfigNotFoundException: {
    name: "ProvisionedConcurrencyConfigNotFoundException",
    status: 404,
    fault: "Sender",
    shape: ProvisionedConcurrencyConfigNotFoundException,
  },
  RecursiveInvocationException: {
    name: "RecursiveInvocationException",
    status: 400,
    fault: "Sender",
    shape: RecursiveInvocationException,
  },
  RequestTooLargeException: {
    name: "RequestTooLargeException",
    status: 413,
    fault: "Sender",
    shape: RequestTooLargeException,
  },
  ResourceConflictException: {
    name: "ResourceConflictException",
    status: 409,
    fault: "Sender",
    shape: ResourceConflictException,
  },
  ResourceInUseException: {
    name: "ResourceInUseException",
    status: 400,
    fault: "Sender",
    shape: ResourceInUseException,
  },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    status: 404,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
  ResourceNotReadyException: {
    name: "ResourceNotReadyException",
    status: 502,
    fault: "Server",
    shape: ResourceNotReadyException,
  },
  S3FilesMountConnectivityException: {
    name: "S3FilesMountConnectivityException",
    status: 408,
    fault: "Sender",
    shape: S3FilesMountConnectivityException,
  },
  S3FilesMountFailureException: {
    name: "S3FilesMountFailureException",
    status: 403,
    fault: "Sender",
    shape: S3FilesMountFailureException,
  },
  S3FilesMountTimeoutException: {
    name: "S3FilesMountTimeoutException",
    status: 408,
    fault: "Sender",
    shape: S3FilesMountTimeoutException,
  },
  SerializedRequestEntityTooLargeException: {
    name: "SerializedRequestEntityTooLargeException",
    status: 413,
    fault: "Sender",
    shape: SerializedRequestEntityTooLargeException,
  },
  ServiceException: { name: "ServiceException", status: 500, fault: "Server", shape: ServiceException },
  SnapStartException: { name: "SnapStartException", status: 400, fault: "Sender", shape: SnapStartException },
  SnapStartNotReadyException: {
    name: "SnapStartNotReadyException",
    status: 409,
    fault: "Sender",
    shape: SnapStartNotReadyException,
  },
  SnapStartTimeoutException: {
    name: "SnapStartTimeoutException",
    status: 408,
    fault: "Sender",
    shape: SnapStartTimeoutException,
  },
  SubnetIPAddressLimitReachedException: {
    name: "SubnetIPAddressLimitReachedException",
    status: 502,
    fault: "Server",
    shape: SubnetIPAddressLimitReachedException,
  },
  TooManyRequestsException: {
    name: "TooManyRequestsException",
    status: 429,
    fault: "Sender",
    shape: TooManyRequestsException,
  },
  UnsupportedMediaTypeException: {
    name: "UnsupportedMediaTypeException",
    status: 415,
    fault: "Sender",
    shape: UnsupportedMediaTypeException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
