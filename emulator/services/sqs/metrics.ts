import type { Metrics, MetricUnit } from "../../core/metrics.js";
import type { Queue } from "./queue.js";

/**
 * SQS's AWS/SQS datapoints, as AWS names them, with the `QueueName` dimension. The queue-depth gauges
 * (ApproximateNumberOfMessagesVisible …) are sampled by the CloudWatch service, not recorded per call.
 */
export class SqsMetrics {
  constructor(
    private readonly metrics: Metrics,
    private readonly now: () => number,
  ) {}

  /** Sizes are measured only when someone listens: sending is the hottest path SQS has. */
  sent(queue: Queue, bodies: readonly { readonly body: string }[]): void {
    if (!this.metrics.enabled || bodies.length === 0) return;
    this.record(queue, "NumberOfMessagesSent", "Count", bodies.length);
    for (const { body } of bodies) this.record(queue, "SentMessageSize", "Bytes", Buffer.byteLength(body));
  }

  received(queue: Queue, count: number): void {
    if (!this.metrics.enabled) return;
    if (count === 0) this.record(queue, "NumberOfEmptyReceives", "Count", 1);
    else this.record(queue, "NumberOfMessagesReceived", "Count", count);
  }

  deleted(queue: Queue, count: number): void {
    if (!this.metrics.enabled || count === 0) return;
    this.record(queue, "NumberOfMessagesDeleted", "Count", count);
  }

  private record(queue: Queue, name: string, unit: MetricUnit, value: number): void {
    const { accountId, region, name: queueName } = queue.record;
    this.metrics.record({
      accountId,
      region,
      namespace: "AWS/SQS",
      name,
      dimensions: { QueueName: queueName },
      unit,
      value,
      timestamp: this.now(),
    });
  }
}
