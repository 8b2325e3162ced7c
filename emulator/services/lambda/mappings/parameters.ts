import type {
  CreateEventSourceMappingRequest,
  EventSourceMappingConfiguration,
  UpdateEventSourceMappingRequest,
} from "../../../generated/lambda.js";
import { LambdaErrors } from "../errors.js";
import { checkFilterCriteria } from "./filterCriteria.js";
import type { EventSource } from "./source.js";

/** The settings a mapping of a Kinesis stream or SQS queue takes, as Create and Update give them. */
export type MappingParameters = Pick<
  CreateEventSourceMappingRequest,
  | "BatchSize"
  | "FilterCriteria"
  | "MaximumBatchingWindowInSeconds"
  | "ParallelizationFactor"
  | "StartingPosition"
  | "StartingPositionTimestamp"
  | "DestinationConfig"
  | "MaximumRecordAgeInSeconds"
  | "BisectBatchOnFunctionError"
  | "MaximumRetryAttempts"
  | "TumblingWindowInSeconds"
  | "FunctionResponseTypes"
  | "ScalingConfig"
  | "KMSKeyArn"
  | "MetricsConfig"
>;

/** Parameters for sources other than Kinesis and SQS (Kafka, MQ, DocumentDB): refused for the two served here. */
const OTHER_SOURCES_ONLY = [
  "Topics",
  "Queues",
  "SourceAccessConfigurations",
  "SelfManagedEventSource",
  "AmazonManagedKafkaEventSourceConfig",
  "SelfManagedKafkaEventSourceConfig",
  "DocumentDBEventSourceConfig",
  "ProvisionedPollerConfig",
  "LoggingConfig",
] as const;

/** Stream-only parameters: an SQS mapping refuses them. */
const STREAM_ONLY = [
  "StartingPosition",
  "StartingPositionTimestamp",
  "ParallelizationFactor",
  "MaximumRecordAgeInSeconds",
  "BisectBatchOnFunctionError",
  "MaximumRetryAttempts",
  "TumblingWindowInSeconds",
  "DestinationConfig",
] as const;

const SOURCE_LABEL = { kinesis: "Kinesis", sqs: "SQS" } as const;

function refuse(message: string): never {
  throw LambdaErrors.invalidParameterValue(message);
}

/** Refuses what AWS refuses for this source beyond the model's ranges (which model validation checked). */
export function checkParameters(
  source: EventSource,
  params: MappingParameters,
  given: CreateEventSourceMappingRequest | UpdateEventSourceMappingRequest,
): void {
  const label = SOURCE_LABEL[source.service];
  const fields: Readonly<Record<string, unknown>> = { ...given };
  checkFilterCriteria(params.FilterCriteria);
  for (const name of OTHER_SOURCES_ONLY) {
    if (fields[name] !== undefined) refuse(`${name} is not supported for ${label} event sources: remove it.`);
  }
  if (source.service === "sqs") {
    for (const name of STREAM_ONLY) {
      if (fields[name] !== undefined) {
        refuse(`${name} is not supported for SQS event sources: remove it.`);
      }
    }
    const batchSize = params.BatchSize ?? 10;
    if (source.fifo && batchSize > 10) {
      refuse("Batch size for FIFO queues must be between 1 and 10: lower BatchSize.");
    }
    if (batchSize > 10 && (params.MaximumBatchingWindowInSeconds ?? 0) < 1) {
      refuse(
        "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10",
      );
    }
    return;
  }
  if (params.ScalingConfig !== undefined) {
    refuse("ScalingConfig is supported for SQS event sources only: remove it.");
  }
  if (params.StartingPosition === undefined) {
    refuse(
      "StartingPosition is required for Kinesis event sources: give TRIM_HORIZON, LATEST or AT_TIMESTAMP.",
    );
  }
  if (params.StartingPosition === "AT_TIMESTAMP" && params.StartingPositionTimestamp === undefined) {
    refuse("StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP.");
  }
  if (params.StartingPosition !== "AT_TIMESTAMP" && params.StartingPositionTimestamp !== undefined) {
    refuse(
      "StartingPositionTimestamp is only valid with StartingPosition AT_TIMESTAMP: remove it or change StartingPosition.",
    );
  }
  const age = params.MaximumRecordAgeInSeconds;
  if (age !== undefined && age !== -1 && age < 60) {
    refuse("MaximumRecordAgeInSeconds must be -1 (infinite) or between 60 and 604800.");
  }
  if (params.DestinationConfig?.OnSuccess?.Destination !== undefined) {
    refuse("An on-success destination is not supported for Kinesis event sources: use OnFailure.");
  }
  const destination = params.DestinationConfig?.OnFailure?.Destination;
  if (destination !== undefined && !/^arn:aws[a-zA-Z-]*:(sqs|sns):/.test(destination)) {
    refuse(`The on-failure destination ${destination} is not an SQS queue or SNS topic ARN: give one.`);
  }
}

/** Every settable field of a stored configuration, to merge an update over. */
export function parametersOf(config: EventSourceMappingConfiguration): MappingParameters {
  const params: MappingParameters = {
    BatchSize: config.BatchSize,
    FilterCriteria: config.FilterCriteria,
    MaximumBatchingWindowInSeconds: config.MaximumBatchingWindowInSeconds,
    ParallelizationFactor: config.ParallelizationFactor,
    StartingPosition: config.StartingPosition,
    StartingPositionTimestamp: config.StartingPositionTimestamp,
    DestinationConfig: config.DestinationConfig,
    MaximumRecordAgeInSeconds: config.MaximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: config.BisectBatchOnFunctionError,
    MaximumRetryAttempts: config.MaximumRetryAttempts,
    TumblingWindowInSeconds: config.TumblingWindowInSeconds,
    FunctionResponseTypes: config.FunctionResponseTypes,
    ScalingConfig: config.ScalingConfig,
    KMSKeyArn: config.KMSKeyArn,
    MetricsConfig: config.MetricsConfig,
  };
  return withoutUndefined(params);
}

/** The parameters a request gives (absent ones left out, so they can be laid over stored ones). */
export function givenParameters(
  input: CreateEventSourceMappingRequest | UpdateEventSourceMappingRequest,
): MappingParameters {
  return withoutUndefined(parametersOf(input as EventSourceMappingConfiguration));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The configuration fields a mapping of this source reports, AWS's defaults filled in: streams report every
 * retry setting (-1 meaning infinite) and an empty on-failure destination; SQS queues report batch settings only.
 */
export function sourceSettings(
  source: EventSource,
  params: MappingParameters,
): Partial<EventSourceMappingConfiguration> {
  const common = {
    BatchSize: params.BatchSize ?? (source.service === "kinesis" ? 100 : 10),
    MaximumBatchingWindowInSeconds: params.MaximumBatchingWindowInSeconds ?? 0,
    FilterCriteria: emptyToUndefined(params.FilterCriteria),
    FunctionResponseTypes: params.FunctionResponseTypes ?? [],
    KMSKeyArn: params.KMSKeyArn,
    MetricsConfig: params.MetricsConfig,
  };
  if (source.service === "sqs") return withoutUndefined({ ...common, ScalingConfig: params.ScalingConfig });
  return withoutUndefined({
    ...common,
    StartingPosition: params.StartingPosition,
    StartingPositionTimestamp: params.StartingPositionTimestamp,
    ParallelizationFactor: params.ParallelizationFactor ?? 1,
    DestinationConfig: { OnFailure: { ...params.DestinationConfig?.OnFailure } },
    MaximumRecordAgeInSeconds: params.MaximumRecordAgeInSeconds ?? -1,
    BisectBatchOnFunctionError: params.BisectBatchOnFunctionError ?? false,
    MaximumRetryAttempts: params.MaximumRetryAttempts ?? -1,
    TumblingWindowInSeconds: params.TumblingWindowInSeconds ?? 0,
  });
}

/** An update that clears the filters (`FilterCriteria: {}` or no Filters) leaves none. */
function emptyToUndefined(criteria: MappingParameters["FilterCriteria"]) {
  return criteria?.Filters === undefined || criteria.Filters.length === 0 ? undefined : criteria;
}
