import type { Metrics, MetricUnit } from "../../core/metrics.js";
import type { Topic } from "./model.js";

/** Why a subscription did not get a message, as the AWS/SNS NumberOfNotificationsFilteredOut-* metrics say. */
export type FilteredOutReason =
  "MessageAttributes" | "MessageBody" | "NoMessageAttributes" | "InvalidAttributes" | "InvalidMessageBody";

/** What one publish did, counted while it fanned out. */
export interface PublishCounts {
  delivered: number;
  failed: number;
  filteredOut: Partial<Record<FilteredOutReason, number>>;
}

export function emptyCounts(): PublishCounts {
  return { delivered: 0, failed: 0, filteredOut: {} };
}

/** SNS's AWS/SNS datapoints, per topic (dimension TopicName), as AWS documents their names and units. */
export class SnsMetrics {
  constructor(
    private readonly metrics: Metrics,
    private readonly now: () => number,
  ) {}

  published(topic: Topic, size: number, counts: PublishCounts): void {
    if (!this.metrics.enabled) return;
    this.record(topic, "NumberOfMessagesPublished", "Count", 1);
    this.record(topic, "PublishSize", "Bytes", size);
    this.recordDeliveries(topic, counts);
  }

  /** Deliveries made later than the publish (http retries, their dead-lettering). */
  recordDeliveries(topic: Topic, counts: PublishCounts): void {
    if (!this.metrics.enabled) return;
    if (counts.delivered > 0) this.record(topic, "NumberOfNotificationsDelivered", "Count", counts.delivered);
    if (counts.failed > 0) this.record(topic, "NumberOfNotificationsFailed", "Count", counts.failed);
    let filtered = 0;
    for (const [reason, count] of Object.entries(counts.filteredOut)) {
      filtered += count;
      this.record(topic, `NumberOfNotificationsFilteredOut-${reason}`, "Count", count);
    }
    if (filtered > 0) this.record(topic, "NumberOfNotificationsFilteredOut", "Count", filtered);
  }

  private record(topic: Topic, name: string, unit: MetricUnit, value: number): void {
    this.metrics.record({
      accountId: topic.accountId,
      region: topic.region,
      namespace: "AWS/SNS",
      name,
      dimensions: { TopicName: topic.name },
      unit,
      value,
      timestamp: this.now(),
    });
  }
}
