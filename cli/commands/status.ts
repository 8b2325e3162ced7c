import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
} from "@aws-sdk/client-cloudwatch";
import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from "@aws-sdk/client-kinesis";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { ClientConfig } from "../connection.js";
import { emit, type CommandIo } from "../io.js";
import { mappingStatuses, prettyMappings, type MappingStatus } from "./status-mappings.js";

export interface StatusOptions {
  readonly prefix?: string;
  readonly json?: boolean;
}

interface QueueStatus {
  readonly name: string;
  readonly visible: number;
  readonly inFlight: number;
  readonly delayed: number;
  /** The queue this one dead-letters to, by name. */
  readonly dlq?: string;
}

interface StreamStatus {
  readonly name: string;
  readonly status: string;
  readonly openShards: number;
  /** The largest GetRecords.IteratorAgeMilliseconds of the last five minutes; absent without reads. */
  readonly iteratorAgeMs?: number;
}

interface AlarmStatus {
  readonly name: string;
  readonly state: string;
  readonly reason: string;
}

export interface Status {
  readonly queues: readonly QueueStatus[];
  readonly streams: readonly StreamStatus[];
  readonly mappings: readonly MappingStatus[];
  readonly alarms: readonly AlarmStatus[];
}

/**
 * `eda status`: queue depths (with which queue is whose DLQ), streams with their open shards and iterator
 * lag, event source mappings with their state and last processing result, and alarm states — of the resources whose names start with `--prefix` (the stack's name prefix, such as
 * `eda-local`), else of every one in the account and region.
 */
export async function statusCommand(
  options: StatusOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const sqs = new SQSClient(client);
  const kinesis = new KinesisClient(client);
  const cloudwatch = new CloudWatchClient(client);
  const lambda = new LambdaClient(client);
  try {
    const prefix = options.prefix ?? "";
    const [queues, streams, mappings, alarms] = await Promise.all([
      queueStatuses(sqs, prefix),
      streamStatuses(kinesis, cloudwatch, prefix),
      mappingStatuses(lambda, prefix),
      alarmStatuses(cloudwatch, prefix),
    ]);
    const status: Status = { queues, streams, mappings, alarms };
    emit(io, options.json === true, status, () => prettyStatus(status));
    return 0;
  } finally {
    sqs.destroy();
    kinesis.destroy();
    cloudwatch.destroy();
    lambda.destroy();
  }
}

async function queueStatuses(sqs: SQSClient, prefix: string): Promise<QueueStatus[]> {
  const urls: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sqs.send(
      new ListQueuesCommand({ QueueNamePrefix: prefix || undefined, NextToken: nextToken, MaxResults: 1000 }),
    );
    urls.push(...(page.QueueUrls ?? []));
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  const statuses = await Promise.all(
    urls.map(async (url) => {
      const { Attributes: a = {} } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: [
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed",
            "RedrivePolicy",
          ],
        }),
      );
      const dlqArn = a.RedrivePolicy
        ? (JSON.parse(a.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn
        : undefined;
      return {
        name: url.slice(url.lastIndexOf("/") + 1),
        visible: Number(a.ApproximateNumberOfMessages ?? 0),
        inFlight: Number(a.ApproximateNumberOfMessagesNotVisible ?? 0),
        delayed: Number(a.ApproximateNumberOfMessagesDelayed ?? 0),
        ...(dlqArn ? { dlq: dlqArn.slice(dlqArn.lastIndexOf(":") + 1) } : {}),
      };
    }),
  );
  return statuses.sort((a, b) => a.name.localeCompare(b.name));
}

async function streamStatuses(
  kinesis: KinesisClient,
  cloudwatch: CloudWatchClient,
  prefix: string,
): Promise<StreamStatus[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await kinesis.send(new ListStreamsCommand(nextToken ? { NextToken: nextToken } : {}));
    names.push(...(page.StreamNames ?? []).filter((name) => name.startsWith(prefix)));
    nextToken = page.HasMoreStreams ? page.NextToken : undefined;
  } while (nextToken !== undefined);
  const now = Date.now();
  return Promise.all(
    names.sort().map(async (name) => {
      const summary = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }));
      const age = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: "AWS/Kinesis",
          MetricName: "GetRecords.IteratorAgeMilliseconds",
          Dimensions: [{ Name: "StreamName", Value: name }],
          StartTime: new Date(now - 5 * 60_000),
          EndTime: new Date(now),
          Period: 60,
          Statistics: ["Maximum"],
        }),
      );
      const maxima = (age.Datapoints ?? []).map((point) => point.Maximum ?? 0);
      return {
        name,
        status: summary.StreamDescriptionSummary?.StreamStatus ?? "UNKNOWN",
        openShards: summary.StreamDescriptionSummary?.OpenShardCount ?? 0,
        ...(maxima.length > 0 ? { iteratorAgeMs: Math.max(...maxima) } : {}),
      };
    }),
  );
}

async function alarmStatuses(cloudwatch: CloudWatchClient, prefix: string): Promise<AlarmStatus[]> {
  const alarms: AlarmStatus[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNamePrefix: prefix || undefined, NextToken: nextToken }),
    );
    for (const alarm of page.MetricAlarms ?? [])
      alarms.push({
        name: alarm.AlarmName ?? "",
        state: alarm.StateValue ?? "",
        reason: alarm.StateReason ?? "",
      });
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  return alarms;
}

function prettyStatus(status: Status): string {
  const lines = ["Queues (visible / in flight / delayed)"];
  for (const queue of status.queues)
    lines.push(
      `  ${queue.name.padEnd(40)} ${String(queue.visible).padStart(7)} ${String(queue.inFlight).padStart(7)} ${String(queue.delayed).padStart(7)}${queue.dlq ? `  → DLQ ${queue.dlq}` : ""}`,
    );
  if (status.queues.length === 0) lines.push("  (none)");
  lines.push("Streams");
  for (const stream of status.streams)
    lines.push(
      `  ${stream.name.padEnd(40)} ${stream.status.padEnd(9)} ${stream.openShards} open shards  iterator age ${stream.iteratorAgeMs !== undefined ? `${stream.iteratorAgeMs} ms` : "n/a (no reads)"}`,
    );
  if (status.streams.length === 0) lines.push("  (none)");
  lines.push(...prettyMappings(status.mappings));
  lines.push("Alarms");
  for (const alarm of status.alarms) lines.push(`  ${alarm.name.padEnd(48)} ${alarm.state}`);
  if (status.alarms.length === 0) lines.push("  (none)");
  return lines.join("\n");
}
