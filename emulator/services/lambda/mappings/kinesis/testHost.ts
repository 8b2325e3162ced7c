/** A real Kinesis service and a scripted PollerHost, for the Kinesis poller's unit tests. */
import { ManualClock } from "../../../../core/clock.js";
import type { KinesisInterface } from "../../../../core/interfaces.js";
import type { MetricDatum } from "../../../../core/metrics.js";
import type { ServiceContext } from "../../../../core/service.js";
import type { Store } from "../../../../core/store/store.js";
import type { EventSourceMappingConfiguration } from "../../../../generated/lambda.js";
import { standaloneContext, TEST_ACCOUNT, TEST_REGION } from "../../../../testing/standalone.js";
import { KinesisKit } from "../../../kinesis/testKit.js";
import type { MappingInvokeResult, MappingSettings, PollerHost, SourcePoller } from "../poller.js";
import { kinesisPollerKind } from "./kind.js";

export const FUNCTION_ARN = `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:consumer`;
export const ROLE_ARN = `arn:aws:iam::${TEST_ACCOUNT}:role/consumer-role`;
export const QUEUE_ARN = `arn:aws:sqs:${TEST_REGION}:${TEST_ACCOUNT}:failures`;
export const UUID = "11111111-2222-3333-4444-555555555555";

/** A record of an event as the function sees it, its data decoded. */
export interface SeenRecord {
  readonly key: string;
  readonly data: string;
  readonly sequenceNumber: string;
}

/** An event the function received. */
export interface SeenEvent {
  readonly records: readonly SeenRecord[];
  readonly document: Record<string, unknown>;
}

export type Responder = (
  event: SeenEvent,
  call: number,
) => MappingInvokeResult | Promise<MappingInvokeResult>;

export const succeed = (response: unknown = null): MappingInvokeResult => ({
  kind: "success",
  payload: Buffer.from(JSON.stringify(response)),
});

export const functionError = (errorType = "Error"): MappingInvokeResult => ({
  kind: "function-error",
  errorType,
  payload: Buffer.from(JSON.stringify({ errorType, errorMessage: "boom" })),
});

/** The host a mapping manager would give: every call is recorded, invocations answered by `respond`. */
export class ScriptedHost implements PollerHost {
  readonly events: SeenEvent[] = [];
  readonly failureRecords: Record<string, unknown>[] = [];
  readonly results: string[] = [];
  respond: Responder = () => succeed();
  /** The abort signal the poller handed its latest invocation. */
  lastSignal: AbortSignal | undefined;

  constructor(
    readonly clock: ManualClock,
    readonly core: ServiceContext,
  ) {}

  async invoke(
    _settings: MappingSettings,
    payload: Buffer,
    signal: AbortSignal,
  ): Promise<MappingInvokeResult> {
    this.lastSignal = signal;
    const document = JSON.parse(payload.toString("utf8")) as { Records: Record<string, unknown>[] };
    const records = document.Records.map((record) => {
      const kinesis = record.kinesis as { partitionKey: string; data: string; sequenceNumber: string };
      return {
        key: kinesis.partitionKey,
        data: Buffer.from(kinesis.data, "base64").toString("utf8"),
        sequenceNumber: kinesis.sequenceNumber,
      };
    });
    const event = { records, document };
    this.events.push(event);
    return this.respond(event, this.events.length);
  }

  sendToOnFailureDestination(_settings: MappingSettings, record: object): Promise<string | undefined> {
    this.failureRecords.push(record as Record<string, unknown>);
    return Promise.resolve(undefined);
  }

  executionRole(): string {
    return ROLE_ARN;
  }

  reportProcessingResult(_uuid: string, result: string): void {
    this.results.push(result);
  }

  log(): void {}

  /** The partition keys of each event, in order. */
  batches(): string[][] {
    return this.events.map((event) => event.records.map((record) => record.key));
  }
}

/** Lets the poller's promises and the store's group commits run, and fires the timers due now. */
export async function settle(clock: ManualClock): Promise<void> {
  for (let i = 0; i < 30; i++) {
    clock.advance(0);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A stream with `shards` shards, a scripted host over a store (in `dataDir` when given), and mapping helpers. */
export class PollerFixture {
  private readonly pollers: SourcePoller[] = [];
  readonly metrics: MetricDatum[] = [];

  private constructor(
    readonly clock: ManualClock,
    readonly kit: KinesisKit,
    readonly api: KinesisInterface,
    readonly streamArn: string,
    readonly host: ScriptedHost,
    readonly store: Store,
  ) {}

  static async create(
    options: { shards?: number; dataDir?: string; clock?: ManualClock; kit?: KinesisKit } = {},
  ) {
    const clock = options.clock ?? new ManualClock();
    const kit = options.kit ?? (await KinesisKit.start(clock));
    if (options.kit === undefined) {
      await kit.call("CreateStream", { StreamName: "s", ShardCount: options.shards ?? 1 });
      clock.advance(10);
    }
    const summary = await kit.call("DescribeStreamSummary", { StreamName: "s" });
    const streamArn = (summary.StreamDescriptionSummary as { StreamARN: string }).StreamARN;
    const api = kit.service.api as KinesisInterface;
    const { context, store, metrics } = standaloneContext(clock, options.dataDir, "Lambda");
    const core: ServiceContext = {
      ...context,
      use: ((name: string) =>
        name === "kinesis"
          ? Promise.resolve(api)
          : Promise.reject(new Error(`no ${name} here`))) as ServiceContext["use"],
    };
    const fixture = new PollerFixture(clock, kit, api, streamArn, new ScriptedHost(clock, core), store);
    metrics.listen((datum) => fixture.metrics.push(datum));
    return fixture;
  }

  settings(config: Partial<EventSourceMappingConfiguration> = {}): MappingSettings {
    return {
      accountId: TEST_ACCOUNT,
      region: TEST_REGION,
      config: {
        StartingPosition: "TRIM_HORIZON",
        BatchSize: 100,
        MaximumBatchingWindowInSeconds: 0,
        ParallelizationFactor: 1,
        MaximumRetryAttempts: -1,
        MaximumRecordAgeInSeconds: -1,
        BisectBatchOnFunctionError: false,
        TumblingWindowInSeconds: 0,
        FunctionResponseTypes: [],
        ...config,
        UUID,
        EventSourceArn: this.streamArn,
        FunctionArn: FUNCTION_ARN,
      },
    };
  }

  /** Starts a poller for a mapping with these settings and lets it read what is there. */
  async start(config: Partial<EventSourceMappingConfiguration> = {}): Promise<SourcePoller> {
    const poller = kinesisPollerKind.start(this.settings(config), this.host);
    this.pollers.push(poller);
    await settle(this.clock);
    return poller;
  }

  /** Puts records (partition key, data) in one PutRecords; returns their sequence numbers. */
  async put(...records: (string | readonly [string, string])[]): Promise<string[]> {
    const output = await this.kit.call("PutRecords", {
      StreamName: "s",
      Records: records.map((record) => {
        const [key, data] = typeof record === "string" ? [record, `d-${record}`] : record;
        return { PartitionKey: key, Data: Buffer.from(data).toString("base64") };
      }),
    });
    await settle(this.clock);
    return (output.Records as { SequenceNumber: string }[]).map((record) => record.SequenceNumber);
  }

  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await settle(this.clock);
  }

  /** Lets retries run: moves time on by the longest retry backoff, `rounds` times. */
  async drain(rounds = 8): Promise<void> {
    for (let i = 0; i < rounds; i++) await this.advance(5_000);
  }

  async stopPollers(): Promise<void> {
    for (const poller of this.pollers.splice(0)) await poller.stop();
  }

  /** Stops the pollers and closes the store (and the Kinesis kit unless `keepKinesis`). */
  async close(keepKinesis = false): Promise<void> {
    await this.stopPollers();
    await this.store.committed();
    this.store.close();
    if (!keepKinesis) await this.kit.close();
  }
}
