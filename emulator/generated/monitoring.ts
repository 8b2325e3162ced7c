// Generated from botocore 1.43.11 (cloudwatch 2010-08-01).
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
import { blob, boolean, double, integer, long, string, timestamp } from "../core/shapes.js";

export const AccountId: ModelScalar = { type: "string", min: 1, max: 255 };
export type AccountId = string;
export const ActionPrefix: ModelScalar = { type: "string", min: 1, max: 1024 };
export type ActionPrefix = string;
export const ActionsSuppressedBy: ModelScalar = {
  type: "string",
  enum: ["WaitPeriod", "ExtensionPeriod", "Alarm"],
};
export type ActionsSuppressedBy = string;
export const ActionsSuppressedReason: ModelScalar = { type: "string", min: 0, max: 1024 };
export type ActionsSuppressedReason = string;
export const AlarmArn: ModelScalar = { type: "string", min: 1, max: 1600 };
export type AlarmArn = string;
export const ContributorId: ModelScalar = { type: "string", min: 1, max: 16 };
export type ContributorId = string;
export const AttributeName: ModelScalar = { type: "string", min: 1, max: 255 };
export type AttributeName = string;
export const AttributeValue: ModelScalar = { type: "string", min: 1, max: 1024 };
export type AttributeValue = string;
export const ContributorAttributes: ModelMap = {
  type: "map",
  key: AttributeName,
  value: AttributeValue,
  min: 0,
  max: 150,
};
export type ContributorAttributes = Record<string, AttributeValue>;
export const StateReason: ModelScalar = { type: "string", min: 0, max: 1023 };
export type StateReason = string;
export const AlarmContributor: ModelStructure = {
  type: "structure",
  required: ["ContributorId", "ContributorAttributes", "StateReason"],
  members: {
    ContributorId: ContributorId,
    ContributorAttributes: ContributorAttributes,
    StateReason: StateReason,
    StateTransitionedTimestamp: timestamp,
  },
};
export interface AlarmContributor {
  ContributorId: ContributorId;
  ContributorAttributes: ContributorAttributes;
  StateReason: StateReason;
  StateTransitionedTimestamp?: number;
}
export const AlarmContributors: ModelList = { type: "list", member: AlarmContributor };
export type AlarmContributors = AlarmContributor[];
export const AlarmDescription: ModelScalar = { type: "string", min: 0, max: 1024 };
export type AlarmDescription = string;
export const AlarmName: ModelScalar = { type: "string", min: 1, max: 255 };
export type AlarmName = string;
export const AlarmType: ModelScalar = { type: "string", enum: ["CompositeAlarm", "MetricAlarm"] };
export type AlarmType = string;
export const HistoryItemType: ModelScalar = {
  type: "string",
  enum: [
    "ConfigurationUpdate",
    "StateUpdate",
    "Action",
    "AlarmContributorStateUpdate",
    "AlarmContributorAction",
  ],
};
export type HistoryItemType = string;
export const HistorySummary: ModelScalar = { type: "string", min: 1, max: 255 };
export type HistorySummary = string;
export const HistoryData: ModelScalar = { type: "string", min: 1, max: 4095 };
export type HistoryData = string;
export const AlarmHistoryItem: ModelStructure = {
  type: "structure",
  members: {
    AlarmName: AlarmName,
    AlarmContributorId: ContributorId,
    AlarmType: AlarmType,
    Timestamp: timestamp,
    HistoryItemType: HistoryItemType,
    HistorySummary: HistorySummary,
    HistoryData: HistoryData,
    AlarmContributorAttributes: ContributorAttributes,
  },
};
export interface AlarmHistoryItem {
  AlarmName?: AlarmName;
  AlarmContributorId?: ContributorId;
  AlarmType?: AlarmType;
  Timestamp?: number;
  HistoryItemType?: HistoryItemType;
  HistorySummary?: HistorySummary;
  HistoryData?: HistoryData;
  AlarmContributorAttributes?: ContributorAttributes;
}
export const AlarmHistoryItems: ModelList = { type: "list", member: AlarmHistoryItem };
export type AlarmHistoryItems = AlarmHistoryItem[];
export const AlarmMuteRuleStatus: ModelScalar = { type: "string", enum: ["SCHEDULED", "ACTIVE", "EXPIRED"] };
export type AlarmMuteRuleStatus = string;
export const AlarmMuteRuleStatuses: ModelList = { type: "list", member: AlarmMuteRuleStatus };
export type AlarmMuteRuleStatuses = AlarmMuteRuleStatus[];
export const Arn: ModelScalar = { type: "string", min: 1, max: 1600 };
export type Arn = string;
export const AlarmMuteRuleSummary: ModelStructure = {
  type: "structure",
  members: {
    AlarmMuteRuleArn: Arn,
    ExpireDate: timestamp,
    Status: AlarmMuteRuleStatus,
    MuteType: string,
    LastUpdatedTimestamp: timestamp,
  },
};
export interface AlarmMuteRuleSummary {
  AlarmMuteRuleArn?: Arn;
  ExpireDate?: number;
  Status?: AlarmMuteRuleStatus;
  MuteType?: string;
  LastUpdatedTimestamp?: number;
}
export const AlarmMuteRuleSummaries: ModelList = { type: "list", member: AlarmMuteRuleSummary };
export type AlarmMuteRuleSummaries = AlarmMuteRuleSummary[];
export const AlarmNamePrefix: ModelScalar = { type: "string", min: 1, max: 255 };
export type AlarmNamePrefix = string;
export const AlarmNames: ModelList = { type: "list", member: AlarmName, max: 100 };
export type AlarmNames = AlarmName[];
export const Query: ModelScalar = { type: "string", min: 1, max: 10000 };
export type Query = string;
export const PendingPeriod: ModelScalar = { type: "integer", min: 0, max: 86400 };
export type PendingPeriod = number;
export const RecoveryPeriod: ModelScalar = { type: "integer", min: 0, max: 86400 };
export type RecoveryPeriod = number;
export const AlarmPromQLCriteria: ModelStructure = {
  type: "structure",
  required: ["Query"],
  members: { Query: Query, PendingPeriod: PendingPeriod, RecoveryPeriod: RecoveryPeriod },
};
export interface AlarmPromQLCriteria {
  Query: Query;
  PendingPeriod?: PendingPeriod;
  RecoveryPeriod?: RecoveryPeriod;
}
export const AlarmRule: ModelScalar = { type: "string", min: 1, max: 10240 };
export type AlarmRule = string;
export const AlarmTypes: ModelList = { type: "list", member: AlarmType };
export type AlarmTypes = AlarmType[];
export const AmazonResourceName: ModelScalar = { type: "string", min: 1, max: 1024 };
export type AmazonResourceName = string;
export const Namespace: ModelScalar = { type: "string", min: 1, max: 255, pattern: "[^:].*" };
export type Namespace = string;
export const MetricName: ModelScalar = { type: "string", min: 1, max: 255 };
export type MetricName = string;
export const DimensionName: ModelScalar = { type: "string", min: 1, max: 255 };
export type DimensionName = string;
export const DimensionValue: ModelScalar = { type: "string", min: 1, max: 1024 };
export type DimensionValue = string;
export const Dimension: ModelStructure = {
  type: "structure",
  required: ["Name", "Value"],
  members: { Name: DimensionName, Value: DimensionValue },
};
export interface Dimension {
  Name: DimensionName;
  Value: DimensionValue;
}
export const Dimensions: ModelList = { type: "list", member: Dimension, max: 30 };
export type Dimensions = Dimension[];
export const AnomalyDetectorMetricStat: ModelScalar = {
  type: "string",
  max: 50,
  pattern:
    "(SampleCount|Average|Sum|Minimum|Maximum|IQM|(p|tc|tm|ts|wm)(\\d{1,2}(\\.\\d{0,10})?|100)|[ou]\\d+(\\.\\d*)?)(_E|_L|_H)?|(TM|TC|TS|WM)\\(((((\\d{1,2})(\\.\\d{0,10})?|100(\\.0{0,10})?)%)?:((\\d{1,2})(\\.\\d{0,10})?|100(\\.0{0,10})?)%|((\\d{1,2})(\\.\\d{0,10})?|100(\\.0{0,10})?)%:(((\\d{1,2})(\\.\\d{0,10})?|100(\\.0{0,10})?)%)?)\\)|(TM|TC|TS|WM|PR)\\(((\\d+(\\.\\d{0,10})?|(\\d+(\\.\\d{0,10})?[Ee][+-]?\\d+)):((\\d+(\\.\\d{0,10})?|(\\d+(\\.\\d{0,10})?[Ee][+-]?\\d+)))?|((\\d+(\\.\\d{0,10})?|(\\d+(\\.\\d{0,10})?[Ee][+-]?\\d+)))?:(\\d+(\\.\\d{0,10})?|(\\d+(\\.\\d{0,10})?[Ee][+-]?\\d+)))\\)",
};
export type AnomalyDetectorMetricStat = string;
export const Range: ModelStructure = {
  type: "structure",
  required: ["StartTime", "EndTime"],
  members: { StartTime: timestamp, EndTime: timestamp },
};
export interface Range {
  StartTime: number;
  EndTime: number;
}
export const AnomalyDetectorExcludedTimeRanges: ModelList = { type: "list", member: Range };
export type AnomalyDetectorExcludedTimeRanges = Range[];
export const AnomalyDetectorMetricTimezone: ModelScalar = { type: "string", max: 50, pattern: ".*" };
export type AnomalyDetectorMetricTimezone = string;
export const AnomalyDetectorConfiguration: ModelStructure = {
  type: "structure",
  members: {
    ExcludedTimeRanges: AnomalyDetectorExcludedTimeRanges,
    MetricTimezone: AnomalyDetectorMetricTimezone,
  },
};
export interface AnomalyDetectorConfiguration {
  ExcludedTimeRanges?: AnomalyDetectorExcludedTimeRanges;
  MetricTimezone?: AnomalyDetectorMetricTimezone;
}
export const AnomalyDetectorStateValue: ModelScalar = {
  type: "string",
  enum: ["PENDING_TRAINING", "TRAINED_INSUFFICIENT_DATA", "TRAINED"],
};
export type AnomalyDetectorStateValue = string;
export const MetricCharacteristics: ModelStructure = {
  type: "structure",
  members: { PeriodicSpikes: boolean },
};
export interface MetricCharacteristics {
  PeriodicSpikes?: boolean;
}
export const SingleMetricAnomalyDetector: ModelStructure = {
  type: "structure",
  members: {
    AccountId: AccountId,
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    Stat: AnomalyDetectorMetricStat,
  },
};
export interface SingleMetricAnomalyDetector {
  AccountId?: AccountId;
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
  Stat?: AnomalyDetectorMetricStat;
}
export const MetricId: ModelScalar = { type: "string", min: 1, max: 255 };
export type MetricId = string;
export const Metric: ModelStructure = {
  type: "structure",
  members: { Namespace: Namespace, MetricName: MetricName, Dimensions: Dimensions },
};
export interface Metric {
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
}
export const Period: ModelScalar = { type: "integer", min: 1 };
export type Period = number;
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
export const MetricStat: ModelStructure = {
  type: "structure",
  required: ["Metric", "Period", "Stat"],
  members: { Metric: Metric, Period: Period, Stat: string, Unit: StandardUnit },
};
export interface MetricStat {
  Metric: Metric;
  Period: Period;
  Stat: string;
  Unit?: StandardUnit;
}
export const MetricExpression: ModelScalar = { type: "string", min: 1, max: 2048 };
export type MetricExpression = string;
export const MetricDataQuery: ModelStructure = {
  type: "structure",
  required: ["Id"],
  members: {
    Id: MetricId,
    MetricStat: MetricStat,
    Expression: MetricExpression,
    Label: string,
    ReturnData: boolean,
    Period: Period,
    AccountId: AccountId,
  },
};
export interface MetricDataQuery {
  Id: MetricId;
  MetricStat?: MetricStat;
  Expression?: MetricExpression;
  Label?: string;
  ReturnData?: boolean;
  Period?: Period;
  AccountId?: AccountId;
}
export const MetricDataQueries: ModelList = { type: "list", member: MetricDataQuery };
export type MetricDataQueries = MetricDataQuery[];
export const MetricMathAnomalyDetector: ModelStructure = {
  type: "structure",
  members: { MetricDataQueries: MetricDataQueries },
};
export interface MetricMathAnomalyDetector {
  MetricDataQueries?: MetricDataQueries;
}
export const AnomalyDetector: ModelStructure = {
  type: "structure",
  members: {
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    Stat: AnomalyDetectorMetricStat,
    Configuration: AnomalyDetectorConfiguration,
    StateValue: AnomalyDetectorStateValue,
    MetricCharacteristics: MetricCharacteristics,
    SingleMetricAnomalyDetector: SingleMetricAnomalyDetector,
    MetricMathAnomalyDetector: MetricMathAnomalyDetector,
  },
};
export interface AnomalyDetector {
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
  Stat?: AnomalyDetectorMetricStat;
  Configuration?: AnomalyDetectorConfiguration;
  StateValue?: AnomalyDetectorStateValue;
  MetricCharacteristics?: MetricCharacteristics;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
}
export const AnomalyDetectorType: ModelScalar = { type: "string", enum: ["SINGLE_METRIC", "METRIC_MATH"] };
export type AnomalyDetectorType = string;
export const AnomalyDetectorTypes: ModelList = { type: "list", member: AnomalyDetectorType, max: 2 };
export type AnomalyDetectorTypes = AnomalyDetectorType[];
export const AnomalyDetectors: ModelList = { type: "list", member: AnomalyDetector };
export type AnomalyDetectors = AnomalyDetector[];
export const PartialFailure: ModelStructure = {
  type: "structure",
  members: {
    FailureResource: string,
    ExceptionType: string,
    FailureCode: string,
    FailureDescription: string,
  },
};
export interface PartialFailure {
  FailureResource?: string;
  ExceptionType?: string;
  FailureCode?: string;
  FailureDescription?: string;
}
export const BatchFailures: ModelList = { type: "list", member: PartialFailure };
export type BatchFailures = PartialFailure[];
export const ComparisonOperator: ModelScalar = {
  type: "string",
  enum: [
    "GreaterThanOrEqualToThreshold",
    "GreaterThanThreshold",
    "LessThanThreshold",
    "LessThanOrEqualToThreshold",
    "LessThanLowerOrGreaterThanUpperThreshold",
    "LessThanLowerThreshold",
    "GreaterThanUpperThreshold",
  ],
};
export type ComparisonOperator = string;
export const ResourceName: ModelScalar = { type: "string", min: 1, max: 1024 };
export type ResourceName = string;
export const ResourceList: ModelList = { type: "list", member: ResourceName, max: 5 };
export type ResourceList = ResourceName[];
export const StateReasonData: ModelScalar = { type: "string", min: 0, max: 4000 };
export type StateReasonData = string;
export const StateValue: ModelScalar = { type: "string", enum: ["OK", "ALARM", "INSUFFICIENT_DATA"] };
export type StateValue = string;
export const CompositeAlarm: ModelStructure = {
  type: "structure",
  members: {
    ActionsEnabled: boolean,
    AlarmActions: ResourceList,
    AlarmArn: AlarmArn,
    AlarmConfigurationUpdatedTimestamp: timestamp,
    AlarmDescription: AlarmDescription,
    AlarmName: AlarmName,
    AlarmRule: AlarmRule,
    InsufficientDataActions: ResourceList,
    OKActions: ResourceList,
    StateReason: StateReason,
    StateReasonData: StateReasonData,
    StateUpdatedTimestamp: timestamp,
    StateValue: StateValue,
    StateTransitionedTimestamp: timestamp,
    ActionsSuppressedBy: ActionsSuppressedBy,
    ActionsSuppressedReason: ActionsSuppressedReason,
    ActionsSuppressor: AlarmArn,
    ActionsSuppressorWaitPeriod: integer,
    ActionsSuppressorExtensionPeriod: integer,
  },
};
export interface CompositeAlarm {
  ActionsEnabled?: boolean;
  AlarmActions?: ResourceList;
  AlarmArn?: AlarmArn;
  AlarmConfigurationUpdatedTimestamp?: number;
  AlarmDescription?: AlarmDescription;
  AlarmName?: AlarmName;
  AlarmRule?: AlarmRule;
  InsufficientDataActions?: ResourceList;
  OKActions?: ResourceList;
  StateReason?: StateReason;
  StateReasonData?: StateReasonData;
  StateUpdatedTimestamp?: number;
  StateValue?: StateValue;
  StateTransitionedTimestamp?: number;
  ActionsSuppressedBy?: ActionsSuppressedBy;
  ActionsSuppressedReason?: ActionsSuppressedReason;
  ActionsSuppressor?: AlarmArn;
  ActionsSuppressorWaitPeriod?: number;
  ActionsSuppressorExtensionPeriod?: number;
}
export const CompositeAlarms: ModelList = { type: "list", member: CompositeAlarm };
export type CompositeAlarms = CompositeAlarm[];
export const ConcurrentModificationException: ModelStructure = { type: "structure", members: {} };
export type ConcurrentModificationException = Record<string, never>;
export const ErrorMessage: ModelScalar = { type: "string", min: 1, max: 255 };
export type ErrorMessage = string;
export const ConflictException: ModelStructure = { type: "structure", members: { Message: ErrorMessage } };
export interface ConflictException {
  Message?: ErrorMessage;
}
export const Counts: ModelList = { type: "list", member: double };
export type Counts = number[];
export const DashboardEntry: ModelStructure = {
  type: "structure",
  members: { DashboardName: string, DashboardArn: string, LastModified: timestamp, Size: long },
};
export interface DashboardEntry {
  DashboardName?: string;
  DashboardArn?: string;
  LastModified?: number;
  Size?: number;
}
export const DashboardEntries: ModelList = { type: "list", member: DashboardEntry };
export type DashboardEntries = DashboardEntry[];
export const DashboardValidationMessage: ModelStructure = {
  type: "structure",
  members: { DataPath: string, Message: string },
};
export interface DashboardValidationMessage {
  DataPath?: string;
  Message?: string;
}
export const DashboardValidationMessages: ModelList = { type: "list", member: DashboardValidationMessage };
export type DashboardValidationMessages = DashboardValidationMessage[];
export const DashboardInvalidInputError: ModelStructure = {
  type: "structure",
  members: { message: string, dashboardValidationMessages: DashboardValidationMessages },
};
export interface DashboardInvalidInputError {
  message?: string;
  dashboardValidationMessages?: DashboardValidationMessages;
}
export const DashboardNames: ModelList = { type: "list", member: string };
export type DashboardNames = string[];
export const DashboardNotFoundError: ModelStructure = { type: "structure", members: { message: string } };
export interface DashboardNotFoundError {
  message?: string;
}
export const DatapointValueMap: ModelMap = { type: "map", key: string, value: double };
export type DatapointValueMap = Record<string, number>;
export const Datapoint: ModelStructure = {
  type: "structure",
  members: {
    Timestamp: timestamp,
    SampleCount: double,
    Average: double,
    Sum: double,
    Minimum: double,
    Maximum: double,
    Unit: StandardUnit,
    ExtendedStatistics: DatapointValueMap,
  },
};
export interface Datapoint {
  Timestamp?: number;
  SampleCount?: number;
  Average?: number;
  Sum?: number;
  Minimum?: number;
  Maximum?: number;
  Unit?: StandardUnit;
  ExtendedStatistics?: DatapointValueMap;
}
export const DatapointValues: ModelList = { type: "list", member: double };
export type DatapointValues = number[];
export const Datapoints: ModelList = { type: "list", member: Datapoint };
export type Datapoints = Datapoint[];
export const DatapointsToAlarm: ModelScalar = { type: "integer", min: 1 };
export type DatapointsToAlarm = number;
export const Name: ModelScalar = { type: "string", min: 1, max: 255 };
export type Name = string;
export const DeleteAlarmMuteRuleInput: ModelStructure = {
  type: "structure",
  required: ["AlarmMuteRuleName"],
  members: { AlarmMuteRuleName: Name },
};
export interface DeleteAlarmMuteRuleInput {
  AlarmMuteRuleName: Name;
}
export const DeleteAlarmsInput: ModelStructure = {
  type: "structure",
  required: ["AlarmNames"],
  members: { AlarmNames: AlarmNames },
};
export interface DeleteAlarmsInput {
  AlarmNames: AlarmNames;
}
export const DeleteAnomalyDetectorInput: ModelStructure = {
  type: "structure",
  members: {
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    Stat: AnomalyDetectorMetricStat,
    SingleMetricAnomalyDetector: SingleMetricAnomalyDetector,
    MetricMathAnomalyDetector: MetricMathAnomalyDetector,
  },
};
export interface DeleteAnomalyDetectorInput {
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
  Stat?: AnomalyDetectorMetricStat;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
}
export const DeleteAnomalyDetectorOutput: ModelStructure = { type: "structure", members: {} };
export type DeleteAnomalyDetectorOutput = Record<string, never>;
export const DeleteDashboardsInput: ModelStructure = {
  type: "structure",
  required: ["DashboardNames"],
  members: { DashboardNames: DashboardNames },
};
export interface DeleteDashboardsInput {
  DashboardNames: DashboardNames;
}
export const DeleteDashboardsOutput: ModelStructure = { type: "structure", members: {} };
export type DeleteDashboardsOutput = Record<string, never>;
export const InsightRuleName: ModelScalar = { type: "string", min: 1, max: 128, pattern: "[\\x20-\\x7E]+" };
export type InsightRuleName = string;
export const InsightRuleNames: ModelList = { type: "list", member: InsightRuleName };
export type InsightRuleNames = InsightRuleName[];
export const DeleteInsightRulesInput: ModelStructure = {
  type: "structure",
  required: ["RuleNames"],
  members: { RuleNames: InsightRuleNames },
};
export interface DeleteInsightRulesInput {
  RuleNames: InsightRuleNames;
}
export const DeleteInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { Failures: BatchFailures },
};
export interface DeleteInsightRulesOutput {
  Failures?: BatchFailures;
}
export const MetricStreamName: ModelScalar = { type: "string", min: 1, max: 255 };
export type MetricStreamName = string;
export const DeleteMetricStreamInput: ModelStructure = {
  type: "structure",
  required: ["Name"],
  members: { Name: MetricStreamName },
};
export interface DeleteMetricStreamInput {
  Name: MetricStreamName;
}
export const DeleteMetricStreamOutput: ModelStructure = { type: "structure", members: {} };
export type DeleteMetricStreamOutput = Record<string, never>;
export const DescribeAlarmContributorsInput: ModelStructure = {
  type: "structure",
  required: ["AlarmName"],
  members: { AlarmName: AlarmName, NextToken: string },
};
export interface DescribeAlarmContributorsInput {
  AlarmName: AlarmName;
  NextToken?: string;
}
export const DescribeAlarmContributorsOutput: ModelStructure = {
  type: "structure",
  required: ["AlarmContributors"],
  members: { AlarmContributors: AlarmContributors, NextToken: string },
};
export interface DescribeAlarmContributorsOutput {
  AlarmContributors: AlarmContributors;
  NextToken?: string;
}
export const MaxRecords: ModelScalar = { type: "integer", min: 1, max: 100 };
export type MaxRecords = number;
export const ScanBy: ModelScalar = { type: "string", enum: ["TimestampDescending", "TimestampAscending"] };
export type ScanBy = string;
export const DescribeAlarmHistoryInput: ModelStructure = {
  type: "structure",
  members: {
    AlarmName: AlarmName,
    AlarmContributorId: ContributorId,
    AlarmTypes: AlarmTypes,
    HistoryItemType: HistoryItemType,
    StartDate: timestamp,
    EndDate: timestamp,
    MaxRecords: MaxRecords,
    NextToken: string,
    ScanBy: ScanBy,
  },
};
export interface DescribeAlarmHistoryInput {
  AlarmName?: AlarmName;
  AlarmContributorId?: ContributorId;
  AlarmTypes?: AlarmTypes;
  HistoryItemType?: HistoryItemType;
  StartDate?: number;
  EndDate?: number;
  MaxRecords?: MaxRecords;
  NextToken?: string;
  ScanBy?: ScanBy;
}
export const DescribeAlarmHistoryOutput: ModelStructure = {
  type: "structure",
  members: { AlarmHistoryItems: AlarmHistoryItems, NextToken: string },
};
export interface DescribeAlarmHistoryOutput {
  AlarmHistoryItems?: AlarmHistoryItems;
  NextToken?: string;
}
export const Statistic: ModelScalar = {
  type: "string",
  enum: ["SampleCount", "Average", "Sum", "Minimum", "Maximum"],
};
export type Statistic = string;
export const DescribeAlarmsForMetricInput: ModelStructure = {
  type: "structure",
  required: ["MetricName", "Namespace"],
  members: {
    MetricName: MetricName,
    Namespace: Namespace,
    Statistic: Statistic,
    ExtendedStatistic: string,
    Dimensions: Dimensions,
    Period: Period,
    Unit: StandardUnit,
  },
};
export interface DescribeAlarmsForMetricInput {
  MetricName: MetricName;
  Namespace: Namespace;
  Statistic?: Statistic;
  ExtendedStatistic?: string;
  Dimensions?: Dimensions;
  Period?: Period;
  Unit?: StandardUnit;
}
export const EvaluationPeriods: ModelScalar = { type: "integer", min: 1 };
export type EvaluationPeriods = number;
export const TreatMissingData: ModelScalar = { type: "string", min: 1, max: 255 };
export type TreatMissingData = string;
export const EvaluateLowSampleCountPercentile: ModelScalar = { type: "string", min: 1, max: 255 };
export type EvaluateLowSampleCountPercentile = string;
export const EvaluationState: ModelScalar = {
  type: "string",
  enum: ["PARTIAL_DATA", "EVALUATION_FAILURE", "EVALUATION_ERROR"],
};
export type EvaluationState = string;
export const EvaluationCriteria: ModelStructure = {
  type: "structure",
  union: true,
  members: { PromQLCriteria: AlarmPromQLCriteria },
};
export interface EvaluationCriteria {
  PromQLCriteria?: AlarmPromQLCriteria;
}
export const EvaluationInterval: ModelScalar = { type: "integer", min: 10, max: 3600 };
export type EvaluationInterval = number;
export const MetricAlarm: ModelStructure = {
  type: "structure",
  members: {
    AlarmName: AlarmName,
    AlarmArn: AlarmArn,
    AlarmDescription: AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: timestamp,
    ActionsEnabled: boolean,
    OKActions: ResourceList,
    AlarmActions: ResourceList,
    InsufficientDataActions: ResourceList,
    StateValue: StateValue,
    StateReason: StateReason,
    StateReasonData: StateReasonData,
    StateUpdatedTimestamp: timestamp,
    MetricName: MetricName,
    Namespace: Namespace,
    Statistic: Statistic,
    ExtendedStatistic: string,
    Dimensions: Dimensions,
    Period: Period,
    Unit: StandardUnit,
    EvaluationPeriods: EvaluationPeriods,
    DatapointsToAlarm: DatapointsToAlarm,
    Threshold: double,
    ComparisonOperator: ComparisonOperator,
    TreatMissingData: TreatMissingData,
    EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile,
    Metrics: MetricDataQueries,
    ThresholdMetricId: MetricId,
    EvaluationState: EvaluationState,
    StateTransitionedTimestamp: timestamp,
    EvaluationCriteria: EvaluationCriteria,
    EvaluationInterval: EvaluationInterval,
  },
};
export interface MetricAlarm {
  AlarmName?: AlarmName;
  AlarmArn?: AlarmArn;
  AlarmDescription?: AlarmDescription;
  AlarmConfigurationUpdatedTimestamp?: number;
  ActionsEnabled?: boolean;
  OKActions?: ResourceList;
  AlarmActions?: ResourceList;
  InsufficientDataActions?: ResourceList;
  StateValue?: StateValue;
  StateReason?: StateReason;
  StateReasonData?: StateReasonData;
  StateUpdatedTimestamp?: number;
  MetricName?: MetricName;
  Namespace?: Namespace;
  Statistic?: Statistic;
  ExtendedStatistic?: string;
  Dimensions?: Dimensions;
  Period?: Period;
  Unit?: StandardUnit;
  EvaluationPeriods?: EvaluationPeriods;
  DatapointsToAlarm?: DatapointsToAlarm;
  Threshold?: number;
  ComparisonOperator?: ComparisonOperator;
  TreatMissingData?: TreatMissingData;
  EvaluateLowSampleCountPercentile?: EvaluateLowSampleCountPercentile;
  Metrics?: MetricDataQueries;
  ThresholdMetricId?: MetricId;
  EvaluationState?: EvaluationState;
  StateTransitionedTimestamp?: number;
  EvaluationCriteria?: EvaluationCriteria;
  EvaluationInterval?: EvaluationInterval;
}
export const MetricAlarms: ModelList = { type: "list", member: MetricAlarm };
export type MetricAlarms = MetricAlarm[];
export const DescribeAlarmsForMetricOutput: ModelStructure = {
  type: "structure",
  members: { MetricAlarms: MetricAlarms },
};
export interface DescribeAlarmsForMetricOutput {
  MetricAlarms?: MetricAlarms;
}
export const DescribeAlarmsInput: ModelStructure = {
  type: "structure",
  members: {
    AlarmNames: AlarmNames,
    AlarmNamePrefix: AlarmNamePrefix,
    AlarmTypes: AlarmTypes,
    ChildrenOfAlarmName: AlarmName,
    ParentsOfAlarmName: AlarmName,
    StateValue: StateValue,
    ActionPrefix: ActionPrefix,
    MaxRecords: MaxRecords,
    NextToken: string,
  },
};
export interface DescribeAlarmsInput {
  AlarmNames?: AlarmNames;
  AlarmNamePrefix?: AlarmNamePrefix;
  AlarmTypes?: AlarmTypes;
  ChildrenOfAlarmName?: AlarmName;
  ParentsOfAlarmName?: AlarmName;
  StateValue?: StateValue;
  ActionPrefix?: ActionPrefix;
  MaxRecords?: MaxRecords;
  NextToken?: string;
}
export const DescribeAlarmsOutput: ModelStructure = {
  type: "structure",
  members: { CompositeAlarms: CompositeAlarms, MetricAlarms: MetricAlarms, NextToken: string },
};
export interface DescribeAlarmsOutput {
  CompositeAlarms?: CompositeAlarms;
  MetricAlarms?: MetricAlarms;
  NextToken?: string;
}
export const MaxReturnedResultsCount: ModelScalar = { type: "integer", min: 1 };
export type MaxReturnedResultsCount = number;
export const DescribeAnomalyDetectorsInput: ModelStructure = {
  type: "structure",
  members: {
    NextToken: string,
    MaxResults: MaxReturnedResultsCount,
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    AnomalyDetectorTypes: AnomalyDetectorTypes,
  },
};
export interface DescribeAnomalyDetectorsInput {
  NextToken?: string;
  MaxResults?: MaxReturnedResultsCount;
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
  AnomalyDetectorTypes?: AnomalyDetectorTypes;
}
export const DescribeAnomalyDetectorsOutput: ModelStructure = {
  type: "structure",
  members: { AnomalyDetectors: AnomalyDetectors, NextToken: string },
};
export interface DescribeAnomalyDetectorsOutput {
  AnomalyDetectors?: AnomalyDetectors;
  NextToken?: string;
}
export const InsightRuleMaxResults: ModelScalar = { type: "integer", min: 1, max: 500 };
export type InsightRuleMaxResults = number;
export const DescribeInsightRulesInput: ModelStructure = {
  type: "structure",
  members: { NextToken: string, MaxResults: InsightRuleMaxResults },
};
export interface DescribeInsightRulesInput {
  NextToken?: string;
  MaxResults?: InsightRuleMaxResults;
}
export const InsightRuleState: ModelScalar = { type: "string", min: 1, max: 32, pattern: "[\\x20-\\x7E]+" };
export type InsightRuleState = string;
export const InsightRuleDefinition: ModelScalar = {
  type: "string",
  min: 1,
  max: 8192,
  pattern: "[\\x00-\\x7F]+",
};
export type InsightRuleDefinition = string;
export const InsightRule: ModelStructure = {
  type: "structure",
  required: ["Name", "State", "Schema", "Definition"],
  members: {
    Name: InsightRuleName,
    State: InsightRuleState,
    Schema: string,
    Definition: InsightRuleDefinition,
    ManagedRule: boolean,
    ApplyOnTransformedLogs: boolean,
  },
};
export interface InsightRule {
  Name: InsightRuleName;
  State: InsightRuleState;
  Schema: string;
  Definition: InsightRuleDefinition;
  ManagedRule?: boolean;
  ApplyOnTransformedLogs?: boolean;
}
export const InsightRules: ModelList = { type: "list", member: InsightRule };
export type InsightRules = InsightRule[];
export const DescribeInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { NextToken: string, InsightRules: InsightRules },
};
export interface DescribeInsightRulesOutput {
  NextToken?: string;
  InsightRules?: InsightRules;
}
export const DimensionFilter: ModelStructure = {
  type: "structure",
  required: ["Name"],
  members: { Name: DimensionName, Value: DimensionValue },
};
export interface DimensionFilter {
  Name: DimensionName;
  Value?: DimensionValue;
}
export const DimensionFilters: ModelList = { type: "list", member: DimensionFilter, max: 10 };
export type DimensionFilters = DimensionFilter[];
export const DisableAlarmActionsInput: ModelStructure = {
  type: "structure",
  required: ["AlarmNames"],
  members: { AlarmNames: AlarmNames },
};
export interface DisableAlarmActionsInput {
  AlarmNames: AlarmNames;
}
export const DisableInsightRulesInput: ModelStructure = {
  type: "structure",
  required: ["RuleNames"],
  members: { RuleNames: InsightRuleNames },
};
export interface DisableInsightRulesInput {
  RuleNames: InsightRuleNames;
}
export const DisableInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { Failures: BatchFailures },
};
export interface DisableInsightRulesOutput {
  Failures?: BatchFailures;
}
export const Duration: ModelScalar = { type: "string", min: 1, max: 50 };
export type Duration = string;
export const EnableAlarmActionsInput: ModelStructure = {
  type: "structure",
  required: ["AlarmNames"],
  members: { AlarmNames: AlarmNames },
};
export interface EnableAlarmActionsInput {
  AlarmNames: AlarmNames;
}
export const EnableInsightRulesInput: ModelStructure = {
  type: "structure",
  required: ["RuleNames"],
  members: { RuleNames: InsightRuleNames },
};
export interface EnableInsightRulesInput {
  RuleNames: InsightRuleNames;
}
export const EnableInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { Failures: BatchFailures },
};
export interface EnableInsightRulesOutput {
  Failures?: BatchFailures;
}
export const EntityKeyAttributesMapKeyString: ModelScalar = { type: "string", min: 1, max: 32 };
export type EntityKeyAttributesMapKeyString = string;
export const EntityKeyAttributesMapValueString: ModelScalar = { type: "string", min: 1, max: 2048 };
export type EntityKeyAttributesMapValueString = string;
export const EntityKeyAttributesMap: ModelMap = {
  type: "map",
  key: EntityKeyAttributesMapKeyString,
  value: EntityKeyAttributesMapValueString,
  min: 2,
  max: 4,
};
export type EntityKeyAttributesMap = Record<string, EntityKeyAttributesMapValueString>;
export const EntityAttributesMapKeyString: ModelScalar = { type: "string", min: 1, max: 256 };
export type EntityAttributesMapKeyString = string;
export const EntityAttributesMapValueString: ModelScalar = { type: "string", min: 1, max: 2048 };
export type EntityAttributesMapValueString = string;
export const EntityAttributesMap: ModelMap = {
  type: "map",
  key: EntityAttributesMapKeyString,
  value: EntityAttributesMapValueString,
  min: 0,
  max: 10,
};
export type EntityAttributesMap = Record<string, EntityAttributesMapValueString>;
export const Entity: ModelStructure = {
  type: "structure",
  members: { KeyAttributes: EntityKeyAttributesMap, Attributes: EntityAttributesMap },
};
export interface Entity {
  KeyAttributes?: EntityKeyAttributesMap;
  Attributes?: EntityAttributesMap;
}
export const StatisticSet: ModelStructure = {
  type: "structure",
  required: ["SampleCount", "Sum", "Minimum", "Maximum"],
  members: { SampleCount: double, Sum: double, Minimum: double, Maximum: double },
};
export interface StatisticSet {
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
}
export const Values: ModelList = { type: "list", member: double };
export type Values = number[];
export const StorageResolution: ModelScalar = { type: "integer", min: 1 };
export type StorageResolution = number;
export const MetricDatum: ModelStructure = {
  type: "structure",
  required: ["MetricName"],
  members: {
    MetricName: MetricName,
    Dimensions: Dimensions,
    Timestamp: timestamp,
    Value: double,
    StatisticValues: StatisticSet,
    Values: Values,
    Counts: Counts,
    Unit: StandardUnit,
    StorageResolution: StorageResolution,
  },
};
export interface MetricDatum {
  MetricName: MetricName;
  Dimensions?: Dimensions;
  Timestamp?: number;
  Value?: number;
  StatisticValues?: StatisticSet;
  Values?: Values;
  Counts?: Counts;
  Unit?: StandardUnit;
  StorageResolution?: StorageResolution;
}
export const MetricData: ModelList = { type: "list", member: MetricDatum };
export type MetricData = MetricDatum[];
export const EntityMetricData: ModelStructure = {
  type: "structure",
  members: { Entity: Entity, MetricData: MetricData },
};
export interface EntityMetricData {
  Entity?: Entity;
  MetricData?: MetricData;
}
export const EntityMetricDataList: ModelList = { type: "list", member: EntityMetricData };
export type EntityMetricDataList = EntityMetricData[];
export const Expression: ModelScalar = { type: "string", min: 1, max: 256 };
export type Expression = string;
export const ExtendedStatistics: ModelList = { type: "list", member: string, min: 1, max: 10 };
export type ExtendedStatistics = string[];
export const GetAlarmMuteRuleInput: ModelStructure = {
  type: "structure",
  required: ["AlarmMuteRuleName"],
  members: { AlarmMuteRuleName: Name },
};
export interface GetAlarmMuteRuleInput {
  AlarmMuteRuleName: Name;
}
export const Timezone: ModelScalar = { type: "string", min: 1, max: 50 };
export type Timezone = string;
export const Schedule: ModelStructure = {
  type: "structure",
  required: ["Expression", "Duration"],
  members: { Expression: Expression, Duration: Duration, Timezone: Timezone },
};
export interface Schedule {
  Expression: Expression;
  Duration: Duration;
  Timezone?: Timezone;
}
export const Rule: ModelStructure = {
  type: "structure",
  required: ["Schedule"],
  members: { Schedule: Schedule },
};
export interface Rule {
  Schedule: Schedule;
}
export const MuteTargetAlarmNameList: ModelList = { type: "list", member: Name, max: 100 };
export type MuteTargetAlarmNameList = Name[];
export const MuteTargets: ModelStructure = {
  type: "structure",
  required: ["AlarmNames"],
  members: { AlarmNames: MuteTargetAlarmNameList },
};
export interface MuteTargets {
  AlarmNames: MuteTargetAlarmNameList;
}
export const GetAlarmMuteRuleOutput: ModelStructure = {
  type: "structure",
  members: {
    Name: Name,
    AlarmMuteRuleArn: Arn,
    Description: AlarmDescription,
    Rule: Rule,
    MuteTargets: MuteTargets,
    StartDate: timestamp,
    ExpireDate: timestamp,
    Status: AlarmMuteRuleStatus,
    LastUpdatedTimestamp: timestamp,
    MuteType: string,
  },
};
export interface GetAlarmMuteRuleOutput {
  Name?: Name;
  AlarmMuteRuleArn?: Arn;
  Description?: AlarmDescription;
  Rule?: Rule;
  MuteTargets?: MuteTargets;
  StartDate?: number;
  ExpireDate?: number;
  Status?: AlarmMuteRuleStatus;
  LastUpdatedTimestamp?: number;
  MuteType?: string;
}
export const GetDashboardInput: ModelStructure = {
  type: "structure",
  required: ["DashboardName"],
  members: { DashboardName: string },
};
export interface GetDashboardInput {
  DashboardName: string;
}
export const GetDashboardOutput: ModelStructure = {
  type: "structure",
  members: { DashboardArn: string, DashboardBody: string, DashboardName: string },
};
export interface GetDashboardOutput {
  DashboardArn?: string;
  DashboardBody?: string;
  DashboardName?: string;
}
export const InsightRuleMetricName: ModelScalar = {
  type: "string",
  min: 1,
  max: 32,
  pattern: "[\\x20-\\x7E]+",
};
export type InsightRuleMetricName = string;
export const InsightRuleMetricList: ModelList = { type: "list", member: InsightRuleMetricName };
export type InsightRuleMetricList = InsightRuleMetricName[];
export const InsightRuleOrderBy: ModelScalar = { type: "string", min: 1, max: 32, pattern: "[\\x20-\\x7E]+" };
export type InsightRuleOrderBy = string;
export const GetInsightRuleReportInput: ModelStructure = {
  type: "structure",
  required: ["RuleName", "StartTime", "EndTime", "Period"],
  members: {
    RuleName: InsightRuleName,
    StartTime: timestamp,
    EndTime: timestamp,
    Period: Period,
    MaxContributorCount: integer,
    Metrics: InsightRuleMetricList,
    OrderBy: InsightRuleOrderBy,
  },
};
export interface GetInsightRuleReportInput {
  RuleName: InsightRuleName;
  StartTime: number;
  EndTime: number;
  Period: Period;
  MaxContributorCount?: number;
  Metrics?: InsightRuleMetricList;
  OrderBy?: InsightRuleOrderBy;
}
export const InsightRuleContributorKeyLabels: ModelList = { type: "list", member: string };
export type InsightRuleContributorKeyLabels = string[];
export const InsightRuleContributorKeys: ModelList = { type: "list", member: string };
export type InsightRuleContributorKeys = string[];
export const InsightRuleContributorDatapoint: ModelStructure = {
  type: "structure",
  required: ["Timestamp", "ApproximateValue"],
  members: { Timestamp: timestamp, ApproximateValue: double },
};
export interface InsightRuleContributorDatapoint {
  Timestamp: number;
  ApproximateValue: number;
}
export const InsightRuleContributorDatapoints: ModelList = {
  type: "list",
  member: InsightRuleContributorDatapoint,
};
export type InsightRuleContributorDatapoints = InsightRuleContributorDatapoint[];
export const InsightRuleContributor: ModelStructure = {
  type: "structure",
  required: ["Keys", "ApproximateAggregateValue", "Datapoints"],
  members: {
    Keys: InsightRuleContributorKeys,
    ApproximateAggregateValue: double,
    Datapoints: InsightRuleContributorDatapoints,
  },
};
export interface InsightRuleContributor {
  Keys: InsightRuleContributorKeys;
  ApproximateAggregateValue: number;
  Datapoints: InsightRuleContributorDatapoints;
}
export const InsightRuleContributors: ModelList = { type: "list", member: InsightRuleContributor };
export type InsightRuleContributors = InsightRuleContributor[];
export const InsightRuleMetricDatapoint: ModelStructure = {
  type: "structure",
  required: ["Timestamp"],
  members: {
    Timestamp: timestamp,
    UniqueContributors: double,
    MaxContributorValue: double,
    SampleCount: double,
    Average: double,
    Sum: double,
    Minimum: double,
    Maximum: double,
  },
};
export interface InsightRuleMetricDatapoint {
  Timestamp: number;
  UniqueContributors?: number;
  MaxContributorValue?: number;
  SampleCount?: number;
  Average?: number;
  Sum?: number;
  Minimum?: number;
  Maximum?: number;
}
export const InsightRuleMetricDatapoints: ModelList = { type: "list", member: InsightRuleMetricDatapoint };
export type InsightRuleMetricDatapoints = InsightRuleMetricDatapoint[];
export const GetInsightRuleReportOutput: ModelStructure = {
  type: "structure",
  members: {
    KeyLabels: InsightRuleContributorKeyLabels,
    AggregationStatistic: string,
    AggregateValue: double,
    ApproximateUniqueCount: long,
    Contributors: InsightRuleContributors,
    MetricDatapoints: InsightRuleMetricDatapoints,
  },
};
export interface GetInsightRuleReportOutput {
  KeyLabels?: InsightRuleContributorKeyLabels;
  AggregationStatistic?: string;
  AggregateValue?: number;
  ApproximateUniqueCount?: number;
  Contributors?: InsightRuleContributors;
  MetricDatapoints?: InsightRuleMetricDatapoints;
}
export const LabelOptions: ModelStructure = { type: "structure", members: { Timezone: string } };
export interface LabelOptions {
  Timezone?: string;
}
export const GetMetricDataInput: ModelStructure = {
  type: "structure",
  required: ["MetricDataQueries", "StartTime", "EndTime"],
  members: {
    MetricDataQueries: MetricDataQueries,
    StartTime: timestamp,
    EndTime: timestamp,
    NextToken: string,
    ScanBy: ScanBy,
    MaxDatapoints: integer,
    LabelOptions: LabelOptions,
  },
};
export interface GetMetricDataInput {
  MetricDataQueries: MetricDataQueries;
  StartTime: number;
  EndTime: number;
  NextToken?: string;
  ScanBy?: ScanBy;
  MaxDatapoints?: number;
  LabelOptions?: LabelOptions;
}
export const Timestamps: ModelList = { type: "list", member: timestamp };
export type Timestamps = number[];
export const StatusCode: ModelScalar = {
  type: "string",
  enum: ["Complete", "InternalError", "PartialData", "Forbidden"],
};
export type StatusCode = string;
export const MessageData: ModelStructure = { type: "structure", members: { Code: string, Value: string } };
export interface MessageData {
  Code?: string;
  Value?: string;
}
export const MetricDataResultMessages: ModelList = { type: "list", member: MessageData };
export type MetricDataResultMessages = MessageData[];
export const MetricDataResult: ModelStructure = {
  type: "structure",
  members: {
    Id: MetricId,
    Label: string,
    Timestamps: Timestamps,
    Values: DatapointValues,
    StatusCode: StatusCode,
    Messages: MetricDataResultMessages,
  },
};
export interface MetricDataResult {
  Id?: MetricId;
  Label?: string;
  Timestamps?: Timestamps;
  Values?: DatapointValues;
  StatusCode?: StatusCode;
  Messages?: MetricDataResultMessages;
}
export const MetricDataResults: ModelList = { type: "list", member: MetricDataResult };
export type MetricDataResults = MetricDataResult[];
export const GetMetricDataOutput: ModelStructure = {
  type: "structure",
  members: { MetricDataResults: MetricDataResults, NextToken: string, Messages: MetricDataResultMessages },
};
export interface GetMetricDataOutput {
  MetricDataResults?: MetricDataResults;
  NextToken?: string;
  Messages?: MetricDataResultMessages;
}
export const Statistics: ModelList = { type: "list", member: Statistic, min: 1, max: 5 };
export type Statistics = Statistic[];
export const GetMetricStatisticsInput: ModelStructure = {
  type: "structure",
  required: ["Namespace", "MetricName", "StartTime", "EndTime", "Period"],
  members: {
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    StartTime: timestamp,
    EndTime: timestamp,
    Period: Period,
    Statistics: Statistics,
    ExtendedStatistics: ExtendedStatistics,
    Unit: StandardUnit,
  },
};
export interface GetMetricStatisticsInput {
  Namespace: Namespace;
  MetricName: MetricName;
  Dimensions?: Dimensions;
  StartTime: number;
  EndTime: number;
  Period: Period;
  Statistics?: Statistics;
  ExtendedStatistics?: ExtendedStatistics;
  Unit?: StandardUnit;
}
export const GetMetricStatisticsOutput: ModelStructure = {
  type: "structure",
  members: { Label: string, Datapoints: Datapoints },
};
export interface GetMetricStatisticsOutput {
  Label?: string;
  Datapoints?: Datapoints;
}
export const GetMetricStreamInput: ModelStructure = {
  type: "structure",
  required: ["Name"],
  members: { Name: MetricStreamName },
};
export interface GetMetricStreamInput {
  Name: MetricStreamName;
}
export const MetricStreamFilterMetricNames: ModelList = { type: "list", member: MetricName };
export type MetricStreamFilterMetricNames = MetricName[];
export const MetricStreamFilter: ModelStructure = {
  type: "structure",
  members: { Namespace: Namespace, MetricNames: MetricStreamFilterMetricNames },
};
export interface MetricStreamFilter {
  Namespace?: Namespace;
  MetricNames?: MetricStreamFilterMetricNames;
}
export const MetricStreamFilters: ModelList = { type: "list", member: MetricStreamFilter };
export type MetricStreamFilters = MetricStreamFilter[];
export const MetricStreamOutputFormat: ModelScalar = {
  type: "string",
  min: 1,
  max: 255,
  enum: ["json", "opentelemetry0.7", "opentelemetry1.0"],
};
export type MetricStreamOutputFormat = string;
export const MetricStreamStatisticsMetric: ModelStructure = {
  type: "structure",
  required: ["Namespace", "MetricName"],
  members: { Namespace: Namespace, MetricName: MetricName },
};
export interface MetricStreamStatisticsMetric {
  Namespace: Namespace;
  MetricName: MetricName;
}
export const MetricStreamStatisticsIncludeMetrics: ModelList = {
  type: "list",
  member: MetricStreamStatisticsMetric,
};
export type MetricStreamStatisticsIncludeMetrics = MetricStreamStatisticsMetric[];
export const MetricStreamStatisticsAdditionalStatistics: ModelList = { type: "list", member: string };
export type MetricStreamStatisticsAdditionalStatistics = string[];
export const MetricStreamStatisticsConfiguration: ModelStructure = {
  type: "structure",
  required: ["IncludeMetrics", "AdditionalStatistics"],
  members: {
    IncludeMetrics: MetricStreamStatisticsIncludeMetrics,
    AdditionalStatistics: MetricStreamStatisticsAdditionalStatistics,
  },
};
export interface MetricStreamStatisticsConfiguration {
  IncludeMetrics: MetricStreamStatisticsIncludeMetrics;
  AdditionalStatistics: MetricStreamStatisticsAdditionalStatistics;
}
export const MetricStreamStatisticsConfigurations: ModelList = {
  type: "list",
  member: MetricStreamStatisticsConfiguration,
};
export type MetricStreamStatisticsConfigurations = MetricStreamStatisticsConfiguration[];
export const GetMetricStreamOutput: ModelStructure = {
  type: "structure",
  members: {
    Arn: AmazonResourceName,
    Name: MetricStreamName,
    IncludeFilters: MetricStreamFilters,
    ExcludeFilters: MetricStreamFilters,
    FirehoseArn: AmazonResourceName,
    RoleArn: AmazonResourceName,
    State: string,
    CreationDate: timestamp,
    LastUpdateDate: timestamp,
    OutputFormat: MetricStreamOutputFormat,
    StatisticsConfigurations: MetricStreamStatisticsConfigurations,
    IncludeLinkedAccountsMetrics: boolean,
  },
};
export interface GetMetricStreamOutput {
  Arn?: AmazonResourceName;
  Name?: MetricStreamName;
  IncludeFilters?: MetricStreamFilters;
  ExcludeFilters?: MetricStreamFilters;
  FirehoseArn?: AmazonResourceName;
  RoleArn?: AmazonResourceName;
  State?: string;
  CreationDate?: number;
  LastUpdateDate?: number;
  OutputFormat?: MetricStreamOutputFormat;
  StatisticsConfigurations?: MetricStreamStatisticsConfigurations;
  IncludeLinkedAccountsMetrics?: boolean;
}
export const GetMetricWidgetImageInput: ModelStructure = {
  type: "structure",
  required: ["MetricWidget"],
  members: { MetricWidget: string, OutputFormat: string },
};
export interface GetMetricWidgetImageInput {
  MetricWidget: string;
  OutputFormat?: string;
}
export const GetMetricWidgetImageOutput: ModelStructure = {
  type: "structure",
  members: { MetricWidgetImage: blob },
};
export interface GetMetricWidgetImageOutput {
  MetricWidgetImage?: string;
}
export const GetOTelEnrichmentInput: ModelStructure = { type: "structure", members: {} };
export type GetOTelEnrichmentInput = Record<string, never>;
export const OTelEnrichmentStatus: ModelScalar = { type: "string", enum: ["Running", "Stopped"] };
export type OTelEnrichmentStatus = string;
export const GetOTelEnrichmentOutput: ModelStructure = {
  type: "structure",
  required: ["Status"],
  members: { Status: OTelEnrichmentStatus },
};
export interface GetOTelEnrichmentOutput {
  Status: OTelEnrichmentStatus;
}
export const InternalServiceFault: ModelStructure = { type: "structure", members: { Message: string } };
export interface InternalServiceFault {
  Message?: string;
}
export const InvalidFormatFault: ModelStructure = { type: "structure", members: { message: ErrorMessage } };
export interface InvalidFormatFault {
  message?: ErrorMessage;
}
export const InvalidNextToken: ModelStructure = { type: "structure", members: { message: ErrorMessage } };
export interface InvalidNextToken {
  message?: ErrorMessage;
}
export const InvalidParameterCombinationException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidParameterCombinationException {
  message?: string;
}
export const InvalidParameterValueException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface InvalidParameterValueException {
  message?: string;
}
export const LimitExceededException: ModelStructure = { type: "structure", members: {} };
export type LimitExceededException = Record<string, never>;
export const LimitExceededFault: ModelStructure = { type: "structure", members: { message: ErrorMessage } };
export interface LimitExceededFault {
  message?: ErrorMessage;
}
export const ListAlarmMuteRulesInput: ModelStructure = {
  type: "structure",
  members: { AlarmName: Name, Statuses: AlarmMuteRuleStatuses, MaxRecords: MaxRecords, NextToken: string },
};
export interface ListAlarmMuteRulesInput {
  AlarmName?: Name;
  Statuses?: AlarmMuteRuleStatuses;
  MaxRecords?: MaxRecords;
  NextToken?: string;
}
export const ListAlarmMuteRulesOutput: ModelStructure = {
  type: "structure",
  members: { AlarmMuteRuleSummaries: AlarmMuteRuleSummaries, NextToken: string },
};
export interface ListAlarmMuteRulesOutput {
  AlarmMuteRuleSummaries?: AlarmMuteRuleSummaries;
  NextToken?: string;
}
export const ListDashboardsInput: ModelStructure = {
  type: "structure",
  members: { DashboardNamePrefix: string, NextToken: string },
};
export interface ListDashboardsInput {
  DashboardNamePrefix?: string;
  NextToken?: string;
}
export const ListDashboardsOutput: ModelStructure = {
  type: "structure",
  members: { DashboardEntries: DashboardEntries, NextToken: string },
};
export interface ListDashboardsOutput {
  DashboardEntries?: DashboardEntries;
  NextToken?: string;
}
export const ListManagedInsightRulesInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN"],
  members: { ResourceARN: AmazonResourceName, NextToken: string, MaxResults: InsightRuleMaxResults },
};
export interface ListManagedInsightRulesInput {
  ResourceARN: AmazonResourceName;
  NextToken?: string;
  MaxResults?: InsightRuleMaxResults;
}
export const TemplateName: ModelScalar = {
  type: "string",
  min: 1,
  max: 128,
  pattern: "[0-9A-Za-z][\\-\\.\\_0-9A-Za-z]{0,126}[0-9A-Za-z]",
};
export type TemplateName = string;
export const ManagedRuleState: ModelStructure = {
  type: "structure",
  required: ["RuleName", "State"],
  members: { RuleName: InsightRuleName, State: InsightRuleState },
};
export interface ManagedRuleState {
  RuleName: InsightRuleName;
  State: InsightRuleState;
}
export const ManagedRuleDescription: ModelStructure = {
  type: "structure",
  members: { TemplateName: TemplateName, ResourceARN: AmazonResourceName, RuleState: ManagedRuleState },
};
export interface ManagedRuleDescription {
  TemplateName?: TemplateName;
  ResourceARN?: AmazonResourceName;
  RuleState?: ManagedRuleState;
}
export const ManagedRuleDescriptions: ModelList = { type: "list", member: ManagedRuleDescription };
export type ManagedRuleDescriptions = ManagedRuleDescription[];
export const ListManagedInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { ManagedRules: ManagedRuleDescriptions, NextToken: string },
};
export interface ListManagedInsightRulesOutput {
  ManagedRules?: ManagedRuleDescriptions;
  NextToken?: string;
}
export const ListMetricStreamsMaxResults: ModelScalar = { type: "integer", min: 1, max: 500 };
export type ListMetricStreamsMaxResults = number;
export const ListMetricStreamsInput: ModelStructure = {
  type: "structure",
  members: { NextToken: string, MaxResults: ListMetricStreamsMaxResults },
};
export interface ListMetricStreamsInput {
  NextToken?: string;
  MaxResults?: ListMetricStreamsMaxResults;
}
export const MetricStreamEntry: ModelStructure = {
  type: "structure",
  members: {
    Arn: AmazonResourceName,
    CreationDate: timestamp,
    LastUpdateDate: timestamp,
    Name: MetricStreamName,
    FirehoseArn: AmazonResourceName,
    State: string,
    OutputFormat: MetricStreamOutputFormat,
  },
};
export interface MetricStreamEntry {
  Arn?: AmazonResourceName;
  CreationDate?: number;
  LastUpdateDate?: number;
  Name?: MetricStreamName;
  FirehoseArn?: AmazonResourceName;
  State?: string;
  OutputFormat?: MetricStreamOutputFormat;
}
export const MetricStreamEntries: ModelList = { type: "list", member: MetricStreamEntry };
export type MetricStreamEntries = MetricStreamEntry[];
export const ListMetricStreamsOutput: ModelStructure = {
  type: "structure",
  members: { NextToken: string, Entries: MetricStreamEntries },
};
export interface ListMetricStreamsOutput {
  NextToken?: string;
  Entries?: MetricStreamEntries;
}
export const RecentlyActive: ModelScalar = { type: "string", enum: ["PT3H"] };
export type RecentlyActive = string;
export const ListMetricsInput: ModelStructure = {
  type: "structure",
  members: {
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: DimensionFilters,
    NextToken: string,
    RecentlyActive: RecentlyActive,
    IncludeLinkedAccounts: boolean,
    OwningAccount: AccountId,
  },
};
export interface ListMetricsInput {
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: DimensionFilters;
  NextToken?: string;
  RecentlyActive?: RecentlyActive;
  IncludeLinkedAccounts?: boolean;
  OwningAccount?: AccountId;
}
export const Metrics: ModelList = { type: "list", member: Metric };
export type Metrics = Metric[];
export const OwningAccounts: ModelList = { type: "list", member: AccountId };
export type OwningAccounts = AccountId[];
export const ListMetricsOutput: ModelStructure = {
  type: "structure",
  members: { Metrics: Metrics, NextToken: string, OwningAccounts: OwningAccounts },
};
export interface ListMetricsOutput {
  Metrics?: Metrics;
  NextToken?: string;
  OwningAccounts?: OwningAccounts;
}
export const ListTagsForResourceInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN"],
  members: { ResourceARN: AmazonResourceName },
};
export interface ListTagsForResourceInput {
  ResourceARN: AmazonResourceName;
}
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
export const ListTagsForResourceOutput: ModelStructure = { type: "structure", members: { Tags: TagList } };
export interface ListTagsForResourceOutput {
  Tags?: TagList;
}
export const ManagedRule: ModelStructure = {
  type: "structure",
  required: ["TemplateName", "ResourceARN"],
  members: { TemplateName: TemplateName, ResourceARN: AmazonResourceName, Tags: TagList },
};
export interface ManagedRule {
  TemplateName: TemplateName;
  ResourceARN: AmazonResourceName;
  Tags?: TagList;
}
export const ManagedRules: ModelList = { type: "list", member: ManagedRule };
export type ManagedRules = ManagedRule[];
export const MetricStreamNames: ModelList = { type: "list", member: MetricStreamName };
export type MetricStreamNames = MetricStreamName[];
export const MissingRequiredParameterException: ModelStructure = {
  type: "structure",
  members: { message: string },
};
export interface MissingRequiredParameterException {
  message?: string;
}
export const PutAlarmMuteRuleInput: ModelStructure = {
  type: "structure",
  required: ["Name", "Rule"],
  members: {
    Name: Name,
    Description: AlarmDescription,
    Rule: Rule,
    MuteTargets: MuteTargets,
    Tags: TagList,
    StartDate: timestamp,
    ExpireDate: timestamp,
  },
};
export interface PutAlarmMuteRuleInput {
  Name: Name;
  Description?: AlarmDescription;
  Rule: Rule;
  MuteTargets?: MuteTargets;
  Tags?: TagList;
  StartDate?: number;
  ExpireDate?: number;
}
export const PutAnomalyDetectorInput: ModelStructure = {
  type: "structure",
  members: {
    Namespace: Namespace,
    MetricName: MetricName,
    Dimensions: Dimensions,
    Stat: AnomalyDetectorMetricStat,
    Configuration: AnomalyDetectorConfiguration,
    MetricCharacteristics: MetricCharacteristics,
    SingleMetricAnomalyDetector: SingleMetricAnomalyDetector,
    MetricMathAnomalyDetector: MetricMathAnomalyDetector,
  },
};
export interface PutAnomalyDetectorInput {
  Namespace?: Namespace;
  MetricName?: MetricName;
  Dimensions?: Dimensions;
  Stat?: AnomalyDetectorMetricStat;
  Configuration?: AnomalyDetectorConfiguration;
  MetricCharacteristics?: MetricCharacteristics;
  SingleMetricAnomalyDetector?: SingleMetricAnomalyDetector;
  MetricMathAnomalyDetector?: MetricMathAnomalyDetector;
}
export const PutAnomalyDetectorOutput: ModelStructure = { type: "structure", members: {} };
export type PutAnomalyDetectorOutput = Record<string, never>;
export const PutCompositeAlarmInput: ModelStructure = {
  type: "structure",
  required: ["AlarmName", "AlarmRule"],
  members: {
    ActionsEnabled: boolean,
    AlarmActions: ResourceList,
    AlarmDescription: AlarmDescription,
    AlarmName: AlarmName,
    AlarmRule: AlarmRule,
    InsufficientDataActions: ResourceList,
    OKActions: ResourceList,
    Tags: TagList,
    ActionsSuppressor: AlarmArn,
    ActionsSuppressorWaitPeriod: integer,
    ActionsSuppressorExtensionPeriod: integer,
  },
};
export interface PutCompositeAlarmInput {
  ActionsEnabled?: boolean;
  AlarmActions?: ResourceList;
  AlarmDescription?: AlarmDescription;
  AlarmName: AlarmName;
  AlarmRule: AlarmRule;
  InsufficientDataActions?: ResourceList;
  OKActions?: ResourceList;
  Tags?: TagList;
  ActionsSuppressor?: AlarmArn;
  ActionsSuppressorWaitPeriod?: number;
  ActionsSuppressorExtensionPeriod?: number;
}
export const PutDashboardInput: ModelStructure = {
  type: "structure",
  required: ["DashboardName", "DashboardBody"],
  members: { DashboardName: string, DashboardBody: string, Tags: TagList },
};
export interface PutDashboardInput {
  DashboardName: string;
  DashboardBody: string;
  Tags?: TagList;
}
export const PutDashboardOutput: ModelStructure = {
  type: "structure",
  members: { DashboardValidationMessages: DashboardValidationMessages },
};
export interface PutDashboardOutput {
  DashboardValidationMessages?: DashboardValidationMessages;
}
export const PutInsightRuleInput: ModelStructure = {
  type: "structure",
  required: ["RuleName", "RuleDefinition"],
  members: {
    RuleName: InsightRuleName,
    RuleState: InsightRuleState,
    RuleDefinition: InsightRuleDefinition,
    Tags: TagList,
    ApplyOnTransformedLogs: boolean,
  },
};
export interface PutInsightRuleInput {
  RuleName: InsightRuleName;
  RuleState?: InsightRuleState;
  RuleDefinition: InsightRuleDefinition;
  Tags?: TagList;
  ApplyOnTransformedLogs?: boolean;
}
export const PutInsightRuleOutput: ModelStructure = { type: "structure", members: {} };
export type PutInsightRuleOutput = Record<string, never>;
export const PutManagedInsightRulesInput: ModelStructure = {
  type: "structure",
  required: ["ManagedRules"],
  members: { ManagedRules: ManagedRules },
};
export interface PutManagedInsightRulesInput {
  ManagedRules: ManagedRules;
}
export const PutManagedInsightRulesOutput: ModelStructure = {
  type: "structure",
  members: { Failures: BatchFailures },
};
export interface PutManagedInsightRulesOutput {
  Failures?: BatchFailures;
}
export const PutMetricAlarmInput: ModelStructure = {
  type: "structure",
  required: ["AlarmName"],
  members: {
    AlarmName: AlarmName,
    AlarmDescription: AlarmDescription,
    ActionsEnabled: boolean,
    OKActions: ResourceList,
    AlarmActions: ResourceList,
    InsufficientDataActions: ResourceList,
    MetricName: MetricName,
    Namespace: Namespace,
    Statistic: Statistic,
    ExtendedStatistic: string,
    Dimensions: Dimensions,
    Period: Period,
    Unit: StandardUnit,
    EvaluationPeriods: EvaluationPeriods,
    DatapointsToAlarm: DatapointsToAlarm,
    Threshold: double,
    ComparisonOperator: ComparisonOperator,
    TreatMissingData: TreatMissingData,
    EvaluateLowSampleCountPercentile: EvaluateLowSampleCountPercentile,
    Metrics: MetricDataQueries,
    Tags: TagList,
    ThresholdMetricId: MetricId,
    EvaluationCriteria: EvaluationCriteria,
    EvaluationInterval: EvaluationInterval,
  },
};
export interface PutMetricAlarmInput {
  AlarmName: AlarmName;
  AlarmDescription?: AlarmDescription;
  ActionsEnabled?: boolean;
  OKActions?: ResourceList;
  AlarmActions?: ResourceList;
  InsufficientDataActions?: ResourceList;
  MetricName?: MetricName;
  Namespace?: Namespace;
  Statistic?: Statistic;
  ExtendedStatistic?: string;
  Dimensions?: Dimensions;
  Period?: Period;
  Unit?: StandardUnit;
  EvaluationPeriods?: EvaluationPeriods;
  DatapointsToAlarm?: DatapointsToAlarm;
  Threshold?: number;
  ComparisonOperator?: ComparisonOperator;
  TreatMissingData?: TreatMissingData;
  EvaluateLowSampleCountPercentile?: EvaluateLowSampleCountPercentile;
  Metrics?: MetricDataQueries;
  Tags?: TagList;
  ThresholdMetricId?: MetricId;
  EvaluationCriteria?: EvaluationCriteria;
  EvaluationInterval?: EvaluationInterval;
}
export const PutMetricDataInput: ModelStructure = {
  type: "structure",
  required: ["Namespace"],
  members: {
    Namespace: Namespace,
    MetricData: MetricData,
    EntityMetricData: EntityMetricDataList,
    StrictEntityValidation: boolean,
  },
};
export interface PutMetricDataInput {
  Namespace: Namespace;
  MetricData?: MetricData;
  EntityMetricData?: EntityMetricDataList;
  StrictEntityValidation?: boolean;
}
export const PutMetricStreamInput: ModelStructure = {
  type: "structure",
  required: ["Name", "FirehoseArn", "RoleArn", "OutputFormat"],
  members: {
    Name: MetricStreamName,
    IncludeFilters: MetricStreamFilters,
    ExcludeFilters: MetricStreamFilters,
    FirehoseArn: AmazonResourceName,
    RoleArn: AmazonResourceName,
    OutputFormat: MetricStreamOutputFormat,
    Tags: TagList,
    StatisticsConfigurations: MetricStreamStatisticsConfigurations,
    IncludeLinkedAccountsMetrics: boolean,
  },
};
export interface PutMetricStreamInput {
  Name: MetricStreamName;
  IncludeFilters?: MetricStreamFilters;
  ExcludeFilters?: MetricStreamFilters;
  FirehoseArn: AmazonResourceName;
  RoleArn: AmazonResourceName;
  OutputFormat: MetricStreamOutputFormat;
  Tags?: TagList;
  StatisticsConfigurations?: MetricStreamStatisticsConfigurations;
  IncludeLinkedAccountsMetrics?: boolean;
}
export const PutMetricStreamOutput: ModelStructure = {
  type: "structure",
  members: { Arn: AmazonResourceName },
};
export interface PutMetricStreamOutput {
  Arn?: AmazonResourceName;
}
export const ResourceNotFound: ModelStructure = { type: "structure", members: { message: ErrorMessage } };
export interface ResourceNotFound {
  message?: ErrorMessage;
}
export const ResourceNotFoundException: ModelStructure = {
  type: "structure",
  members: { ResourceType: string, ResourceId: string },
};
export interface ResourceNotFoundException {
  ResourceType?: string;
  ResourceId?: string;
}
export const SetAlarmStateInput: ModelStructure = {
  type: "structure",
  required: ["AlarmName", "StateValue", "StateReason"],
  members: {
    AlarmName: AlarmName,
    StateValue: StateValue,
    StateReason: StateReason,
    StateReasonData: StateReasonData,
  },
};
export interface SetAlarmStateInput {
  AlarmName: AlarmName;
  StateValue: StateValue;
  StateReason: StateReason;
  StateReasonData?: StateReasonData;
}
export const StartMetricStreamsInput: ModelStructure = {
  type: "structure",
  required: ["Names"],
  members: { Names: MetricStreamNames },
};
export interface StartMetricStreamsInput {
  Names: MetricStreamNames;
}
export const StartMetricStreamsOutput: ModelStructure = { type: "structure", members: {} };
export type StartMetricStreamsOutput = Record<string, never>;
export const StartOTelEnrichmentInput: ModelStructure = { type: "structure", members: {} };
export type StartOTelEnrichmentInput = Record<string, never>;
export const StartOTelEnrichmentOutput: ModelStructure = { type: "structure", members: {} };
export type StartOTelEnrichmentOutput = Record<string, never>;
export const StopMetricStreamsInput: ModelStructure = {
  type: "structure",
  required: ["Names"],
  members: { Names: MetricStreamNames },
};
export interface StopMetricStreamsInput {
  Names: MetricStreamNames;
}
export const StopMetricStreamsOutput: ModelStructure = { type: "structure", members: {} };
export type StopMetricStreamsOutput = Record<string, never>;
export const StopOTelEnrichmentInput: ModelStructure = { type: "structure", members: {} };
export type StopOTelEnrichmentInput = Record<string, never>;
export const StopOTelEnrichmentOutput: ModelStructure = { type: "structure", members: {} };
export type StopOTelEnrichmentOutput = Record<string, never>;
export const TagKeyList: ModelList = { type: "list", member: TagKey };
export type TagKeyList = TagKey[];
export const TagResourceInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN", "Tags"],
  members: { ResourceARN: AmazonResourceName, Tags: TagList },
};
export interface TagResourceInput {
  ResourceARN: AmazonResourceName;
  Tags: TagList;
}
export const TagResourceOutput: ModelStructure = { type: "structure", members: {} };
export type TagResourceOutput = Record<string, never>;
export const UntagResourceInput: ModelStructure = {
  type: "structure",
  required: ["ResourceARN", "TagKeys"],
  members: { ResourceARN: AmazonResourceName, TagKeys: TagKeyList },
};
export interface UntagResourceInput {
  ResourceARN: AmazonResourceName;
  TagKeys: TagKeyList;
}
export const UntagResourceOutput: ModelStructure = { type: "structure", members: {} };
export type UntagResourceOutput = Record<string, never>;

export const metadata: ModelMetadata = {
  apiVersion: "2010-08-01",
  protocol: "smithy-rpc-v2-cbor",
  protocols: ["smithy-rpc-v2-cbor", "json", "query"],
  signingName: "monitoring",
  endpointPrefix: "monitoring",
  serviceId: "CloudWatch",
  jsonVersion: "1.0",
  targetPrefix: "GraniteServiceVersion20100801",
  xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
  awsQueryCompatible: true,
};

export const operations = {
  DeleteAlarmMuteRule: {
    name: "DeleteAlarmMuteRule",
    input: DeleteAlarmMuteRuleInput,
    output: emptyStructure,
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAlarms: {
    name: "DeleteAlarms",
    input: DeleteAlarmsInput,
    output: emptyStructure,
    errors: ["ResourceNotFound"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteAnomalyDetector: {
    name: "DeleteAnomalyDetector",
    input: DeleteAnomalyDetectorInput,
    output: DeleteAnomalyDetectorOutput,
    resultWrapper: "DeleteAnomalyDetectorResult",
    errors: [
      "ResourceNotFoundException",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteDashboards: {
    name: "DeleteDashboards",
    input: DeleteDashboardsInput,
    output: DeleteDashboardsOutput,
    resultWrapper: "DeleteDashboardsResult",
    errors: ["InvalidParameterValueException", "InternalServiceFault", "ConflictException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteInsightRules: {
    name: "DeleteInsightRules",
    input: DeleteInsightRulesInput,
    output: DeleteInsightRulesOutput,
    resultWrapper: "DeleteInsightRulesResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  DeleteMetricStream: {
    name: "DeleteMetricStream",
    input: DeleteMetricStreamInput,
    output: DeleteMetricStreamOutput,
    resultWrapper: "DeleteMetricStreamResult",
    errors: ["InternalServiceFault", "InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAlarmContributors: {
    name: "DescribeAlarmContributors",
    input: DescribeAlarmContributorsInput,
    output: DescribeAlarmContributorsOutput,
    resultWrapper: "DescribeAlarmContributorsResult",
    errors: ["InvalidNextToken", "ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAlarmHistory: {
    name: "DescribeAlarmHistory",
    input: DescribeAlarmHistoryInput,
    output: DescribeAlarmHistoryOutput,
    resultWrapper: "DescribeAlarmHistoryResult",
    errors: ["InvalidNextToken"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAlarms: {
    name: "DescribeAlarms",
    input: DescribeAlarmsInput,
    output: DescribeAlarmsOutput,
    resultWrapper: "DescribeAlarmsResult",
    errors: ["InvalidNextToken"],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAlarmsForMetric: {
    name: "DescribeAlarmsForMetric",
    input: DescribeAlarmsForMetricInput,
    output: DescribeAlarmsForMetricOutput,
    resultWrapper: "DescribeAlarmsForMetricResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeAnomalyDetectors: {
    name: "DescribeAnomalyDetectors",
    input: DescribeAnomalyDetectorsInput,
    output: DescribeAnomalyDetectorsOutput,
    resultWrapper: "DescribeAnomalyDetectorsResult",
    errors: [
      "InvalidNextToken",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "InvalidParameterCombinationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  DescribeInsightRules: {
    name: "DescribeInsightRules",
    input: DescribeInsightRulesInput,
    output: DescribeInsightRulesOutput,
    resultWrapper: "DescribeInsightRulesResult",
    errors: ["InvalidNextToken"],
    http: { method: "POST", requestUri: "/" },
  },
  DisableAlarmActions: {
    name: "DisableAlarmActions",
    input: DisableAlarmActionsInput,
    output: emptyStructure,
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  DisableInsightRules: {
    name: "DisableInsightRules",
    input: DisableInsightRulesInput,
    output: DisableInsightRulesOutput,
    resultWrapper: "DisableInsightRulesResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  EnableAlarmActions: {
    name: "EnableAlarmActions",
    input: EnableAlarmActionsInput,
    output: emptyStructure,
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  EnableInsightRules: {
    name: "EnableInsightRules",
    input: EnableInsightRulesInput,
    output: EnableInsightRulesOutput,
    resultWrapper: "EnableInsightRulesResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException", "LimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetAlarmMuteRule: {
    name: "GetAlarmMuteRule",
    input: GetAlarmMuteRuleInput,
    output: GetAlarmMuteRuleOutput,
    resultWrapper: "GetAlarmMuteRuleResult",
    errors: ["ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  GetDashboard: {
    name: "GetDashboard",
    input: GetDashboardInput,
    output: GetDashboardOutput,
    resultWrapper: "GetDashboardResult",
    errors: ["InvalidParameterValueException", "DashboardNotFoundError", "InternalServiceFault"],
    http: { method: "POST", requestUri: "/" },
  },
  GetInsightRuleReport: {
    name: "GetInsightRuleReport",
    input: GetInsightRuleReportInput,
    output: GetInsightRuleReportOutput,
    resultWrapper: "GetInsightRuleReportResult",
    errors: [
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "ResourceNotFoundException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetMetricData: {
    name: "GetMetricData",
    input: GetMetricDataInput,
    output: GetMetricDataOutput,
    resultWrapper: "GetMetricDataResult",
    errors: ["InvalidNextToken"],
    http: { method: "POST", requestUri: "/" },
  },
  GetMetricStatistics: {
    name: "GetMetricStatistics",
    input: GetMetricStatisticsInput,
    output: GetMetricStatisticsOutput,
    resultWrapper: "GetMetricStatisticsResult",
    errors: [
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
      "InternalServiceFault",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetMetricStream: {
    name: "GetMetricStream",
    input: GetMetricStreamInput,
    output: GetMetricStreamOutput,
    resultWrapper: "GetMetricStreamResult",
    errors: [
      "ResourceNotFoundException",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  GetMetricWidgetImage: {
    name: "GetMetricWidgetImage",
    input: GetMetricWidgetImageInput,
    output: GetMetricWidgetImageOutput,
    resultWrapper: "GetMetricWidgetImageResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  GetOTelEnrichment: {
    name: "GetOTelEnrichment",
    input: GetOTelEnrichmentInput,
    output: GetOTelEnrichmentOutput,
    resultWrapper: "GetOTelEnrichmentResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  ListAlarmMuteRules: {
    name: "ListAlarmMuteRules",
    input: ListAlarmMuteRulesInput,
    output: ListAlarmMuteRulesOutput,
    resultWrapper: "ListAlarmMuteRulesResult",
    errors: ["InvalidNextToken", "ResourceNotFoundException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListDashboards: {
    name: "ListDashboards",
    input: ListDashboardsInput,
    output: ListDashboardsOutput,
    resultWrapper: "ListDashboardsResult",
    errors: ["InvalidParameterValueException", "InternalServiceFault"],
    http: { method: "POST", requestUri: "/" },
  },
  ListManagedInsightRules: {
    name: "ListManagedInsightRules",
    input: ListManagedInsightRulesInput,
    output: ListManagedInsightRulesOutput,
    resultWrapper: "ListManagedInsightRulesResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException", "InvalidNextToken"],
    http: { method: "POST", requestUri: "/" },
  },
  ListMetricStreams: {
    name: "ListMetricStreams",
    input: ListMetricStreamsInput,
    output: ListMetricStreamsOutput,
    resultWrapper: "ListMetricStreamsResult",
    errors: [
      "InvalidNextToken",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  ListMetrics: {
    name: "ListMetrics",
    input: ListMetricsInput,
    output: ListMetricsOutput,
    resultWrapper: "ListMetricsResult",
    errors: ["InternalServiceFault", "InvalidParameterValueException"],
    http: { method: "POST", requestUri: "/" },
  },
  ListTagsForResource: {
    name: "ListTagsForResource",
    input: ListTagsForResourceInput,
    output: ListTagsForResourceOutput,
    resultWrapper: "ListTagsForResourceResult",
    errors: ["InvalidParameterValueException", "ResourceNotFoundException", "InternalServiceFault"],
    http: { method: "POST", requestUri: "/" },
  },
  PutAlarmMuteRule: {
    name: "PutAlarmMuteRule",
    input: PutAlarmMuteRuleInput,
    output: emptyStructure,
    errors: ["LimitExceededFault"],
    http: { method: "POST", requestUri: "/" },
  },
  PutAnomalyDetector: {
    name: "PutAnomalyDetector",
    input: PutAnomalyDetectorInput,
    output: PutAnomalyDetectorOutput,
    resultWrapper: "PutAnomalyDetectorResult",
    errors: [
      "LimitExceededException",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutCompositeAlarm: {
    name: "PutCompositeAlarm",
    input: PutCompositeAlarmInput,
    output: emptyStructure,
    errors: ["LimitExceededFault"],
    http: { method: "POST", requestUri: "/" },
  },
  PutDashboard: {
    name: "PutDashboard",
    input: PutDashboardInput,
    output: PutDashboardOutput,
    resultWrapper: "PutDashboardResult",
    errors: ["DashboardInvalidInputError", "InternalServiceFault", "ConflictException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutInsightRule: {
    name: "PutInsightRule",
    input: PutInsightRuleInput,
    output: PutInsightRuleOutput,
    resultWrapper: "PutInsightRuleResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException", "LimitExceededException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutManagedInsightRules: {
    name: "PutManagedInsightRules",
    input: PutManagedInsightRulesInput,
    output: PutManagedInsightRulesOutput,
    resultWrapper: "PutManagedInsightRulesResult",
    errors: ["InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  PutMetricAlarm: {
    name: "PutMetricAlarm",
    input: PutMetricAlarmInput,
    output: emptyStructure,
    errors: ["LimitExceededFault"],
    http: { method: "POST", requestUri: "/" },
  },
  PutMetricData: {
    name: "PutMetricData",
    input: PutMetricDataInput,
    output: emptyStructure,
    errors: [
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
      "InternalServiceFault",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  PutMetricStream: {
    name: "PutMetricStream",
    input: PutMetricStreamInput,
    output: PutMetricStreamOutput,
    resultWrapper: "PutMetricStreamResult",
    errors: [
      "ConcurrentModificationException",
      "InternalServiceFault",
      "InvalidParameterValueException",
      "MissingRequiredParameterException",
      "InvalidParameterCombinationException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  SetAlarmState: {
    name: "SetAlarmState",
    input: SetAlarmStateInput,
    output: emptyStructure,
    errors: ["ResourceNotFound", "InvalidFormatFault"],
    http: { method: "POST", requestUri: "/" },
  },
  StartMetricStreams: {
    name: "StartMetricStreams",
    input: StartMetricStreamsInput,
    output: StartMetricStreamsOutput,
    resultWrapper: "StartMetricStreamsResult",
    errors: ["InternalServiceFault", "InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  StartOTelEnrichment: {
    name: "StartOTelEnrichment",
    input: StartOTelEnrichmentInput,
    output: StartOTelEnrichmentOutput,
    resultWrapper: "StartOTelEnrichmentResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  StopMetricStreams: {
    name: "StopMetricStreams",
    input: StopMetricStreamsInput,
    output: StopMetricStreamsOutput,
    resultWrapper: "StopMetricStreamsResult",
    errors: ["InternalServiceFault", "InvalidParameterValueException", "MissingRequiredParameterException"],
    http: { method: "POST", requestUri: "/" },
  },
  StopOTelEnrichment: {
    name: "StopOTelEnrichment",
    input: StopOTelEnrichmentInput,
    output: StopOTelEnrichmentOutput,
    resultWrapper: "StopOTelEnrichmentResult",
    errors: [],
    http: { method: "POST", requestUri: "/" },
  },
  TagResource: {
    name: "TagResource",
    input: TagResourceInput,
    output: TagResourceOutput,
    resultWrapper: "TagResourceResult",
    errors: [
      "InvalidParameterValueException",
      "ResourceNotFoundException",
      "ConcurrentModificationException",
      "InternalServiceFault",
      "ConflictException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
  UntagResource: {
    name: "UntagResource",
    input: UntagResourceInput,
    output: UntagResourceOutput,
    resultWrapper: "UntagResourceResult",
    errors: [
      "InvalidParameterValueException",
      "ResourceNotFoundException",
      "ConcurrentModificationException",
      "InternalServiceFault",
      "ConflictException",
    ],
    http: { method: "POST", requestUri: "/" },
  },
} satisfies Record<string, ModelOperation>;

export const errors = {
  ConcurrentModificationException: {
    name: "ConcurrentModificationException",
    status: 429,
    fault: "Sender",
    shape: ConcurrentModificationException,
  },
  ConflictException: { name: "ConflictException", status: 409, fault: "Sender", shape: ConflictException },
  DashboardInvalidInputError: {
    name: "DashboardInvalidInputError",
    queryCode: "InvalidParameterInput",
    status: 400,
    fault: "Sender",
    shape: DashboardInvalidInputError,
  },
  DashboardNotFoundError: {
    name: "DashboardNotFoundError",
    queryCode: "ResourceNotFound",
    status: 404,
    fault: "Sender",
    shape: DashboardNotFoundError,
  },
  InternalServiceFault: {
    name: "InternalServiceFault",
    queryCode: "InternalServiceError",
    status: 500,
    fault: "Server",
    shape: InternalServiceFault,
  },
  InvalidFormatFault: {
    name: "InvalidFormatFault",
    queryCode: "InvalidFormat",
    status: 400,
    fault: "Sender",
    shape: InvalidFormatFault,
  },
  InvalidNextToken: { name: "InvalidNextToken", status: 400, fault: "Sender", shape: InvalidNextToken },
  InvalidParameterCombinationException: {
    name: "InvalidParameterCombinationException",
    queryCode: "InvalidParameterCombination",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterCombinationException,
  },
  InvalidParameterValueException: {
    name: "InvalidParameterValueException",
    queryCode: "InvalidParameterValue",
    status: 400,
    fault: "Sender",
    shape: InvalidParameterValueException,
  },
  LimitExceededException: {
    name: "LimitExceededException",
    status: 400,
    fault: "Sender",
    shape: LimitExceededException,
  },
  LimitExceededFault: {
    name: "LimitExceededFault",
    queryCode: "LimitExceeded",
    status: 400,
    fault: "Sender",
    shape: LimitExceededFault,
  },
  MissingRequiredParameterException: {
    name: "MissingRequiredParameterException",
    queryCode: "MissingParameter",
    status: 400,
    fault: "Sender",
    shape: MissingRequiredParameterException,
  },
  ResourceNotFound: { name: "ResourceNotFound", status: 404, fault: "Sender", shape: ResourceNotFound },
  ResourceNotFoundException: {
    name: "ResourceNotFoundException",
    status: 404,
    fault: "Sender",
    shape: ResourceNotFoundException,
  },
} satisfies Record<string, ModelError>;

export const model: ServiceModel = { metadata, operations, errors };
