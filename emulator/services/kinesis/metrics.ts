import type { Clock } from "../../core/clock.js";
import type { Metrics, MetricUnit } from "../../core/metrics.js";
import type { StreamState } from "./streams.js";
import { recordSize, type RecordToPut } from "./writes.js";

/** AWS/Kinesis stream-level metrics with AWS's names, units and the StreamName dimension. */
export class KinesisMetrics {
  constructor(
    private readonly metrics: Metrics,
    private readonly clock: Clock,
  ) {}

  putRecord(stream: StreamState, record: RecordToPut): void {
    if (!this.metrics.enabled) return;
    const bytes = recordSize(record);
    this.emit(stream, "PutRecord.Success", "Count", 1);
    this.emit(stream, "PutRecord.Bytes", "Bytes", bytes);
    this.emit(stream, "IncomingRecords", "Count", 1);
    this.emit(stream, "IncomingBytes", "Bytes", bytes);
  }

  putRecords(stream: StreamState, records: readonly RecordToPut[], failed: number): void {
    if (!this.metrics.enabled) return;
    const bytes = records.reduce((sum, record) => sum + recordSize(record), 0);
    const succeeded = records.length - failed;
    this.emit(stream, "PutRecords.TotalRecords", "Count", records.length);
    this.emit(stream, "PutRecords.SuccessfulRecords", "Count", succeeded);
    this.emit(stream, "PutRecords.FailedRecords", "Count", 0);
    this.emit(stream, "PutRecords.ThrottledRecords", "Count", failed);
    this.emit(stream, "PutRecords.Bytes", "Bytes", bytes);
    this.emit(stream, "PutRecords.Success", "Count", 1);
    this.emit(stream, "IncomingRecords", "Count", succeeded);
    this.emit(stream, "IncomingBytes", "Bytes", bytes);
    if (failed > 0) this.emit(stream, "WriteProvisionedThroughputExceeded", "Count", failed);
  }

  getRecords(stream: StreamState, records: number, bytes: number, iteratorAgeMs: number): void {
    if (!this.metrics.enabled) return;
    this.emit(stream, "GetRecords.Success", "Count", 1);
    this.emit(stream, "GetRecords.Records", "Count", records);
    this.emit(stream, "GetRecords.Bytes", "Bytes", bytes);
    this.emit(stream, "GetRecords.IteratorAgeMilliseconds", "Milliseconds", iteratorAgeMs);
    this.emit(stream, "OutgoingRecords", "Count", records);
    this.emit(stream, "OutgoingBytes", "Bytes", bytes);
  }

  readThrottled(stream: StreamState): void {
    if (this.metrics.enabled) this.emit(stream, "ReadProvisionedThroughputExceeded", "Count", 1);
  }

  writeThrottled(stream: StreamState): void {
    if (this.metrics.enabled) this.emit(stream, "WriteProvisionedThroughputExceeded", "Count", 1);
  }

  private emit(stream: StreamState, name: string, unit: MetricUnit, value: number): void {
    this.metrics.record({
      accountId: stream.accountId,
      region: stream.region,
      namespace: "AWS/Kinesis",
      name,
      dimensions: { StreamName: stream.name },
      unit,
      value,
      timestamp: this.clock.now(),
    });
  }
}
