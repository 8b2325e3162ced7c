import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { KinesisAction } from "./action.js";
import { AddTagsToStream } from "./actions/AddTagsToStream.js";
import { CreateStream } from "./actions/CreateStream.js";
import { DecreaseStreamRetentionPeriod } from "./actions/DecreaseStreamRetentionPeriod.js";
import { DeleteStream } from "./actions/DeleteStream.js";
import { DescribeLimits } from "./actions/DescribeLimits.js";
import { DescribeStream } from "./actions/DescribeStream.js";
import { DescribeStreamSummary } from "./actions/DescribeStreamSummary.js";
import { DisableEnhancedMonitoring } from "./actions/DisableEnhancedMonitoring.js";
import { EnableEnhancedMonitoring } from "./actions/EnableEnhancedMonitoring.js";
import { GetRecords } from "./actions/GetRecords.js";
import { GetShardIterator } from "./actions/GetShardIterator.js";
import { IncreaseStreamRetentionPeriod } from "./actions/IncreaseStreamRetentionPeriod.js";
import { ListShards } from "./actions/ListShards.js";
import { ListStreams } from "./actions/ListStreams.js";
import { ListTagsForResource } from "./actions/ListTagsForResource.js";
import { ListTagsForStream } from "./actions/ListTagsForStream.js";
import { PutRecord } from "./actions/PutRecord.js";
import { PutRecords } from "./actions/PutRecords.js";
import { RemoveTagsFromStream } from "./actions/RemoveTagsFromStream.js";
import { SplitShard } from "./actions/SplitShard.js";
import { MergeShards } from "./actions/MergeShards.js";
import { UpdateShardCount } from "./actions/UpdateShardCount.js";
import { RegisterStreamConsumer } from "./actions/RegisterStreamConsumer.js";
import { DescribeStreamConsumer } from "./actions/DescribeStreamConsumer.js";
import { ListStreamConsumers } from "./actions/ListStreamConsumers.js";
import { DeregisterStreamConsumer } from "./actions/DeregisterStreamConsumer.js";
import { SubscribeToShard } from "./actions/SubscribeToShard.js";
import { PutResourcePolicy } from "./actions/PutResourcePolicy.js";
import { GetResourcePolicy } from "./actions/GetResourcePolicy.js";
import { DeleteResourcePolicy } from "./actions/DeleteResourcePolicy.js";
import { UpdateMaxRecordSize } from "./actions/UpdateMaxRecordSize.js";
import { StartStreamEncryption } from "./actions/StartStreamEncryption.js";
import { StopStreamEncryption } from "./actions/StopStreamEncryption.js";
import { TagResource } from "./actions/TagResource.js";
import { UntagResource } from "./actions/UntagResource.js";
import { UpdateStreamMode } from "./actions/UpdateStreamMode.js";
import { kinesisEndpoint } from "./endpoint.js";
import { KinesisMetrics } from "./metrics.js";
import { kinesisMigrations } from "./migrations.js";
import { KinesisModel, type KinesisOptions } from "./model.js";
import { kinesisMappingReader } from "./mappingReader.js";
import { MemoryRecordStore } from "./records.js";
import { ShardSignals } from "./shardSignals.js";
import { SqliteRecordStore, SqliteStreamStore } from "./sqliteStorage.js";
import { memoryStreamStore } from "./streamStore.js";

const ACTIONS: readonly KinesisAction[] = [
  CreateStream,
  DeleteStream,
  DescribeStream,
  DescribeStreamSummary,
  ListStreams,
  ListShards,
  DescribeLimits,
  UpdateStreamMode,
  IncreaseStreamRetentionPeriod,
  DecreaseStreamRetentionPeriod,
  StartStreamEncryption,
  StopStreamEncryption,
  EnableEnhancedMonitoring,
  DisableEnhancedMonitoring,
  AddTagsToStream,
  RemoveTagsFromStream,
  ListTagsForStream,
  TagResource,
  UntagResource,
  ListTagsForResource,
  PutRecord,
  PutRecords,
  GetShardIterator,
  GetRecords,
  SplitShard,
  MergeShards,
  UpdateShardCount,
  RegisterStreamConsumer,
  DescribeStreamConsumer,
  ListStreamConsumers,
  DeregisterStreamConsumer,
  SubscribeToShard,
  PutResourcePolicy,
  GetResourcePolicy,
  DeleteResourcePolicy,
  UpdateMaxRecordSize,
];

/** How often records past retention and expired closed shards are dropped. */
const TRIM_INTERVAL_MS = 60_000;

/**
 * How long status changes take: `EDA_KINESIS_STATUS_DELAY_MS`, 10 ms by default (near zero, but a DescribeStream
 * right after CreateStream sees CREATING, as on AWS).
 */
export function statusDelayFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const delay = Number(env.EDA_KINESIS_STATUS_DELAY_MS ?? "10");
  return Number.isFinite(delay) && delay >= 0 ? delay : 10;
}

/** Kinesis Data Streams with the given options. */
export function kinesisServiceFactory(options: KinesisOptions): ServiceFactory {
  return (context) => {
    const { store: core, clock } = context;
    let model: KinesisModel;
    const metrics = new KinesisMetrics(context.metrics, clock);
    const signals = new ShardSignals(core, (error) =>
      context.log(
        `eda: a Kinesis shard listener failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    if (core.database === undefined) {
      model = new KinesisModel(
        core,
        new MemoryRecordStore(),
        memoryStreamStore,
        clock,
        options,
        metrics,
        signals,
      );
    } else {
      core.migrate("kinesis", kinesisMigrations);
      const db = core.database;
      model = new KinesisModel(
        core,
        new SqliteRecordStore(db),
        new SqliteStreamStore(db),
        clock,
        options,
        metrics,
        signals,
      );
    }
    const stopRecovering = core.onRecover(() => model.restore());
    const trimmer = clock.every(TRIM_INTERVAL_MS, () => model.trim());
    const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
    let closed = false;
    const instance: ServiceInstance = {
      definition: { ...kinesisEndpoint, actions },
      api: kinesisMappingReader(model),
      health: () => (closed ? { status: "failed", detail: "stopped" } : { status: "ready" }),
      reset: () => model.reset(),
      summary: () => model.summary(),
      close() {
        closed = true;
        trimmer.cancel();
        stopRecovering();
        model.close();
        return Promise.resolve();
      },
    };
    return instance;
  };
}

/** The registry's factory: throughput limits as `eda emulator --kinesis-throughput-limits` sets them. */
export function createKinesisService(settings: { readonly throughputLimits: boolean }): ServiceFactory {
  return kinesisServiceFactory({
    statusDelayMs: statusDelayFromEnv(),
    throughputLimits: settings.throughputLimits,
  });
}
