import type { ServiceHost } from "../core/host.js";
import type { SqsInterface } from "../core/interfaces.js";
import type { ActionInput, ActionOutput, RequestContext } from "../core/service.js";
import type { CounterTotals } from "./counters.js";
import { failureViews, type FailureQueueView } from "./failures.js";

export interface SubscriptionView {
  readonly arn: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly raw: boolean;
  readonly filtered: boolean;
  readonly dlqArn?: string;
}

export interface TopicView {
  readonly arn: string;
  readonly name: string;
  readonly subscriptions: readonly SubscriptionView[];
}

export interface QueueView {
  readonly arn: string;
  readonly name: string;
  readonly url: string;
  readonly visible: number;
  readonly inFlight: number;
  readonly delayed: number;
  readonly dlqArn?: string;
  readonly maxReceiveCount?: number;
}

export interface StreamView {
  readonly arn: string;
  readonly name: string;
  readonly status: string;
  readonly shards: readonly { readonly id: string; readonly open: boolean }[];
}

export interface AlarmView {
  readonly name: string;
  readonly state: string;
  readonly reason: string;
  readonly metric: string;
  readonly actions: readonly string[];
}

export interface FunctionView {
  readonly arn: string;
  readonly name: string;
  readonly runtime: string;
  readonly state: string;
}

/** An event source mapping: a stream or queue read by a function, and where failed batches go. */
export interface MappingView {
  readonly uuid: string;
  readonly sourceArn: string;
  readonly functionArn: string;
  readonly functionName: string;
  readonly state: string;
  readonly lastProcessingResult: string;
  readonly batchSize?: number;
  readonly onFailureArn?: string;
}

/** One account and region's architecture as the dashboard draws it. */
export interface RegionView {
  readonly accountId: string;
  readonly region: string;
  readonly topics: readonly TopicView[];
  readonly queues: readonly QueueView[];
  readonly streams: readonly StreamView[];
  readonly alarms: readonly AlarmView[];
  readonly functions: readonly FunctionView[];
  readonly mappings: readonly MappingView[];
  /** The DLQs and on-failure destinations, with their newest messages. */
  readonly failures: readonly FailureQueueView[];
}

export interface Snapshot {
  /** Epoch milliseconds of the core's clock. */
  readonly at: number;
  /** When the counters started. */
  readonly countingSince: number;
  readonly regions: readonly RegionView[];
  /** Totals by `account/region/namespace/resource`, then metric name. */
  readonly counters: CounterTotals;
}

type Call = (service: string, action: string, input: ActionInput) => Promise<ActionOutput | undefined>;

/**
 * Reads the architecture through the services' own actions, as an account's root would call them, so the
 * dashboard shows exactly what an AWS client would see. Services that never loaded hold nothing and are not
 * loaded for this.
 */
export async function takeSnapshot(
  host: ServiceHost,
  counters: CounterTotals,
  countingSince: number,
  now: number,
  baseUrl: string,
): Promise<Snapshot> {
  const places = new Map<string, { accountId: string; region: string }>();
  for (const byAccount of Object.values(host.summary()))
    for (const [accountId, byRegion] of Object.entries(byAccount))
      for (const region of Object.keys(byRegion)) places.set(`${accountId}/${region}`, { accountId, region });
  const regions = await Promise.all(
    [...places.values()].map(({ accountId, region }) =>
      regionView(
        caller(host, accountId, region, baseUrl),
        host.loaded("sqs")?.api as SqsInterface | undefined,
        accountId,
        region,
      ),
    ),
  );
  return { at: now, countingSince, regions, counters };
}

function caller(host: ServiceHost, accountId: string, region: string, baseUrl: string): Call {
  const context: RequestContext = {
    requestId: "dashboard",
    accountId,
    region,
    principalArn: `arn:aws:iam::${accountId}:root`,
    accessKeyId: undefined,
    baseUrl,
    path: "/",
    signal: new AbortController().signal,
    secureTransport: true,
    sourceIp: "127.0.0.1",
  };
  return async (service, action, input) => {
    const definition = host.loaded(service)?.definition.actions.get(action);
    return definition === undefined ? undefined : definition.handle(input, context);
  };
}

async function regionView(
  call: Call,
  sqs: SqsInterface | undefined,
  accountId: string,
  region: string,
): Promise<RegionView> {
  const [topics, queues, streams, alarms, functions, mappings] = await Promise.all([
    topicViews(call),
    queueViews(call),
    streamViews(call),
    alarmViews(call),
    functionViews(call),
    mappingViews(call),
  ]);
  const failures = failureViews(sqs, failureSources(topics, queues, mappings));
  return { accountId, region, topics, queues, streams, alarms, functions, mappings, failures };
}

/**
 * Failure queue ARN → what sends its failures there: a queue's or a subscription's redrive policy, or a
 * mapping's on-failure destination.
 */
function failureSources(
  topics: readonly TopicView[],
  queues: readonly QueueView[],
  mappings: readonly MappingView[],
): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const add = (target: string | undefined, source: string): void => {
    if (target !== undefined) sources.set(target, [...(sources.get(target) ?? []), source]);
  };
  for (const queue of queues) add(queue.dlqArn, queue.arn);
  for (const topic of topics)
    for (const subscription of topic.subscriptions) add(subscription.dlqArn, subscription.arn);
  for (const mapping of mappings)
    if (mapping.onFailureArn?.startsWith("arn:aws:sqs:"))
      add(mapping.onFailureArn, `mapping ${mapping.uuid}`);
  return sources;
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const attributes = (output: ActionOutput | undefined): Record<string, string> =>
  (output?.Attributes as Record<string, string> | undefined) ?? {};

async function topicViews(call: Call): Promise<TopicView[]> {
  const topics = list<{ TopicArn: string }>((await call("sns", "ListTopics", {}))?.Topics);
  return Promise.all(
    topics.map(async ({ TopicArn: arn }) => {
      const subscriptions = list<{ SubscriptionArn: string; Protocol: string; Endpoint: string }>(
        (await call("sns", "ListSubscriptionsByTopic", { TopicArn: arn }))?.Subscriptions,
      );
      return {
        arn,
        name: arn.slice(arn.lastIndexOf(":") + 1),
        subscriptions: await Promise.all(
          subscriptions.map(async (subscription) => {
            const confirmed = subscription.SubscriptionArn.startsWith("arn:");
            const a = confirmed
              ? attributes(
                  await call("sns", "GetSubscriptionAttributes", {
                    SubscriptionArn: subscription.SubscriptionArn,
                  }),
                )
              : {};
            const dlqArn = a.RedrivePolicy
              ? (JSON.parse(a.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn
              : undefined;
            return {
              arn: subscription.SubscriptionArn,
              protocol: subscription.Protocol,
              endpoint: subscription.Endpoint,
              raw: a.RawMessageDelivery === "true",
              filtered: a.FilterPolicy !== undefined,
              ...(dlqArn ? { dlqArn } : {}),
            };
          }),
        ),
      };
    }),
  );
}

async function queueViews(call: Call): Promise<QueueView[]> {
  const urls = list<string>((await call("sqs", "ListQueues", {}))?.QueueUrls);
  return Promise.all(
    urls.map(async (url) => {
      const a = attributes(
        await call("sqs", "GetQueueAttributes", { QueueUrl: url, AttributeNames: ["All"] }),
      );
      const redrive = a.RedrivePolicy
        ? (JSON.parse(a.RedrivePolicy) as { deadLetterTargetArn?: string; maxReceiveCount?: number | string })
        : undefined;
      return {
        arn: a.QueueArn ?? "",
        name: url.slice(url.lastIndexOf("/") + 1),
        url,
        visible: Number(a.ApproximateNumberOfMessages ?? 0),
        inFlight: Number(a.ApproximateNumberOfMessagesNotVisible ?? 0),
        delayed: Number(a.ApproximateNumberOfMessagesDelayed ?? 0),
        ...(redrive?.deadLetterTargetArn
          ? { dlqArn: redrive.deadLetterTargetArn, maxReceiveCount: Number(redrive.maxReceiveCount) }
          : {}),
      };
    }),
  );
}

async function streamViews(call: Call): Promise<StreamView[]> {
  const summaries = list<{ StreamName: string; StreamARN: string; StreamStatus: string }>(
    (await call("kinesis", "ListStreams", {}))?.StreamSummaries,
  );
  return Promise.all(
    summaries.map(async (stream) => {
      const shards =
        stream.StreamStatus === "CREATING" || stream.StreamStatus === "DELETING"
          ? []
          : list<{ ShardId: string; SequenceNumberRange: { EndingSequenceNumber?: string } }>(
              (await call("kinesis", "ListShards", { StreamName: stream.StreamName }))?.Shards,
            );
      return {
        arn: stream.StreamARN,
        name: stream.StreamName,
        status: stream.StreamStatus,
        shards: shards.map((shard) => ({
          id: shard.ShardId,
          open: shard.SequenceNumberRange.EndingSequenceNumber === undefined,
        })),
      };
    }),
  );
}

async function alarmViews(call: Call): Promise<AlarmView[]> {
  const alarms = list<{
    AlarmName: string;
    StateValue: string;
    StateReason: string;
    MetricName?: string;
    Namespace?: string;
    AlarmActions?: string[];
  }>((await call("monitoring", "DescribeAlarms", { MaxRecords: 100 }))?.MetricAlarms);
  return alarms.map((alarm) => ({
    name: alarm.AlarmName,
    state: alarm.StateValue,
    reason: alarm.StateReason,
    metric: alarm.MetricName ? `${alarm.Namespace ?? ""} ${alarm.MetricName}` : "metric math",
    actions: alarm.AlarmActions ?? [],
  }));
}

async function functionViews(call: Call): Promise<FunctionView[]> {
  const functions = list<{ FunctionArn: string; FunctionName: string; Runtime?: string; State?: string }>(
    (await call("lambda", "ListFunctions", {}))?.Functions,
  );
  return functions.map((fn) => ({
    arn: fn.FunctionArn,
    name: fn.FunctionName,
    runtime: fn.Runtime ?? "",
    state: fn.State ?? "Active",
  }));
}

interface MappingConfiguration {
  UUID: string;
  EventSourceArn?: string;
  FunctionArn: string;
  State?: string;
  LastProcessingResult?: string;
  BatchSize?: number;
  DestinationConfig?: { OnFailure?: { Destination?: string } };
}

/** Every page of ListEventSourceMappings (none before Lambda serves them). */
async function mappingViews(call: Call): Promise<MappingView[]> {
  const mappings: MappingConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await call(
      "lambda",
      "ListEventSourceMappings",
      marker === undefined ? {} : { Marker: marker },
    );
    mappings.push(...list<MappingConfiguration>(page?.EventSourceMappings));
    marker = page?.NextMarker as string | undefined;
  } while (marker !== undefined);
  return mappings.map((mapping) => {
    const onFailureArn = mapping.DestinationConfig?.OnFailure?.Destination;
    return {
      uuid: mapping.UUID,
      sourceArn: mapping.EventSourceArn ?? "",
      functionArn: mapping.FunctionArn,
      functionName: mapping.FunctionArn.split(":")[6] ?? mapping.FunctionArn,
      state: mapping.State ?? "",
      lastProcessingResult: mapping.LastProcessingResult ?? "",
      ...(mapping.BatchSize === undefined ? {} : { batchSize: mapping.BatchSize }),
      ...(onFailureArn ? { onFailureArn } : {}),
    };
  });
}
