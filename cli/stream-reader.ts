import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListShardsCommand,
  ProvisionedThroughputExceededException,
  ResourceNotFoundException,
  type KinesisClient,
  type _Record,
  type Shard,
  type ShardFilterType,
} from "@aws-sdk/client-kinesis";
import { pause, UserError } from "./io.js";

export type StreamStart =
  { readonly at: "LATEST" | "TRIM_HORIZON" } | { readonly at: "AT_TIMESTAMP"; readonly timestamp: Date };

export interface StreamReadOptions {
  readonly start: StreamStart;
  /** Keep reading new records (tail) rather than stop once every shard is caught up (replay). */
  readonly follow: boolean;
  readonly signal: AbortSignal;
  /** Called with each shard's records in order; return false to stop reading. */
  readonly onRecords: (shardId: string, records: readonly _Record[]) => boolean | Promise<boolean>;
}

/** An idle shard is asked again after this long: five reads a second is a shard's GetRecords limit. */
const IDLE_POLL_MS = 250;
const THROTTLED_PAUSE_MS = 1_000;

/**
 * Reads a stream from `start`, each shard in order and in parallel, following resharding: a closed shard's
 * children are read once all of its parents (two after a merge) are drained, as the KCL does.
 */
export async function readStream(
  kinesis: KinesisClient,
  streamName: string,
  options: StreamReadOptions,
): Promise<void> {
  const filter: ShardFilterType =
    options.start.at === "LATEST"
      ? "AT_LATEST"
      : options.start.at === "TRIM_HORIZON"
        ? "AT_TRIM_HORIZON"
        : "AT_TIMESTAMP";
  const roots = await listShards(
    kinesis,
    streamName,
    filter,
    options.start.at === "AT_TIMESTAMP" ? options.start.timestamp : undefined,
  );
  const drainedParents = new Map<string, number>();
  let stopped = false;
  const readers = new Set<Promise<void>>();

  const startShard = (shardId: string, start: StreamStart): void => {
    const reader = readShard(shardId, start).finally(() => readers.delete(reader));
    readers.add(reader);
  };

  const readShard = async (shardId: string, start: StreamStart): Promise<void> => {
    let iterator = await shardIterator(kinesis, streamName, shardId, start);
    while (iterator !== undefined && !stopped && !options.signal.aborted) {
      let reply;
      try {
        reply = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1_000 }), {
          abortSignal: options.signal,
        });
      } catch (error) {
        if (options.signal.aborted) return;
        if (error instanceof ProvisionedThroughputExceededException) {
          await pause(THROTTLED_PAUSE_MS, options.signal);
          continue;
        }
        if (error instanceof ExpiredIteratorException)
          throw new Error(`the iterator of ${shardId} expired: read again with --from.`, { cause: error });
        throw error;
      }
      const records = reply.Records ?? [];
      if (records.length > 0 && !(await options.onRecords(shardId, records))) {
        stopped = true;
        return;
      }
      iterator = reply.NextShardIterator ?? undefined;
      if (iterator === undefined) {
        for (const child of reply.ChildShards ?? []) {
          const drained = (drainedParents.get(child.ShardId!) ?? 0) + 1;
          drainedParents.set(child.ShardId!, drained);
          if (drained === (child.ParentShards?.length ?? 1))
            startShard(child.ShardId!, { at: "TRIM_HORIZON" });
        }
        return;
      }
      if (records.length === 0) {
        if (!options.follow && (reply.MillisBehindLatest ?? 0) === 0) return;
        await pause(IDLE_POLL_MS, options.signal);
      }
    }
  };

  for (const shard of roots) startShard(shard.ShardId!, options.start);
  while (readers.size > 0) await Promise.race(readers);
}

async function listShards(
  kinesis: KinesisClient,
  streamName: string,
  type: ShardFilterType,
  timestamp?: Date,
): Promise<Shard[]> {
  const shards: Shard[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await kinesis.send(
        nextToken !== undefined
          ? new ListShardsCommand({ NextToken: nextToken })
          : new ListShardsCommand({
              StreamName: streamName,
              ShardFilter: { Type: type, ...(timestamp ? { Timestamp: timestamp } : {}) },
            }),
      );
      shards.push(...(page.Shards ?? []));
      nextToken = page.NextToken;
    } while (nextToken !== undefined);
  } catch (error) {
    if (error instanceof ResourceNotFoundException)
      throw new UserError(`no stream named '${streamName}' here: check the name (aws kinesis list-streams).`);
    throw error;
  }
  return shards;
}

async function shardIterator(
  kinesis: KinesisClient,
  streamName: string,
  shardId: string,
  start: StreamStart,
): Promise<string | undefined> {
  const reply = await kinesis.send(
    new GetShardIteratorCommand({
      StreamName: streamName,
      ShardId: shardId,
      ShardIteratorType: start.at,
      ...(start.at === "AT_TIMESTAMP" ? { Timestamp: start.timestamp } : {}),
    }),
  );
  return reply.ShardIterator ?? undefined;
}
