// Generated from botocore 1.43.11 (logs 2014-03-28).
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
import { blob, boolean, double, integer, long, string } from "../core/shapes.js";

export const AccessDeniedException: ModelStructure = { type: "structure", members: {} };
export type AccessDeniedException = Record<string, never>;
export const AccessPolicy: ModelScalar = { type: "string", min: 1 };
export type AccessPolicy = string;
export const AccountId: ModelScalar = { type: "string", min: 12, max: 12, pattern: "^\\d{12}$" };
export type AccountId = string;
export const AccountIds: ModelList = { type: "list", member: AccountId, min: 0, max: 20 };
export type AccountIds = AccountId[];
export const Timestamp: ModelScalar = { type: "long", min: 0 };
export type Timestamp = number;
export const PolicyType: ModelScalar = {
  type: "string",
  enum: [
    "DATA_PROTECTION_POLICY",
    "SUBSCRIPTION_FILTER_POLICY",
    "FIELD_INDEX_POLICY",
    "TRANSFORMER_POLICY",
    "METRIC_EXTRACTION_POLICY",
  ],
};
export type PolicyType = string;
export const Scope: ModelScalar = { type: "string", enum: ["ALL"] };
export type Scope = string;
export const AccountPolicy: ModelStructure = {
  type: "structure",
  members: {
    policyName: string,
    policyDocument: string,
    lastUpdatedTime: Timestamp,
    policyType: PolicyType,
    scope: Scope,
    selectionCriteria: string,
    accountId: AccountId,
  },
};
export interface AccountPolicy {
  policyName?: string;
  policyDocument?: string;
  lastUpdatedTime?: Timestamp;
  policyType?: PolicyType;
  scope?: Scope;
  selectionCriteria?: string;
  accountId?: AccountId;
}
export const AccountPolicies: ModelList = { type: "list", member: AccountPolicy };
export type AccountPolicies = AccountPolicy[];
export const ActionStatus: ModelScalar = {
  type: "string",
  enum: ["IN_PROGRESS", "CLIENT_ERROR", "FAILED", "COMPLETE"],
};
export type ActionStatus = string;
export const Key: ModelScalar = { type: "string", min: 1, max: 128 };
export type Key = string;
export const AddKeyValue: ModelScalar = { type: "string", min: 1, max: 256 };
export type AddKeyValue = string;
export const AddKeyEntry: ModelStructure = {
  type: "structure",
  required: ["key", "value"],
  members: { key: Key, value: AddKeyValue, overwriteIfExists: boolean },
};
export interface AddKeyEntry {
  key: Key;
  value: AddKeyValue;
  overwriteIfExists?: boolean;
}
export const AddKeyEntries: ModelList = { type: "list", member: AddKeyEntry, min: 1, max: 5 };
export type AddKeyEntries = AddKeyEntry[];
export const AddKeys: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: AddKeyEntries },
};
export interface AddKeys {
  entries: AddKeyEntries;
}
export const GroupingIdentifier: ModelStructure = {
  type: "structure",
  members: { key: string, value: string },
};
export interface GroupingIdentifier {
  key?: string;
  value?: string;
}
export const GroupingIdentifiers: ModelList = { type: "list", member: GroupingIdentifier };
export type GroupingIdentifiers = GroupingIdentifier[];
export const AggregateLogGroupSummary: ModelStructure = {
  type: "structure",
  members: { logGroupCount: integer, groupingIdentifiers: GroupingIdentifiers },
};
export interface AggregateLogGroupSummary {
  logGroupCount?: number;
  groupingIdentifiers?: GroupingIdentifiers;
}
export const AggregateLogGroupSummaries: ModelList = { type: "list", member: AggregateLogGroupSummary };
export type AggregateLogGroupSummaries = AggregateLogGroupSummary[];
export const FieldDelimiter: ModelScalar = { type: "string", min: 0, max: 5 };
export type FieldDelimiter = string;
export const AllowedFieldDelimiters: ModelList = { type: "list", member: FieldDelimiter };
export type AllowedFieldDelimiters = FieldDelimiter[];
export const FieldHeader: ModelScalar = { type: "string", min: 1, max: 64 };
export type FieldHeader = string;
export const RecordField: ModelStructure = {
  type: "structure",
  members: { name: FieldHeader, mandatory: boolean },
};
export interface RecordField {
  name?: FieldHeader;
  mandatory?: boolean;
}
export const AllowedFields: ModelList = { type: "list", member: RecordField };
export type AllowedFields = RecordField[];
export const AmazonResourceName: ModelScalar = {
  type: "string",
  min: 1,
  max: 1011,
  pattern: "[\\w+=/:,.@-]*",
};
export type AmazonResourceName = string;
export const AnomalyId: ModelScalar = { type: "string", min: 36, max: 36 };
export type AnomalyId = string;
export const PatternId: ModelScalar = { type: "string", min: 32, max: 32 };
export type PatternId = string;
export const AnomalyDetectorArn: ModelScalar = { type: "string", min: 1, pattern: "[\\w#+=/:,.@-]*" };
export type AnomalyDetectorArn = string;
export const PatternString: ModelScalar = { type: "string", min: 1 };
export type PatternString = string;
export const PatternRegex: ModelScalar = { type: "string", min: 1 };
export type PatternRegex = string;
export const Priority: ModelScalar = { type: "string", min: 1 };
export type Priority = string;
export const EpochMillis: ModelScalar = { type: "long", min: 0 };
export type EpochMillis = number;
export const Description: ModelScalar = { type: "string", min: 1 };
export type Description = string;
export const State: ModelScalar = { type: "string", enum: ["Active", "Suppressed", "Baseline"] };
export type State = string;
export const Time: ModelScalar = { type: "string", min: 1 };
export type Time = string;
export const Histogram: ModelMap = { type: "map", key: Time, value: long };
export type Histogram = Record<string, number>;
export const EventMessage: ModelScalar = { type: "string", min: 1 };
export type EventMessage = string;
export const LogEvent: ModelStructure = {
  type: "structure",
  members: { timestamp: Timestamp, message: EventMessage },
};
export interface LogEvent {
  timestamp?: Timestamp;
  message?: EventMessage;
}
export const LogSamples: ModelList = { type: "list", member: LogEvent };
export type LogSamples = LogEvent[];
export const TokenString: ModelScalar = { type: "string", min: 1 };
export type TokenString = string;
export const Enumerations: ModelMap = { type: "map", key: TokenString, value: long };
export type Enumerations = Record<string, number>;
export const InferredTokenName: ModelScalar = { type: "string", min: 1 };
export type InferredTokenName = string;
export const PatternToken: ModelStructure = {
  type: "structure",
  members: {
    dynamicTokenPosition: integer,
    isDynamic: boolean,
    tokenString: TokenString,
    enumerations: Enumerations,
    inferredTokenName: InferredTokenName,
  },
};
export interface PatternToken {
  dynamicTokenPosition?: number;
  isDynamic?: boolean;
  tokenString?: TokenString;
  enumerations?: Enumerations;
  inferredTokenName?: InferredTokenName;
}
export const PatternTokens: ModelList = { type: "list", member: PatternToken };
export type PatternTokens = PatternToken[];
export const LogGroupArn: ModelScalar = { type: "string", min: 1, max: 2048, pattern: "[\\w#+=/:,.@-]*" };
export type LogGroupArn = string;
export const LogGroupArnList: ModelList = { type: "list", member: LogGroupArn };
export type LogGroupArnList = LogGroupArn[];
export const Anomaly: ModelStructure = {
  type: "structure",
  required: [
    "anomalyId",
    "patternId",
    "anomalyDetectorArn",
    "patternString",
    "firstSeen",
    "lastSeen",
    "description",
    "active",
    "state",
    "histogram",
    "logSamples",
    "patternTokens",
    "logGroupArnList",
  ],
  members: {
    anomalyId: AnomalyId,
    patternId: PatternId,
    anomalyDetectorArn: AnomalyDetectorArn,
    patternString: PatternString,
    patternRegex: PatternRegex,
    priority: Priority,
    firstSeen: EpochMillis,
    lastSeen: EpochMillis,
    description: Description,
    active: boolean,
    state: State,
    histogram: Histogram,
    logSamples: LogSamples,
    patternTokens: PatternTokens,
    logGroupArnList: LogGroupArnList,
    suppressed: boolean,
    suppressedDate: EpochMillis,
    suppressedUntil: EpochMillis,
    isPatternLevelSuppression: boolean,
  },
};
export interface Anomaly {
  anomalyId: AnomalyId;
  patternId: PatternId;
  anomalyDetectorArn: AnomalyDetectorArn;
  patternString: PatternString;
  patternRegex?: PatternRegex;
  priority?: Priority;
  firstSeen: EpochMillis;
  lastSeen: EpochMillis;
  description: Description;
  active: boolean;
  state: State;
  histogram: Histogram;
  logSamples: LogSamples;
  patternTokens: PatternTokens;
  logGroupArnList: LogGroupArnList;
  suppressed?: boolean;
  suppressedDate?: EpochMillis;
  suppressedUntil?: EpochMillis;
  isPatternLevelSuppression?: boolean;
}
export const Anomalies: ModelList = { type: "list", member: Anomaly };
export type Anomalies = Anomaly[];
export const DetectorName: ModelScalar = { type: "string", min: 1 };
export type DetectorName = string;
export const EvaluationFrequency: ModelScalar = {
  type: "string",
  enum: ["ONE_MIN", "FIVE_MIN", "TEN_MIN", "FIFTEEN_MIN", "THIRTY_MIN", "ONE_HOUR"],
};
export type EvaluationFrequency = string;
export const FilterPattern: ModelScalar = { type: "string", min: 0, max: 1024 };
export type FilterPattern = string;
export const AnomalyDetectorStatus: ModelScalar = {
  type: "string",
  enum: ["INITIALIZING", "TRAINING", "ANALYZING", "FAILED", "DELETED", "PAUSED"],
};
export type AnomalyDetectorStatus = string;
export const KmsKeyId: ModelScalar = { type: "string", max: 256 };
export type KmsKeyId = string;
export const AnomalyVisibilityTime: ModelScalar = { type: "long", min: 7, max: 90 };
export type AnomalyVisibilityTime = number;
export const AnomalyDetector: ModelStructure = {
  type: "structure",
  members: {
    anomalyDetectorArn: AnomalyDetectorArn,
    detectorName: DetectorName,
    logGroupArnList: LogGroupArnList,
    evaluationFrequency: EvaluationFrequency,
    filterPattern: FilterPattern,
    anomalyDetectorStatus: AnomalyDetectorStatus,
    kmsKeyId: KmsKeyId,
    creationTimeStamp: EpochMillis,
    lastModifiedTimeStamp: EpochMillis,
    anomalyVisibilityTime: AnomalyVisibilityTime,
  },
};
export interface AnomalyDetector {
  anomalyDetectorArn?: AnomalyDetectorArn;
  detectorName?: DetectorName;
  logGroupArnList?: LogGroupArnList;
  evaluationFrequency?: EvaluationFrequency;
  filterPattern?: FilterPattern;
  anomalyDetectorStatus?: AnomalyDetectorStatus;
  kmsKeyId?: KmsKeyId;
  creationTimeStamp?: EpochMillis;
  lastModifiedTimeStamp?: EpochMillis;
  anomalyVisibilityTime?: AnomalyVisibilityTime;
}
export const AnomalyDetectors: ModelList = { type: "list", member: AnomalyDetector };
export type AnomalyDetectors = AnomalyDetector[];
export const LogGroupName: ModelScalar = {
  type: "string",
  min: 1,
  max: 512,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type LogGroupName = string;
export const ResourceIdentifier: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "[\\w+=/:,.@\\-\\*]*",
};
export type ResourceIdentifier = string;
export const AssociateKmsKeyRequest: ModelStructure = {
  type: "structure",
  required: ["kmsKeyId"],
  members: { logGroupName: LogGroupName, kmsKeyId: KmsKeyId, resourceIdentifier: ResourceIdentifier },
};
export interface AssociateKmsKeyRequest {
  logGroupName?: LogGroupName;
  kmsKeyId: KmsKeyId;
  resourceIdentifier?: ResourceIdentifier;
}
export const DataSource: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: string, type: string },
};
export interface DataSource {
  name: string;
  type?: string;
}
export const AssociateSourceToS3TableIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["integrationArn", "dataSource"],
  members: { integrationArn: string, dataSource: DataSource },
};
export interface AssociateSourceToS3TableIntegrationRequest {
  integrationArn: string;
  dataSource: DataSource;
}
export const S3TableIntegrationSourceIdentifier: ModelScalar = { type: "string", min: 1, max: 2048 };
export type S3TableIntegrationSourceIdentifier = string;
export const AssociateSourceToS3TableIntegrationResponse: ModelStructure = {
  type: "structure",
  members: { identifier: S3TableIntegrationSourceIdentifier },
};
export interface AssociateSourceToS3TableIntegrationResponse {
  identifier?: S3TableIntegrationSourceIdentifier;
}
export const BatchId: ModelScalar = { type: "string", min: 1, max: 256 };
export type BatchId = string;
export const QuoteCharacter: ModelScalar = { type: "string", min: 1, max: 1 };
export type QuoteCharacter = string;
export const Delimiter: ModelScalar = { type: "string", min: 1, max: 2 };
export type Delimiter = string;
export const Column: ModelScalar = { type: "string", min: 1, max: 128 };
export type Column = string;
export const Columns: ModelList = { type: "list", member: Column, max: 100 };
export type Columns = Column[];
export const Source: ModelScalar = { type: "string", min: 1, max: 128 };
export type Source = string;
export const DestinationField: ModelScalar = { type: "string", min: 1, max: 128 };
export type DestinationField = string;
export const CSV: ModelStructure = {
  type: "structure",
  members: {
    quoteCharacter: QuoteCharacter,
    delimiter: Delimiter,
    columns: Columns,
    source: Source,
    destination: DestinationField,
  },
};
export interface CSV {
  quoteCharacter?: QuoteCharacter;
  delimiter?: Delimiter;
  columns?: Columns;
  source?: Source;
  destination?: DestinationField;
}
export const ExportTaskId: ModelScalar = { type: "string", min: 1, max: 512 };
export type ExportTaskId = string;
export const CancelExportTaskRequest: ModelStructure = {
  type: "structure",
  required: ["taskId"],
  members: { taskId: ExportTaskId },
};
export interface CancelExportTaskRequest {
  taskId: ExportTaskId;
}
export const ImportId: ModelScalar = { type: "string", min: 1, max: 256, pattern: "[\\-a-zA-Z0-9]+" };
export type ImportId = string;
export const CancelImportTaskRequest: ModelStructure = {
  type: "structure",
  required: ["importId"],
  members: { importId: ImportId },
};
export interface CancelImportTaskRequest {
  importId: ImportId;
}
export const StoredBytes: ModelScalar = { type: "long", min: 0 };
export type StoredBytes = number;
export const ImportStatistics: ModelStructure = {
  type: "structure",
  members: { bytesImported: StoredBytes },
};
export interface ImportStatistics {
  bytesImported?: StoredBytes;
}
export const ImportStatus: ModelScalar = {
  type: "string",
  enum: ["IN_PROGRESS", "CANCELLED", "COMPLETED", "FAILED"],
};
export type ImportStatus = string;
export const CancelImportTaskResponse: ModelStructure = {
  type: "structure",
  members: {
    importId: ImportId,
    importStatistics: ImportStatistics,
    importStatus: ImportStatus,
    creationTime: Timestamp,
    lastUpdatedTime: Timestamp,
  },
};
export interface CancelImportTaskResponse {
  importId?: ImportId;
  importStatistics?: ImportStatistics;
  importStatus?: ImportStatus;
  creationTime?: Timestamp;
  lastUpdatedTime?: Timestamp;
}
export const ClientToken: ModelScalar = { type: "string", min: 36, max: 128, pattern: "\\S{36,128}" };
export type ClientToken = string;
export const CollectionRetentionDays: ModelScalar = { type: "integer", min: 1, max: 30 };
export type CollectionRetentionDays = number;
export const Service: ModelScalar = { type: "string", min: 1, max: 255, pattern: "[\\w_-]*" };
export type Service = string;
export const LogType: ModelScalar = { type: "string", min: 1, max: 255, pattern: "[\\w]*" };
export type LogType = string;
export const ResourceType: ModelScalar = { type: "string", min: 1, max: 255, pattern: "[\\w-_]*" };
export type ResourceType = string;
export const DeliveryDestinationType: ModelScalar = { type: "string", enum: ["S3", "CWL", "FH", "XRAY"] };
export type DeliveryDestinationType = string;
export const RecordFields: ModelList = { type: "list", member: FieldHeader, min: 0, max: 128 };
export type RecordFields = FieldHeader[];
export const DeliverySuffixPath: ModelScalar = { type: "string", min: 1, max: 256 };
export type DeliverySuffixPath = string;
export const S3DeliveryConfiguration: ModelStructure = {
  type: "structure",
  members: { suffixPath: DeliverySuffixPath, enableHiveCompatiblePath: boolean },
};
export interface S3DeliveryConfiguration {
  suffixPath?: DeliverySuffixPath;
  enableHiveCompatiblePath?: boolean;
}
export const ConfigurationTemplateDeliveryConfigValues: ModelStructure = {
  type: "structure",
  members: {
    recordFields: RecordFields,
    fieldDelimiter: FieldDelimiter,
    s3DeliveryConfiguration: S3DeliveryConfiguration,
  },
};
export interface ConfigurationTemplateDeliveryConfigValues {
  recordFields?: RecordFields;
  fieldDelimiter?: FieldDelimiter;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
}
export const OutputFormat: ModelScalar = { type: "string", enum: ["json", "plain", "w3c", "raw", "parquet"] };
export type OutputFormat = string;
export const OutputFormats: ModelList = { type: "list", member: OutputFormat };
export type OutputFormats = OutputFormat[];
export const DeliverySourceConfigurationSchemaField: ModelScalar = { type: "string", min: 1, max: 256 };
export type DeliverySourceConfigurationSchemaField = string;
export const DeliverySourceConfigurationSchemaValueType: ModelScalar = {
  type: "string",
  enum: ["string", "boolean", "int", "double", "long"],
};
export type DeliverySourceConfigurationSchemaValueType = string;
export const DeliverySourceConfigurationSupportedValues: ModelList = {
  type: "list",
  member: DeliverySourceConfigurationSchemaField,
};
export type DeliverySourceConfigurationSupportedValues = DeliverySourceConfigurationSchemaField[];
export const DeliverySourceConfigurationSchema: ModelStructure = {
  type: "structure",
  required: ["keyName", "valueType", "defaultValue"],
  members: {
    keyName: DeliverySourceConfigurationSchemaField,
    valueType: DeliverySourceConfigurationSchemaValueType,
    defaultValue: DeliverySourceConfigurationSchemaField,
    supportedValues: DeliverySourceConfigurationSupportedValues,
    minValue: double,
    maxValue: double,
  },
};
export interface DeliverySourceConfigurationSchema {
  keyName: DeliverySourceConfigurationSchemaField;
  valueType: DeliverySourceConfigurationSchemaValueType;
  defaultValue: DeliverySourceConfigurationSchemaField;
  supportedValues?: DeliverySourceConfigurationSupportedValues;
  minValue?: number;
  maxValue?: number;
}
export const DeliverySourceConfigurationSchemas: ModelList = {
  type: "list",
  member: DeliverySourceConfigurationSchema,
};
export type DeliverySourceConfigurationSchemas = DeliverySourceConfigurationSchema[];
export const S3TablesDatasourceName: ModelScalar = { type: "string", min: 1, max: 256 };
export type S3TablesDatasourceName = string;
export const S3TablesDatasourceType: ModelScalar = { type: "string", min: 1, max: 256 };
export type S3TablesDatasourceType = string;
export const S3TablesIntegration: ModelStructure = {
  type: "structure",
  members: { datasourceName: S3TablesDatasourceName, datasourceType: S3TablesDatasourceType },
};
export interface S3TablesIntegration {
  datasourceName?: S3TablesDatasourceName;
  datasourceType?: S3TablesDatasourceType;
}
export const ConfigurationTemplate: ModelStructure = {
  type: "structure",
  members: {
    service: Service,
    logType: LogType,
    resourceType: ResourceType,
    deliveryDestinationType: DeliveryDestinationType,
    defaultDeliveryConfigValues: ConfigurationTemplateDeliveryConfigValues,
    allowedFields: AllowedFields,
    allowedOutputFormats: OutputFormats,
    allowedActionForAllowVendedLogsDeliveryForResource: string,
    allowedFieldDelimiters: AllowedFieldDelimiters,
    allowedSuffixPathFields: RecordFields,
    deliverySourceConfiguration: DeliverySourceConfigurationSchemas,
    s3TablesIntegration: S3TablesIntegration,
  },
};
export interface ConfigurationTemplate {
  service?: Service;
  logType?: LogType;
  resourceType?: ResourceType;
  deliveryDestinationType?: DeliveryDestinationType;
  defaultDeliveryConfigValues?: ConfigurationTemplateDeliveryConfigValues;
  allowedFields?: AllowedFields;
  allowedOutputFormats?: OutputFormats;
  allowedActionForAllowVendedLogsDeliveryForResource?: string;
  allowedFieldDelimiters?: AllowedFieldDelimiters;
  allowedSuffixPathFields?: RecordFields;
  deliverySourceConfiguration?: DeliverySourceConfigurationSchemas;
  s3TablesIntegration?: S3TablesIntegration;
}
export const ConfigurationTemplates: ModelList = { type: "list", member: ConfigurationTemplate };
export type ConfigurationTemplates = ConfigurationTemplate[];
export const ConflictException: ModelStructure = { type: "structure", members: {} };
export type ConflictException = Record<string, never>;
export const Target: ModelScalar = { type: "string", min: 1, max: 128 };
export type Target = string;
export const CopyValueEntry: ModelStructure = {
  type: "structure",
  required: ["source", "target"],
  members: { source: Source, target: Target, overwriteIfExists: boolean },
};
export interface CopyValueEntry {
  source: Source;
  target: Target;
  overwriteIfExists?: boolean;
}
export const CopyValueEntries: ModelList = { type: "list", member: CopyValueEntry, min: 1, max: 5 };
export type CopyValueEntries = CopyValueEntry[];
export const CopyValue: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: CopyValueEntries },
};
export interface CopyValue {
  entries: CopyValueEntries;
}
export const DeliverySourceName: ModelScalar = { type: "string", min: 1, max: 60, pattern: "[\\w-]*" };
export type DeliverySourceName = string;
export const TagKey: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$",
};
export type TagKey = string;
export const TagValue: ModelScalar = {
  type: "string",
  max: 256,
  pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
};
export type TagValue = string;
export const Tags: ModelMap = { type: "map", key: TagKey, value: TagValue, min: 1, max: 50 };
export type Tags = Record<string, TagValue>;
export const CreateDeliveryRequest: ModelStructure = {
  type: "structure",
  required: ["deliverySourceName", "deliveryDestinationArn"],
  members: {
    deliverySourceName: DeliverySourceName,
    deliveryDestinationArn: string,
    recordFields: RecordFields,
    fieldDelimiter: FieldDelimiter,
    s3DeliveryConfiguration: S3DeliveryConfiguration,
    tags: Tags,
  },
};
export interface CreateDeliveryRequest {
  deliverySourceName: DeliverySourceName;
  deliveryDestinationArn: string;
  recordFields?: RecordFields;
  fieldDelimiter?: FieldDelimiter;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
  tags?: Tags;
}
export const DeliveryId: ModelScalar = { type: "string", min: 1, max: 64, pattern: "^[0-9A-Za-z]+$" };
export type DeliveryId = string;
export const Delivery: ModelStructure = {
  type: "structure",
  members: {
    id: DeliveryId,
    arn: string,
    deliverySourceName: DeliverySourceName,
    deliveryDestinationArn: string,
    deliveryDestinationType: DeliveryDestinationType,
    recordFields: RecordFields,
    fieldDelimiter: FieldDelimiter,
    s3DeliveryConfiguration: S3DeliveryConfiguration,
    tags: Tags,
  },
};
export interface Delivery {
  id?: DeliveryId;
  arn?: string;
  deliverySourceName?: DeliverySourceName;
  deliveryDestinationArn?: string;
  deliveryDestinationType?: DeliveryDestinationType;
  recordFields?: RecordFields;
  fieldDelimiter?: FieldDelimiter;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
  tags?: Tags;
}
export const CreateDeliveryResponse: ModelStructure = { type: "structure", members: { delivery: Delivery } };
export interface CreateDeliveryResponse {
  delivery?: Delivery;
}
export const ExportTaskName: ModelScalar = { type: "string", min: 1, max: 512 };
export type ExportTaskName = string;
export const LogStreamName: ModelScalar = { type: "string", min: 1, max: 512, pattern: "[^:*]*" };
export type LogStreamName = string;
export const ExportDestinationBucket: ModelScalar = { type: "string", min: 1, max: 512 };
export type ExportDestinationBucket = string;
export const CreateExportTaskRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "from", "to", "destination"],
  members: {
    taskName: ExportTaskName,
    logGroupName: LogGroupName,
    logStreamNamePrefix: LogStreamName,
    from: Timestamp,
    to: Timestamp,
    destination: ExportDestinationBucket,
    destinationPrefix: string,
  },
};
export interface CreateExportTaskRequest {
  taskName?: ExportTaskName;
  logGroupName: LogGroupName;
  logStreamNamePrefix?: LogStreamName;
  from: Timestamp;
  to: Timestamp;
  destination: ExportDestinationBucket;
  destinationPrefix?: string;
}
export const CreateExportTaskResponse: ModelStructure = {
  type: "structure",
  members: { taskId: ExportTaskId },
};
export interface CreateExportTaskResponse {
  taskId?: ExportTaskId;
}
export const RoleArn: ModelScalar = { type: "string", min: 1 };
export type RoleArn = string;
export const ImportFilter: ModelStructure = {
  type: "structure",
  members: { startEventTime: Timestamp, endEventTime: Timestamp },
};
export interface ImportFilter {
  startEventTime?: Timestamp;
  endEventTime?: Timestamp;
}
export const CreateImportTaskRequest: ModelStructure = {
  type: "structure",
  required: ["importSourceArn", "importRoleArn"],
  members: { importSourceArn: string, importRoleArn: RoleArn, importFilter: ImportFilter },
};
export interface CreateImportTaskRequest {
  importSourceArn: string;
  importRoleArn: RoleArn;
  importFilter?: ImportFilter;
}
export const CreateImportTaskResponse: ModelStructure = {
  type: "structure",
  members: { importId: ImportId, importDestinationArn: string, creationTime: Timestamp },
};
export interface CreateImportTaskResponse {
  importId?: ImportId;
  importDestinationArn?: string;
  creationTime?: Timestamp;
}
export const DetectorKmsKeyArn: ModelScalar = {
  type: "string",
  max: 256,
  pattern: "^arn:aws[a-z\\-]*:kms:[-a-z0-9]*:[0-9]*:key/[-a-z0-9]*$",
};
export type DetectorKmsKeyArn = string;
export const CreateLogAnomalyDetectorRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupArnList"],
  members: {
    logGroupArnList: LogGroupArnList,
    detectorName: DetectorName,
    evaluationFrequency: EvaluationFrequency,
    filterPattern: FilterPattern,
    kmsKeyId: DetectorKmsKeyArn,
    anomalyVisibilityTime: AnomalyVisibilityTime,
    tags: Tags,
  },
};
export interface CreateLogAnomalyDetectorRequest {
  logGroupArnList: LogGroupArnList;
  detectorName?: DetectorName;
  evaluationFrequency?: EvaluationFrequency;
  filterPattern?: FilterPattern;
  kmsKeyId?: DetectorKmsKeyArn;
  anomalyVisibilityTime?: AnomalyVisibilityTime;
  tags?: Tags;
}
export const CreateLogAnomalyDetectorResponse: ModelStructure = {
  type: "structure",
  members: { anomalyDetectorArn: AnomalyDetectorArn },
};
export interface CreateLogAnomalyDetectorResponse {
  anomalyDetectorArn?: AnomalyDetectorArn;
}
export const LogGroupClass: ModelScalar = {
  type: "string",
  enum: ["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"],
};
export type LogGroupClass = string;
export const CreateLogGroupRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName"],
  members: {
    logGroupName: LogGroupName,
    kmsKeyId: KmsKeyId,
    tags: Tags,
    logGroupClass: LogGroupClass,
    deletionProtectionEnabled: boolean,
  },
};
export interface CreateLogGroupRequest {
  logGroupName: LogGroupName;
  kmsKeyId?: KmsKeyId;
  tags?: Tags;
  logGroupClass?: LogGroupClass;
  deletionProtectionEnabled?: boolean;
}
export const CreateLogStreamRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "logStreamName"],
  members: { logGroupName: LogGroupName, logStreamName: LogStreamName },
};
export interface CreateLogStreamRequest {
  logGroupName: LogGroupName;
  logStreamName: LogStreamName;
}
export const LookupTableName: ModelScalar = { type: "string", min: 1, max: 256, pattern: "^[a-zA-Z0-9_]+$" };
export type LookupTableName = string;
export const LookupTableDescription: ModelScalar = { type: "string", min: 0, max: 1024 };
export type LookupTableDescription = string;
export const TableBody: ModelScalar = { type: "string", min: 1, max: 10485760 };
export type TableBody = string;
export const CreateLookupTableRequest: ModelStructure = {
  type: "structure",
  required: ["lookupTableName", "tableBody"],
  members: {
    lookupTableName: LookupTableName,
    description: LookupTableDescription,
    tableBody: TableBody,
    kmsKeyId: KmsKeyId,
    tags: Tags,
  },
};
export interface CreateLookupTableRequest {
  lookupTableName: LookupTableName;
  description?: LookupTableDescription;
  tableBody: TableBody;
  kmsKeyId?: KmsKeyId;
  tags?: Tags;
}
export const CreateLookupTableResponse: ModelStructure = {
  type: "structure",
  members: { lookupTableArn: string, createdAt: Timestamp },
};
export interface CreateLookupTableResponse {
  lookupTableArn?: string;
  createdAt?: Timestamp;
}
export const ScheduledQueryName: ModelScalar = {
  type: "string",
  min: 1,
  max: 255,
  pattern: "^[a-zA-Z0-9_\\-/.#]+$",
};
export type ScheduledQueryName = string;
export const ScheduledQueryDescription: ModelScalar = { type: "string", max: 1024 };
export type ScheduledQueryDescription = string;
export const QueryLanguage: ModelScalar = { type: "string", enum: ["CWLI", "SQL", "PPL"] };
export type QueryLanguage = string;
export const QueryString: ModelScalar = { type: "string", min: 0, max: 10000 };
export type QueryString = string;
export const LogGroupIdentifier: ModelScalar = {
  type: "string",
  min: 1,
  max: 2048,
  pattern: "[\\w#+=/:,.@-]*",
};
export type LogGroupIdentifier = string;
export const ScheduledQueryLogGroupIdentifiers: ModelList = {
  type: "list",
  member: LogGroupIdentifier,
  min: 1,
  max: 50,
};
export type ScheduledQueryLogGroupIdentifiers = LogGroupIdentifier[];
export const ScheduleExpression: ModelScalar = { type: "string", max: 256 };
export type ScheduleExpression = string;
export const ScheduleTimezone: ModelScalar = { type: "string", min: 1 };
export type ScheduleTimezone = string;
export const S3Uri: ModelScalar = {
  type: "string",
  max: 1024,
  pattern: "s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?",
};
export type S3Uri = string;
export const S3Configuration: ModelStructure = {
  type: "structure",
  required: ["destinationIdentifier", "roleArn"],
  members: { destinationIdentifier: S3Uri, roleArn: RoleArn, ownerAccountId: AccountId, kmsKeyId: KmsKeyId },
};
export interface S3Configuration {
  destinationIdentifier: S3Uri;
  roleArn: RoleArn;
  ownerAccountId?: AccountId;
  kmsKeyId?: KmsKeyId;
}
export const DestinationConfiguration: ModelStructure = {
  type: "structure",
  required: ["s3Configuration"],
  members: { s3Configuration: S3Configuration },
};
export interface DestinationConfiguration {
  s3Configuration: S3Configuration;
}
export const ScheduledQueryState: ModelScalar = { type: "string", enum: ["ENABLED", "DISABLED"] };
export type ScheduledQueryState = string;
export const CreateScheduledQueryRequest: ModelStructure = {
  type: "structure",
  required: ["name", "queryLanguage", "queryString", "scheduleExpression", "executionRoleArn"],
  members: {
    name: ScheduledQueryName,
    description: ScheduledQueryDescription,
    queryLanguage: QueryLanguage,
    queryString: QueryString,
    logGroupIdentifiers: ScheduledQueryLogGroupIdentifiers,
    scheduleExpression: ScheduleExpression,
    timezone: ScheduleTimezone,
    startTimeOffset: long,
    destinationConfiguration: DestinationConfiguration,
    scheduleStartTime: Timestamp,
    scheduleEndTime: Timestamp,
    executionRoleArn: RoleArn,
    state: ScheduledQueryState,
    tags: Tags,
  },
};
export interface CreateScheduledQueryRequest {
  name: ScheduledQueryName;
  description?: ScheduledQueryDescription;
  queryLanguage: QueryLanguage;
  queryString: QueryString;
  logGroupIdentifiers?: ScheduledQueryLogGroupIdentifiers;
  scheduleExpression: ScheduleExpression;
  timezone?: ScheduleTimezone;
  startTimeOffset?: number;
  destinationConfiguration?: DestinationConfiguration;
  scheduleStartTime?: Timestamp;
  scheduleEndTime?: Timestamp;
  executionRoleArn: RoleArn;
  state?: ScheduledQueryState;
  tags?: Tags;
}
export const CreateScheduledQueryResponse: ModelStructure = {
  type: "structure",
  members: { scheduledQueryArn: string, state: ScheduledQueryState },
};
export interface CreateScheduledQueryResponse {
  scheduledQueryArn?: string;
  state?: ScheduledQueryState;
}
export const DashboardViewerPrincipals: ModelList = { type: "list", member: string };
export type DashboardViewerPrincipals = string[];
export const SequenceToken: ModelScalar = { type: "string", min: 1 };
export type SequenceToken = string;
export const DataAlreadyAcceptedException: ModelStructure = {
  type: "structure",
  members: { expectedSequenceToken: SequenceToken },
};
export interface DataAlreadyAcceptedException {
  expectedSequenceToken?: SequenceToken;
}
export const DataProtectionStatus: ModelScalar = {
  type: "string",
  enum: ["ACTIVATED", "DELETED", "ARCHIVED", "DISABLED"],
};
export type DataProtectionStatus = string;
export const DataSourceFilter: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: string, type: string },
};
export interface DataSourceFilter {
  name: string;
  type?: string;
}
export const DataSourceFilters: ModelList = { type: "list", member: DataSourceFilter, min: 1, max: 5 };
export type DataSourceFilters = DataSourceFilter[];
export const TargetFormat: ModelScalar = { type: "string", min: 1, max: 64 };
export type TargetFormat = string;
export const MatchPattern: ModelScalar = { type: "string", min: 1 };
export type MatchPattern = string;
export const MatchPatterns: ModelList = { type: "list", member: MatchPattern, min: 1, max: 5 };
export type MatchPatterns = MatchPattern[];
export const SourceTimezone: ModelScalar = { type: "string", min: 1 };
export type SourceTimezone = string;
export const TargetTimezone: ModelScalar = { type: "string", min: 1 };
export type TargetTimezone = string;
export const Locale: ModelScalar = { type: "string", min: 1 };
export type Locale = string;
export const DateTimeConverter: ModelStructure = {
  type: "structure",
  required: ["source", "target", "matchPatterns"],
  members: {
    source: Source,
    target: Target,
    targetFormat: TargetFormat,
    matchPatterns: MatchPatterns,
    sourceTimezone: SourceTimezone,
    targetTimezone: TargetTimezone,
    locale: Locale,
  },
};
export interface DateTimeConverter {
  source: Source;
  target: Target;
  targetFormat?: TargetFormat;
  matchPatterns: MatchPatterns;
  sourceTimezone?: SourceTimezone;
  targetTimezone?: TargetTimezone;
  locale?: Locale;
}
export const DeleteAccountPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["policyName", "policyType"],
  members: { policyName: string, policyType: PolicyType },
};
export interface DeleteAccountPolicyRequest {
  policyName: string;
  policyType: PolicyType;
}
export const DeleteDataProtectionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier"],
  members: { logGroupIdentifier: LogGroupIdentifier },
};
export interface DeleteDataProtectionPolicyRequest {
  logGroupIdentifier: LogGroupIdentifier;
}
export const DeliveryDestinationName: ModelScalar = { type: "string", min: 1, max: 60, pattern: "[\\w-]*" };
export type DeliveryDestinationName = string;
export const DeleteDeliveryDestinationPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["deliveryDestinationName"],
  members: { deliveryDestinationName: DeliveryDestinationName },
};
export interface DeleteDeliveryDestinationPolicyRequest {
  deliveryDestinationName: DeliveryDestinationName;
}
export const DeleteDeliveryDestinationRequest: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: DeliveryDestinationName },
};
export interface DeleteDeliveryDestinationRequest {
  name: DeliveryDestinationName;
}
export const DeleteDeliveryRequest: ModelStructure = {
  type: "structure",
  required: ["id"],
  members: { id: DeliveryId },
};
export interface DeleteDeliveryRequest {
  id: DeliveryId;
}
export const DeleteDeliverySourceRequest: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: DeliverySourceName },
};
export interface DeleteDeliverySourceRequest {
  name: DeliverySourceName;
}
export const DestinationName: ModelScalar = { type: "string", min: 1, max: 512, pattern: "[^:*]*" };
export type DestinationName = string;
export const DeleteDestinationRequest: ModelStructure = {
  type: "structure",
  required: ["destinationName"],
  members: { destinationName: DestinationName },
};
export interface DeleteDestinationRequest {
  destinationName: DestinationName;
}
export const DeleteIndexPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier"],
  members: { logGroupIdentifier: LogGroupIdentifier },
};
export interface DeleteIndexPolicyRequest {
  logGroupIdentifier: LogGroupIdentifier;
}
export const DeleteIndexPolicyResponse: ModelStructure = { type: "structure", members: {} };
export type DeleteIndexPolicyResponse = Record<string, never>;
export const IntegrationName: ModelScalar = {
  type: "string",
  min: 1,
  max: 50,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type IntegrationName = string;
export const DeleteIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["integrationName"],
  members: { integrationName: IntegrationName, force: boolean },
};
export interface DeleteIntegrationRequest {
  integrationName: IntegrationName;
  force?: boolean;
}
export const DeleteIntegrationResponse: ModelStructure = { type: "structure", members: {} };
export type DeleteIntegrationResponse = Record<string, never>;
export const WithKey: ModelScalar = { type: "string", min: 1 };
export type WithKey = string;
export const DeleteWithKeys: ModelList = { type: "list", member: WithKey, min: 1, max: 5 };
export type DeleteWithKeys = WithKey[];
export const DeleteKeys: ModelStructure = {
  type: "structure",
  required: ["withKeys"],
  members: { withKeys: DeleteWithKeys },
};
export interface DeleteKeys {
  withKeys: DeleteWithKeys;
}
export const DeleteLogAnomalyDetectorRequest: ModelStructure = {
  type: "structure",
  required: ["anomalyDetectorArn"],
  members: { anomalyDetectorArn: AnomalyDetectorArn },
};
export interface DeleteLogAnomalyDetectorRequest {
  anomalyDetectorArn: AnomalyDetectorArn;
}
export const DeleteLogGroupRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName"],
  members: { logGroupName: LogGroupName },
};
export interface DeleteLogGroupRequest {
  logGroupName: LogGroupName;
}
export const DeleteLogStreamRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "logStreamName"],
  members: { logGroupName: LogGroupName, logStreamName: LogStreamName },
};
export interface DeleteLogStreamRequest {
  logGroupName: LogGroupName;
  logStreamName: LogStreamName;
}
export const DeleteLookupTableRequest: ModelStructure = {
  type: "structure",
  required: ["lookupTableArn"],
  members: { lookupTableArn: string },
};
export interface DeleteLookupTableRequest {
  lookupTableArn: string;
}
export const FilterName: ModelScalar = { type: "string", min: 1, max: 512, pattern: "[^:*]*" };
export type FilterName = string;
export const DeleteMetricFilterRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "filterName"],
  members: { logGroupName: LogGroupName, filterName: FilterName },
};
export interface DeleteMetricFilterRequest {
  logGroupName: LogGroupName;
  filterName: FilterName;
}
export const QueryId: ModelScalar = { type: "string", min: 1, max: 256 };
export type QueryId = string;
export const DeleteQueryDefinitionRequest: ModelStructure = {
  type: "structure",
  required: ["queryDefinitionId"],
  members: { queryDefinitionId: QueryId },
};
export interface DeleteQueryDefinitionRequest {
  queryDefinitionId: QueryId;
}
export const DeleteQueryDefinitionResponse: ModelStructure = {
  type: "structure",
  members: { success: boolean },
};
export interface DeleteQueryDefinitionResponse {
  success?: boolean;
}
export const ExpectedRevisionId: ModelScalar = { type: "string", min: 1 };
export type ExpectedRevisionId = string;
export const DeleteResourcePolicyRequest: ModelStructure = {
  type: "structure",
  members: { policyName: string, resourceArn: string, expectedRevisionId: ExpectedRevisionId },
};
export interface DeleteResourcePolicyRequest {
  policyName?: string;
  resourceArn?: string;
  expectedRevisionId?: ExpectedRevisionId;
}
export const DeleteRetentionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName"],
  members: { logGroupName: LogGroupName },
};
export interface DeleteRetentionPolicyRequest {
  logGroupName: LogGroupName;
}
export const ScheduledQueryIdentifier: ModelScalar = { type: "string", pattern: "[\\w#+=/:,.@-]*" };
export type ScheduledQueryIdentifier = string;
export const DeleteScheduledQueryRequest: ModelStructure = {
  type: "structure",
  required: ["identifier"],
  members: { identifier: ScheduledQueryIdentifier },
};
export interface DeleteScheduledQueryRequest {
  identifier: ScheduledQueryIdentifier;
}
export const DeleteScheduledQueryResponse: ModelStructure = { type: "structure", members: {} };
export type DeleteScheduledQueryResponse = Record<string, never>;
export const DeleteSubscriptionFilterRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "filterName"],
  members: { logGroupName: LogGroupName, filterName: FilterName },
};
export interface DeleteSubscriptionFilterRequest {
  logGroupName: LogGroupName;
  filterName: FilterName;
}
export const DeleteTransformerRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier"],
  members: { logGroupIdentifier: LogGroupIdentifier },
};
export interface DeleteTransformerRequest {
  logGroupIdentifier: LogGroupIdentifier;
}
export const Deliveries: ModelList = { type: "list", member: Delivery };
export type Deliveries = Delivery[];
export const DeliveryDestinationConfiguration: ModelStructure = {
  type: "structure",
  required: ["destinationResourceArn"],
  members: { destinationResourceArn: string },
};
export interface DeliveryDestinationConfiguration {
  destinationResourceArn: string;
}
export const DeliveryDestination: ModelStructure = {
  type: "structure",
  members: {
    name: DeliveryDestinationName,
    arn: string,
    deliveryDestinationType: DeliveryDestinationType,
    outputFormat: OutputFormat,
    deliveryDestinationConfiguration: DeliveryDestinationConfiguration,
    tags: Tags,
  },
};
export interface DeliveryDestination {
  name?: DeliveryDestinationName;
  arn?: string;
  deliveryDestinationType?: DeliveryDestinationType;
  outputFormat?: OutputFormat;
  deliveryDestinationConfiguration?: DeliveryDestinationConfiguration;
  tags?: Tags;
}
export const DeliveryDestinationPolicy: ModelScalar = { type: "string", min: 1, max: 51200 };
export type DeliveryDestinationPolicy = string;
export const DeliveryDestinationTypes: ModelList = {
  type: "list",
  member: DeliveryDestinationType,
  min: 1,
  max: 4,
};
export type DeliveryDestinationTypes = DeliveryDestinationType[];
export const DeliveryDestinations: ModelList = { type: "list", member: DeliveryDestination };
export type DeliveryDestinations = DeliveryDestination[];
export const ResourceArns: ModelList = { type: "list", member: string };
export type ResourceArns = string[];
export const DeliverySourceConfigurationKey: ModelScalar = { type: "string", min: 1, max: 255 };
export type DeliverySourceConfigurationKey = string;
export const DeliverySourceConfigurationValue: ModelScalar = { type: "string", min: 1, max: 255 };
export type DeliverySourceConfigurationValue = string;
export const DeliverySourceConfiguration: ModelMap = {
  type: "map",
  key: DeliverySourceConfigurationKey,
  value: DeliverySourceConfigurationValue,
};
export type DeliverySourceConfiguration = Record<string, DeliverySourceConfigurationValue>;
export const DeliverySourceStatus: ModelScalar = { type: "string", enum: ["ACTIVE", "INACTIVE"] };
export type DeliverySourceStatus = string;
export const DeliverySourceStatusReason: ModelScalar = { type: "string", enum: ["RESOURCE_DELETED"] };
export type DeliverySourceStatusReason = string;
export const DeliverySource: ModelStructure = {
  type: "structure",
  members: {
    name: DeliverySourceName,
    arn: string,
    resourceArns: ResourceArns,
    service: Service,
    logType: LogType,
    tags: Tags,
    deliverySourceConfiguration: DeliverySourceConfiguration,
    status: DeliverySourceStatus,
    statusReason: DeliverySourceStatusReason,
  },
};
export interface DeliverySource {
  name?: DeliverySourceName;
  arn?: string;
  resourceArns?: ResourceArns;
  service?: Service;
  logType?: LogType;
  tags?: Tags;
  deliverySourceConfiguration?: DeliverySourceConfiguration;
  status?: DeliverySourceStatus;
  statusReason?: DeliverySourceStatusReason;
}
export const DeliverySources: ModelList = { type: "list", member: DeliverySource };
export type DeliverySources = DeliverySource[];
export const NextToken: ModelScalar = { type: "string", min: 1 };
export type NextToken = string;
export const DescribeAccountPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["policyType"],
  members: {
    policyType: PolicyType,
    policyName: string,
    accountIdentifiers: AccountIds,
    nextToken: NextToken,
  },
};
export interface DescribeAccountPoliciesRequest {
  policyType: PolicyType;
  policyName?: string;
  accountIdentifiers?: AccountIds;
  nextToken?: NextToken;
}
export const DescribeAccountPoliciesResponse: ModelStructure = {
  type: "structure",
  members: { accountPolicies: AccountPolicies, nextToken: NextToken },
};
export interface DescribeAccountPoliciesResponse {
  accountPolicies?: AccountPolicies;
  nextToken?: NextToken;
}
export const LogTypes: ModelList = { type: "list", member: LogType, min: 1, max: 10 };
export type LogTypes = LogType[];
export const ResourceTypes: ModelList = { type: "list", member: ResourceType, min: 1, max: 10 };
export type ResourceTypes = ResourceType[];
export const DescribeLimit: ModelScalar = { type: "integer", min: 1, max: 50 };
export type DescribeLimit = number;
export const DescribeConfigurationTemplatesRequest: ModelStructure = {
  type: "structure",
  members: {
    service: Service,
    logTypes: LogTypes,
    resourceTypes: ResourceTypes,
    deliveryDestinationTypes: DeliveryDestinationTypes,
    nextToken: NextToken,
    limit: DescribeLimit,
  },
};
export interface DescribeConfigurationTemplatesRequest {
  service?: Service;
  logTypes?: LogTypes;
  resourceTypes?: ResourceTypes;
  deliveryDestinationTypes?: DeliveryDestinationTypes;
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const DescribeConfigurationTemplatesResponse: ModelStructure = {
  type: "structure",
  members: { configurationTemplates: ConfigurationTemplates, nextToken: NextToken },
};
export interface DescribeConfigurationTemplatesResponse {
  configurationTemplates?: ConfigurationTemplates;
  nextToken?: NextToken;
}
export const DescribeDeliveriesRequest: ModelStructure = {
  type: "structure",
  members: { nextToken: NextToken, limit: DescribeLimit },
};
export interface DescribeDeliveriesRequest {
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const DescribeDeliveriesResponse: ModelStructure = {
  type: "structure",
  members: { deliveries: Deliveries, nextToken: NextToken },
};
export interface DescribeDeliveriesResponse {
  deliveries?: Deliveries;
  nextToken?: NextToken;
}
export const DescribeDeliveryDestinationsRequest: ModelStructure = {
  type: "structure",
  members: { nextToken: NextToken, limit: DescribeLimit },
};
export interface DescribeDeliveryDestinationsRequest {
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const DescribeDeliveryDestinationsResponse: ModelStructure = {
  type: "structure",
  members: { deliveryDestinations: DeliveryDestinations, nextToken: NextToken },
};
export interface DescribeDeliveryDestinationsResponse {
  deliveryDestinations?: DeliveryDestinations;
  nextToken?: NextToken;
}
export const DescribeDeliverySourcesRequest: ModelStructure = {
  type: "structure",
  members: { nextToken: NextToken, limit: DescribeLimit },
};
export interface DescribeDeliverySourcesRequest {
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const DescribeDeliverySourcesResponse: ModelStructure = {
  type: "structure",
  members: { deliverySources: DeliverySources, nextToken: NextToken },
};
export interface DescribeDeliverySourcesResponse {
  deliverySources?: DeliverySources;
  nextToken?: NextToken;
}
export const DescribeDestinationsRequest: ModelStructure = {
  type: "structure",
  members: { DestinationNamePrefix: DestinationName, nextToken: NextToken, limit: DescribeLimit },
};
export interface DescribeDestinationsRequest {
  DestinationNamePrefix?: DestinationName;
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const TargetArn: ModelScalar = { type: "string", min: 1 };
export type TargetArn = string;
export const Destination: ModelStructure = {
  type: "structure",
  members: {
    destinationName: DestinationName,
    targetArn: TargetArn,
    roleArn: RoleArn,
    accessPolicy: AccessPolicy,
    arn: string,
    creationTime: Timestamp,
  },
};
export interface Destination {
  destinationName?: DestinationName;
  targetArn?: TargetArn;
  roleArn?: RoleArn;
  accessPolicy?: AccessPolicy;
  arn?: string;
  creationTime?: Timestamp;
}
export const Destinations: ModelList = { type: "list", member: Destination };
export type Destinations = Destination[];
export const DescribeDestinationsResponse: ModelStructure = {
  type: "structure",
  members: { destinations: Destinations, nextToken: NextToken },
};
export interface DescribeDestinationsResponse {
  destinations?: Destinations;
  nextToken?: NextToken;
}
export const ExportTaskStatusCode: ModelScalar = {
  type: "string",
  enum: ["CANCELLED", "COMPLETED", "FAILED", "PENDING", "PENDING_CANCEL", "RUNNING"],
};
export type ExportTaskStatusCode = string;
export const DescribeExportTasksRequest: ModelStructure = {
  type: "structure",
  members: {
    taskId: ExportTaskId,
    statusCode: ExportTaskStatusCode,
    nextToken: NextToken,
    limit: DescribeLimit,
  },
};
export interface DescribeExportTasksRequest {
  taskId?: ExportTaskId;
  statusCode?: ExportTaskStatusCode;
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const ExportTaskStatus: ModelStructure = {
  type: "structure",
  members: { code: ExportTaskStatusCode, message: string },
};
export interface ExportTaskStatus {
  code?: ExportTaskStatusCode;
  message?: string;
}
export const ExportTaskExecutionInfo: ModelStructure = {
  type: "structure",
  members: { creationTime: Timestamp, completionTime: Timestamp },
};
export interface ExportTaskExecutionInfo {
  creationTime?: Timestamp;
  completionTime?: Timestamp;
}
export const ExportTask: ModelStructure = {
  type: "structure",
  members: {
    taskId: ExportTaskId,
    taskName: ExportTaskName,
    logGroupName: LogGroupName,
    from: Timestamp,
    to: Timestamp,
    destination: ExportDestinationBucket,
    destinationPrefix: string,
    status: ExportTaskStatus,
    executionInfo: ExportTaskExecutionInfo,
  },
};
export interface ExportTask {
  taskId?: ExportTaskId;
  taskName?: ExportTaskName;
  logGroupName?: LogGroupName;
  from?: Timestamp;
  to?: Timestamp;
  destination?: ExportDestinationBucket;
  destinationPrefix?: string;
  status?: ExportTaskStatus;
  executionInfo?: ExportTaskExecutionInfo;
}
export const ExportTasks: ModelList = { type: "list", member: ExportTask };
export type ExportTasks = ExportTask[];
export const DescribeExportTasksResponse: ModelStructure = {
  type: "structure",
  members: { exportTasks: ExportTasks, nextToken: NextToken },
};
export interface DescribeExportTasksResponse {
  exportTasks?: ExportTasks;
  nextToken?: NextToken;
}
export const DescribeFieldIndexesLogGroupIdentifiers: ModelList = {
  type: "list",
  member: LogGroupIdentifier,
  min: 1,
  max: 100,
};
export type DescribeFieldIndexesLogGroupIdentifiers = LogGroupIdentifier[];
export const DescribeFieldIndexesRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifiers"],
  members: { logGroupIdentifiers: DescribeFieldIndexesLogGroupIdentifiers, nextToken: NextToken },
};
export interface DescribeFieldIndexesRequest {
  logGroupIdentifiers: DescribeFieldIndexesLogGroupIdentifiers;
  nextToken?: NextToken;
}
export const FieldIndexName: ModelScalar = {
  type: "string",
  min: 1,
  max: 512,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type FieldIndexName = string;
export const IndexType: ModelScalar = { type: "string", enum: ["FACET", "FIELD_INDEX"] };
export type IndexType = string;
export const FieldIndex: ModelStructure = {
  type: "structure",
  members: {
    logGroupIdentifier: LogGroupIdentifier,
    fieldIndexName: FieldIndexName,
    lastScanTime: Timestamp,
    firstEventTime: Timestamp,
    lastEventTime: Timestamp,
    type: IndexType,
  },
};
export interface FieldIndex {
  logGroupIdentifier?: LogGroupIdentifier;
  fieldIndexName?: FieldIndexName;
  lastScanTime?: Timestamp;
  firstEventTime?: Timestamp;
  lastEventTime?: Timestamp;
  type?: IndexType;
}
export const FieldIndexes: ModelList = { type: "list", member: FieldIndex };
export type FieldIndexes = FieldIndex[];
export const DescribeFieldIndexesResponse: ModelStructure = {
  type: "structure",
  members: { fieldIndexes: FieldIndexes, nextToken: NextToken },
};
export interface DescribeFieldIndexesResponse {
  fieldIndexes?: FieldIndexes;
  nextToken?: NextToken;
}
export const ImportStatusList: ModelList = { type: "list", member: ImportStatus };
export type ImportStatusList = ImportStatus[];
export const DescribeImportTaskBatchesRequest: ModelStructure = {
  type: "structure",
  required: ["importId"],
  members: {
    importId: ImportId,
    batchImportStatus: ImportStatusList,
    limit: DescribeLimit,
    nextToken: NextToken,
  },
};
export interface DescribeImportTaskBatchesRequest {
  importId: ImportId;
  batchImportStatus?: ImportStatusList;
  limit?: DescribeLimit;
  nextToken?: NextToken;
}
export const ImportBatch: ModelStructure = {
  type: "structure",
  required: ["batchId", "status"],
  members: { batchId: BatchId, status: ImportStatus, errorMessage: string },
};
export interface ImportBatch {
  batchId: BatchId;
  status: ImportStatus;
  errorMessage?: string;
}
export const ImportBatchList: ModelList = { type: "list", member: ImportBatch };
export type ImportBatchList = ImportBatch[];
export const DescribeImportTaskBatchesResponse: ModelStructure = {
  type: "structure",
  members: {
    importSourceArn: string,
    importId: ImportId,
    importBatches: ImportBatchList,
    nextToken: NextToken,
  },
};
export interface DescribeImportTaskBatchesResponse {
  importSourceArn?: string;
  importId?: ImportId;
  importBatches?: ImportBatchList;
  nextToken?: NextToken;
}
export const DescribeImportTasksRequest: ModelStructure = {
  type: "structure",
  members: {
    importId: ImportId,
    importStatus: ImportStatus,
    importSourceArn: string,
    limit: DescribeLimit,
    nextToken: NextToken,
  },
};
export interface DescribeImportTasksRequest {
  importId?: ImportId;
  importStatus?: ImportStatus;
  importSourceArn?: string;
  limit?: DescribeLimit;
  nextToken?: NextToken;
}
export const Import: ModelStructure = {
  type: "structure",
  members: {
    importId: ImportId,
    importSourceArn: string,
    importStatus: ImportStatus,
    importDestinationArn: string,
    importStatistics: ImportStatistics,
    importFilter: ImportFilter,
    creationTime: Timestamp,
    lastUpdatedTime: Timestamp,
    errorMessage: string,
  },
};
export interface Import {
  importId?: ImportId;
  importSourceArn?: string;
  importStatus?: ImportStatus;
  importDestinationArn?: string;
  importStatistics?: ImportStatistics;
  importFilter?: ImportFilter;
  creationTime?: Timestamp;
  lastUpdatedTime?: Timestamp;
  errorMessage?: string;
}
export const ImportList: ModelList = { type: "list", member: Import };
export type ImportList = Import[];
export const DescribeImportTasksResponse: ModelStructure = {
  type: "structure",
  members: { imports: ImportList, nextToken: NextToken },
};
export interface DescribeImportTasksResponse {
  imports?: ImportList;
  nextToken?: NextToken;
}
export const DescribeIndexPoliciesLogGroupIdentifiers: ModelList = {
  type: "list",
  member: LogGroupIdentifier,
  min: 1,
  max: 1,
};
export type DescribeIndexPoliciesLogGroupIdentifiers = LogGroupIdentifier[];
export const DescribeIndexPoliciesRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifiers"],
  members: { logGroupIdentifiers: DescribeIndexPoliciesLogGroupIdentifiers, nextToken: NextToken },
};
export interface DescribeIndexPoliciesRequest {
  logGroupIdentifiers: DescribeIndexPoliciesLogGroupIdentifiers;
  nextToken?: NextToken;
}
export const PolicyDocument: ModelScalar = { type: "string", min: 1, max: 51200 };
export type PolicyDocument = string;
export const IndexSource: ModelScalar = { type: "string", enum: ["ACCOUNT", "LOG_GROUP"] };
export type IndexSource = string;
export const IndexPolicy: ModelStructure = {
  type: "structure",
  members: {
    logGroupIdentifier: LogGroupIdentifier,
    lastUpdateTime: Timestamp,
    policyDocument: PolicyDocument,
    policyName: string,
    source: IndexSource,
  },
};
export interface IndexPolicy {
  logGroupIdentifier?: LogGroupIdentifier;
  lastUpdateTime?: Timestamp;
  policyDocument?: PolicyDocument;
  policyName?: string;
  source?: IndexSource;
}
export const IndexPolicies: ModelList = { type: "list", member: IndexPolicy };
export type IndexPolicies = IndexPolicy[];
export const DescribeIndexPoliciesResponse: ModelStructure = {
  type: "structure",
  members: { indexPolicies: IndexPolicies, nextToken: NextToken },
};
export interface DescribeIndexPoliciesResponse {
  indexPolicies?: IndexPolicies;
  nextToken?: NextToken;
}
export const DescribeLogGroupsLogGroupIdentifiers: ModelList = {
  type: "list",
  member: LogGroupIdentifier,
  min: 1,
  max: 50,
};
export type DescribeLogGroupsLogGroupIdentifiers = LogGroupIdentifier[];
export const LogGroupNamePattern: ModelScalar = {
  type: "string",
  min: 0,
  max: 512,
  pattern: "[\\.\\-_/#A-Za-z0-9]*",
};
export type LogGroupNamePattern = string;
export const DescribeLogGroupsRequest: ModelStructure = {
  type: "structure",
  members: {
    accountIdentifiers: AccountIds,
    logGroupNamePrefix: LogGroupName,
    logGroupNamePattern: LogGroupNamePattern,
    nextToken: NextToken,
    limit: DescribeLimit,
    includeLinkedAccounts: boolean,
    logGroupClass: LogGroupClass,
    logGroupIdentifiers: DescribeLogGroupsLogGroupIdentifiers,
  },
};
export interface DescribeLogGroupsRequest {
  accountIdentifiers?: AccountIds;
  logGroupNamePrefix?: LogGroupName;
  logGroupNamePattern?: LogGroupNamePattern;
  nextToken?: NextToken;
  limit?: DescribeLimit;
  includeLinkedAccounts?: boolean;
  logGroupClass?: LogGroupClass;
  logGroupIdentifiers?: DescribeLogGroupsLogGroupIdentifiers;
}
export const InheritedProperty: ModelScalar = { type: "string", enum: ["ACCOUNT_DATA_PROTECTION"] };
export type InheritedProperty = string;
export const InheritedProperties: ModelList = { type: "list", member: InheritedProperty };
export type InheritedProperties = InheritedProperty[];
export const LogGroup: ModelStructure = {
  type: "structure",
  members: {
    logGroupName: LogGroupName,
    creationTime: Timestamp,
    retentionInDays: integer,
    metricFilterCount: integer,
    arn: string,
    storedBytes: StoredBytes,
    kmsKeyId: KmsKeyId,
    dataProtectionStatus: DataProtectionStatus,
    inheritedProperties: InheritedProperties,
    logGroupClass: LogGroupClass,
    logGroupArn: string,
    deletionProtectionEnabled: boolean,
    bearerTokenAuthenticationEnabled: boolean,
  },
};
export interface LogGroup {
  logGroupName?: LogGroupName;
  creationTime?: Timestamp;
  retentionInDays?: number;
  metricFilterCount?: number;
  arn?: string;
  storedBytes?: StoredBytes;
  kmsKeyId?: KmsKeyId;
  dataProtectionStatus?: DataProtectionStatus;
  inheritedProperties?: InheritedProperties;
  logGroupClass?: LogGroupClass;
  logGroupArn?: string;
  deletionProtectionEnabled?: boolean;
  bearerTokenAuthenticationEnabled?: boolean;
}
export const LogGroups: ModelList = { type: "list", member: LogGroup };
export type LogGroups = LogGroup[];
export const DescribeLogGroupsResponse: ModelStructure = {
  type: "structure",
  members: { logGroups: LogGroups, nextToken: NextToken },
};
export interface DescribeLogGroupsResponse {
  logGroups?: LogGroups;
  nextToken?: NextToken;
}
export const OrderBy: ModelScalar = { type: "string", enum: ["LogStreamName", "LastEventTime"] };
export type OrderBy = string;
export const DescribeLogStreamsRequest: ModelStructure = {
  type: "structure",
  members: {
    logGroupName: LogGroupName,
    logGroupIdentifier: LogGroupIdentifier,
    logStreamNamePrefix: LogStreamName,
    orderBy: OrderBy,
    descending: boolean,
    nextToken: NextToken,
    limit: DescribeLimit,
  },
};
export interface DescribeLogStreamsRequest {
  logGroupName?: LogGroupName;
  logGroupIdentifier?: LogGroupIdentifier;
  logStreamNamePrefix?: LogStreamName;
  orderBy?: OrderBy;
  descending?: boolean;
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const LogStream: ModelStructure = {
  type: "structure",
  members: {
    logStreamName: LogStreamName,
    creationTime: Timestamp,
    firstEventTimestamp: Timestamp,
    lastEventTimestamp: Timestamp,
    lastIngestionTime: Timestamp,
    uploadSequenceToken: SequenceToken,
    arn: string,
    storedBytes: StoredBytes,
  },
};
export interface LogStream {
  logStreamName?: LogStreamName;
  creationTime?: Timestamp;
  firstEventTimestamp?: Timestamp;
  lastEventTimestamp?: Timestamp;
  lastIngestionTime?: Timestamp;
  uploadSequenceToken?: SequenceToken;
  arn?: string;
  storedBytes?: StoredBytes;
}
export const LogStreams: ModelList = { type: "list", member: LogStream };
export type LogStreams = LogStream[];
export const DescribeLogStreamsResponse: ModelStructure = {
  type: "structure",
  members: { logStreams: LogStreams, nextToken: NextToken },
};
export interface DescribeLogStreamsResponse {
  logStreams?: LogStreams;
  nextToken?: NextToken;
}
export const DescribeLookupTablesMaxResults: ModelScalar = { type: "integer", max: 100 };
export type DescribeLookupTablesMaxResults = number;
export const DescribeLookupTablesRequest: ModelStructure = {
  type: "structure",
  members: {
    lookupTableNamePrefix: LookupTableName,
    maxResults: DescribeLookupTablesMaxResults,
    nextToken: NextToken,
  },
};
export interface DescribeLookupTablesRequest {
  lookupTableNamePrefix?: LookupTableName;
  maxResults?: DescribeLookupTablesMaxResults;
  nextToken?: NextToken;
}
export const TableFields: ModelList = { type: "list", member: string };
export type TableFields = string[];
export const RecordsCount: ModelScalar = { type: "long", min: 0 };
export type RecordsCount = number;
export const LookupTable: ModelStructure = {
  type: "structure",
  members: {
    lookupTableArn: string,
    lookupTableName: LookupTableName,
    description: LookupTableDescription,
    tableFields: TableFields,
    recordsCount: RecordsCount,
    sizeBytes: StoredBytes,
    lastUpdatedTime: Timestamp,
    kmsKeyId: KmsKeyId,
  },
};
export interface LookupTable {
  lookupTableArn?: string;
  lookupTableName?: LookupTableName;
  description?: LookupTableDescription;
  tableFields?: TableFields;
  recordsCount?: RecordsCount;
  sizeBytes?: StoredBytes;
  lastUpdatedTime?: Timestamp;
  kmsKeyId?: KmsKeyId;
}
export const LookupTables: ModelList = { type: "list", member: LookupTable };
export type LookupTables = LookupTable[];
export const DescribeLookupTablesResponse: ModelStructure = {
  type: "structure",
  members: { lookupTables: LookupTables, nextToken: NextToken },
};
export interface DescribeLookupTablesResponse {
  lookupTables?: LookupTables;
  nextToken?: NextToken;
}
export const MetricName: ModelScalar = { type: "string", max: 255, pattern: "[^:*$]*" };
export type MetricName = string;
export const MetricNamespace: ModelScalar = { type: "string", max: 255, pattern: "[^:*$]*" };
export type MetricNamespace = string;
export const DescribeMetricFiltersRequest: ModelStructure = {
  type: "structure",
  members: {
    logGroupName: LogGroupName,
    filterNamePrefix: FilterName,
    nextToken: NextToken,
    limit: DescribeLimit,
    metricName: MetricName,
    metricNamespace: MetricNamespace,
  },
};
export interface DescribeMetricFiltersRequest {
  logGroupName?: LogGroupName;
  filterNamePrefix?: FilterName;
  nextToken?: NextToken;
  limit?: DescribeLimit;
  metricName?: MetricName;
  metricNamespace?: MetricNamespace;
}
export const MetricValue: ModelScalar = { type: "string", max: 100 };
export type MetricValue = string;
export const DimensionsKey: ModelScalar = { type: "string", max: 255 };
export type DimensionsKey = string;
export const DimensionsValue: ModelScalar = { type: "string", max: 255 };
export type DimensionsValue = string;
export const Dimensions: ModelMap = { type: "map", key: DimensionsKey, value: DimensionsValue };
export type Dimensions = Record<string, DimensionsValue>;
export const StandardUnit: ModelScalar = {
  type: "string",
  enum: [
    "Seconds",
    "Microseconds",
    "Milliseconds",
    "Bytes",
    "Kilobytes",
    "Megabytes",
    "Gigabytes",
    "Terabytes",
    "Bits",
    "Kilobits",
    "Megabits",
    "Gigabits",
    "Terabits",
    "Percent",
    "Count",
    "Bytes/Second",
    "Kilobytes/Second",
    "Megabytes/Second",
    "Gigabytes/Second",
    "Terabytes/Second",
    "Bits/Second",
    "Kilobits/Second",
    "Megabits/Second",
    "Gigabits/Second",
    "Terabits/Second",
    "Count/Second",
    "None",
  ],
};
export type StandardUnit = string;
export const MetricTransformation: ModelStructure = {
  type: "structure",
  required: ["metricName", "metricNamespace", "metricValue"],
  members: {
    metricName: MetricName,
    metricNamespace: MetricNamespace,
    metricValue: MetricValue,
    defaultValue: double,
    dimensions: Dimensions,
    unit: StandardUnit,
  },
};
export interface MetricTransformation {
  metricName: MetricName;
  metricNamespace: MetricNamespace;
  metricValue: MetricValue;
  defaultValue?: number;
  dimensions?: Dimensions;
  unit?: StandardUnit;
}
export const MetricTransformations: ModelList = {
  type: "list",
  member: MetricTransformation,
  min: 1,
  max: 1,
};
export type MetricTransformations = MetricTransformation[];
export const FieldSelectionCriteria: ModelScalar = { type: "string", min: 0, max: 2000 };
export type FieldSelectionCriteria = string;
export const EmitSystemFields: ModelList = { type: "list", member: string };
export type EmitSystemFields = string[];
export const MetricFilter: ModelStructure = {
  type: "structure",
  members: {
    filterName: FilterName,
    filterPattern: FilterPattern,
    metricTransformations: MetricTransformations,
    creationTime: Timestamp,
    logGroupName: LogGroupName,
    applyOnTransformedLogs: boolean,
    fieldSelectionCriteria: FieldSelectionCriteria,
    emitSystemFieldDimensions: EmitSystemFields,
  },
};
export interface MetricFilter {
  filterName?: FilterName;
  filterPattern?: FilterPattern;
  metricTransformations?: MetricTransformations;
  creationTime?: Timestamp;
  logGroupName?: LogGroupName;
  applyOnTransformedLogs?: boolean;
  fieldSelectionCriteria?: FieldSelectionCriteria;
  emitSystemFieldDimensions?: EmitSystemFields;
}
export const MetricFilters: ModelList = { type: "list", member: MetricFilter };
export type MetricFilters = MetricFilter[];
export const DescribeMetricFiltersResponse: ModelStructure = {
  type: "structure",
  members: { metricFilters: MetricFilters, nextToken: NextToken },
};
export interface DescribeMetricFiltersResponse {
  metricFilters?: MetricFilters;
  nextToken?: NextToken;
}
export const DescribeQueriesMaxResults: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type DescribeQueriesMaxResults = number;
export const QueryStatus: ModelScalar = {
  type: "string",
  enum: ["Scheduled", "Running", "Complete", "Failed", "Cancelled", "Timeout", "Unknown"],
};
export type QueryStatus = string;
export const DescribeQueriesRequest: ModelStructure = {
  type: "structure",
  members: {
    logGroupName: LogGroupName,
    status: QueryStatus,
    maxResults: DescribeQueriesMaxResults,
    nextToken: NextToken,
    queryLanguage: QueryLanguage,
  },
};
export interface DescribeQueriesRequest {
  logGroupName?: LogGroupName;
  status?: QueryStatus;
  maxResults?: DescribeQueriesMaxResults;
  nextToken?: NextToken;
  queryLanguage?: QueryLanguage;
}
export const UserIdentity: ModelScalar = { type: "string", min: 1, max: 2048 };
export type UserIdentity = string;
export const QueryInfo: ModelStructure = {
  type: "structure",
  members: {
    queryLanguage: QueryLanguage,
    queryId: QueryId,
    queryString: QueryString,
    status: QueryStatus,
    createTime: Timestamp,
    logGroupName: LogGroupName,
    queryDuration: long,
    bytesScanned: double,
    userIdentity: UserIdentity,
  },
};
export interface QueryInfo {
  queryLanguage?: QueryLanguage;
  queryId?: QueryId;
  queryString?: QueryString;
  status?: QueryStatus;
  createTime?: Timestamp;
  logGroupName?: LogGroupName;
  queryDuration?: number;
  bytesScanned?: number;
  userIdentity?: UserIdentity;
}
export const QueryInfoList: ModelList = { type: "list", member: QueryInfo };
export type QueryInfoList = QueryInfo[];
export const DescribeQueriesResponse: ModelStructure = {
  type: "structure",
  members: { queries: QueryInfoList, nextToken: NextToken },
};
export interface DescribeQueriesResponse {
  queries?: QueryInfoList;
  nextToken?: NextToken;
}
export const QueryDefinitionName: ModelScalar = { type: "string", min: 1, max: 255 };
export type QueryDefinitionName = string;
export const QueryListMaxResults: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type QueryListMaxResults = number;
export const DescribeQueryDefinitionsRequest: ModelStructure = {
  type: "structure",
  members: {
    queryLanguage: QueryLanguage,
    queryDefinitionNamePrefix: QueryDefinitionName,
    maxResults: QueryListMaxResults,
    nextToken: NextToken,
  },
};
export interface DescribeQueryDefinitionsRequest {
  queryLanguage?: QueryLanguage;
  queryDefinitionNamePrefix?: QueryDefinitionName;
  maxResults?: QueryListMaxResults;
  nextToken?: NextToken;
}
export const QueryDefinitionString: ModelScalar = { type: "string", min: 1, max: 10000 };
export type QueryDefinitionString = string;
export const LogGroupNames: ModelList = { type: "list", member: LogGroupName };
export type LogGroupNames = LogGroupName[];
export const QueryParameterName: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "^[a-zA-Z_][a-zA-Z0-9_]*",
};
export type QueryParameterName = string;
export const QueryParameterDefaultValue: ModelScalar = { type: "string", max: 1024 };
export type QueryParameterDefaultValue = string;
export const QueryParameterDescription: ModelScalar = { type: "string", max: 512 };
export type QueryParameterDescription = string;
export const QueryParameter: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: {
    name: QueryParameterName,
    defaultValue: QueryParameterDefaultValue,
    description: QueryParameterDescription,
  },
};
export interface QueryParameter {
  name: QueryParameterName;
  defaultValue?: QueryParameterDefaultValue;
  description?: QueryParameterDescription;
}
export const QueryParameterList: ModelList = { type: "list", member: QueryParameter, max: 20 };
export type QueryParameterList = QueryParameter[];
export const QueryDefinition: ModelStructure = {
  type: "structure",
  members: {
    queryLanguage: QueryLanguage,
    queryDefinitionId: QueryId,
    name: QueryDefinitionName,
    queryString: QueryDefinitionString,
    lastModified: Timestamp,
    logGroupNames: LogGroupNames,
    parameters: QueryParameterList,
  },
};
export interface QueryDefinition {
  queryLanguage?: QueryLanguage;
  queryDefinitionId?: QueryId;
  name?: QueryDefinitionName;
  queryString?: QueryDefinitionString;
  lastModified?: Timestamp;
  logGroupNames?: LogGroupNames;
  parameters?: QueryParameterList;
}
export const QueryDefinitionList: ModelList = { type: "list", member: QueryDefinition };
export type QueryDefinitionList = QueryDefinition[];
export const DescribeQueryDefinitionsResponse: ModelStructure = {
  type: "structure",
  members: { queryDefinitions: QueryDefinitionList, nextToken: NextToken },
};
export interface DescribeQueryDefinitionsResponse {
  queryDefinitions?: QueryDefinitionList;
  nextToken?: NextToken;
}
export const PolicyScope: ModelScalar = { type: "string", enum: ["ACCOUNT", "RESOURCE"] };
export type PolicyScope = string;
export const DescribeResourcePoliciesRequest: ModelStructure = {
  type: "structure",
  members: { nextToken: NextToken, limit: DescribeLimit, resourceArn: string, policyScope: PolicyScope },
};
export interface DescribeResourcePoliciesRequest {
  nextToken?: NextToken;
  limit?: DescribeLimit;
  resourceArn?: string;
  policyScope?: PolicyScope;
}
export const ResourcePolicy: ModelStructure = {
  type: "structure",
  members: {
    policyName: string,
    policyDocument: PolicyDocument,
    lastUpdatedTime: Timestamp,
    policyScope: PolicyScope,
    resourceArn: string,
    revisionId: ExpectedRevisionId,
  },
};
export interface ResourcePolicy {
  policyName?: string;
  policyDocument?: PolicyDocument;
  lastUpdatedTime?: Timestamp;
  policyScope?: PolicyScope;
  resourceArn?: string;
  revisionId?: ExpectedRevisionId;
}
export const ResourcePolicies: ModelList = { type: "list", member: ResourcePolicy };
export type ResourcePolicies = ResourcePolicy[];
export const DescribeResourcePoliciesResponse: ModelStructure = {
  type: "structure",
  members: { resourcePolicies: ResourcePolicies, nextToken: NextToken },
};
export interface DescribeResourcePoliciesResponse {
  resourcePolicies?: ResourcePolicies;
  nextToken?: NextToken;
}
export const DescribeSubscriptionFiltersRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName"],
  members: {
    logGroupName: LogGroupName,
    filterNamePrefix: FilterName,
    nextToken: NextToken,
    limit: DescribeLimit,
  },
};
export interface DescribeSubscriptionFiltersRequest {
  logGroupName: LogGroupName;
  filterNamePrefix?: FilterName;
  nextToken?: NextToken;
  limit?: DescribeLimit;
}
export const DestinationArn: ModelScalar = { type: "string", min: 1 };
export type DestinationArn = string;
export const Distribution: ModelScalar = { type: "string", enum: ["Random", "ByLogStream"] };
export type Distribution = string;
export const SubscriptionFilter: ModelStructure = {
  type: "structure",
  members: {
    filterName: FilterName,
    logGroupName: LogGroupName,
    filterPattern: FilterPattern,
    destinationArn: DestinationArn,
    roleArn: RoleArn,
    distribution: Distribution,
    applyOnTransformedLogs: boolean,
    creationTime: Timestamp,
    fieldSelectionCriteria: FieldSelectionCriteria,
    emitSystemFields: EmitSystemFields,
  },
};
export interface SubscriptionFilter {
  filterName?: FilterName;
  logGroupName?: LogGroupName;
  filterPattern?: FilterPattern;
  destinationArn?: DestinationArn;
  roleArn?: RoleArn;
  distribution?: Distribution;
  applyOnTransformedLogs?: boolean;
  creationTime?: Timestamp;
  fieldSelectionCriteria?: FieldSelectionCriteria;
  emitSystemFields?: EmitSystemFields;
}
export const SubscriptionFilters: ModelList = { type: "list", member: SubscriptionFilter };
export type SubscriptionFilters = SubscriptionFilter[];
export const DescribeSubscriptionFiltersResponse: ModelStructure = {
  type: "structure",
  members: { subscriptionFilters: SubscriptionFilters, nextToken: NextToken },
};
export interface DescribeSubscriptionFiltersResponse {
  subscriptionFilters?: SubscriptionFilters;
  nextToken?: NextToken;
}
export const DisassociateKmsKeyRequest: ModelStructure = {
  type: "structure",
  members: { logGroupName: LogGroupName, resourceIdentifier: ResourceIdentifier },
};
export interface DisassociateKmsKeyRequest {
  logGroupName?: LogGroupName;
  resourceIdentifier?: ResourceIdentifier;
}
export const DisassociateSourceFromS3TableIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["identifier"],
  members: { identifier: S3TableIntegrationSourceIdentifier },
};
export interface DisassociateSourceFromS3TableIntegrationRequest {
  identifier: S3TableIntegrationSourceIdentifier;
}
export const DisassociateSourceFromS3TableIntegrationResponse: ModelStructure = {
  type: "structure",
  members: { identifier: S3TableIntegrationSourceIdentifier },
};
export interface DisassociateSourceFromS3TableIntegrationResponse {
  identifier?: S3TableIntegrationSourceIdentifier;
}
export const EncryptionKey: ModelScalar = { type: "string", max: 256 };
export type EncryptionKey = string;
export const EntityKeyAttributesKey: ModelScalar = { type: "string", min: 1, max: 32 };
export type EntityKeyAttributesKey = string;
export const EntityKeyAttributesValue: ModelScalar = { type: "string", min: 1, max: 512 };
export type EntityKeyAttributesValue = string;
export const EntityKeyAttributes: ModelMap = {
  type: "map",
  key: EntityKeyAttributesKey,
  value: EntityKeyAttributesValue,
  min: 2,
  max: 4,
};
export type EntityKeyAttributes = Record<string, EntityKeyAttributesValue>;
export const EntityAttributesKey: ModelScalar = { type: "string", min: 1, max: 256 };
export type EntityAttributesKey = string;
export const EntityAttributesValue: ModelScalar = { type: "string", min: 1, max: 512 };
export type EntityAttributesValue = string;
export const EntityAttributes: ModelMap = {
  type: "map",
  key: EntityAttributesKey,
  value: EntityAttributesValue,
  min: 0,
  max: 10,
};
export type EntityAttributes = Record<string, EntityAttributesValue>;
export const Entity: ModelStructure = {
  type: "structure",
  members: { keyAttributes: EntityKeyAttributes, attributes: EntityAttributes },
};
export interface Entity {
  keyAttributes?: EntityKeyAttributes;
  attributes?: EntityAttributes;
}
export const EntityRejectionErrorType: ModelScalar = {
  type: "string",
  enum: [
    "InvalidEntity",
    "InvalidTypeValue",
    "InvalidKeyAttributes",
    "InvalidAttributes",
    "EntitySizeTooLarge",
    "UnsupportedLogGroupType",
    "MissingRequiredFields",
  ],
};
export type EntityRejectionErrorType = string;
export const EventSource: ModelScalar = {
  type: "string",
  enum: ["CloudTrail", "Route53Resolver", "VPCFlow", "EKSAudit", "AWSWAF"],
};
export type EventSource = string;
export const EventsLimit: ModelScalar = { type: "integer", min: 1, max: 10000 };
export type EventsLimit = number;
export const EventsLimitStartQuery: ModelScalar = { type: "integer", min: 1, max: 100000 };
export type EventsLimitStartQuery = number;
export const ExecutionStatus: ModelScalar = {
  type: "string",
  enum: ["Running", "InvalidQuery", "Complete", "Failed", "Timeout"],
};
export type ExecutionStatus = string;
export const ExecutionStatusList: ModelList = { type: "list", member: ExecutionStatus };
export type ExecutionStatusList = ExecutionStatus[];
export const ExtractedValues: ModelMap = { type: "map", key: string, value: string };
export type ExtractedValues = Record<string, string>;
export const FieldIndexNames: ModelList = { type: "list", member: FieldIndexName, min: 1, max: 20 };
export type FieldIndexNames = FieldIndexName[];
export const FieldsData: ModelStructure = { type: "structure", members: { data: blob } };
export interface FieldsData {
  data?: string;
}
export const InputLogStreamNames: ModelList = { type: "list", member: LogStreamName, min: 1, max: 100 };
export type InputLogStreamNames = LogStreamName[];
export const FilterLogEventsRequest: ModelStructure = {
  type: "structure",
  members: {
    logGroupName: LogGroupName,
    logGroupIdentifier: LogGroupIdentifier,
    logStreamNames: InputLogStreamNames,
    logStreamNamePrefix: LogStreamName,
    startTime: Timestamp,
    endTime: Timestamp,
    filterPattern: FilterPattern,
    nextToken: NextToken,
    limit: EventsLimit,
    interleaved: boolean,
    unmask: boolean,
  },
};
export interface FilterLogEventsRequest {
  logGroupName?: LogGroupName;
  logGroupIdentifier?: LogGroupIdentifier;
  logStreamNames?: InputLogStreamNames;
  logStreamNamePrefix?: LogStreamName;
  startTime?: Timestamp;
  endTime?: Timestamp;
  filterPattern?: FilterPattern;
  nextToken?: NextToken;
  limit?: EventsLimit;
  interleaved?: boolean;
  unmask?: boolean;
}
export const FilteredLogEvent: ModelStructure = {
  type: "structure",
  members: {
    logStreamName: LogStreamName,
    timestamp: Timestamp,
    message: EventMessage,
    ingestionTime: Timestamp,
    eventId: string,
  },
};
export interface FilteredLogEvent {
  logStreamName?: LogStreamName;
  timestamp?: Timestamp;
  message?: EventMessage;
  ingestionTime?: Timestamp;
  eventId?: string;
}
export const FilteredLogEvents: ModelList = { type: "list", member: FilteredLogEvent };
export type FilteredLogEvents = FilteredLogEvent[];
export const SearchedLogStream: ModelStructure = {
  type: "structure",
  members: { logStreamName: LogStreamName, searchedCompletely: boolean },
};
export interface SearchedLogStream {
  logStreamName?: LogStreamName;
  searchedCompletely?: boolean;
}
export const SearchedLogStreams: ModelList = { type: "list", member: SearchedLogStream };
export type SearchedLogStreams = SearchedLogStream[];
export const FilterLogEventsResponse: ModelStructure = {
  type: "structure",
  members: { events: FilteredLogEvents, searchedLogStreams: SearchedLogStreams, nextToken: NextToken },
};
export interface FilterLogEventsResponse {
  events?: FilteredLogEvents;
  searchedLogStreams?: SearchedLogStreams;
  nextToken?: NextToken;
}
export const FlattenedElement: ModelScalar = { type: "string", enum: ["first", "last"] };
export type FlattenedElement = string;
export const FromKey: ModelScalar = { type: "string", min: 1, max: 128 };
export type FromKey = string;
export const GetDataProtectionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier"],
  members: { logGroupIdentifier: LogGroupIdentifier },
};
export interface GetDataProtectionPolicyRequest {
  logGroupIdentifier: LogGroupIdentifier;
}
export const GetDataProtectionPolicyResponse: ModelStructure = {
  type: "structure",
  members: { logGroupIdentifier: LogGroupIdentifier, policyDocument: string, lastUpdatedTime: Timestamp },
};
export interface GetDataProtectionPolicyResponse {
  logGroupIdentifier?: LogGroupIdentifier;
  policyDocument?: string;
  lastUpdatedTime?: Timestamp;
}
export const GetDeliveryDestinationPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["deliveryDestinationName"],
  members: { deliveryDestinationName: DeliveryDestinationName },
};
export interface GetDeliveryDestinationPolicyRequest {
  deliveryDestinationName: DeliveryDestinationName;
}
export const Policy: ModelStructure = {
  type: "structure",
  members: { deliveryDestinationPolicy: DeliveryDestinationPolicy },
};
export interface Policy {
  deliveryDestinationPolicy?: DeliveryDestinationPolicy;
}
export const GetDeliveryDestinationPolicyResponse: ModelStructure = {
  type: "structure",
  members: { policy: Policy },
};
export interface GetDeliveryDestinationPolicyResponse {
  policy?: Policy;
}
export const GetDeliveryDestinationRequest: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: DeliveryDestinationName },
};
export interface GetDeliveryDestinationRequest {
  name: DeliveryDestinationName;
}
export const GetDeliveryDestinationResponse: ModelStructure = {
  type: "structure",
  members: { deliveryDestination: DeliveryDestination },
};
export interface GetDeliveryDestinationResponse {
  deliveryDestination?: DeliveryDestination;
}
export const GetDeliveryRequest: ModelStructure = {
  type: "structure",
  required: ["id"],
  members: { id: DeliveryId },
};
export interface GetDeliveryRequest {
  id: DeliveryId;
}
export const GetDeliveryResponse: ModelStructure = { type: "structure", members: { delivery: Delivery } };
export interface GetDeliveryResponse {
  delivery?: Delivery;
}
export const GetDeliverySourceRequest: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: { name: DeliverySourceName },
};
export interface GetDeliverySourceRequest {
  name: DeliverySourceName;
}
export const GetDeliverySourceResponse: ModelStructure = {
  type: "structure",
  members: { deliverySource: DeliverySource },
};
export interface GetDeliverySourceResponse {
  deliverySource?: DeliverySource;
}
export const GetIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["integrationName"],
  members: { integrationName: IntegrationName },
};
export interface GetIntegrationRequest {
  integrationName: IntegrationName;
}
export const IntegrationType: ModelScalar = { type: "string", enum: ["OPENSEARCH"] };
export type IntegrationType = string;
export const IntegrationStatus: ModelScalar = { type: "string", enum: ["PROVISIONING", "ACTIVE", "FAILED"] };
export type IntegrationStatus = string;
export const OpenSearchDataSourceName: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type OpenSearchDataSourceName = string;
export const OpenSearchResourceStatusType: ModelScalar = {
  type: "string",
  enum: ["ACTIVE", "NOT_FOUND", "ERROR"],
};
export type OpenSearchResourceStatusType = string;
export const IntegrationStatusMessage: ModelScalar = { type: "string", min: 1 };
export type IntegrationStatusMessage = string;
export const OpenSearchResourceStatus: ModelStructure = {
  type: "structure",
  members: { status: OpenSearchResourceStatusType, statusMessage: IntegrationStatusMessage },
};
export interface OpenSearchResourceStatus {
  status?: OpenSearchResourceStatusType;
  statusMessage?: IntegrationStatusMessage;
}
export const OpenSearchDataSource: ModelStructure = {
  type: "structure",
  members: { dataSourceName: OpenSearchDataSourceName, status: OpenSearchResourceStatus },
};
export interface OpenSearchDataSource {
  dataSourceName?: OpenSearchDataSourceName;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchApplicationEndpoint: ModelScalar = {
  type: "string",
  min: 1,
  max: 1024,
  pattern: "^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$",
};
export type OpenSearchApplicationEndpoint = string;
export const OpenSearchApplicationId: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type OpenSearchApplicationId = string;
export const OpenSearchApplication: ModelStructure = {
  type: "structure",
  members: {
    applicationEndpoint: OpenSearchApplicationEndpoint,
    applicationArn: string,
    applicationId: OpenSearchApplicationId,
    status: OpenSearchResourceStatus,
  },
};
export interface OpenSearchApplication {
  applicationEndpoint?: OpenSearchApplicationEndpoint;
  applicationArn?: string;
  applicationId?: OpenSearchApplicationId;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchCollectionEndpoint: ModelScalar = {
  type: "string",
  min: 1,
  max: 1024,
  pattern: "^https://[\\.\\-_/#:A-Za-z0-9]+\\.com$",
};
export type OpenSearchCollectionEndpoint = string;
export const OpenSearchCollection: ModelStructure = {
  type: "structure",
  members: {
    collectionEndpoint: OpenSearchCollectionEndpoint,
    collectionArn: string,
    status: OpenSearchResourceStatus,
  },
};
export interface OpenSearchCollection {
  collectionEndpoint?: OpenSearchCollectionEndpoint;
  collectionArn?: string;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchWorkspaceId: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type OpenSearchWorkspaceId = string;
export const OpenSearchWorkspace: ModelStructure = {
  type: "structure",
  members: { workspaceId: OpenSearchWorkspaceId, status: OpenSearchResourceStatus },
};
export interface OpenSearchWorkspace {
  workspaceId?: OpenSearchWorkspaceId;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchPolicyName: ModelScalar = {
  type: "string",
  min: 1,
  max: 256,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type OpenSearchPolicyName = string;
export const OpenSearchEncryptionPolicy: ModelStructure = {
  type: "structure",
  members: { policyName: OpenSearchPolicyName, status: OpenSearchResourceStatus },
};
export interface OpenSearchEncryptionPolicy {
  policyName?: OpenSearchPolicyName;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchNetworkPolicy: ModelStructure = {
  type: "structure",
  members: { policyName: OpenSearchPolicyName, status: OpenSearchResourceStatus },
};
export interface OpenSearchNetworkPolicy {
  policyName?: OpenSearchPolicyName;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchDataAccessPolicy: ModelStructure = {
  type: "structure",
  members: { policyName: OpenSearchPolicyName, status: OpenSearchResourceStatus },
};
export interface OpenSearchDataAccessPolicy {
  policyName?: OpenSearchPolicyName;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchLifecyclePolicy: ModelStructure = {
  type: "structure",
  members: { policyName: OpenSearchPolicyName, status: OpenSearchResourceStatus },
};
export interface OpenSearchLifecyclePolicy {
  policyName?: OpenSearchPolicyName;
  status?: OpenSearchResourceStatus;
}
export const OpenSearchIntegrationDetails: ModelStructure = {
  type: "structure",
  members: {
    dataSource: OpenSearchDataSource,
    application: OpenSearchApplication,
    collection: OpenSearchCollection,
    workspace: OpenSearchWorkspace,
    encryptionPolicy: OpenSearchEncryptionPolicy,
    networkPolicy: OpenSearchNetworkPolicy,
    accessPolicy: OpenSearchDataAccessPolicy,
    lifecyclePolicy: OpenSearchLifecyclePolicy,
  },
};
export interface OpenSearchIntegrationDetails {
  dataSource?: OpenSearchDataSource;
  application?: OpenSearchApplication;
  collection?: OpenSearchCollection;
  workspace?: OpenSearchWorkspace;
  encryptionPolicy?: OpenSearchEncryptionPolicy;
  networkPolicy?: OpenSearchNetworkPolicy;
  accessPolicy?: OpenSearchDataAccessPolicy;
  lifecyclePolicy?: OpenSearchLifecyclePolicy;
}
export const IntegrationDetails: ModelStructure = {
  type: "structure",
  union: true,
  members: { openSearchIntegrationDetails: OpenSearchIntegrationDetails },
};
export interface IntegrationDetails {
  openSearchIntegrationDetails?: OpenSearchIntegrationDetails;
}
export const GetIntegrationResponse: ModelStructure = {
  type: "structure",
  members: {
    integrationName: IntegrationName,
    integrationType: IntegrationType,
    integrationStatus: IntegrationStatus,
    integrationDetails: IntegrationDetails,
  },
};
export interface GetIntegrationResponse {
  integrationName?: IntegrationName;
  integrationType?: IntegrationType;
  integrationStatus?: IntegrationStatus;
  integrationDetails?: IntegrationDetails;
}
export const GetLogAnomalyDetectorRequest: ModelStructure = {
  type: "structure",
  required: ["anomalyDetectorArn"],
  members: { anomalyDetectorArn: AnomalyDetectorArn },
};
export interface GetLogAnomalyDetectorRequest {
  anomalyDetectorArn: AnomalyDetectorArn;
}
export const GetLogAnomalyDetectorResponse: ModelStructure = {
  type: "structure",
  members: {
    detectorName: DetectorName,
    logGroupArnList: LogGroupArnList,
    evaluationFrequency: EvaluationFrequency,
    filterPattern: FilterPattern,
    anomalyDetectorStatus: AnomalyDetectorStatus,
    kmsKeyId: KmsKeyId,
    creationTimeStamp: EpochMillis,
    lastModifiedTimeStamp: EpochMillis,
    anomalyVisibilityTime: AnomalyVisibilityTime,
  },
};
export interface GetLogAnomalyDetectorResponse {
  detectorName?: DetectorName;
  logGroupArnList?: LogGroupArnList;
  evaluationFrequency?: EvaluationFrequency;
  filterPattern?: FilterPattern;
  anomalyDetectorStatus?: AnomalyDetectorStatus;
  kmsKeyId?: KmsKeyId;
  creationTimeStamp?: EpochMillis;
  lastModifiedTimeStamp?: EpochMillis;
  anomalyVisibilityTime?: AnomalyVisibilityTime;
}
export const GetLogEventsRequest: ModelStructure = {
  type: "structure",
  required: ["logStreamName"],
  members: {
    logGroupName: LogGroupName,
    logGroupIdentifier: LogGroupIdentifier,
    logStreamName: LogStreamName,
    startTime: Timestamp,
    endTime: Timestamp,
    nextToken: NextToken,
    limit: EventsLimit,
    startFromHead: boolean,
    unmask: boolean,
  },
};
export interface GetLogEventsRequest {
  logGroupName?: LogGroupName;
  logGroupIdentifier?: LogGroupIdentifier;
  logStreamName: LogStreamName;
  startTime?: Timestamp;
  endTime?: Timestamp;
  nextToken?: NextToken;
  limit?: EventsLimit;
  startFromHead?: boolean;
  unmask?: boolean;
}
export const OutputLogEvent: ModelStructure = {
  type: "structure",
  members: { timestamp: Timestamp, message: EventMessage, ingestionTime: Timestamp },
};
export interface OutputLogEvent {
  timestamp?: Timestamp;
  message?: EventMessage;
  ingestionTime?: Timestamp;
}
export const OutputLogEvents: ModelList = { type: "list", member: OutputLogEvent };
export type OutputLogEvents = OutputLogEvent[];
export const GetLogEventsResponse: ModelStructure = {
  type: "structure",
  members: { events: OutputLogEvents, nextForwardToken: NextToken, nextBackwardToken: NextToken },
};
export interface GetLogEventsResponse {
  events?: OutputLogEvents;
  nextForwardToken?: NextToken;
  nextBackwardToken?: NextToken;
}
export const GetLogFieldsRequest: ModelStructure = {
  type: "structure",
  required: ["dataSourceName", "dataSourceType"],
  members: { dataSourceName: string, dataSourceType: string },
};
export interface GetLogFieldsRequest {
  dataSourceName: string;
  dataSourceType: string;
}
export const LogFieldName: ModelScalar = { type: "string", min: 1, max: 256 };
export type LogFieldName = string;
export const LogFieldType: ModelStructure = {
  type: "structure",
  members: {
    type: string,
    get element() {
      return LogFieldType;
    },
    get fields() {
      return LogFieldsList;
    },
  },
};
export interface LogFieldType {
  type?: string;
  element?: LogFieldType;
  fields?: LogFieldsList;
}
export const LogFieldsListItem: ModelStructure = {
  type: "structure",
  members: { logFieldName: LogFieldName, logFieldType: LogFieldType },
};
export interface LogFieldsListItem {
  logFieldName?: LogFieldName;
  logFieldType?: LogFieldType;
}
export const LogFieldsList: ModelList = { type: "list", member: LogFieldsListItem };
export type LogFieldsList = LogFieldsListItem[];
export const GetLogFieldsResponse: ModelStructure = {
  type: "structure",
  members: { logFields: LogFieldsList },
};
export interface GetLogFieldsResponse {
  logFields?: LogFieldsList;
}
export const GetLogGroupFieldsRequest: ModelStructure = {
  type: "structure",
  members: { logGroupName: LogGroupName, time: Timestamp, logGroupIdentifier: LogGroupIdentifier },
};
export interface GetLogGroupFieldsRequest {
  logGroupName?: LogGroupName;
  time?: Timestamp;
  logGroupIdentifier?: LogGroupIdentifier;
}
export const Percentage: ModelScalar = { type: "integer", min: 0, max: 100 };
export type Percentage = number;
export const LogGroupField: ModelStructure = {
  type: "structure",
  members: { name: string, percent: Percentage },
};
export interface LogGroupField {
  name?: string;
  percent?: Percentage;
}
export const LogGroupFieldList: ModelList = { type: "list", member: LogGroupField };
export type LogGroupFieldList = LogGroupField[];
export const GetLogGroupFieldsResponse: ModelStructure = {
  type: "structure",
  members: { logGroupFields: LogGroupFieldList },
};
export interface GetLogGroupFieldsResponse {
  logGroupFields?: LogGroupFieldList;
}
export const LogObjectPointer: ModelScalar = { type: "string", min: 1, max: 512 };
export type LogObjectPointer = string;
export const GetLogObjectRequest: ModelStructure = {
  type: "structure",
  required: ["logObjectPointer"],
  members: { unmask: boolean, logObjectPointer: LogObjectPointer },
};
export interface GetLogObjectRequest {
  unmask?: boolean;
  logObjectPointer: LogObjectPointer;
}
export const InternalStreamingException: ModelStructure = { type: "structure", members: { message: string } };
export interface InternalStreamingException {
  message?: string;
}
export const GetLogObjectResponseStream: ModelStructure = {
  type: "structure",
  eventstream: true,
  members: { fields: FieldsData, InternalStreamingException: InternalStreamingException },
};
export interface GetLogObjectResponseStream {
  fields?: FieldsData;
  InternalStreamingException?: InternalStreamingException;
}
export const GetLogObjectResponse: ModelStructure = {
  type: "structure",
  members: { fieldStream: GetLogObjectResponseStream },
};
export interface GetLogObjectResponse {
  fieldStream?: GetLogObjectResponseStream;
}
export const GetLogRecordRequest: ModelStructure = {
  type: "structure",
  required: ["logRecordPointer"],
  members: { logRecordPointer: string, unmask: boolean },
};
export interface GetLogRecordRequest {
  logRecordPointer: string;
  unmask?: boolean;
}
export const LogRecord: ModelMap = { type: "map", key: string, value: string };
export type LogRecord = Record<string, string>;
export const GetLogRecordResponse: ModelStructure = { type: "structure", members: { logRecord: LogRecord } };
export interface GetLogRecordResponse {
  logRecord?: LogRecord;
}
export const GetLookupTableRequest: ModelStructure = {
  type: "structure",
  required: ["lookupTableArn"],
  members: { lookupTableArn: string },
};
export interface GetLookupTableRequest {
  lookupTableArn: string;
}
export const GetLookupTableResponse: ModelStructure = {
  type: "structure",
  members: {
    lookupTableArn: string,
    lookupTableName: LookupTableName,
    description: LookupTableDescription,
    tableBody: TableBody,
    sizeBytes: StoredBytes,
    lastUpdatedTime: Timestamp,
    kmsKeyId: KmsKeyId,
  },
};
export interface GetLookupTableResponse {
  lookupTableArn?: string;
  lookupTableName?: LookupTableName;
  description?: LookupTableDescription;
  tableBody?: TableBody;
  sizeBytes?: StoredBytes;
  lastUpdatedTime?: Timestamp;
  kmsKeyId?: KmsKeyId;
}
export const GetQueryResultsMaxItems: ModelScalar = { type: "integer", min: 0, max: 10000 };
export type GetQueryResultsMaxItems = number;
export const GetQueryResultsNextToken: ModelScalar = { type: "string", max: 1024 };
export type GetQueryResultsNextToken = string;
export const GetQueryResultsRequest: ModelStructure = {
  type: "structure",
  required: ["queryId"],
  members: { queryId: QueryId, nextToken: GetQueryResultsNextToken, maxItems: GetQueryResultsMaxItems },
};
export interface GetQueryResultsRequest {
  queryId: QueryId;
  nextToken?: GetQueryResultsNextToken;
  maxItems?: GetQueryResultsMaxItems;
}
export const ResultField: ModelStructure = { type: "structure", members: { field: string, value: string } };
export interface ResultField {
  field?: string;
  value?: string;
}
export const ResultRows: ModelList = { type: "list", member: ResultField };
export type ResultRows = ResultField[];
export const QueryResults: ModelList = { type: "list", member: ResultRows };
export type QueryResults = ResultRows[];
export const QueryStatistics: ModelStructure = {
  type: "structure",
  members: {
    recordsMatched: double,
    recordsScanned: double,
    estimatedRecordsSkipped: double,
    bytesScanned: double,
    estimatedBytesSkipped: double,
    logGroupsScanned: double,
  },
};
export interface QueryStatistics {
  recordsMatched?: number;
  recordsScanned?: number;
  estimatedRecordsSkipped?: number;
  bytesScanned?: number;
  estimatedBytesSkipped?: number;
  logGroupsScanned?: number;
}
export const GetQueryResultsResponse: ModelStructure = {
  type: "structure",
  members: {
    queryLanguage: QueryLanguage,
    results: QueryResults,
    statistics: QueryStatistics,
    status: QueryStatus,
    encryptionKey: EncryptionKey,
    nextToken: GetQueryResultsNextToken,
  },
};
export interface GetQueryResultsResponse {
  queryLanguage?: QueryLanguage;
  results?: QueryResults;
  statistics?: QueryStatistics;
  status?: QueryStatus;
  encryptionKey?: EncryptionKey;
  nextToken?: GetQueryResultsNextToken;
}
export const GetScheduledQueryHistoryMaxResults: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type GetScheduledQueryHistoryMaxResults = number;
export const GetScheduledQueryHistoryRequest: ModelStructure = {
  type: "structure",
  required: ["identifier", "startTime", "endTime"],
  members: {
    identifier: ScheduledQueryIdentifier,
    startTime: Timestamp,
    endTime: Timestamp,
    executionStatuses: ExecutionStatusList,
    maxResults: GetScheduledQueryHistoryMaxResults,
    nextToken: NextToken,
  },
};
export interface GetScheduledQueryHistoryRequest {
  identifier: ScheduledQueryIdentifier;
  startTime: Timestamp;
  endTime: Timestamp;
  executionStatuses?: ExecutionStatusList;
  maxResults?: GetScheduledQueryHistoryMaxResults;
  nextToken?: NextToken;
}
export const ScheduledQueryDestinationType: ModelScalar = { type: "string", enum: ["S3"] };
export type ScheduledQueryDestinationType = string;
export const ScheduledQueryDestination: ModelStructure = {
  type: "structure",
  members: {
    destinationType: ScheduledQueryDestinationType,
    destinationIdentifier: string,
    status: ActionStatus,
    processedIdentifier: string,
    errorMessage: string,
  },
};
export interface ScheduledQueryDestination {
  destinationType?: ScheduledQueryDestinationType;
  destinationIdentifier?: string;
  status?: ActionStatus;
  processedIdentifier?: string;
  errorMessage?: string;
}
export const ScheduledQueryDestinationList: ModelList = { type: "list", member: ScheduledQueryDestination };
export type ScheduledQueryDestinationList = ScheduledQueryDestination[];
export const TriggerHistoryRecord: ModelStructure = {
  type: "structure",
  members: {
    queryId: QueryId,
    executionStatus: ExecutionStatus,
    triggeredTimestamp: Timestamp,
    errorMessage: string,
    destinations: ScheduledQueryDestinationList,
  },
};
export interface TriggerHistoryRecord {
  queryId?: QueryId;
  executionStatus?: ExecutionStatus;
  triggeredTimestamp?: Timestamp;
  errorMessage?: string;
  destinations?: ScheduledQueryDestinationList;
}
export const TriggerHistoryRecordList: ModelList = { type: "list", member: TriggerHistoryRecord };
export type TriggerHistoryRecordList = TriggerHistoryRecord[];
export const GetScheduledQueryHistoryResponse: ModelStructure = {
  type: "structure",
  members: {
    name: ScheduledQueryName,
    scheduledQueryArn: string,
    triggerHistory: TriggerHistoryRecordList,
    nextToken: NextToken,
  },
};
export interface GetScheduledQueryHistoryResponse {
  name?: ScheduledQueryName;
  scheduledQueryArn?: string;
  triggerHistory?: TriggerHistoryRecordList;
  nextToken?: NextToken;
}
export const GetScheduledQueryRequest: ModelStructure = {
  type: "structure",
  required: ["identifier"],
  members: { identifier: ScheduledQueryIdentifier },
};
export interface GetScheduledQueryRequest {
  identifier: ScheduledQueryIdentifier;
}
export const GetScheduledQueryResponse: ModelStructure = {
  type: "structure",
  members: {
    scheduledQueryArn: string,
    name: ScheduledQueryName,
    description: ScheduledQueryDescription,
    queryLanguage: QueryLanguage,
    queryString: QueryString,
    logGroupIdentifiers: ScheduledQueryLogGroupIdentifiers,
    scheduleExpression: ScheduleExpression,
    timezone: ScheduleTimezone,
    startTimeOffset: long,
    destinationConfiguration: DestinationConfiguration,
    state: ScheduledQueryState,
    lastTriggeredTime: Timestamp,
    lastExecutionStatus: ExecutionStatus,
    scheduleStartTime: Timestamp,
    scheduleEndTime: Timestamp,
    executionRoleArn: RoleArn,
    creationTime: Timestamp,
    lastUpdatedTime: Timestamp,
  },
};
export interface GetScheduledQueryResponse {
  scheduledQueryArn?: string;
  name?: ScheduledQueryName;
  description?: ScheduledQueryDescription;
  queryLanguage?: QueryLanguage;
  queryString?: QueryString;
  logGroupIdentifiers?: ScheduledQueryLogGroupIdentifiers;
  scheduleExpression?: ScheduleExpression;
  timezone?: ScheduleTimezone;
  startTimeOffset?: number;
  destinationConfiguration?: DestinationConfiguration;
  state?: ScheduledQueryState;
  lastTriggeredTime?: Timestamp;
  lastExecutionStatus?: ExecutionStatus;
  scheduleStartTime?: Timestamp;
  scheduleEndTime?: Timestamp;
  executionRoleArn?: RoleArn;
  creationTime?: Timestamp;
  lastUpdatedTime?: Timestamp;
}
export const GetTransformerRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier"],
  members: { logGroupIdentifier: LogGroupIdentifier },
};
export interface GetTransformerRequest {
  logGroupIdentifier: LogGroupIdentifier;
}
export const GrokMatch: ModelScalar = { type: "string", min: 1, max: 512 };
export type GrokMatch = string;
export const Grok: ModelStructure = {
  type: "structure",
  required: ["match"],
  members: { source: Source, match: GrokMatch },
};
export interface Grok {
  source?: Source;
  match: GrokMatch;
}
export const ValueKey: ModelScalar = { type: "string", min: 1, max: 128 };
export type ValueKey = string;
export const ListToMap: ModelStructure = {
  type: "structure",
  required: ["source", "key"],
  members: {
    source: Source,
    key: Key,
    valueKey: ValueKey,
    target: Target,
    flatten: boolean,
    flattenedElement: FlattenedElement,
  },
};
export interface ListToMap {
  source: Source;
  key: Key;
  valueKey?: ValueKey;
  target?: Target;
  flatten?: boolean;
  flattenedElement?: FlattenedElement;
}
export const LowerCaseStringWithKeys: ModelList = { type: "list", member: WithKey, min: 1, max: 10 };
export type LowerCaseStringWithKeys = WithKey[];
export const LowerCaseString: ModelStructure = {
  type: "structure",
  required: ["withKeys"],
  members: { withKeys: LowerCaseStringWithKeys },
};
export interface LowerCaseString {
  withKeys: LowerCaseStringWithKeys;
}
export const MoveKeyEntry: ModelStructure = {
  type: "structure",
  required: ["source", "target"],
  members: { source: Source, target: Target, overwriteIfExists: boolean },
};
export interface MoveKeyEntry {
  source: Source;
  target: Target;
  overwriteIfExists?: boolean;
}
export const MoveKeyEntries: ModelList = { type: "list", member: MoveKeyEntry, min: 1, max: 5 };
export type MoveKeyEntries = MoveKeyEntry[];
export const MoveKeys: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: MoveKeyEntries },
};
export interface MoveKeys {
  entries: MoveKeyEntries;
}
export const ParseCloudfront: ModelStructure = { type: "structure", members: { source: Source } };
export interface ParseCloudfront {
  source?: Source;
}
export const ParseJSON: ModelStructure = {
  type: "structure",
  members: { source: Source, destination: DestinationField },
};
export interface ParseJSON {
  source?: Source;
  destination?: DestinationField;
}
export const ParserFieldDelimiter: ModelScalar = { type: "string", min: 1, max: 128 };
export type ParserFieldDelimiter = string;
export const KeyValueDelimiter: ModelScalar = { type: "string", min: 1, max: 128 };
export type KeyValueDelimiter = string;
export const KeyPrefix: ModelScalar = { type: "string", min: 1, max: 128 };
export type KeyPrefix = string;
export const NonMatchValue: ModelScalar = { type: "string", min: 1, max: 128 };
export type NonMatchValue = string;
export const ParseKeyValue: ModelStructure = {
  type: "structure",
  members: {
    source: Source,
    destination: DestinationField,
    fieldDelimiter: ParserFieldDelimiter,
    keyValueDelimiter: KeyValueDelimiter,
    keyPrefix: KeyPrefix,
    nonMatchValue: NonMatchValue,
    overwriteIfExists: boolean,
  },
};
export interface ParseKeyValue {
  source?: Source;
  destination?: DestinationField;
  fieldDelimiter?: ParserFieldDelimiter;
  keyValueDelimiter?: KeyValueDelimiter;
  keyPrefix?: KeyPrefix;
  nonMatchValue?: NonMatchValue;
  overwriteIfExists?: boolean;
}
export const ParseRoute53: ModelStructure = { type: "structure", members: { source: Source } };
export interface ParseRoute53 {
  source?: Source;
}
export const OCSFVersion: ModelScalar = { type: "string", enum: ["V1.1", "V1.5"] };
export type OCSFVersion = string;
export const MappingVersion: ModelScalar = {
  type: "string",
  min: 1,
  max: 10,
  pattern: "^\\d+\\.\\d+(\\.\\d+)?$",
};
export type MappingVersion = string;
export const ParseToOCSF: ModelStructure = {
  type: "structure",
  required: ["eventSource", "ocsfVersion"],
  members: {
    source: Source,
    eventSource: EventSource,
    ocsfVersion: OCSFVersion,
    mappingVersion: MappingVersion,
  },
};
export interface ParseToOCSF {
  source?: Source;
  eventSource: EventSource;
  ocsfVersion: OCSFVersion;
  mappingVersion?: MappingVersion;
}
export const ParsePostgres: ModelStructure = { type: "structure", members: { source: Source } };
export interface ParsePostgres {
  source?: Source;
}
export const ParseVPC: ModelStructure = { type: "structure", members: { source: Source } };
export interface ParseVPC {
  source?: Source;
}
export const ParseWAF: ModelStructure = { type: "structure", members: { source: Source } };
export interface ParseWAF {
  source?: Source;
}
export const RenameTo: ModelScalar = { type: "string", min: 1, max: 128 };
export type RenameTo = string;
export const RenameKeyEntry: ModelStructure = {
  type: "structure",
  required: ["key", "renameTo"],
  members: { key: Key, renameTo: RenameTo, overwriteIfExists: boolean },
};
export interface RenameKeyEntry {
  key: Key;
  renameTo: RenameTo;
  overwriteIfExists?: boolean;
}
export const RenameKeyEntries: ModelList = { type: "list", member: RenameKeyEntry, min: 1, max: 5 };
export type RenameKeyEntries = RenameKeyEntry[];
export const RenameKeys: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: RenameKeyEntries },
};
export interface RenameKeys {
  entries: RenameKeyEntries;
}
export const SplitStringDelimiter: ModelScalar = { type: "string", min: 1, max: 128 };
export type SplitStringDelimiter = string;
export const SplitStringEntry: ModelStructure = {
  type: "structure",
  required: ["source", "delimiter"],
  members: { source: Source, delimiter: SplitStringDelimiter },
};
export interface SplitStringEntry {
  source: Source;
  delimiter: SplitStringDelimiter;
}
export const SplitStringEntries: ModelList = { type: "list", member: SplitStringEntry, min: 1, max: 10 };
export type SplitStringEntries = SplitStringEntry[];
export const SplitString: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: SplitStringEntries },
};
export interface SplitString {
  entries: SplitStringEntries;
}
export const ToKey: ModelScalar = { type: "string", min: 1, max: 128 };
export type ToKey = string;
export const SubstituteStringEntry: ModelStructure = {
  type: "structure",
  required: ["source", "from", "to"],
  members: { source: Source, from: FromKey, to: ToKey },
};
export interface SubstituteStringEntry {
  source: Source;
  from: FromKey;
  to: ToKey;
}
export const SubstituteStringEntries: ModelList = {
  type: "list",
  member: SubstituteStringEntry,
  min: 1,
  max: 10,
};
export type SubstituteStringEntries = SubstituteStringEntry[];
export const SubstituteString: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: SubstituteStringEntries },
};
export interface SubstituteString {
  entries: SubstituteStringEntries;
}
export const TrimStringWithKeys: ModelList = { type: "list", member: WithKey, min: 1, max: 10 };
export type TrimStringWithKeys = WithKey[];
export const TrimString: ModelStructure = {
  type: "structure",
  required: ["withKeys"],
  members: { withKeys: TrimStringWithKeys },
};
export interface TrimString {
  withKeys: TrimStringWithKeys;
}
export const Type: ModelScalar = { type: "string", enum: ["boolean", "integer", "double", "string"] };
export type Type = string;
export const TypeConverterEntry: ModelStructure = {
  type: "structure",
  required: ["key", "type"],
  members: { key: Key, type: Type },
};
export interface TypeConverterEntry {
  key: Key;
  type: Type;
}
export const TypeConverterEntries: ModelList = { type: "list", member: TypeConverterEntry, min: 1, max: 5 };
export type TypeConverterEntries = TypeConverterEntry[];
export const TypeConverter: ModelStructure = {
  type: "structure",
  required: ["entries"],
  members: { entries: TypeConverterEntries },
};
export interface TypeConverter {
  entries: TypeConverterEntries;
}
export const UpperCaseStringWithKeys: ModelList = { type: "list", member: WithKey, min: 1, max: 10 };
export type UpperCaseStringWithKeys = WithKey[];
export const UpperCaseString: ModelStructure = {
  type: "structure",
  required: ["withKeys"],
  members: { withKeys: UpperCaseStringWithKeys },
};
export interface UpperCaseString {
  withKeys: UpperCaseStringWithKeys;
}
export const Processor: ModelStructure = {
  type: "structure",
  members: {
    addKeys: AddKeys,
    copyValue: CopyValue,
    csv: CSV,
    dateTimeConverter: DateTimeConverter,
    deleteKeys: DeleteKeys,
    grok: Grok,
    listToMap: ListToMap,
    lowerCaseString: LowerCaseString,
    moveKeys: MoveKeys,
    parseCloudfront: ParseCloudfront,
    parseJSON: ParseJSON,
    parseKeyValue: ParseKeyValue,
    parseRoute53: ParseRoute53,
    parseToOCSF: ParseToOCSF,
    parsePostgres: ParsePostgres,
    parseVPC: ParseVPC,
    parseWAF: ParseWAF,
    renameKeys: RenameKeys,
    splitString: SplitString,
    substituteString: SubstituteString,
    trimString: TrimString,
    typeConverter: TypeConverter,
    upperCaseString: UpperCaseString,
  },
};
export interface Processor {
  addKeys?: AddKeys;
  copyValue?: CopyValue;
  csv?: CSV;
  dateTimeConverter?: DateTimeConverter;
  deleteKeys?: DeleteKeys;
  grok?: Grok;
  listToMap?: ListToMap;
  lowerCaseString?: LowerCaseString;
  moveKeys?: MoveKeys;
  parseCloudfront?: ParseCloudfront;
  parseJSON?: ParseJSON;
  parseKeyValue?: ParseKeyValue;
  parseRoute53?: ParseRoute53;
  parseToOCSF?: ParseToOCSF;
  parsePostgres?: ParsePostgres;
  parseVPC?: ParseVPC;
  parseWAF?: ParseWAF;
  renameKeys?: RenameKeys;
  splitString?: SplitString;
  substituteString?: SubstituteString;
  trimString?: TrimString;
  typeConverter?: TypeConverter;
  upperCaseString?: UpperCaseString;
}
export const Processors: ModelList = { type: "list", member: Processor, min: 1, max: 20 };
export type Processors = Processor[];
export const GetTransformerResponse: ModelStructure = {
  type: "structure",
  members: {
    logGroupIdentifier: LogGroupIdentifier,
    creationTime: Timestamp,
    lastModifiedTime: Timestamp,
    transformerConfig: Processors,
  },
};
export interface GetTransformerResponse {
  logGroupIdentifier?: LogGroupIdentifier;
  creationTime?: Timestamp;
  lastModifiedTime?: Timestamp;
  transformerConfig?: Processors;
}
export const InputLogEvent: ModelStructure = {
  type: "structure",
  required: ["timestamp", "message"],
  members: { timestamp: Timestamp, message: EventMessage },
};
export interface InputLogEvent {
  timestamp: Timestamp;
  message: EventMessage;
}
export const InputLogEvents: ModelList = { type: "list", member: InputLogEvent, min: 1, max: 10000 };
export type InputLogEvents = InputLogEvent[];
export const IntegrationNamePrefix: ModelScalar = {
  type: "string",
  min: 1,
  max: 50,
  pattern: "[\\.\\-_/#A-Za-z0-9]+",
};
export type IntegrationNamePrefix = string;
export const IntegrationSummary: ModelStructure = {
  type: "structure",
  members: {
    integrationName: IntegrationName,
    integrationType: IntegrationType,
    integrationStatus: IntegrationStatus,
  },
};
export interface IntegrationSummary {
  integrationName?: IntegrationName;
  integrationType?: IntegrationType;
  integrationStatus?: IntegrationStatus;
}
export const IntegrationSummaries: ModelList = { type: "list", member: IntegrationSummary };
export type IntegrationSummaries = IntegrationSummary[];
export const InternalServerException: ModelStructure = { type: "structure", members: {} };
export type InternalServerException = Record<string, never>;
export const InvalidOperationException: ModelStructure = { type: "structure", members: {} };
export type InvalidOperationException = Record<string, never>;
export const InvalidParameterException: ModelStructure = { type: "structure", members: {} };
export type InvalidParameterException = Record<string, never>;
export const InvalidSequenceTokenException: ModelStructure = {
  type: "structure",
  members: { expectedSequenceToken: SequenceToken },
};
export interface InvalidSequenceTokenException {
  expectedSequenceToken?: SequenceToken;
}
export const LimitExceededException: ModelStructure = { type: "structure", members: {} };
export type LimitExceededException = Record<string, never>;
export const ListAggregateLogGroupSummariesGroupBy: ModelScalar = {
  type: "string",
  enum: ["DATA_SOURCE_NAME_TYPE_AND_FORMAT", "DATA_SOURCE_NAME_AND_TYPE"],
};
export type ListAggregateLogGroupSummariesGroupBy = string;
export const LogGroupNameRegexPattern: ModelScalar = {
  type: "string",
  min: 3,
  max: 129,
  pattern: "(\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24})(\\|\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24}){0,4}",
};
export type LogGroupNameRegexPattern = string;
export const ListLogGroupsRequestLimit: ModelScalar = { type: "integer", min: 1, max: 50 };
export type ListLogGroupsRequestLimit = number;
export const ListAggregateLogGroupSummariesRequest: ModelStructure = {
  type: "structure",
  required: ["groupBy"],
  members: {
    accountIdentifiers: AccountIds,
    includeLinkedAccounts: boolean,
    logGroupClass: LogGroupClass,
    logGroupNamePattern: LogGroupNameRegexPattern,
    dataSources: DataSourceFilters,
    groupBy: ListAggregateLogGroupSummariesGroupBy,
    nextToken: NextToken,
    limit: ListLogGroupsRequestLimit,
  },
};
export interface ListAggregateLogGroupSummariesRequest {
  accountIdentifiers?: AccountIds;
  includeLinkedAccounts?: boolean;
  logGroupClass?: LogGroupClass;
  logGroupNamePattern?: LogGroupNameRegexPattern;
  dataSources?: DataSourceFilters;
  groupBy: ListAggregateLogGroupSummariesGroupBy;
  nextToken?: NextToken;
  limit?: ListLogGroupsRequestLimit;
}
export const ListAggregateLogGroupSummariesResponse: ModelStructure = {
  type: "structure",
  members: { aggregateLogGroupSummaries: AggregateLogGroupSummaries, nextToken: NextToken },
};
export interface ListAggregateLogGroupSummariesResponse {
  aggregateLogGroupSummaries?: AggregateLogGroupSummaries;
  nextToken?: NextToken;
}
export const ListAnomaliesLimit: ModelScalar = { type: "integer", min: 1, max: 50 };
export type ListAnomaliesLimit = number;
export const SuppressionState: ModelScalar = { type: "string", enum: ["SUPPRESSED", "UNSUPPRESSED"] };
export type SuppressionState = string;
export const ListAnomaliesRequest: ModelStructure = {
  type: "structure",
  members: {
    anomalyDetectorArn: AnomalyDetectorArn,
    suppressionState: SuppressionState,
    limit: ListAnomaliesLimit,
    nextToken: NextToken,
  },
};
export interface ListAnomaliesRequest {
  anomalyDetectorArn?: AnomalyDetectorArn;
  suppressionState?: SuppressionState;
  limit?: ListAnomaliesLimit;
  nextToken?: NextToken;
}
export const ListAnomaliesResponse: ModelStructure = {
  type: "structure",
  members: { anomalies: Anomalies, nextToken: NextToken },
};
export interface ListAnomaliesResponse {
  anomalies?: Anomalies;
  nextToken?: NextToken;
}
export const ListIntegrationsRequest: ModelStructure = {
  type: "structure",
  members: {
    integrationNamePrefix: IntegrationNamePrefix,
    integrationType: IntegrationType,
    integrationStatus: IntegrationStatus,
  },
};
export interface ListIntegrationsRequest {
  integrationNamePrefix?: IntegrationNamePrefix;
  integrationType?: IntegrationType;
  integrationStatus?: IntegrationStatus;
}
export const ListIntegrationsResponse: ModelStructure = {
  type: "structure",
  members: { integrationSummaries: IntegrationSummaries },
};
export interface ListIntegrationsResponse {
  integrationSummaries?: IntegrationSummaries;
}
export const ListLimit: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type ListLimit = number;
export const ListLogAnomalyDetectorsLimit: ModelScalar = { type: "integer", min: 1, max: 50 };
export type ListLogAnomalyDetectorsLimit = number;
export const ListLogAnomalyDetectorsRequest: ModelStructure = {
  type: "structure",
  members: { filterLogGroupArn: LogGroupArn, limit: ListLogAnomalyDetectorsLimit, nextToken: NextToken },
};
export interface ListLogAnomalyDetectorsRequest {
  filterLogGroupArn?: LogGroupArn;
  limit?: ListLogAnomalyDetectorsLimit;
  nextToken?: NextToken;
}
export const ListLogAnomalyDetectorsResponse: ModelStructure = {
  type: "structure",
  members: { anomalyDetectors: AnomalyDetectors, nextToken: NextToken },
};
export interface ListLogAnomalyDetectorsResponse {
  anomalyDetectors?: AnomalyDetectors;
  nextToken?: NextToken;
}
export const ListLogGroupsForQueryMaxResults: ModelScalar = { type: "integer", min: 50, max: 500 };
export type ListLogGroupsForQueryMaxResults = number;
export const ListLogGroupsForQueryRequest: ModelStructure = {
  type: "structure",
  required: ["queryId"],
  members: { queryId: QueryId, nextToken: NextToken, maxResults: ListLogGroupsForQueryMaxResults },
};
export interface ListLogGroupsForQueryRequest {
  queryId: QueryId;
  nextToken?: NextToken;
  maxResults?: ListLogGroupsForQueryMaxResults;
}
export const LogGroupIdentifiers: ModelList = { type: "list", member: LogGroupIdentifier };
export type LogGroupIdentifiers = LogGroupIdentifier[];
export const ListLogGroupsForQueryResponse: ModelStructure = {
  type: "structure",
  members: { logGroupIdentifiers: LogGroupIdentifiers, nextToken: NextToken },
};
export interface ListLogGroupsForQueryResponse {
  logGroupIdentifiers?: LogGroupIdentifiers;
  nextToken?: NextToken;
}
export const TagFilterKey: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$",
};
export type TagFilterKey = string;
export const TagFilterValue: ModelScalar = {
  type: "string",
  min: 0,
  max: 259,
  pattern: "^!?\\*?([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)\\*?$",
};
export type TagFilterValue = string;
export const TagFilterValues: ModelList = { type: "list", member: TagFilterValue, min: 0, max: 5 };
export type TagFilterValues = TagFilterValue[];
export const TagFilter: ModelStructure = {
  type: "structure",
  required: ["key"],
  members: { key: TagFilterKey, values: TagFilterValues },
};
export interface TagFilter {
  key: TagFilterKey;
  values?: TagFilterValues;
}
export const TagFilters: ModelList = { type: "list", member: TagFilter, min: 1, max: 5 };
export type TagFilters = TagFilter[];
export const ListLogGroupsRequest: ModelStructure = {
  type: "structure",
  members: {
    logGroupNamePattern: LogGroupNameRegexPattern,
    logGroupClass: LogGroupClass,
    includeLinkedAccounts: boolean,
    accountIdentifiers: AccountIds,
    nextToken: NextToken,
    limit: ListLimit,
    dataSources: DataSourceFilters,
    fieldIndexNames: FieldIndexNames,
    logGroupTags: TagFilters,
  },
};
export interface ListLogGroupsRequest {
  logGroupNamePattern?: LogGroupNameRegexPattern;
  logGroupClass?: LogGroupClass;
  includeLinkedAccounts?: boolean;
  accountIdentifiers?: AccountIds;
  nextToken?: NextToken;
  limit?: ListLimit;
  dataSources?: DataSourceFilters;
  fieldIndexNames?: FieldIndexNames;
  logGroupTags?: TagFilters;
}
export const LogGroupSummary: ModelStructure = {
  type: "structure",
  members: { logGroupName: LogGroupName, logGroupArn: string, logGroupClass: LogGroupClass },
};
export interface LogGroupSummary {
  logGroupName?: LogGroupName;
  logGroupArn?: string;
  logGroupClass?: LogGroupClass;
}
export const LogGroupSummaries: ModelList = { type: "list", member: LogGroupSummary };
export type LogGroupSummaries = LogGroupSummary[];
export const ListLogGroupsResponse: ModelStructure = {
  type: "structure",
  members: { logGroups: LogGroupSummaries, nextToken: NextToken },
};
export interface ListLogGroupsResponse {
  logGroups?: LogGroupSummaries;
  nextToken?: NextToken;
}
export const ListScheduledQueriesMaxResults: ModelScalar = { type: "integer", min: 1, max: 1000 };
export type ListScheduledQueriesMaxResults = number;
export const ListScheduledQueriesRequest: ModelStructure = {
  type: "structure",
  members: { maxResults: ListScheduledQueriesMaxResults, nextToken: NextToken, state: ScheduledQueryState },
};
export interface ListScheduledQueriesRequest {
  maxResults?: ListScheduledQueriesMaxResults;
  nextToken?: NextToken;
  state?: ScheduledQueryState;
}
export const ScheduledQuerySummary: ModelStructure = {
  type: "structure",
  members: {
    scheduledQueryArn: string,
    name: ScheduledQueryName,
    state: ScheduledQueryState,
    lastTriggeredTime: Timestamp,
    lastExecutionStatus: ExecutionStatus,
    scheduleExpression: ScheduleExpression,
    timezone: ScheduleTimezone,
    destinationConfiguration: DestinationConfiguration,
    creationTime: Timestamp,
    lastUpdatedTime: Timestamp,
  },
};
export interface ScheduledQuerySummary {
  scheduledQueryArn?: string;
  name?: ScheduledQueryName;
  state?: ScheduledQueryState;
  lastTriggeredTime?: Timestamp;
  lastExecutionStatus?: ExecutionStatus;
  scheduleExpression?: ScheduleExpression;
  timezone?: ScheduleTimezone;
  destinationConfiguration?: DestinationConfiguration;
  creationTime?: Timestamp;
  lastUpdatedTime?: Timestamp;
}
export const ScheduledQuerySummaryList: ModelList = { type: "list", member: ScheduledQuerySummary };
export type ScheduledQuerySummaryList = ScheduledQuerySummary[];
export const ListScheduledQueriesResponse: ModelStructure = {
  type: "structure",
  members: { nextToken: NextToken, scheduledQueries: ScheduledQuerySummaryList },
};
export interface ListScheduledQueriesResponse {
  nextToken?: NextToken;
  scheduledQueries?: ScheduledQuerySummaryList;
}
export const ListSourcesForS3TableIntegrationMaxResults: ModelScalar = { type: "integer", min: 1, max: 100 };
export type ListSourcesForS3TableIntegrationMaxResults = number;
export const ListSourcesForS3TableIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["integrationArn"],
  members: {
    integrationArn: string,
    maxResults: ListSourcesForS3TableIntegrationMaxResults,
    nextToken: NextToken,
  },
};
export interface ListSourcesForS3TableIntegrationRequest {
  integrationArn: string;
  maxResults?: ListSourcesForS3TableIntegrationMaxResults;
  nextToken?: NextToken;
}
export const S3TableIntegrationSourceStatus: ModelScalar = {
  type: "string",
  enum: ["ACTIVE", "UNHEALTHY", "FAILED", "DATA_SOURCE_DELETE_IN_PROGRESS"],
};
export type S3TableIntegrationSourceStatus = string;
export const S3TableIntegrationSourceStatusReason: ModelScalar = { type: "string", min: 1 };
export type S3TableIntegrationSourceStatusReason = string;
export const S3TableIntegrationSource: ModelStructure = {
  type: "structure",
  members: {
    identifier: S3TableIntegrationSourceIdentifier,
    dataSource: DataSource,
    status: S3TableIntegrationSourceStatus,
    statusReason: S3TableIntegrationSourceStatusReason,
    createdTimeStamp: Timestamp,
    parentSourceIdentifier: S3TableIntegrationSourceIdentifier,
  },
};
export interface S3TableIntegrationSource {
  identifier?: S3TableIntegrationSourceIdentifier;
  dataSource?: DataSource;
  status?: S3TableIntegrationSourceStatus;
  statusReason?: S3TableIntegrationSourceStatusReason;
  createdTimeStamp?: Timestamp;
  parentSourceIdentifier?: S3TableIntegrationSourceIdentifier;
}
export const S3TableIntegrationSources: ModelList = { type: "list", member: S3TableIntegrationSource };
export type S3TableIntegrationSources = S3TableIntegrationSource[];
export const ListSourcesForS3TableIntegrationResponse: ModelStructure = {
  type: "structure",
  members: { sources: S3TableIntegrationSources, nextToken: NextToken },
};
export interface ListSourcesForS3TableIntegrationResponse {
  sources?: S3TableIntegrationSources;
  nextToken?: NextToken;
}
export const ListTagsForResourceRequest: ModelStructure = {
  type: "structure",
  required: ["resourceArn"],
  members: { resourceArn: AmazonResourceName },
};
export interface ListTagsForResourceRequest {
  resourceArn: AmazonResourceName;
}
export const ListTagsForResourceResponse: ModelStructure = { type: "structure", members: { tags: Tags } };
export interface ListTagsForResourceResponse {
  tags?: Tags;
}
export const ListTagsLogGroupRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName"],
  members: { logGroupName: LogGroupName },
};
export interface ListTagsLogGroupRequest {
  logGroupName: LogGroupName;
}
export const ListTagsLogGroupResponse: ModelStructure = { type: "structure", members: { tags: Tags } };
export interface ListTagsLogGroupResponse {
  tags?: Tags;
}
export const LiveTailSessionLogEvent: ModelStructure = {
  type: "structure",
  members: {
    logStreamName: LogStreamName,
    logGroupIdentifier: LogGroupIdentifier,
    message: EventMessage,
    timestamp: Timestamp,
    ingestionTime: Timestamp,
  },
};
export interface LiveTailSessionLogEvent {
  logStreamName?: LogStreamName;
  logGroupIdentifier?: LogGroupIdentifier;
  message?: EventMessage;
  timestamp?: Timestamp;
  ingestionTime?: Timestamp;
}
export const LiveTailSessionMetadata: ModelStructure = { type: "structure", members: { sampled: boolean } };
export interface LiveTailSessionMetadata {
  sampled?: boolean;
}
export const LiveTailSessionResults: ModelList = { type: "list", member: LiveTailSessionLogEvent };
export type LiveTailSessionResults = LiveTailSessionLogEvent[];
export const RequestId: ModelScalar = { type: "string", min: 0, max: 256 };
export type RequestId = string;
export const SessionId: ModelScalar = { type: "string", min: 0, max: 256 };
export type SessionId = string;
export const StartLiveTailLogGroupIdentifiers: ModelList = {
  type: "list",
  member: LogGroupIdentifier,
  min: 1,
  max: 10,
};
export type StartLiveTailLogGroupIdentifiers = LogGroupIdentifier[];
export const LiveTailSessionStart: ModelStructure = {
  type: "structure",
  members: {
    requestId: RequestId,
    sessionId: SessionId,
    logGroupIdentifiers: StartLiveTailLogGroupIdentifiers,
    logStreamNames: InputLogStreamNames,
    logStreamNamePrefixes: InputLogStreamNames,
    logEventFilterPattern: FilterPattern,
  },
};
export interface LiveTailSessionStart {
  requestId?: RequestId;
  sessionId?: SessionId;
  logGroupIdentifiers?: StartLiveTailLogGroupIdentifiers;
  logStreamNames?: InputLogStreamNames;
  logStreamNamePrefixes?: InputLogStreamNames;
  logEventFilterPattern?: FilterPattern;
}
export const LiveTailSessionUpdate: ModelStructure = {
  type: "structure",
  members: { sessionMetadata: LiveTailSessionMetadata, sessionResults: LiveTailSessionResults },
};
export interface LiveTailSessionUpdate {
  sessionMetadata?: LiveTailSessionMetadata;
  sessionResults?: LiveTailSessionResults;
}
export const QueryCompileErrorLocation: ModelStructure = {
  type: "structure",
  members: { startCharOffset: integer, endCharOffset: integer },
};
export interface QueryCompileErrorLocation {
  startCharOffset?: number;
  endCharOffset?: number;
}
export const QueryCompileError: ModelStructure = {
  type: "structure",
  members: { location: QueryCompileErrorLocation, message: string },
};
export interface QueryCompileError {
  location?: QueryCompileErrorLocation;
  message?: string;
}
export const MalformedQueryException: ModelStructure = {
  type: "structure",
  members: { queryCompileError: QueryCompileError },
};
export interface MalformedQueryException {
  queryCompileError?: QueryCompileError;
}
export const MetricFilterMatchRecord: ModelStructure = {
  type: "structure",
  members: { eventNumber: long, eventMessage: EventMessage, extractedValues: ExtractedValues },
};
export interface MetricFilterMatchRecord {
  eventNumber?: number;
  eventMessage?: EventMessage;
  extractedValues?: ExtractedValues;
}
export const MetricFilterMatches: ModelList = { type: "list", member: MetricFilterMatchRecord };
export type MetricFilterMatches = MetricFilterMatchRecord[];
export const OpenSearchResourceConfig: ModelStructure = {
  type: "structure",
  required: ["dataSourceRoleArn", "dashboardViewerPrincipals", "retentionDays"],
  members: {
    kmsKeyArn: string,
    dataSourceRoleArn: string,
    dashboardViewerPrincipals: DashboardViewerPrincipals,
    applicationArn: string,
    retentionDays: CollectionRetentionDays,
  },
};
export interface OpenSearchResourceConfig {
  kmsKeyArn?: string;
  dataSourceRoleArn: string;
  dashboardViewerPrincipals: DashboardViewerPrincipals;
  applicationArn?: string;
  retentionDays: CollectionRetentionDays;
}
export const OperationAbortedException: ModelStructure = { type: "structure", members: {} };
export type OperationAbortedException = Record<string, never>;
export const PutAccountPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["policyName", "policyDocument", "policyType"],
  members: {
    policyName: string,
    policyDocument: string,
    policyType: PolicyType,
    scope: Scope,
    selectionCriteria: string,
  },
};
export interface PutAccountPolicyRequest {
  policyName: string;
  policyDocument: string;
  policyType: PolicyType;
  scope?: Scope;
  selectionCriteria?: string;
}
export const PutAccountPolicyResponse: ModelStructure = {
  type: "structure",
  members: { accountPolicy: AccountPolicy },
};
export interface PutAccountPolicyResponse {
  accountPolicy?: AccountPolicy;
}
export const PutBearerTokenAuthenticationRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier", "bearerTokenAuthenticationEnabled"],
  members: { logGroupIdentifier: LogGroupIdentifier, bearerTokenAuthenticationEnabled: boolean },
};
export interface PutBearerTokenAuthenticationRequest {
  logGroupIdentifier: LogGroupIdentifier;
  bearerTokenAuthenticationEnabled: boolean;
}
export const PutDataProtectionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier", "policyDocument"],
  members: { logGroupIdentifier: LogGroupIdentifier, policyDocument: string },
};
export interface PutDataProtectionPolicyRequest {
  logGroupIdentifier: LogGroupIdentifier;
  policyDocument: string;
}
export const PutDataProtectionPolicyResponse: ModelStructure = {
  type: "structure",
  members: { logGroupIdentifier: LogGroupIdentifier, policyDocument: string, lastUpdatedTime: Timestamp },
};
export interface PutDataProtectionPolicyResponse {
  logGroupIdentifier?: LogGroupIdentifier;
  policyDocument?: string;
  lastUpdatedTime?: Timestamp;
}
export const PutDeliveryDestinationPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["deliveryDestinationName", "deliveryDestinationPolicy"],
  members: {
    deliveryDestinationName: DeliveryDestinationName,
    deliveryDestinationPolicy: DeliveryDestinationPolicy,
  },
};
export interface PutDeliveryDestinationPolicyRequest {
  deliveryDestinationName: DeliveryDestinationName;
  deliveryDestinationPolicy: DeliveryDestinationPolicy;
}
export const PutDeliveryDestinationPolicyResponse: ModelStructure = {
  type: "structure",
  members: { policy: Policy },
};
export interface PutDeliveryDestinationPolicyResponse {
  policy?: Policy;
}
export const PutDeliveryDestinationRequest: ModelStructure = {
  type: "structure",
  required: ["name"],
  members: {
    name: DeliveryDestinationName,
    outputFormat: OutputFormat,
    deliveryDestinationConfiguration: DeliveryDestinationConfiguration,
    deliveryDestinationType: DeliveryDestinationType,
    tags: Tags,
  },
};
export interface PutDeliveryDestinationRequest {
  name: DeliveryDestinationName;
  outputFormat?: OutputFormat;
  deliveryDestinationConfiguration?: DeliveryDestinationConfiguration;
  deliveryDestinationType?: DeliveryDestinationType;
  tags?: Tags;
}
export const PutDeliveryDestinationResponse: ModelStructure = {
  type: "structure",
  members: { deliveryDestination: DeliveryDestination },
};
export interface PutDeliveryDestinationResponse {
  deliveryDestination?: DeliveryDestination;
}
export const PutDeliverySourceRequest: ModelStructure = {
  type: "structure",
  required: ["name", "resourceArn", "logType"],
  members: {
    name: DeliverySourceName,
    resourceArn: string,
    logType: LogType,
    tags: Tags,
    deliverySourceConfiguration: DeliverySourceConfiguration,
  },
};
export interface PutDeliverySourceRequest {
  name: DeliverySourceName;
  resourceArn: string;
  logType: LogType;
  tags?: Tags;
  deliverySourceConfiguration?: DeliverySourceConfiguration;
}
export const PutDeliverySourceResponse: ModelStructure = {
  type: "structure",
  members: { deliverySource: DeliverySource },
};
export interface PutDeliverySourceResponse {
  deliverySource?: DeliverySource;
}
export const PutDestinationPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["destinationName", "accessPolicy"],
  members: { destinationName: DestinationName, accessPolicy: AccessPolicy, forceUpdate: boolean },
};
export interface PutDestinationPolicyRequest {
  destinationName: DestinationName;
  accessPolicy: AccessPolicy;
  forceUpdate?: boolean;
}
export const PutDestinationRequest: ModelStructure = {
  type: "structure",
  required: ["destinationName", "targetArn", "roleArn"],
  members: { destinationName: DestinationName, targetArn: TargetArn, roleArn: RoleArn, tags: Tags },
};
export interface PutDestinationRequest {
  destinationName: DestinationName;
  targetArn: TargetArn;
  roleArn: RoleArn;
  tags?: Tags;
}
export const PutDestinationResponse: ModelStructure = {
  type: "structure",
  members: { destination: Destination },
};
export interface PutDestinationResponse {
  destination?: Destination;
}
export const PutIndexPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier", "policyDocument"],
  members: { logGroupIdentifier: LogGroupIdentifier, policyDocument: PolicyDocument },
};
export interface PutIndexPolicyRequest {
  logGroupIdentifier: LogGroupIdentifier;
  policyDocument: PolicyDocument;
}
export const PutIndexPolicyResponse: ModelStructure = {
  type: "structure",
  members: { indexPolicy: IndexPolicy },
};
export interface PutIndexPolicyResponse {
  indexPolicy?: IndexPolicy;
}
export const ResourceConfig: ModelStructure = {
  type: "structure",
  union: true,
  members: { openSearchResourceConfig: OpenSearchResourceConfig },
};
export interface ResourceConfig {
  openSearchResourceConfig?: OpenSearchResourceConfig;
}
export const PutIntegrationRequest: ModelStructure = {
  type: "structure",
  required: ["integrationName", "resourceConfig", "integrationType"],
  members: {
    integrationName: IntegrationName,
    resourceConfig: ResourceConfig,
    integrationType: IntegrationType,
  },
};
export interface PutIntegrationRequest {
  integrationName: IntegrationName;
  resourceConfig: ResourceConfig;
  integrationType: IntegrationType;
}
export const PutIntegrationResponse: ModelStructure = {
  type: "structure",
  members: { integrationName: IntegrationName, integrationStatus: IntegrationStatus },
};
export interface PutIntegrationResponse {
  integrationName?: IntegrationName;
  integrationStatus?: IntegrationStatus;
}
export const PutLogEventsRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "logStreamName", "logEvents"],
  members: {
    logGroupName: LogGroupName,
    logStreamName: LogStreamName,
    logEvents: InputLogEvents,
    sequenceToken: SequenceToken,
    entity: Entity,
  },
};
export interface PutLogEventsRequest {
  logGroupName: LogGroupName;
  logStreamName: LogStreamName;
  logEvents: InputLogEvents;
  sequenceToken?: SequenceToken;
  entity?: Entity;
}
export const RejectedLogEventsInfo: ModelStructure = {
  type: "structure",
  members: {
    tooNewLogEventStartIndex: integer,
    tooOldLogEventEndIndex: integer,
    expiredLogEventEndIndex: integer,
  },
};
export interface RejectedLogEventsInfo {
  tooNewLogEventStartIndex?: number;
  tooOldLogEventEndIndex?: number;
  expiredLogEventEndIndex?: number;
}
export const RejectedEntityInfo: ModelStructure = {
  type: "structure",
  required: ["errorType"],
  members: { errorType: EntityRejectionErrorType },
};
export interface RejectedEntityInfo {
  errorType: EntityRejectionErrorType;
}
export const PutLogEventsResponse: ModelStructure = {
  type: "structure",
  members: {
    nextSequenceToken: SequenceToken,
    rejectedLogEventsInfo: RejectedLogEventsInfo,
    rejectedEntityInfo: RejectedEntityInfo,
  },
};
export interface PutLogEventsResponse {
  nextSequenceToken?: SequenceToken;
  rejectedLogEventsInfo?: RejectedLogEventsInfo;
  rejectedEntityInfo?: RejectedEntityInfo;
}
export const PutLogGroupDeletionProtectionRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier", "deletionProtectionEnabled"],
  members: { logGroupIdentifier: LogGroupIdentifier, deletionProtectionEnabled: boolean },
};
export interface PutLogGroupDeletionProtectionRequest {
  logGroupIdentifier: LogGroupIdentifier;
  deletionProtectionEnabled: boolean;
}
export const PutMetricFilterRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "filterName", "filterPattern", "metricTransformations"],
  members: {
    logGroupName: LogGroupName,
    filterName: FilterName,
    filterPattern: FilterPattern,
    metricTransformations: MetricTransformations,
    applyOnTransformedLogs: boolean,
    fieldSelectionCriteria: FieldSelectionCriteria,
    emitSystemFieldDimensions: EmitSystemFields,
  },
};
export interface PutMetricFilterRequest {
  logGroupName: LogGroupName;
  filterName: FilterName;
  filterPattern: FilterPattern;
  metricTransformations: MetricTransformations;
  applyOnTransformedLogs?: boolean;
  fieldSelectionCriteria?: FieldSelectionCriteria;
  emitSystemFieldDimensions?: EmitSystemFields;
}
export const PutQueryDefinitionRequest: ModelStructure = {
  type: "structure",
  required: ["name", "queryString"],
  members: {
    queryLanguage: QueryLanguage,
    name: QueryDefinitionName,
    queryDefinitionId: QueryId,
    logGroupNames: LogGroupNames,
    queryString: QueryDefinitionString,
    clientToken: { ...ClientToken, idempotencyToken: true },
    parameters: QueryParameterList,
  },
};
export interface PutQueryDefinitionRequest {
  queryLanguage?: QueryLanguage;
  name: QueryDefinitionName;
  queryDefinitionId?: QueryId;
  logGroupNames?: LogGroupNames;
  queryString: QueryDefinitionString;
  clientToken?: ClientToken;
  parameters?: QueryParameterList;
}
export const PutQueryDefinitionResponse: ModelStructure = {
  type: "structure",
  members: { queryDefinitionId: QueryId },
};
export interface PutQueryDefinitionResponse {
  queryDefinitionId?: QueryId;
}
export const PutResourcePolicyRequest: ModelStructure = {
  type: "structure",
  members: {
    policyName: string,
    policyDocument: PolicyDocument,
    resourceArn: string,
    expectedRevisionId: ExpectedRevisionId,
  },
};
export interface PutResourcePolicyRequest {
  policyName?: string;
  policyDocument?: PolicyDocument;
  resourceArn?: string;
  expectedRevisionId?: ExpectedRevisionId;
}
export const PutResourcePolicyResponse: ModelStructure = {
  type: "structure",
  members: { resourcePolicy: ResourcePolicy, revisionId: ExpectedRevisionId },
};
export interface PutResourcePolicyResponse {
  resourcePolicy?: ResourcePolicy;
  revisionId?: ExpectedRevisionId;
}
export const PutRetentionPolicyRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "retentionInDays"],
  members: { logGroupName: LogGroupName, retentionInDays: integer },
};
export interface PutRetentionPolicyRequest {
  logGroupName: LogGroupName;
  retentionInDays: number;
}
export const PutSubscriptionFilterRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "filterName", "filterPattern", "destinationArn"],
  members: {
    logGroupName: LogGroupName,
    filterName: FilterName,
    filterPattern: FilterPattern,
    destinationArn: DestinationArn,
    roleArn: RoleArn,
    distribution: Distribution,
    applyOnTransformedLogs: boolean,
    fieldSelectionCriteria: FieldSelectionCriteria,
    emitSystemFields: EmitSystemFields,
  },
};
export interface PutSubscriptionFilterRequest {
  logGroupName: LogGroupName;
  filterName: FilterName;
  filterPattern: FilterPattern;
  destinationArn: DestinationArn;
  roleArn?: RoleArn;
  distribution?: Distribution;
  applyOnTransformedLogs?: boolean;
  fieldSelectionCriteria?: FieldSelectionCriteria;
  emitSystemFields?: EmitSystemFields;
}
export const PutTransformerRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifier", "transformerConfig"],
  members: { logGroupIdentifier: LogGroupIdentifier, transformerConfig: Processors },
};
export interface PutTransformerRequest {
  logGroupIdentifier: LogGroupIdentifier;
  transformerConfig: Processors;
}
export const ResourceAlreadyExistsException: ModelStructure = { type: "structure", members: {} };
export type ResourceAlreadyExistsException = Record<string, never>;
export const ResourceNotFoundException: ModelStructure = { type: "structure", members: {} };
export type ResourceNotFoundException = Record<string, never>;
export const ServiceQuotaExceededException: ModelStructure = { type: "structure", members: {} };
export type ServiceQuotaExceededException = Record<string, never>;
export const ServiceUnavailableException: ModelStructure = { type: "structure", members: {} };
export type ServiceUnavailableException = Record<string, never>;
export const SessionStreamingException: ModelStructure = { type: "structure", members: { message: string } };
export interface SessionStreamingException {
  message?: string;
}
export const SessionTimeoutException: ModelStructure = { type: "structure", members: { message: string } };
export interface SessionTimeoutException {
  message?: string;
}
export const StartLiveTailRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupIdentifiers"],
  members: {
    logGroupIdentifiers: StartLiveTailLogGroupIdentifiers,
    logStreamNames: InputLogStreamNames,
    logStreamNamePrefixes: InputLogStreamNames,
    logEventFilterPattern: FilterPattern,
  },
};
export interface StartLiveTailRequest {
  logGroupIdentifiers: StartLiveTailLogGroupIdentifiers;
  logStreamNames?: InputLogStreamNames;
  logStreamNamePrefixes?: InputLogStreamNames;
  logEventFilterPattern?: FilterPattern;
}
export const StartLiveTailResponseStream: ModelStructure = {
  type: "structure",
  eventstream: true,
  members: {
    sessionStart: LiveTailSessionStart,
    sessionUpdate: LiveTailSessionUpdate,
    SessionTimeoutException: SessionTimeoutException,
    SessionStreamingException: SessionStreamingException,
  },
};
export interface StartLiveTailResponseStream {
  sessionStart?: LiveTailSessionStart;
  sessionUpdate?: LiveTailSessionUpdate;
  SessionTimeoutException?: SessionTimeoutException;
  SessionStreamingException?: SessionStreamingException;
}
export const StartLiveTailResponse: ModelStructure = {
  type: "structure",
  members: { responseStream: StartLiveTailResponseStream },
};
export interface StartLiveTailResponse {
  responseStream?: StartLiveTailResponseStream;
}
export const StartQueryRequest: ModelStructure = {
  type: "structure",
  required: ["startTime", "endTime", "queryString"],
  members: {
    queryLanguage: QueryLanguage,
    logGroupName: LogGroupName,
    logGroupNames: LogGroupNames,
    logGroupIdentifiers: LogGroupIdentifiers,
    startTime: Timestamp,
    endTime: Timestamp,
    queryString: QueryString,
    limit: EventsLimitStartQuery,
  },
};
export interface StartQueryRequest {
  queryLanguage?: QueryLanguage;
  logGroupName?: LogGroupName;
  logGroupNames?: LogGroupNames;
  logGroupIdentifiers?: LogGroupIdentifiers;
  startTime: Timestamp;
  endTime: Timestamp;
  queryString: QueryString;
  limit?: EventsLimitStartQuery;
}
export const StartQueryResponse: ModelStructure = { type: "structure", members: { queryId: QueryId } };
export interface StartQueryResponse {
  queryId?: QueryId;
}
export const StopQueryRequest: ModelStructure = {
  type: "structure",
  required: ["queryId"],
  members: { queryId: QueryId },
};
export interface StopQueryRequest {
  queryId: QueryId;
}
export const StopQueryResponse: ModelStructure = { type: "structure", members: { success: boolean } };
export interface StopQueryResponse {
  success?: boolean;
}
export const SuppressionUnit: ModelScalar = { type: "string", enum: ["SECONDS", "MINUTES", "HOURS"] };
export type SuppressionUnit = string;
export const SuppressionPeriod: ModelStructure = {
  type: "structure",
  members: { value: integer, suppressionUnit: SuppressionUnit },
};
export interface SuppressionPeriod {
  value?: number;
  suppressionUnit?: SuppressionUnit;
}
export const SuppressionType: ModelScalar = { type: "string", enum: ["LIMITED", "INFINITE"] };
export type SuppressionType = string;
export const TagKeyList: ModelList = { type: "list", member: TagKey, min: 0, max: 50 };
export type TagKeyList = TagKey[];
export const TagList: ModelList = { type: "list", member: TagKey, min: 1 };
export type TagList = TagKey[];
export const TagLogGroupRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "tags"],
  members: { logGroupName: LogGroupName, tags: Tags },
};
export interface TagLogGroupRequest {
  logGroupName: LogGroupName;
  tags: Tags;
}
export const TagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["resourceArn", "tags"],
  members: { resourceArn: AmazonResourceName, tags: Tags },
};
export interface TagResourceRequest {
  resourceArn: AmazonResourceName;
  tags: Tags;
}
export const TestEventMessages: ModelList = { type: "list", member: EventMessage, min: 1, max: 50 };
export type TestEventMessages = EventMessage[];
export const TestMetricFilterRequest: ModelStructure = {
  type: "structure",
  required: ["filterPattern", "logEventMessages"],
  members: { filterPattern: FilterPattern, logEventMessages: TestEventMessages },
};
export interface TestMetricFilterRequest {
  filterPattern: FilterPattern;
  logEventMessages: TestEventMessages;
}
export const TestMetricFilterResponse: ModelStructure = {
  type: "structure",
  members: { matches: MetricFilterMatches },
};
export interface TestMetricFilterResponse {
  matches?: MetricFilterMatches;
}
export const TestTransformerRequest: ModelStructure = {
  type: "structure",
  required: ["transformerConfig", "logEventMessages"],
  members: { transformerConfig: Processors, logEventMessages: TestEventMessages },
};
export interface TestTransformerRequest {
  transformerConfig: Processors;
  logEventMessages: TestEventMessages;
}
export const TransformedEventMessage: ModelScalar = { type: "string", min: 1 };
export type TransformedEventMessage = string;
export const TransformedLogRecord: ModelStructure = {
  type: "structure",
  members: {
    eventNumber: long,
    eventMessage: EventMessage,
    transformedEventMessage: TransformedEventMessage,
  },
};
export interface TransformedLogRecord {
  eventNumber?: number;
  eventMessage?: EventMessage;
  transformedEventMessage?: TransformedEventMessage;
}
export const TransformedLogs: ModelList = { type: "list", member: TransformedLogRecord };
export type TransformedLogs = TransformedLogRecord[];
export const TestTransformerResponse: ModelStructure = {
  type: "structure",
  members: { transformedLogs: TransformedLogs },
};
export interface TestTransformerResponse {
  transformedLogs?: TransformedLogs;
}
export const ThrottlingException: ModelStructure = { type: "structure", members: {} };
export type ThrottlingException = Record<string, never>;
export const TooManyTagsException: ModelStructure = {
  type: "structure",
  members: { message: string, resourceName: AmazonResourceName },
};
export interface TooManyTagsException {
  message?: string;
  resourceName?: AmazonResourceName;
}
export const UnrecognizedClientException: ModelStructure = { type: "structure", members: {} };
export type UnrecognizedClientException = Record<string, never>;
export const UntagLogGroupRequest: ModelStructure = {
  type: "structure",
  required: ["logGroupName", "tags"],
  members: { logGroupName: LogGroupName, tags: TagList },
};
export interface UntagLogGroupRequest {
  logGroupName: LogGroupName;
  tags: TagList;
}
export const UntagResourceRequest: ModelStructure = {
  type: "structure",
  required: ["resourceArn", "tagKeys"],
  members: { resourceArn: AmazonResourceName, tagKeys: TagKeyList },
};
export interface UntagResourceRequest {
  resourceArn: AmazonResourceName;
  tagKeys: TagKeyList;
}
export const UpdateAnomalyRequest: ModelStructure = {
  type: "structure",
  required: ["anomalyDetectorArn"],
  members: {
    anomalyId: AnomalyId,
    patternId: PatternId,
    anomalyDetectorArn: AnomalyDetectorArn,
    suppressionType: SuppressionType,
    suppressionPeriod: SuppressionPeriod,
    baseline: boolean,
  },
};
export interface UpdateAnomalyRequest {
  anomalyId?: AnomalyId;
  patternId?: PatternId;
  anomalyDetectorArn: AnomalyDetectorArn;
  suppressionType?: SuppressionType;
  suppressionPeriod?: SuppressionPeriod;
  baseline?: boolean;
}
export const UpdateDeliveryConfigurationRequest: ModelStructure = {
  type: "structure",
  required: ["id"],
  members: {
    id: DeliveryId,
    recordFields: RecordFields,
    fieldDelimiter: FieldDelimiter,
    s3DeliveryConfiguration: S3DeliveryConfiguration,
  },
};
export interface UpdateDeliveryConfigurationRequest {
  id: DeliveryId;
  recordFields?: RecordFields;
  fieldDelimiter?: FieldDelimiter;
  s3DeliveryConfiguration?: S3DeliveryConfiguration;
}
export const UpdateDeliveryConfigurationResponse: ModelStructure = { type: "structure", members: {} };
export type UpdateDeliveryConfigurationResponse = Record<string, never>;
export const UpdateLogAnomalyDetectorRequest: ModelStructure = {
  type: "structure",
  required: ["anomalyDetectorArn", "enabled"],
  members: {
    anomalyDetectorArn: AnomalyDetectorArn,
    evaluationFrequency: EvaluationFrequency,
    filterPattern: FilterPattern,
    anomalyVisibilityTime: AnomalyVisibilityTime,
    enabled: boolean,
  },
};
export interface UpdateLogAnomalyDetectorRequest {
  anomalyDetectorArn: AnomalyDetectorArn;
  evaluationFrequency?: EvaluationFrequency;
  filterPattern?: FilterPattern;
  anomalyVisibilityTime?: AnomalyVisibilityTime;
  enabled: boolean;
}
export const UpdateLookupTableRequest: ModelStructure = {
  type: "structure",
  required: ["lookupTableArn", "tableBody"],
  members: {
    lookupTableArn: string,
    description: LookupTableDescription,
    tableBody: TableBody,
    kmsKeyId: KmsKeyId,
  },
};
export interface UpdateLookupTableRequest {
  lookupTableArn: string;
  description?: LookupTableDescription;
  tableBody: TableBody;
  kmsKeyId?: KmsKeyId;
}
export const UpdateLookupTableResponse: ModelStructure = {
  type: "structure",
  members: { lookupTableArn: string, lastUpdatedTime: Timestamp },
};
export interface UpdateLookupTableResponse {
  lookupTableArn?: string;
  lastUpdatedTime?: Timestamp;
}
export const UpdateScheduledQueryRequest: ModelStructure = {
  type: "structure",
  required: ["identifier", "queryLanguage", "queryString", "scheduleExpression", "executionRoleArn"],
  members: {
    identifier: ScheduledQueryIdentifier,
    description: ScheduledQueryDescription,
    queryLanguage: QueryLanguage,
    queryString: QueryString,
    logGroupIdentifiers: ScheduledQueryLogGroupIdentifiers,
    scheduleExpression: ScheduleExpression,
    timezone: ScheduleTimezone,
    startTimeOffset: long,
    destinationConfiguration: DestinationConfiguration,
    scheduleStartTime: Timestamp,
    scheduleEndTime: Timestamp,
    executionRoleArn: RoleArn,
    state: ScheduledQueryState,
  },
};
export interface UpdateScheduledQueryRequest {
  identifier: ScheduledQueryIdentifier;
  description?: ScheduledQueryDescription;
  queryLanguage: QueryLanguage;
  queryString: QueryString;
  logGroupIdentifiers?: ScheduledQueryLogGroupIdentifiers;
  scheduleExpression: ScheduleExpression;
  timezone?: ScheduleTimezone;
  startTimeOffset?: number;
  destinationConfiguration?: DestinationConfiguration;
  scheduleStartTime?: Timestamp;
  scheduleEndTime?: Timestamp;
  executionRoleArn: RoleArn;
  state?: ScheduledQueryState;
}
export const UpdateScheduledQueryResponse: ModelStructure = {
  type: "structure",
  members: {
    scheduledQueryArn: string,
    name: ScheduledQueryName,
    description: ScheduledQueryDescription,
    queryLanguage: QueryLanguage,
    queryString: QueryString,
    logGroupIdentifiers: ScheduledQueryLogGroupIdentifiers,
    scheduleExpression: ScheduleExpression,
    timezone: ScheduleTimezone,
    startTimeOffset: long,
    destinationConfiguration: DestinationConfiguration,
    state: ScheduledQueryState,
    lastTriggeredTime: Timestamp,
    lastExecutionStatus: ExecutionStatus,
    scheduleStartTime: Timestamp,
    scheduleEndTime: Timestamp,
    executionRoleArn: RoleArn,
    creationTime: Timestamp,
    lastUpdatedTime: Timestamp,
  },
};
export interface UpdateScheduledQueryResponse {
  scheduledQueryArn?: string;
  name?: ScheduledQueryName;
  description?: ScheduledQueryDescription;
  queryLanguage?: QueryLanguage;
  queryString?: QueryString;
  logGroupIdentifiers?: ScheduledQueryLogGroupIdentifiers;
  scheduleExpression?: ScheduleExpression;
  timezone?: ScheduleTimezone;
  startTimeOffset?: number;
  destinationConfiguration?: DestinationConfiguration;
  state?: ScheduledQueryState;
  lastTriggeredTime?: Timestamp;
  lastExecutionStatus?: ExecutionStatus;
  scheduleStartTime?: Timestamp;
  scheduleEndTime?: Timestamp;
  executionRoleArn?: RoleArn;
  creationTime?: Timestamp;
  lastUpdatedTime?: Timestamp;
}
export const ValidationException: ModelStructure = { type: "structure", members: {} };
export type ValidationException = Record<string, never>;

export const metadata: ModelMetadata = {
  apiVersion: "2014-03-28",
  protocol: "json",
  protocols: ["json"],
  signingName: "logs",
  endpointPrefix: "logs",
  serviceId: "CloudWatch Logs",
  jsonVersion: "1.1",
  targetPrefix: "Logs_20140328",
};

export const operations = {
  AssociateKmsKey: {
    name: "AssociateKmsKey",
    input: AssociateKmsKeyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  AssociateSourceToS3TableIntegration: {
    name: "AssociateSourceToS3TableIntegration",
    input: AssociateSourceToS3TableIntegrationRequest,
    output: AssociateSourceToS3TableIntegrationResponse,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CancelExportTask: {
    name: "CancelExportTask",
    input: CancelExportTaskRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "InvalidOperationException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CancelImportTask: {
    name: "CancelImportTask",
    input: CancelImportTaskRequest,
    output: CancelImportTaskResponse,
    errors: [
      "AccessDeniedException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateDelivery: {
    name: "CreateDelivery",
    input: CreateDeliveryRequest,
    output: CreateDeliveryResponse,
    errors: [
      "ServiceUnavailableException",
      "ConflictException",
      "ResourceNotFoundException",
      "ValidationException",
      "AccessDeniedException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateExportTask: {
    name: "CreateExportTask",
    input: CreateExportTaskRequest,
    output: CreateExportTaskResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "ResourceNotFoundException",
      "ResourceAlreadyExistsException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateImportTask: {
    name: "CreateImportTask",
    input: CreateImportTaskRequest,
    output: CreateImportTaskResponse,
    errors: [
      "AccessDeniedException",
      "ConflictException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateLogAnomalyDetector: {
    name: "CreateLogAnomalyDetector",
    input: CreateLogAnomalyDetectorRequest,
    output: CreateLogAnomalyDetectorResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
      "LimitExceededException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateLogGroup: {
    name: "CreateLogGroup",
    input: CreateLogGroupRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceAlreadyExistsException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateLogStream: {
    name: "CreateLogStream",
    input: CreateLogStreamRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceAlreadyExistsException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateLookupTable: {
    name: "CreateLookupTable",
    input: CreateLookupTableRequest,
    output: CreateLookupTableResponse,
    errors: [
      "InvalidParameterException",
      "ResourceAlreadyExistsException",
      "AccessDeniedException",
      "LimitExceededException",
      "ValidationException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  CreateScheduledQuery: {
    name: "CreateScheduledQuery",
    input: CreateScheduledQueryRequest,
    output: CreateScheduledQueryResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ConflictException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAccountPolicy: {
    name: "DeleteAccountPolicy",
    input: DeleteAccountPolicyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDataProtectionPolicy: {
    name: "DeleteDataProtectionPolicy",
    input: DeleteDataProtectionPolicyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "OperationAbortedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDelivery: {
    name: "DeleteDelivery",
    input: DeleteDeliveryRequest,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ConflictException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDeliveryDestination: {
    name: "DeleteDeliveryDestination",
    input: DeleteDeliveryDestinationRequest,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ConflictException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDeliveryDestinationPolicy: {
    name: "DeleteDeliveryDestinationPolicy",
    input: DeleteDeliveryDestinationPolicyRequest,
    output: emptyStructure,
    errors: [
      "ServiceUnavailableException",
      "ValidationException",
      "ResourceNotFoundException",
      "ConflictException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDeliverySource: {
    name: "DeleteDeliverySource",
    input: DeleteDeliverySourceRequest,
    output: emptyStructure,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ConflictException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDestination: {
    name: "DeleteDestination",
    input: DeleteDestinationRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteIndexPolicy: {
    name: "DeleteIndexPolicy",
    input: DeleteIndexPolicyRequest,
    output: DeleteIndexPolicyResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteIntegration: {
    name: "DeleteIntegration",
    input: DeleteIntegrationRequest,
    output: DeleteIntegrationResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteLogAnomalyDetector: {
    name: "DeleteLogAnomalyDetector",
    input: DeleteLogAnomalyDetectorRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteLogGroup: {
    name: "DeleteLogGroup",
    input: DeleteLogGroupRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteLogStream: {
    name: "DeleteLogStream",
    input: DeleteLogStreamRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteLookupTable: {
    name: "DeleteLookupTable",
    input: DeleteLookupTableRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteMetricFilter: {
    name: "DeleteMetricFilter",
    input: DeleteMetricFilterRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteQueryDefinition: {
    name: "DeleteQueryDefinition",
    input: DeleteQueryDefinitionRequest,
    output: DeleteQueryDefinitionResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteResourcePolicy: {
    name: "DeleteResourcePolicy",
    input: DeleteResourcePolicyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteRetentionPolicy: {
    name: "DeleteRetentionPolicy",
    input: DeleteRetentionPolicyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteScheduledQuery: {
    name: "DeleteScheduledQuery",
    input: DeleteScheduledQueryRequest,
    output: DeleteScheduledQueryResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteSubscriptionFilter: {
    name: "DeleteSubscriptionFilter",
    input: DeleteSubscriptionFilterRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteTransformer: {
    name: "DeleteTransformer",
    input: DeleteTransformerRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAccountPolicies: {
    name: "DescribeAccountPolicies",
    input: DescribeAccountPoliciesRequest,
    output: DescribeAccountPoliciesResponse,
    errors: [
      "InvalidParameterException",
      "OperationAbortedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeConfigurationTemplates: {
    name: "DescribeConfigurationTemplates",
    input: DescribeConfigurationTemplatesRequest,
    output: DescribeConfigurationTemplatesResponse,
    errors: [
      "ServiceUnavailableException",
      "ValidationException",
      "ResourceNotFoundException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeDeliveries: {
    name: "DescribeDeliveries",
    input: DescribeDeliveriesRequest,
    output: DescribeDeliveriesResponse,
    errors: [
      "ServiceUnavailableException",
      "ServiceQuotaExceededException",
      "ValidationException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeDeliveryDestinations: {
    name: "DescribeDeliveryDestinations",
    input: DescribeDeliveryDestinationsRequest,
    output: DescribeDeliveryDestinationsResponse,
    errors: [
      "ServiceUnavailableException",
      "ServiceQuotaExceededException",
      "ValidationException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeDeliverySources: {
    name: "DescribeDeliverySources",
    input: DescribeDeliverySourcesRequest,
    output: DescribeDeliverySourcesResponse,
    errors: [
      "ServiceUnavailableException",
      "ServiceQuotaExceededException",
      "ValidationException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeDestinations: {
    name: "DescribeDestinations",
    input: DescribeDestinationsRequest,
    output: DescribeDestinationsResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeExportTasks: {
    name: "DescribeExportTasks",
    input: DescribeExportTasksRequest,
    output: DescribeExportTasksResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeFieldIndexes: {
    name: "DescribeFieldIndexes",
    input: DescribeFieldIndexesRequest,
    output: DescribeFieldIndexesResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeImportTaskBatches: {
    name: "DescribeImportTaskBatches",
    input: DescribeImportTaskBatchesRequest,
    output: DescribeImportTaskBatchesResponse,
    errors: [
      "AccessDeniedException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeImportTasks: {
    name: "DescribeImportTasks",
    input: DescribeImportTasksRequest,
    output: DescribeImportTasksResponse,
    errors: [
      "AccessDeniedException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeIndexPolicies: {
    name: "DescribeIndexPolicies",
    input: DescribeIndexPoliciesRequest,
    output: DescribeIndexPoliciesResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeLogGroups: {
    name: "DescribeLogGroups",
    input: DescribeLogGroupsRequest,
    output: DescribeLogGroupsResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeLogStreams: {
    name: "DescribeLogStreams",
    input: DescribeLogStreamsRequest,
    output: DescribeLogStreamsResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeLookupTables: {
    name: "DescribeLookupTables",
    input: DescribeLookupTablesRequest,
    output: DescribeLookupTablesResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeMetricFilters: {
    name: "DescribeMetricFilters",
    input: DescribeMetricFiltersRequest,
    output: DescribeMetricFiltersResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeQueries: {
    name: "DescribeQueries",
    input: DescribeQueriesRequest,
    output: DescribeQueriesResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeQueryDefinitions: {
    name: "DescribeQueryDefinitions",
    input: DescribeQueryDefinitionsRequest,
    output: DescribeQueryDefinitionsResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeResourcePolicies: {
    name: "DescribeResourcePolicies",
    input: DescribeResourcePoliciesRequest,
    output: DescribeResourcePoliciesResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeSubscriptionFilters: {
    name: "DescribeSubscriptionFilters",
    input: DescribeSubscriptionFiltersRequest,
    output: DescribeSubscriptionFiltersResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  DisassociateKmsKey: {
    name: "DisassociateKmsKey",
    input: DisassociateKmsKeyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DisassociateSourceFromS3TableIntegration: {
    name: "DisassociateSourceFromS3TableIntegration",
    input: DisassociateSourceFromS3TableIntegrationRequest,
    output: DisassociateSourceFromS3TableIntegrationResponse,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  FilterLogEvents: {
    name: "FilterLogEvents",
    input: FilterLogEventsRequest,
    output: FilterLogEventsResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetDataProtectionPolicy: {
    name: "GetDataProtectionPolicy",
    input: GetDataProtectionPolicyRequest,
    output: GetDataProtectionPolicyResponse,
    errors: [
      "InvalidParameterException",
      "OperationAbortedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetDelivery: {
    name: "GetDelivery",
    input: GetDeliveryRequest,
    output: GetDeliveryResponse,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetDeliveryDestination: {
    name: "GetDeliveryDestination",
    input: GetDeliveryDestinationRequest,
    output: GetDeliveryDestinationResponse,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetDeliveryDestinationPolicy: {
    name: "GetDeliveryDestinationPolicy",
    input: GetDeliveryDestinationPolicyRequest,
    output: GetDeliveryDestinationPolicyResponse,
    errors: ["ServiceUnavailableException", "ValidationException", "ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetDeliverySource: {
    name: "GetDeliverySource",
    input: GetDeliverySourceRequest,
    output: GetDeliverySourceResponse,
    errors: [
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetIntegration: {
    name: "GetIntegration",
    input: GetIntegrationRequest,
    output: GetIntegrationResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException", "ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogAnomalyDetector: {
    name: "GetLogAnomalyDetector",
    input: GetLogAnomalyDetectorRequest,
    output: GetLogAnomalyDetectorResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogEvents: {
    name: "GetLogEvents",
    input: GetLogEventsRequest,
    output: GetLogEventsResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogFields: {
    name: "GetLogFields",
    input: GetLogFieldsRequest,
    output: GetLogFieldsResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogGroupFields: {
    name: "GetLogGroupFields",
    input: GetLogGroupFieldsRequest,
    output: GetLogGroupFieldsResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogObject: {
    name: "GetLogObject",
    input: GetLogObjectRequest,
    output: GetLogObjectResponse,
    errors: [
      "AccessDeniedException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetLogRecord: {
    name: "GetLogRecord",
    input: GetLogRecordRequest,
    output: GetLogRecordResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetLookupTable: {
    name: "GetLookupTable",
    input: GetLookupTableRequest,
    output: GetLookupTableResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetQueryResults: {
    name: "GetQueryResults",
    input: GetQueryResultsRequest,
    output: GetQueryResultsResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetScheduledQuery: {
    name: "GetScheduledQuery",
    input: GetScheduledQueryRequest,
    output: GetScheduledQueryResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetScheduledQueryHistory: {
    name: "GetScheduledQueryHistory",
    input: GetScheduledQueryHistoryRequest,
    output: GetScheduledQueryHistoryResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetTransformer: {
    name: "GetTransformer",
    input: GetTransformerRequest,
    output: GetTransformerResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListAggregateLogGroupSummaries: {
    name: "ListAggregateLogGroupSummaries",
    input: ListAggregateLogGroupSummariesRequest,
    output: ListAggregateLogGroupSummariesResponse,
    errors: ["ValidationException", "ServiceUnavailableException", "InvalidParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListAnomalies: {
    name: "ListAnomalies",
    input: ListAnomaliesRequest,
    output: ListAnomaliesResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListIntegrations: {
    name: "ListIntegrations",
    input: ListIntegrationsRequest,
    output: ListIntegrationsResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListLogAnomalyDetectors: {
    name: "ListLogAnomalyDetectors",
    input: ListLogAnomalyDetectorsRequest,
    output: ListLogAnomalyDetectorsResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListLogGroups: {
    name: "ListLogGroups",
    input: ListLogGroupsRequest,
    output: ListLogGroupsResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListLogGroupsForQuery: {
    name: "ListLogGroupsForQuery",
    input: ListLogGroupsForQueryRequest,
    output: ListLogGroupsForQueryResponse,
    errors: [
      "InvalidParameterException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListScheduledQueries: {
    name: "ListScheduledQueries",
    input: ListScheduledQueriesRequest,
    output: ListScheduledQueriesResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ThrottlingException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListSourcesForS3TableIntegration: {
    name: "ListSourcesForS3TableIntegration",
    input: ListSourcesForS3TableIntegrationRequest,
    output: ListSourcesForS3TableIntegrationResponse,
    errors: [
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
      "InternalServerException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsForResource: {
    name: "ListTagsForResource",
    input: ListTagsForResourceRequest,
    output: ListTagsForResourceResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsLogGroup: {
    name: "ListTagsLogGroup",
    input: ListTagsLogGroupRequest,
    output: ListTagsLogGroupResponse,
    errors: ["ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutAccountPolicy: {
    name: "PutAccountPolicy",
    input: PutAccountPolicyRequest,
    output: PutAccountPolicyResponse,
    errors: [
      "InvalidParameterException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "LimitExceededException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutBearerTokenAuthentication: {
    name: "PutBearerTokenAuthentication",
    input: PutBearerTokenAuthenticationRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDataProtectionPolicy: {
    name: "PutDataProtectionPolicy",
    input: PutDataProtectionPolicyRequest,
    output: PutDataProtectionPolicyResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "OperationAbortedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDeliveryDestination: {
    name: "PutDeliveryDestination",
    input: PutDeliveryDestinationRequest,
    output: PutDeliveryDestinationResponse,
    errors: [
      "ServiceUnavailableException",
      "ConflictException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ThrottlingException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDeliveryDestinationPolicy: {
    name: "PutDeliveryDestinationPolicy",
    input: PutDeliveryDestinationPolicyRequest,
    output: PutDeliveryDestinationPolicyResponse,
    errors: [
      "ServiceUnavailableException",
      "ValidationException",
      "ResourceNotFoundException",
      "ConflictException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDeliverySource: {
    name: "PutDeliverySource",
    input: PutDeliverySourceRequest,
    output: PutDeliverySourceResponse,
    errors: [
      "ServiceUnavailableException",
      "ConflictException",
      "ValidationException",
      "ServiceQuotaExceededException",
      "ResourceNotFoundException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutDestination: {
    name: "PutDestination",
    input: PutDestinationRequest,
    output: PutDestinationResponse,
    errors: ["InvalidParameterException", "OperationAbortedException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutDestinationPolicy: {
    name: "PutDestinationPolicy",
    input: PutDestinationPolicyRequest,
    output: emptyStructure,
    errors: ["InvalidParameterException", "OperationAbortedException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutIndexPolicy: {
    name: "PutIndexPolicy",
    input: PutIndexPolicyRequest,
    output: PutIndexPolicyResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutIntegration: {
    name: "PutIntegration",
    input: PutIntegrationRequest,
    output: PutIntegrationResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "ServiceUnavailableException",
      "ValidationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutLogEvents: {
    name: "PutLogEvents",
    input: PutLogEventsRequest,
    output: PutLogEventsResponse,
    errors: [
      "InvalidParameterException",
      "InvalidSequenceTokenException",
      "DataAlreadyAcceptedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "UnrecognizedClientException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutLogGroupDeletionProtection: {
    name: "PutLogGroupDeletionProtection",
    input: PutLogGroupDeletionProtectionRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "OperationAbortedException",
      "ServiceUnavailableException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutMetricFilter: {
    name: "PutMetricFilter",
    input: PutMetricFilterRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "LimitExceededException",
      "ServiceUnavailableException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutQueryDefinition: {
    name: "PutQueryDefinition",
    input: PutQueryDefinitionRequest,
    output: PutQueryDefinitionResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutResourcePolicy: {
    name: "PutResourcePolicy",
    input: PutResourcePolicyRequest,
    output: PutResourcePolicyResponse,
    errors: [
      "InvalidParameterException",
      "LimitExceededException",
      "OperationAbortedException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutRetentionPolicy: {
    name: "PutRetentionPolicy",
    input: PutRetentionPolicyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutSubscriptionFilter: {
    name: "PutSubscriptionFilter",
    input: PutSubscriptionFilterRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "OperationAbortedException",
      "LimitExceededException",
      "ServiceUnavailableException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutTransformer: {
    name: "PutTransformer",
    input: PutTransformerRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "LimitExceededException",
      "OperationAbortedException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StartLiveTail: {
    name: "StartLiveTail",
    input: StartLiveTailRequest,
    output: StartLiveTailResponse,
    errors: [
      "AccessDeniedException",
      "InvalidParameterException",
      "ResourceNotFoundException",
      "LimitExceededException",
      "InvalidOperationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StartQuery: {
    name: "StartQuery",
    input: StartQueryRequest,
    output: StartQueryResponse,
    errors: [
      "MalformedQueryException",
      "InvalidParameterException",
      "LimitExceededException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  StopQuery: {
    name: "StopQuery",
    input: StopQueryRequest,
    output: StopQueryResponse,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  TagLogGroup: {
    name: "TagLogGroup",
    input: TagLogGroupRequest,
    output: emptyStructure,
    errors: ["ResourceNotFoundException", "InvalidParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  TagResource: {
    name: "TagResource",
    input: TagResourceRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "TooManyTagsException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  TestMetricFilter: {
    name: "TestMetricFilter",
    input: TestMetricFilterRequest,
    output: TestMetricFilterResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  TestTransformer: {
    name: "TestTransformer",
    input: TestTransformerRequest,
    output: TestTransformerResponse,
    errors: ["InvalidParameterException", "ServiceUnavailableException", "InvalidOperationException"],
    http: { method: "POST", requestUri: "/" },
  },
  UntagLogGroup: {
    name: "UntagLogGroup",
    input: UntagLogGroupRequest,
    output: emptyStructure,
    errors: ["ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  UntagResource: {
    name: "UntagResource",
    input: UntagResourceRequest,
    output: emptyStructure,
    errors: ["InvalidParameterException", "ResourceNotFoundException", "ServiceUnavailableException"],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateAnomaly: {
    name: "UpdateAnomaly",
    input: UpdateAnomalyRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateDeliveryConfiguration: {
    name: "UpdateDeliveryConfiguration",
    input: UpdateDeliveryConfigurationRequest,
    output: UpdateDeliveryConfigurationResponse,
    errors: [
      "ServiceUnavailableException",
      "ConflictException",
      "ResourceNotFoundException",
      "ValidationException",
      "AccessDeniedException",
      "ThrottlingException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateLogAnomalyDetector: {
    name: "UpdateLogAnomalyDetector",
    input: UpdateLogAnomalyDetectorRequest,
    output: emptyStructure,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "ServiceUnavailableException",
      "OperationAbortedException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateLookupTable: {
    name: "UpdateLookupTable",
    input: UpdateLookupTableRequest,
    output: UpdateLookupTableResponse,
    errors: [
      "InvalidParameterException",
      "ResourceNotFoundException",
      "AccessDeniedException",
      "ValidationException",
      "ServiceUnavailableException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UpdateScheduledQuery: {
    name: "UpdateScheduledQuery",
    input: UpdateScheduledQueryRequest,
    output: UpdateScheduledQueryResponse,
    errors: [
      "ValidationException",
      "AccessDeniedException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "InternalServerException",
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
  ConflictException: { name: "ConflictException", status: 400, fault: "Sender", shape: ConflictException },
  DataAlreadyAcceptedException: {
    name: "DataAlreadyAcceptedException",
    status: 400,
    fault: "Sender",
    shape: DataAlreadyAcceptedException,
  },
  InternalServerException: {
    name: "InternalServerException",
    status: 500,
    fault: "Server",
    shape: InternalServerException,
  },
  InvalidOperationException: {
    name: "InvalidOperationException",
    status: 400,
    fault: "Sender",
    shape: InvalidOperationException,
  },
  InvalidParameterException: {
    name: "InvalidParameterException",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterException,
  },
  InvalidSequenceTokenException: {
    name: "InvalidSequenceTokenException",
    status: 400,
    fault: "Sender",
    shape: InvalidSequenceTokenException,
  },
  LimitExceededException: {
    name: "LimitExceededException",
    status: 400,
    fault: "Sender",
    shape: LimitExceededException,
  },
  MalformedQueryException: {
    name: "MalformedQueryException",
    status: 400,
    fault: "Sender",
    shape: MalformedQueryException,
  },
  OperationAbortedException: {
    name: "OperationAbortedException",
    status: 400,
    fault: "Sender",
    shape: OperationAbortedException,
  },
  ResourceAlreadyExistsException: {
    name: "ResourceAlreadyExistsException",
    status: 400,
    fault: "Sender",
    shape: ResourceAlreadyExistsException,
  },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    status: 400,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
  ServiceQuotaExceededException: {
    name: "ServiceQuotaExceededException",
    status: 400,
    fault: "Sender",
    shape: ServiceQuotaExceededException,
  },
  ServiceUnavailableException: {
    name: "ServiceUnavailableException",
    status: 500,
    fault: "Server",
    shape: ServiceUnavailableException,
  },
  ThrottlingException: {
    name: "ThrottlingException",
    status: 400,
    fault: "Sender",
    shape: ThrottlingException,
  },
  TooManyTagsException: {
    name: "TooManyTagsException",
    status: 400,
    fault: "Sender",
    shape: TooManyTagsException,
  },
  UnrecognizedClientException: {
    name: "UnrecognizedClientException",
    status: 400,
    fault: "Sender",
    shape: UnrecognizedClientException,
  },
  ValidationException: {
    name: "ValidationException",
    status: 400,
    fault: "Sender",
    shape: ValidationException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
