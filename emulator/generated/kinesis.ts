// Generated from botocore 1.43.11 (kinesis 2013-12-02).
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
import { boolean, integer, string, timestamp } from "../core/shapes.js";

export const AccessDeniedException: ModelStructure = { type: "structure", members: { message: string } };
export interface AccessDeniedException {
  message?: string;
}
export const StreamName: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[a-zA-Z0-9_.-]+" };
export type StreamName = string;
export const TagKey: ModelScalar = { type: "string", min: 1, max: 128 };
export type TagKey = string;
export const TagValue: ModelScalar = { type: "string", min: 0, max: 256 };
export type TagValue = string;
export const TagMap: ModelMap = { type: "map", key: TagKey, value: TagValue, min: 1, max: 200 };
export type TagMap = Record<string, TagValue>;
export const StreamARN: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+",
};
export type StreamARN = string;
export const StreamId: ModelScalar = { type: "string", min: 1, max: 24, pattern: "[a-z0-9]{20}-[a-z0-9]{3}" };
export type StreamId = string;
export const AddTagsToStreamInput: ModelStructure = {
  type: "structure",
  required: ["Tags"],
  members: { StreamName: StreamName, Tags: TagMap, StreamARN: StreamARN, StreamId: StreamId },
};
export interface AddTagsToStreamInput {
  StreamName?: StreamName;
  Tags: TagMap;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const ShardId: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[a-zA-Z0-9_.-]+" };
export type ShardId = string;
export const ShardIdList: ModelList = { type: "list", member: ShardId };
export type ShardIdList = ShardId[];
export const HashKey: ModelScalar = { type: "string", pattern: "0|([1-9]\\d{0,38})" };
export type HashKey = string;
export const HashKeyRange: ModelStructure = {
  type: "structure",
  required: ["StartingHashKey", "EndingHashKey"],
  members: { StartingHashKey: HashKey, EndingHashKey: HashKey },
};
export interface HashKeyRange {
  StartingHashKey: HashKey;
  EndingHashKey: HashKey;
}
export const ChildShard: ModelStructure = {
  type: "structure",
  required: ["ShardId", "ParentShards", "HashKeyRange"],
  members: { ShardId: ShardId, ParentShards: ShardIdList, HashKeyRange: HashKeyRange },
};
export interface ChildShard {
  ShardId: ShardId;
  ParentShards: ShardIdList;
  HashKeyRange: HashKeyRange;
}
export const ChildShardList: ModelList = { type: "list", member: ChildShard };
export type ChildShardList = ChildShard[];
export const ConsumerName: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[a-zA-Z0-9_.-]+" };
export type ConsumerName = string;
export const ConsumerARN: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+",
};
export type ConsumerARN = string;
export const ConsumerStatus: ModelScalar = { type: "string", enum: ["CREATING", "DELETING", "ACTIVE"] };
export type ConsumerStatus = string;
export const Consumer: ModelStructure = {
  type: "structure",
  required: ["ConsumerName", "ConsumerARN", "ConsumerStatus", "ConsumerCreationTimestamp"],
  members: {
    ConsumerName: ConsumerName,
    ConsumerARN: ConsumerARN,
    ConsumerStatus: ConsumerStatus,
    ConsumerCreationTimestamp: timestamp,
  },
};
export interface Consumer {
  ConsumerName: ConsumerName;
  ConsumerARN: ConsumerARN;
  ConsumerStatus: ConsumerStatus;
  ConsumerCreationTimestamp: number;
}
export const ConsumerCountObject: ModelScalar = { type: "integer", min: 0, max: 1000000 };
export type ConsumerCountObject = number;
export const ConsumerDescription: ModelStructure = {
  type: "structure",
  required: ["ConsumerName", "ConsumerARN", "ConsumerStatus", "ConsumerCreationTimestamp", "StreamARN"],
  members: {
    ConsumerName: ConsumerName,
    ConsumerARN: ConsumerARN,
    ConsumerStatus: ConsumerStatus,
    ConsumerCreationTimestamp: timestamp,
    StreamARN: StreamARN,
  },
};
export interface ConsumerDescription {
  ConsumerName: ConsumerName;
  ConsumerARN: ConsumerARN;
  ConsumerStatus: ConsumerStatus;
  ConsumerCreationTimestamp: number;
  StreamARN: StreamARN;
}
export const ConsumerList: ModelList = { type: "list", member: Consumer };
export type ConsumerList = Consumer[];
export const PositiveIntegerObject: ModelScalar = { type: "integer", min: 1 };
export type PositiveIntegerObject = number;
export const StreamMode: ModelScalar = { type: "string", enum: ["PROVISIONED", "ON_DEMAND"] };
export type StreamMode = string;
export const StreamModeDetails: ModelStructure = {
  type: "structure",
  required: ["StreamMode"],
  members: { StreamMode: StreamMode },
};
export interface StreamModeDetails {
  StreamMode: StreamMode;
}
export const NaturalIntegerObject: ModelScalar = { type: "integer", min: 0 };
export type NaturalIntegerObject = number;
export const MaxRecordSizeInKiB: ModelScalar = { type: "integer", min: 1024, max: 10240 };
export type MaxRecordSizeInKiB = number;
export const CreateStreamInput: ModelStructure = {
  type: "structure",
  required: ["StreamName"],
  members: {
    StreamName: StreamName,
    ShardCount: PositiveIntegerObject,
    StreamModeDetails: StreamModeDetails,
    Tags: TagMap,
    WarmThroughputMiBps: NaturalIntegerObject,
    MaxRecordSizeInKiB: MaxRecordSizeInKiB,
  },
};
export interface CreateStreamInput {
  StreamName: StreamName;
  ShardCount?: PositiveIntegerObject;
  StreamModeDetails?: StreamModeDetails;
  Tags?: TagMap;
  WarmThroughputMiBps?: NaturalIntegerObject;
  MaxRecordSizeInKiB?: MaxRecordSizeInKiB;
}
export const Data: ModelScalar = { type: "blob", min: 0, max: 10485760 };
export type Data = string;
export const DecreaseStreamRetentionPeriodInput: ModelStructure = {
  type: "structure",
  required: ["RetentionPeriodHours"],
  members: {
    StreamName: StreamName,
    RetentionPeriodHours: integer,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface DecreaseStreamRetentionPeriodInput {
  StreamName?: StreamName;
  RetentionPeriodHours: number;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const ResourceARN: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "arn:aws.*:kinesis:.*:\\d{12}:.*stream/\\S+",
};
export type ResourceARN = string;
export const DeleteResourcePolicyInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN"],
  members: { ResourceARN: ResourceARN, StreamId: StreamId },
};
export interface DeleteResourcePolicyInput {
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
}
export const DeleteStreamInput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    EnforceConsumerDeletion: boolean,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface DeleteStreamInput {
  StreamName?: StreamName;
  EnforceConsumerDeletion?: boolean;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const DeregisterStreamConsumerInput: ModelStructure = {
  type: "structure",
  members: { StreamARN: StreamARN, ConsumerName: ConsumerName, ConsumerARN: ConsumerARN, StreamId: StreamId },
};
export interface DeregisterStreamConsumerInput {
  StreamARN?: StreamARN;
  ConsumerName?: ConsumerName;
  ConsumerARN?: ConsumerARN;
  StreamId?: StreamId;
}
export const DescribeAccountSettingsInput: ModelStructure = { type: "structure", members: {} };
export type DescribeAccountSettingsInput = Record<string, never>;
export const MinimumThroughputBillingCommitmentOutputStatus: ModelScalar = {
  type: "string",
  enum: ["ENABLED", "DISABLED", "ENABLED_UNTIL_EARLIEST_ALLOWED_END"],
};
export type MinimumThroughputBillingCommitmentOutputStatus = string;
export const MinimumThroughputBillingCommitmentOutput: ModelStructure = {
  type: "structure",
  required: ["Status"],
  members: {
    Status: MinimumThroughputBillingCommitmentOutputStatus,
    StartedAt: timestamp,
    EndedAt: timestamp,
    EarliestAllowedEndAt: timestamp,
  },
};
export interface MinimumThroughputBillingCommitmentOutput {
  Status: MinimumThroughputBillingCommitmentOutputStatus;
  StartedAt?: number;
  EndedAt?: number;
  EarliestAllowedEndAt?: number;
}
export const DescribeAccountSettingsOutput: ModelStructure = {
  type: "structure",
  members: { MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput },
};
export interface DescribeAccountSettingsOutput {
  MinimumThroughputBillingCommitment?: MinimumThroughputBillingCommitmentOutput;
}
export const DescribeLimitsInput: ModelStructure = { type: "structure", members: {} };
export type DescribeLimitsInput = Record<string, never>;
export const ShardCountObject: ModelScalar = { type: "integer", min: 0, max: 1000000 };
export type ShardCountObject = number;
export const OnDemandStreamCountObject: ModelScalar = { type: "integer", min: 0, max: 1000000 };
export type OnDemandStreamCountObject = number;
export const OnDemandStreamCountLimitObject: ModelScalar = { type: "integer", min: 0, max: 1000000 };
export type OnDemandStreamCountLimitObject = number;
export const DescribeLimitsOutput: ModelStructure = {
  type: "structure",
  required: ["ShardLimit", "OpenShardCount", "OnDemandStreamCount", "OnDemandStreamCountLimit"],
  members: {
    ShardLimit: ShardCountObject,
    OpenShardCount: ShardCountObject,
    OnDemandStreamCount: OnDemandStreamCountObject,
    OnDemandStreamCountLimit: OnDemandStreamCountLimitObject,
  },
};
export interface DescribeLimitsOutput {
  ShardLimit: ShardCountObject;
  OpenShardCount: ShardCountObject;
  OnDemandStreamCount: OnDemandStreamCountObject;
  OnDemandStreamCountLimit: OnDemandStreamCountLimitObject;
}
export const DescribeStreamConsumerInput: ModelStructure = {
  type: "structure",
  members: { StreamARN: StreamARN, ConsumerName: ConsumerName, ConsumerARN: ConsumerARN, StreamId: StreamId },
};
export interface DescribeStreamConsumerInput {
  StreamARN?: StreamARN;
  ConsumerName?: ConsumerName;
  ConsumerARN?: ConsumerARN;
  StreamId?: StreamId;
}
export const DescribeStreamConsumerOutput: ModelStructure = {
  type: "structure",
  required: ["ConsumerDescription"],
  members: { ConsumerDescription: ConsumerDescription },
};
export interface DescribeStreamConsumerOutput {
  ConsumerDescription: ConsumerDescription;
}
export const DescribeStreamInputLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type DescribeStreamInputLimit = number;
export const DescribeStreamInput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    Limit: DescribeStreamInputLimit,
    ExclusiveStartShardId: ShardId,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface DescribeStreamInput {
  StreamName?: StreamName;
  Limit?: DescribeStreamInputLimit;
  ExclusiveStartShardId?: ShardId;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const StreamStatus: ModelScalar = {
  type: "string",
  enum: ["CREATING", "DELETING", "ACTIVE", "UPDATING"],
};
export type StreamStatus = string;
export const SequenceNumber: ModelScalar = { type: "string", pattern: "0|([1-9]\\d{0,128})" };
export type SequenceNumber = string;
export const SequenceNumberRange: ModelStructure = {
  type: "structure",
  required: ["StartingSequenceNumber"],
  members: { StartingSequenceNumber: SequenceNumber, EndingSequenceNumber: SequenceNumber },
};
export interface SequenceNumberRange {
  StartingSequenceNumber: SequenceNumber;
  EndingSequenceNumber?: SequenceNumber;
}
export const Shard: ModelStructure = {
  type: "structure",
  required: ["ShardId", "HashKeyRange", "SequenceNumberRange"],
  members: {
    ShardId: ShardId,
    ParentShardId: ShardId,
    AdjacentParentShardId: ShardId,
    HashKeyRange: HashKeyRange,
    SequenceNumberRange: SequenceNumberRange,
  },
};
export interface Shard {
  ShardId: ShardId;
  ParentShardId?: ShardId;
  AdjacentParentShardId?: ShardId;
  HashKeyRange: HashKeyRange;
  SequenceNumberRange: SequenceNumberRange;
}
export const ShardList: ModelList = { type: "list", member: Shard };
export type ShardList = Shard[];
export const MetricsName: ModelScalar = {
  type: "string",
  enum: [
    "IncomingBytes",
    "IncomingRecords",
    "OutgoingBytes",
    "OutgoingRecords",
    "WriteProvisionedThroughputExceeded",
    "ReadProvisionedThroughputExceeded",
    "IteratorAgeMilliseconds",
    "ALL",
  ],
};
export type MetricsName = string;
export const MetricsNameList: ModelList = { type: "list", member: MetricsName, min: 1, max: 7 };
export type MetricsNameList = MetricsName[];
export const EnhancedMetrics: ModelStructure = {
  type: "structure",
  members: { ShardLevelMetrics: MetricsNameList },
};
export interface EnhancedMetrics {
  ShardLevelMetrics?: MetricsNameList;
}
export const EnhancedMonitoringList: ModelList = { type: "list", member: EnhancedMetrics };
export type EnhancedMonitoringList = EnhancedMetrics[];
export const EncryptionType: ModelScalar = { type: "string", enum: ["NONE", "KMS"] };
export type EncryptionType = string;
export const KeyId: ModelScalar = { type: "string", min: 1, max: 2048 };
export type KeyId = string;
export const StreamDescription: ModelStructure = {
  type: "structure",
  required: [
    "StreamName",
    "StreamARN",
    "StreamStatus",
    "Shards",
    "HasMoreShards",
    "RetentionPeriodHours",
    "StreamCreationTimestamp",
    "EnhancedMonitoring",
  ],
  members: {
    StreamName: StreamName,
    StreamARN: StreamARN,
    StreamStatus: StreamStatus,
    StreamModeDetails: StreamModeDetails,
    Shards: ShardList,
    HasMoreShards: boolean,
    RetentionPeriodHours: integer,
    StreamCreationTimestamp: timestamp,
    EnhancedMonitoring: EnhancedMonitoringList,
    EncryptionType: EncryptionType,
    KeyId: KeyId,
  },
};
export interface StreamDescription {
  StreamName: StreamName;
  StreamARN: StreamARN;
  StreamStatus: StreamStatus;
  StreamModeDetails?: StreamModeDetails;
  Shards: ShardList;
  HasMoreShards: boolean;
  RetentionPeriodHours: number;
  StreamCreationTimestamp: number;
  EnhancedMonitoring: EnhancedMonitoringList;
  EncryptionType?: EncryptionType;
  KeyId?: KeyId;
}
export const DescribeStreamOutput: ModelStructure = {
  type: "structure",
  required: ["StreamDescription"],
  members: { StreamDescription: StreamDescription },
};
export interface DescribeStreamOutput {
  StreamDescription: StreamDescription;
}
export const DescribeStreamSummaryInput: ModelStructure = {
  type: "structure",
  members: { StreamName: StreamName, StreamARN: StreamARN, StreamId: StreamId },
};
export interface DescribeStreamSummaryInput {
  StreamName?: StreamName;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const WarmThroughputObject: ModelStructure = {
  type: "structure",
  members: { TargetMiBps: NaturalIntegerObject, CurrentMiBps: NaturalIntegerObject },
};
export interface WarmThroughputObject {
  TargetMiBps?: NaturalIntegerObject;
  CurrentMiBps?: NaturalIntegerObject;
}
export const StreamDescriptionSummary: ModelStructure = {
  type: "structure",
  required: [
    "StreamName",
    "StreamARN",
    "StreamStatus",
    "RetentionPeriodHours",
    "StreamCreationTimestamp",
    "EnhancedMonitoring",
    "OpenShardCount",
  ],
  members: {
    StreamName: StreamName,
    StreamARN: StreamARN,
    StreamId: StreamId,
    StreamStatus: StreamStatus,
    StreamModeDetails: StreamModeDetails,
    RetentionPeriodHours: integer,
    StreamCreationTimestamp: timestamp,
    EnhancedMonitoring: EnhancedMonitoringList,
    EncryptionType: EncryptionType,
    KeyId: KeyId,
    OpenShardCount: ShardCountObject,
    ConsumerCount: ConsumerCountObject,
    WarmThroughput: WarmThroughputObject,
    MaxRecordSizeInKiB: MaxRecordSizeInKiB,
  },
};
export interface StreamDescriptionSummary {
  StreamName: StreamName;
  StreamARN: StreamARN;
  StreamId?: StreamId;
  StreamStatus: StreamStatus;
  StreamModeDetails?: StreamModeDetails;
  RetentionPeriodHours: number;
  StreamCreationTimestamp: number;
  EnhancedMonitoring: EnhancedMonitoringList;
  EncryptionType?: EncryptionType;
  KeyId?: KeyId;
  OpenShardCount: ShardCountObject;
  ConsumerCount?: ConsumerCountObject;
  WarmThroughput?: WarmThroughputObject;
  MaxRecordSizeInKiB?: MaxRecordSizeInKiB;
}
export const DescribeStreamSummaryOutput: ModelStructure = {
  type: "structure",
  required: ["StreamDescriptionSummary"],
  members: { StreamDescriptionSummary: StreamDescriptionSummary },
};
export interface DescribeStreamSummaryOutput {
  StreamDescriptionSummary: StreamDescriptionSummary;
}
export const DisableEnhancedMonitoringInput: ModelStructure = {
  type: "structure",
  required: ["ShardLevelMetrics"],
  members: {
    StreamName: StreamName,
    ShardLevelMetrics: MetricsNameList,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface DisableEnhancedMonitoringInput {
  StreamName?: StreamName;
  ShardLevelMetrics: MetricsNameList;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const EnableEnhancedMonitoringInput: ModelStructure = {
  type: "structure",
  required: ["ShardLevelMetrics"],
  members: {
    StreamName: StreamName,
    ShardLevelMetrics: MetricsNameList,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface EnableEnhancedMonitoringInput {
  StreamName?: StreamName;
  ShardLevelMetrics: MetricsNameList;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const EnhancedMonitoringOutput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    CurrentShardLevelMetrics: MetricsNameList,
    DesiredShardLevelMetrics: MetricsNameList,
    StreamARN: StreamARN,
  },
};
export interface EnhancedMonitoringOutput {
  StreamName?: StreamName;
  CurrentShardLevelMetrics?: MetricsNameList;
  DesiredShardLevelMetrics?: MetricsNameList;
  StreamARN?: StreamARN;
}
export const ExpiredIteratorException: ModelStructure = { type: "structure", members: { message: string } };
export interface ExpiredIteratorException {
  message?: string;
}
export const ExpiredNextTokenException: ModelStructure = { type: "structure", members: { message: string } };
export interface ExpiredNextTokenException {
  message?: string;
}
export const ShardIterator: ModelScalar = { type: "string", min: 1, max: 512 };
export type ShardIterator = string;
export const GetRecordsInputLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type GetRecordsInputLimit = number;
export const GetRecordsInput: ModelStructure = {
  type: "structure",
  required: ["ShardIterator"],
  members: {
    ShardIterator: ShardIterator,
    Limit: GetRecordsInputLimit,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface GetRecordsInput {
  ShardIterator: ShardIterator;
  Limit?: GetRecordsInputLimit;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const PartitionKey: ModelScalar = { type: "string", min: 1, max: 256 };
export type PartitionKey = string;
export const RecordShape: ModelStructure = {
  type: "structure",
  required: ["SequenceNumber", "Data", "PartitionKey"],
  members: {
    SequenceNumber: SequenceNumber,
    ApproximateArrivalTimestamp: timestamp,
    Data: Data,
    PartitionKey: PartitionKey,
    EncryptionType: EncryptionType,
  },
};
export interface RecordShape {
  SequenceNumber: SequenceNumber;
  ApproximateArrivalTimestamp?: number;
  Data: Data;
  PartitionKey: PartitionKey;
  EncryptionType?: EncryptionType;
}
export const RecordList: ModelList = { type: "list", member: RecordShape };
export type RecordList = RecordShape[];
export const MillisBehindLatest: ModelScalar = { type: "long", min: 0 };
export type MillisBehindLatest = number;
export const GetRecordsOutput: ModelStructure = {
  type: "structure",
  required: ["Records"],
  members: {
    Records: RecordList,
    NextShardIterator: ShardIterator,
    MillisBehindLatest: MillisBehindLatest,
    ChildShards: ChildShardList,
  },
};
export interface GetRecordsOutput {
  Records: RecordList;
  NextShardIterator?: ShardIterator;
  MillisBehindLatest?: MillisBehindLatest;
  ChildShards?: ChildShardList;
}
export const GetResourcePolicyInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN"],
  members: { ResourceARN: ResourceARN, StreamId: StreamId },
};
export interface GetResourcePolicyInput {
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
}
export const GetResourcePolicyOutput: ModelStructure = {
  type: "structure",
  required: ["Policy"],
  members: { Policy: string },
};
export interface GetResourcePolicyOutput {
  Policy: string;
}
export const ShardIteratorType: ModelScalar = {
  type: "string",
  enum: ["AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"],
};
export type ShardIteratorType = string;
export const GetShardIteratorInput: ModelStructure = {
  type: "structure",
  required: ["ShardId", "ShardIteratorType"],
  members: {
    StreamName: StreamName,
    ShardId: ShardId,
    ShardIteratorType: ShardIteratorType,
    StartingSequenceNumber: SequenceNumber,
    Timestamp: timestamp,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface GetShardIteratorInput {
  StreamName?: StreamName;
  ShardId: ShardId;
  ShardIteratorType: ShardIteratorType;
  StartingSequenceNumber?: SequenceNumber;
  Timestamp?: number;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const GetShardIteratorOutput: ModelStructure = {
  type: "structure",
  members: { ShardIterator: ShardIterator },
};
export interface GetShardIteratorOutput {
  ShardIterator?: ShardIterator;
}
export const IncreaseStreamRetentionPeriodInput: ModelStructure = {
  type: "structure",
  required: ["RetentionPeriodHours"],
  members: {
    StreamName: StreamName,
    RetentionPeriodHours: integer,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface IncreaseStreamRetentionPeriodInput {
  StreamName?: StreamName;
  RetentionPeriodHours: number;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const InternalFailureException: ModelStructure = { type: "structure", members: { message: string } };
export interface InternalFailureException {
  message?: string;
}
export const InvalidArgumentException: ModelStructure = { type: "structure", members: { message: string } };
export interface InvalidArgumentException {
  message?: string;
}
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
export const LimitExceededException: ModelStructure = { type: "structure", members: { message: string } };
export interface LimitExceededException {
  message?: string;
}
export const NextToken: ModelScalar = { type: "string", min: 1, max: 1048576 };
export type NextToken = string;
export const ListShardsInputLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type ListShardsInputLimit = number;
export const ShardFilterType: ModelScalar = {
  type: "string",
  enum: [
    "AFTER_SHARD_ID",
    "AT_TRIM_HORIZON",
    "FROM_TRIM_HORIZON",
    "AT_LATEST",
    "AT_TIMESTAMP",
    "FROM_TIMESTAMP",
  ],
};
export type ShardFilterType = string;
export const ShardFilter: ModelStructure = {
  type: "structure",
  required: ["Type"],
  members: { Type: ShardFilterType, ShardId: ShardId, Timestamp: timestamp },
};
export interface ShardFilter {
  Type: ShardFilterType;
  ShardId?: ShardId;
  Timestamp?: number;
}
export const ListShardsInput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    NextToken: NextToken,
    ExclusiveStartShardId: ShardId,
    MaxResults: ListShardsInputLimit,
    StreamCreationTimestamp: timestamp,
    ShardFilter: ShardFilter,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface ListShardsInput {
  StreamName?: StreamName;
  NextToken?: NextToken;
  ExclusiveStartShardId?: ShardId;
  MaxResults?: ListShardsInputLimit;
  StreamCreationTimestamp?: number;
  ShardFilter?: ShardFilter;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const ListShardsOutput: ModelStructure = {
  type: "structure",
  members: { Shards: ShardList, NextToken: NextToken },
};
export interface ListShardsOutput {
  Shards?: ShardList;
  NextToken?: NextToken;
}
export const ListStreamConsumersInputLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type ListStreamConsumersInputLimit = number;
export const ListStreamConsumersInput: ModelStructure = {
  type: "structure",
  required: ["StreamARN"],
  members: {
    StreamARN: StreamARN,
    NextToken: NextToken,
    MaxResults: ListStreamConsumersInputLimit,
    StreamCreationTimestamp: timestamp,
    StreamId: StreamId,
  },
};
export interface ListStreamConsumersInput {
  StreamARN: StreamARN;
  NextToken?: NextToken;
  MaxResults?: ListStreamConsumersInputLimit;
  StreamCreationTimestamp?: number;
  StreamId?: StreamId;
}
export const ListStreamConsumersOutput: ModelStructure = {
  type: "structure",
  members: { Consumers: ConsumerList, NextToken: NextToken },
};
export interface ListStreamConsumersOutput {
  Consumers?: ConsumerList;
  NextToken?: NextToken;
}
export const ListStreamsInputLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type ListStreamsInputLimit = number;
export const ListStreamsInput: ModelStructure = {
  type: "structure",
  members: { Limit: ListStreamsInputLimit, ExclusiveStartStreamName: StreamName, NextToken: NextToken },
};
export interface ListStreamsInput {
  Limit?: ListStreamsInputLimit;
  ExclusiveStartStreamName?: StreamName;
  NextToken?: NextToken;
}
export const StreamNameList: ModelList = { type: "list", member: StreamName };
export type StreamNameList = StreamName[];
export const StreamSummary: ModelStructure = {
  type: "structure",
  required: ["StreamName", "StreamARN", "StreamStatus"],
  members: {
    StreamName: StreamName,
    StreamARN: StreamARN,
    StreamStatus: StreamStatus,
    StreamModeDetails: StreamModeDetails,
    StreamCreationTimestamp: timestamp,
  },
};
export interface StreamSummary {
  StreamName: StreamName;
  StreamARN: StreamARN;
  StreamStatus: StreamStatus;
  StreamModeDetails?: StreamModeDetails;
  StreamCreationTimestamp?: number;
}
export const StreamSummaryList: ModelList = { type: "list", member: StreamSummary };
export type StreamSummaryList = StreamSummary[];
export const ListStreamsOutput: ModelStructure = {
  type: "structure",
  required: ["StreamNames", "HasMoreStreams"],
  members: {
    StreamNames: StreamNameList,
    HasMoreStreams: boolean,
    NextToken: NextToken,
    StreamSummaries: StreamSummaryList,
  },
};
export interface ListStreamsOutput {
  StreamNames: StreamNameList;
  HasMoreStreams: boolean;
  NextToken?: NextToken;
  StreamSummaries?: StreamSummaryList;
}
export const ListTagsForResourceInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN"],
  members: { ResourceARN: ResourceARN, StreamId: StreamId },
};
export interface ListTagsForResourceInput {
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
}
export const Tag: ModelStructure = {
  type: "structure",
  required: ["Key"],
  members: { Key: TagKey, Value: TagValue },
};
export interface Tag {
  Key: TagKey;
  Value?: TagValue;
}
export const TagList: ModelList = { type: "list", member: Tag, min: 0, max: 200 };
export type TagList = Tag[];
export const ListTagsForResourceOutput: ModelStructure = { type: "structure", members: { Tags: TagList } };
export interface ListTagsForResourceOutput {
  Tags?: TagList;
}
export const ListTagsForStreamInputLimit: ModelScalar = { type: "integer", min: 1, max: 50 };
export type ListTagsForStreamInputLimit = number;
export const ListTagsForStreamInput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    ExclusiveStartTagKey: TagKey,
    Limit: ListTagsForStreamInputLimit,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface ListTagsForStreamInput {
  StreamName?: StreamName;
  ExclusiveStartTagKey?: TagKey;
  Limit?: ListTagsForStreamInputLimit;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const ListTagsForStreamOutput: ModelStructure = {
  type: "structure",
  required: ["Tags", "HasMoreTags"],
  members: { Tags: TagList, HasMoreTags: boolean },
};
export interface ListTagsForStreamOutput {
  Tags: TagList;
  HasMoreTags: boolean;
}
export const MergeShardsInput: ModelStructure = {
  type: "structure",
  required: ["ShardToMerge", "AdjacentShardToMerge"],
  members: {
    StreamName: StreamName,
    ShardToMerge: ShardId,
    AdjacentShardToMerge: ShardId,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface MergeShardsInput {
  StreamName?: StreamName;
  ShardToMerge: ShardId;
  AdjacentShardToMerge: ShardId;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const MinimumThroughputBillingCommitmentInputStatus: ModelScalar = {
  type: "string",
  enum: ["ENABLED", "DISABLED"],
};
export type MinimumThroughputBillingCommitmentInputStatus = string;
export const MinimumThroughputBillingCommitmentInput: ModelStructure = {
  type: "structure",
  required: ["Status"],
  members: { Status: MinimumThroughputBillingCommitmentInputStatus },
};
export interface MinimumThroughputBillingCommitmentInput {
  Status: MinimumThroughputBillingCommitmentInputStatus;
}
export const ProvisionedThroughputExceededException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface ProvisionedThroughputExceededException {
  message?: string;
}
export const PutRecordInput: ModelStructure = {
  type: "structure",
  required: ["Data", "PartitionKey"],
  members: {
    StreamName: StreamName,
    Data: Data,
    PartitionKey: PartitionKey,
    ExplicitHashKey: HashKey,
    SequenceNumberForOrdering: SequenceNumber,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface PutRecordInput {
  StreamName?: StreamName;
  Data: Data;
  PartitionKey: PartitionKey;
  ExplicitHashKey?: HashKey;
  SequenceNumberForOrdering?: SequenceNumber;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const PutRecordOutput: ModelStructure = {
  type: "structure",
  required: ["ShardId", "SequenceNumber"],
  members: { ShardId: ShardId, SequenceNumber: SequenceNumber, EncryptionType: EncryptionType },
};
export interface PutRecordOutput {
  ShardId: ShardId;
  SequenceNumber: SequenceNumber;
  EncryptionType?: EncryptionType;
}
export const PutRecordsRequestEntry: ModelStructure = {
  type: "structure",
  required: ["Data", "PartitionKey"],
  members: { Data: Data, ExplicitHashKey: HashKey, PartitionKey: PartitionKey },
};
export interface PutRecordsRequestEntry {
  Data: Data;
  ExplicitHashKey?: HashKey;
  PartitionKey: PartitionKey;
}
export const PutRecordsRequestEntryList: ModelList = {
  type: "list",
  member: PutRecordsRequestEntry,
  min: 1,
  max: 500,
};
export type PutRecordsRequestEntryList = PutRecordsRequestEntry[];
export const PutRecordsInput: ModelStructure = {
  type: "structure",
  required: ["Records"],
  members: {
    Records: PutRecordsRequestEntryList,
    StreamName: StreamName,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface PutRecordsInput {
  Records: PutRecordsRequestEntryList;
  StreamName?: StreamName;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const PutRecordsResultEntry: ModelStructure = {
  type: "structure",
  members: { SequenceNumber: SequenceNumber, ShardId: ShardId, ErrorCode: string, ErrorMessage: string },
};
export interface PutRecordsResultEntry {
  SequenceNumber?: SequenceNumber;
  ShardId?: ShardId;
  ErrorCode?: string;
  ErrorMessage?: string;
}
export const PutRecordsResultEntryList: ModelList = {
  type: "list",
  member: PutRecordsResultEntry,
  min: 1,
  max: 500,
};
export type PutRecordsResultEntryList = PutRecordsResultEntry[];
export const PutRecordsOutput: ModelStructure = {
  type: "structure",
  required: ["Records"],
  members: {
    FailedRecordCount: PositiveIntegerObject,
    Records: PutRecordsResultEntryList,
    EncryptionType: EncryptionType,
  },
};
export interface PutRecordsOutput {
  FailedRecordCount?: PositiveIntegerObject;
  Records: PutRecordsResultEntryList;
  EncryptionType?: EncryptionType;
}
export const PutResourcePolicyInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN", "Policy"],
  members: { ResourceARN: ResourceARN, StreamId: StreamId, Policy: string },
};
export interface PutResourcePolicyInput {
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
  Policy: string;
}
export const RegisterStreamConsumerInput: ModelStructure = {
  type: "structure",
  required: ["StreamARN", "ConsumerName"],
  members: { StreamARN: StreamARN, ConsumerName: ConsumerName, StreamId: StreamId, Tags: TagMap },
};
export interface RegisterStreamConsumerInput {
  StreamARN: StreamARN;
  ConsumerName: ConsumerName;
  StreamId?: StreamId;
  Tags?: TagMap;
}
export const RegisterStreamConsumerOutput: ModelStructure = {
  type: "structure",
  required: ["Consumer"],
  members: { Consumer: Consumer },
};
export interface RegisterStreamConsumerOutput {
  Consumer: Consumer;
}
export const TagKeyList: ModelList = { type: "list", member: TagKey, min: 1, max: 50 };
export type TagKeyList = TagKey[];
export const RemoveTagsFromStreamInput: ModelStructure = {
  type: "structure",
  required: ["TagKeys"],
  members: { StreamName: StreamName, TagKeys: TagKeyList, StreamARN: StreamARN, StreamId: StreamId },
};
export interface RemoveTagsFromStreamInput {
  StreamName?: StreamName;
  TagKeys: TagKeyList;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const ResourceInUseException: ModelStructure = { type: "structure", members: { message: string } };
export interface ResourceInUseException {
  message?: string;
}
export const ResourceNotFoundException: ModelStructure = { type: "structure", members: { message: string } };
export interface ResourceNotFoundException {
  message?: string;
}
export const ScalingType: ModelScalar = { type: "string", enum: ["UNIFORM_SCALING"] };
export type ScalingType = string;
export const SplitShardInput: ModelStructure = {
  type: "structure",
  required: ["ShardToSplit", "NewStartingHashKey"],
  members: {
    StreamName: StreamName,
    ShardToSplit: ShardId,
    NewStartingHashKey: HashKey,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface SplitShardInput {
  StreamName?: StreamName;
  ShardToSplit: ShardId;
  NewStartingHashKey: HashKey;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const StartStreamEncryptionInput: ModelStructure = {
  type: "structure",
  required: ["EncryptionType", "KeyId"],
  members: {
    StreamName: StreamName,
    EncryptionType: EncryptionType,
    KeyId: KeyId,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface StartStreamEncryptionInput {
  StreamName?: StreamName;
  EncryptionType: EncryptionType;
  KeyId: KeyId;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const StartingPosition: ModelStructure = {
  type: "structure",
  required: ["Type"],
  members: { Type: ShardIteratorType, SequenceNumber: SequenceNumber, Timestamp: timestamp },
};
export interface StartingPosition {
  Type: ShardIteratorType;
  SequenceNumber?: SequenceNumber;
  Timestamp?: number;
}
export const StopStreamEncryptionInput: ModelStructure = {
  type: "structure",
  required: ["EncryptionType", "KeyId"],
  members: {
    StreamName: StreamName,
    EncryptionType: EncryptionType,
    KeyId: KeyId,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface StopStreamEncryptionInput {
  StreamName?: StreamName;
  EncryptionType: EncryptionType;
  KeyId: KeyId;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const SubscribeToShardEvent: ModelStructure = {
  type: "structure",
  required: ["Records", "ContinuationSequenceNumber", "MillisBehindLatest"],
  members: {
    Records: RecordList,
    ContinuationSequenceNumber: SequenceNumber,
    MillisBehindLatest: MillisBehindLatest,
    ChildShards: ChildShardList,
  },
};
export interface SubscribeToShardEvent {
  Records: RecordList;
  ContinuationSequenceNumber: SequenceNumber;
  MillisBehindLatest: MillisBehindLatest;
  ChildShards?: ChildShardList;
}
export const SubscribeToShardEventStream: ModelStructure = {
  type: "structure",
  required: ["SubscribeToShardEvent"],
  eventstream: true,
  members: {
    SubscribeToShardEvent: SubscribeToShardEvent,
    ResourceNotFoundException: ResourceNotFoundException,
    ResourceInUseException: ResourceInUseException,
    KMSDisabledException: KMSDisabledException,
    KMSInvalidStateException: KMSInvalidStateException,
    KMSAccessDeniedException: KMSAccessDeniedException,
    KMSNotFoundException: KMSNotFoundException,
    KMSOptInRequired: KMSOptInRequired,
    KMSThrottlingException: KMSThrottlingException,
    InternalFailureException: InternalFailureException,
  },
};
export interface SubscribeToShardEventStream {
  SubscribeToShardEvent: SubscribeToShardEvent;
  ResourceNotFoundException?: ResourceNotFoundException;
  ResourceInUseException?: ResourceInUseException;
  KMSDisabledException?: KMSDisabledException;
  KMSInvalidStateException?: KMSInvalidStateException;
  KMSAccessDeniedException?: KMSAccessDeniedException;
  KMSNotFoundException?: KMSNotFoundException;
  KMSOptInRequired?: KMSOptInRequired;
  KMSThrottlingException?: KMSThrottlingException;
  InternalFailureException?: InternalFailureException;
}
export const SubscribeToShardInput: ModelStructure = {
  type: "structure",
  required: ["ConsumerARN", "ShardId", "StartingPosition"],
  members: {
    ConsumerARN: ConsumerARN,
    StreamId: StreamId,
    ShardId: ShardId,
    StartingPosition: StartingPosition,
  },
};
export interface SubscribeToShardInput {
  ConsumerARN: ConsumerARN;
  StreamId?: StreamId;
  ShardId: ShardId;
  StartingPosition: StartingPosition;
}
export const SubscribeToShardOutput: ModelStructure = {
  type: "structure",
  required: ["EventStream"],
  members: { EventStream: SubscribeToShardEventStream },
};
export interface SubscribeToShardOutput {
  EventStream: SubscribeToShardEventStream;
}
export const TagResourceInput: ModelStructure = {
  type: "structure",
  required: ["Tags", "ResourceARN"],
  members: { Tags: TagMap, ResourceARN: ResourceARN, StreamId: StreamId },
};
export interface TagResourceInput {
  Tags: TagMap;
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
}
export const UntagResourceInput: ModelStructure = {
  type: "structure",
  required: ["TagKeys", "ResourceARN"],
  members: { TagKeys: TagKeyList, ResourceARN: ResourceARN, StreamId: StreamId },
};
export interface UntagResourceInput {
  TagKeys: TagKeyList;
  ResourceARN: ResourceARN;
  StreamId?: StreamId;
}
export const UpdateAccountSettingsInput: ModelStructure = {
  type: "structure",
  required: ["MinimumThroughputBillingCommitment"],
  members: { MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput },
};
export interface UpdateAccountSettingsInput {
  MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput;
}
export const UpdateAccountSettingsOutput: ModelStructure = {
  type: "structure",
  members: { MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentOutput },
};
export interface UpdateAccountSettingsOutput {
  MinimumThroughputBillingCommitment?: MinimumThroughputBillingCommitmentOutput;
}
export const UpdateMaxRecordSizeInput: ModelStructure = {
  type: "structure",
  required: ["MaxRecordSizeInKiB"],
  members: { StreamARN: StreamARN, StreamId: StreamId, MaxRecordSizeInKiB: MaxRecordSizeInKiB },
};
export interface UpdateMaxRecordSizeInput {
  StreamARN?: StreamARN;
  StreamId?: StreamId;
  MaxRecordSizeInKiB: MaxRecordSizeInKiB;
}
export const UpdateShardCountInput: ModelStructure = {
  type: "structure",
  required: ["TargetShardCount", "ScalingType"],
  members: {
    StreamName: StreamName,
    TargetShardCount: PositiveIntegerObject,
    ScalingType: ScalingType,
    StreamARN: StreamARN,
    StreamId: StreamId,
  },
};
export interface UpdateShardCountInput {
  StreamName?: StreamName;
  TargetShardCount: PositiveIntegerObject;
  ScalingType: ScalingType;
  StreamARN?: StreamARN;
  StreamId?: StreamId;
}
export const UpdateShardCountOutput: ModelStructure = {
  type: "structure",
  members: {
    StreamName: StreamName,
    CurrentShardCount: PositiveIntegerObject,
    TargetShardCount: PositiveIntegerObject,
    StreamARN: StreamARN,
  },
};
export interface UpdateShardCountOutput {
  StreamName?: StreamName;
  CurrentShardCount?: PositiveIntegerObject;
  TargetShardCount?: PositiveIntegerObject;
  StreamARN?: StreamARN;
}
export const UpdateStreamModeInput: ModelStructure = {
  type: "structure",
  required: ["StreamARN", "StreamModeDetails"],
  members: {
    StreamARN: StreamARN,
    StreamId: StreamId,
    StreamModeDetails: StreamModeDetails,
    WarmThroughputMiBps: NaturalIntegerObject,
  },
};
export interface UpdateStreamModeInput {
  StreamARN: StreamARN;
  StreamId?: StreamId;
  StreamModeDetails: StreamModeDetails;
  WarmThroughputMiBps?: NaturalIntegerObject;
}
export const UpdateStreamWarmThroughputInput: ModelStructure = {
  type: "structure",
  required: ["WarmThroughputMiBps"],
  members: {
    StreamARN: StreamARN,
    StreamName: StreamName,
    StreamId: StreamId,
    WarmThroughputMiBps: NaturalIntegerObject,
  },
};
export interface UpdateStreamWarmThroughputInput {
  StreamARN?: StreamARN;
  StreamName?: StreamName;
  StreamId?: StreamId;
  WarmThroughputMiBps: NaturalIntegerObject;
}
export const UpdateStreamWarmThroughputOutput: ModelStructure = {
  type: "structure",
  members: { StreamARN: StreamARN, StreamName: StreamName, WarmThroughput: WarmThroughputObject },
};
export interface UpdateStreamWarmThroughputOutput {
  StreamARN?: StreamARN;
  StreamName?: StreamName;
  WarmThroughput?: WarmThroughputObject;
}
export const ValidationException: ModelStructure = { type: "structure", members: { message: string } };
export interface ValidationException {
  message?: string;
}

export const metadata: ModelMetadata = {
  apiVersion: "2013-12-02",
  protocol: "json",
  protocols: ["json"],
  signingName: "kinesis",
  endpointPrefix: "kinesis",
  serviceId: "Kinesis",
  jsonVersion: "1.1",
  targetPrefix: "Kinesis_20131202",
};

export const operations = {
  AddTagsToStream: {
    name: "AddTagsToStream",
    input: AddTagsToStreamInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateStream: {
    name: "CreateStream",
    input: CreateStreamInput,
    output: emptyStructure,
    errors: [
      "ResourceInUseException",
      "LimitExceededException",
      "InvalidArgumentException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DecreaseStreamRetentionPeriod: {
    name: "DecreaseStreamRetentionPeriod",
    input: DecreaseStreamRetentionPeriodInput,
    output: emptyStructure,
    errors: [
      "ResourceInUseException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteResourcePolicy: {
    name: "DeleteResourcePolicy",
    input: DeleteResourcePolicyInput,
    output: emptyStructure,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "ResourceInUseException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteStream: {
    name: "DeleteStream",
    input: DeleteStreamInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "LimitExceededException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeregisterStreamConsumer: {
    name: "DeregisterStreamConsumer",
    input: DeregisterStreamConsumerInput,
    output: emptyStructure,
    errors: ["LimitExceededException", "ResourceNotFoundException", "InvalidArgumentException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAccountSettings: {
    name: "DescribeAccountSettings",
    input: DescribeAccountSettingsInput,
    output: DescribeAccountSettingsOutput,
    errors: ["LimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeLimits: {
    name: "DescribeLimits",
    input: DescribeLimitsInput,
    output: DescribeLimitsOutput,
    errors: ["LimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeStream: {
    name: "DescribeStream",
    input: DescribeStreamInput,
    output: DescribeStreamOutput,
    errors: [
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeStreamConsumer: {
    name: "DescribeStreamConsumer",
    input: DescribeStreamConsumerInput,
    output: DescribeStreamConsumerOutput,
    errors: ["LimitExceededException", "ResourceNotFoundException", "InvalidArgumentException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeStreamSummary: {
    name: "DescribeStreamSummary",
    input: DescribeStreamSummaryInput,
    output: DescribeStreamSummaryOutput,
    errors: [
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DisableEnhancedMonitoring: {
    name: "DisableEnhancedMonitoring",
    input: DisableEnhancedMonitoringInput,
    output: EnhancedMonitoringOutput,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  EnableEnhancedMonitoring: {
    name: "EnableEnhancedMonitoring",
    input: EnableEnhancedMonitoringInput,
    output: EnhancedMonitoringOutput,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetRecords: {
    name: "GetRecords",
    input: GetRecordsInput,
    output: GetRecordsOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "ProvisionedThroughputExceededException",
      "ExpiredIteratorException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSAccessDeniedException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "AccessDeniedException",
      "InternalFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetResourcePolicy: {
    name: "GetResourcePolicy",
    input: GetResourcePolicyInput,
    output: GetResourcePolicyOutput,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "ResourceInUseException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetShardIterator: {
    name: "GetShardIterator",
    input: GetShardIteratorInput,
    output: GetShardIteratorOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "ProvisionedThroughputExceededException",
      "AccessDeniedException",
      "InternalFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  IncreaseStreamRetentionPeriod: {
    name: "IncreaseStreamRetentionPeriod",
    input: IncreaseStreamRetentionPeriodInput,
    output: emptyStructure,
    errors: [
      "ResourceInUseException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListShards: {
    name: "ListShards",
    input: ListShardsInput,
    output: ListShardsOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "LimitExceededException",
      "ExpiredNextTokenException",
      "ResourceInUseException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListStreamConsumers: {
    name: "ListStreamConsumers",
    input: ListStreamConsumersInput,
    output: ListStreamConsumersOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "LimitExceededException",
      "ExpiredNextTokenException",
      "ResourceInUseException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListStreams: {
    name: "ListStreams",
    input: ListStreamsInput,
    output: ListStreamsOutput,
    errors: ["LimitExceededException", "ExpiredNextTokenException", "InvalidArgumentException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsForResource: {
    name: "ListTagsForResource",
    input: ListTagsForResourceInput,
    output: ListTagsForResourceOutput,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsForStream: {
    name: "ListTagsForStream",
    input: ListTagsForStreamInput,
    output: ListTagsForStreamOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  MergeShards: {
    name: "MergeShards",
    input: MergeShardsInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "ValidationException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutRecord: {
    name: "PutRecord",
    input: PutRecordInput,
    output: PutRecordOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "ProvisionedThroughputExceededException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSAccessDeniedException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "AccessDeniedException",
      "InternalFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutRecords: {
    name: "PutRecords",
    input: PutRecordsInput,
    output: PutRecordsOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "ProvisionedThroughputExceededException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSAccessDeniedException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "AccessDeniedException",
      "InternalFailureException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutResourcePolicy: {
    name: "PutResourcePolicy",
    input: PutResourcePolicyInput,
    output: emptyStructure,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "ResourceInUseException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RegisterStreamConsumer: {
    name: "RegisterStreamConsumer",
    input: RegisterStreamConsumerInput,
    output: RegisterStreamConsumerOutput,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  RemoveTagsFromStream: {
    name: "RemoveTagsFromStream",
    input: RemoveTagsFromStreamInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SplitShard: {
    name: "SplitShard",
    input: SplitShardInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "ValidationException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StartStreamEncryption: {
    name: "StartStreamEncryption",
    input: StartStreamEncryptionInput,
    output: emptyStructure,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "KMSDisabledException",
      "KMSInvalidStateException",
      "KMSAccessDeniedException",
      "KMSNotFoundException",
      "KMSOptInRequired",
      "KMSThrottlingException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StopStreamEncryption: {
    name: "StopStreamEncryption",
    input: StopStreamEncryptionInput,
    output: emptyStructure,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SubscribeToShard: {
    name: "SubscribeToShard",
    input: SubscribeToShardInput,
    output: SubscribeToShardOutput,
    errors: [
      "ResourceNotFoundException",
      "InvalidArgumentException",
      "ResourceInUseException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TagResource: {
    name: "TagResource",
    input: TagResourceInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagResource: {
    name: "UntagResource",
    input: UntagResourceInput,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ResourceInUseException",
      "InvalidArgumentException",
      "LimitExceededException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateAccountSettings: {
    name: "UpdateAccountSettings",
    input: UpdateAccountSettingsInput,
    output: UpdateAccountSettingsOutput,
    errors: ["InvalidArgumentException", "ValidationException", "LimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateMaxRecordSize: {
    name: "UpdateMaxRecordSize",
    input: UpdateMaxRecordSizeInput,
    output: emptyStructure,
    errors: [
      "ResourceInUseException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "AccessDeniedException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateShardCount: {
    name: "UpdateShardCount",
    input: UpdateShardCountInput,
    output: UpdateShardCountOutput,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "ValidationException",
      "AccessDeniedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateStreamMode: {
    name: "UpdateStreamMode",
    input: UpdateStreamModeInput,
    output: emptyStructure,
    errors: [
      "InvalidArgumentException",
      "LimitExceededException",
      "ResourceInUseException",
      "ResourceNotFoundException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateStreamWarmThroughput: {
    name: "UpdateStreamWarmThroughput",
    input: UpdateStreamWarmThroughputInput,
    output: UpdateStreamWarmThroughputOutput,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidArgumentException",
      "ResourceInUseException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  AccessDeniedException: {
    name: "AccessDeniedException",
    status: 400,
    fault: "Sender",
    shape: AccessDeniedException,
  },
  ExpiredIteratorException: {
    name: "ExpiredIteratorException",
    status: 400,
    fault: "Sender",
    shape: ExpiredIteratorException,
  },
  ExpiredNextTokenException: {
    name: "ExpiredNextTokenException",
    status: 400,
    fault: "Sender",
    shape: ExpiredNextTokenException,
  },
  InternalFailureException: {
    name: "InternalFailureException",
    status: 500,
    fault: "Server",
    shape: InternalFailureException,
  },
  InvalidArgumentException: {
    name: "InvalidArgumentException",
    status: 400,
    fault: "Sender",
    shape: InvalidArgumentException,
  },
  KMSAccessDeniedException: {
    name: "KMSAccessDeniedException",
    status: 400,
    fault: "Sender",
    shape: KMSAccessDeniedException,
  },
  KMSDisabledException: {
    name: "KMSDisabledException",
    status: 400,
    fault: "Sender",
    shape: KMSDisabledException,
  },
  KMSInvalidStateException: {
    name: "KMSInvalidStateException",
    status: 400,
    fault: "Sender",
    shape: KMSInvalidStateException,
  },
  KMSNotFoundException: {
    name: "KMSNotFoundException",
    status: 400,
    fault: "Sender",
    shape: KMSNotFoundException,
  },
  KMSOptInRequired: { name: "KMSOptInRequired", status: 400, fault: "Sender", shape: KMSOptInRequired },
  KMSThrottlingException: {
    name: "KMSThrottlingException",
    status: 400,
    fault: "Sender",
    shape: KMSThrottlingException,
  },
  LimitExceededException: {
    name: "LimitExceededException",
    status: 400,
    fault: "Sender",
    shape: LimitExceededException,
  },
  ProvisionedThroughputExceededException: {
    name: "ProvisionedThroughputExceededException",
    status: 400,
    fault: "Sender",
    shape: ProvisionedThroughputExceededException,
  },
  ResourceInUseException: {
    name: "ResourceInUseException",
    status: 400,
    fault: "Sender",
    shape: ResourceInUseException,
  },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    status: 400,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
  ValidationException: {
    name: "ValidationException",
    status: 400,
    fault: "Sender",
    shape: ValidationException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
