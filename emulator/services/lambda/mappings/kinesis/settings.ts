import type { KinesisStartingPosition } from "../../../../core/interfaces.js";
import type { MappingSettings } from "../poller.js";
import { recordFilter, type RecordFilter } from "./filter.js";

/** A Kinesis mapping's settings as the poller uses them, AWS's defaults applied where the API left a gap. */
export interface KinesisPollerOptions {
  readonly streamArn: string;
  readonly batchSize: number;
  readonly batchingWindowMs: number;
  readonly parallelizationFactor: number;
  /** -1: until the records expire. */
  readonly maximumRetryAttempts: number;
  /** -1: no limit (records are retried until they expire). */
  readonly maximumRecordAgeMs: number;
  readonly bisectOnError: boolean;
  readonly reportBatchItemFailures: boolean;
  /** 0: no tumbling window. */
  readonly tumblingWindowMs: number;
  readonly startingPosition: KinesisStartingPosition;
  readonly filter: RecordFilter;
  readonly onFailureDestination: string | undefined;
}

/** Lambda's default BatchSize for Kinesis. */
const DEFAULT_BATCH_SIZE = 100;

export function pollerOptions(settings: MappingSettings): KinesisPollerOptions {
  const config = settings.config;
  const maxAge = config.MaximumRecordAgeInSeconds ?? -1;
  return {
    streamArn: config.EventSourceArn,
    batchSize: config.BatchSize ?? DEFAULT_BATCH_SIZE,
    batchingWindowMs: (config.MaximumBatchingWindowInSeconds ?? 0) * 1000,
    parallelizationFactor: config.ParallelizationFactor ?? 1,
    maximumRetryAttempts: config.MaximumRetryAttempts ?? -1,
    maximumRecordAgeMs: maxAge === -1 ? -1 : maxAge * 1000,
    bisectOnError: config.BisectBatchOnFunctionError ?? false,
    reportBatchItemFailures: (config.FunctionResponseTypes ?? []).includes("ReportBatchItemFailures"),
    tumblingWindowMs: (config.TumblingWindowInSeconds ?? 0) * 1000,
    startingPosition: startingPosition(settings),
    filter: recordFilter(config.FilterCriteria),
    onFailureDestination: config.DestinationConfig?.OnFailure?.Destination,
  };
}

function startingPosition(settings: MappingSettings): KinesisStartingPosition {
  const { StartingPosition, StartingPositionTimestamp } = settings.config;
  if (StartingPosition === "AT_TIMESTAMP") {
    // The API carries the timestamp as epoch seconds (fractional); the reader takes milliseconds.
    return { type: "AT_TIMESTAMP", timestamp: Math.round((StartingPositionTimestamp ?? 0) * 1000) };
  }
  return { type: StartingPosition === "TRIM_HORIZON" ? "TRIM_HORIZON" : "LATEST" };
}
