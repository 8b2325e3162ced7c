import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { decodeIterator, encodeIterator } from "../iterators.js";
import { shardIdOf } from "../sequence.js";
import { refFromArn } from "../streamRef.js";
import { childShardView, recordView, shardOf } from "../views.js";

interface Input {
  ShardIterator: string;
  Limit?: number;
  StreamARN?: string;
}

/** A GetRecords reply carries at most this many bytes of records. */
export const MAX_GET_RECORDS_BYTES = 10 * 1024 * 1024;
const DEFAULT_LIMIT = 10_000;

export const GetRecords = kinesisAction<Input>(operations.GetRecords, (model, input) => {
  const now = model.now();
  const position = decodeIterator(input.ShardIterator, now);
  if (input.StreamARN !== undefined && refFromArn(input.StreamARN).name !== position.streamName)
    throw KinesisErrors.invalidArgument(
      "The ShardIterator was issued for another stream than StreamARN names.",
    );
  const stream = model.findReadable({
    accountId: position.accountId,
    region: position.region,
    name: position.streamName,
  });
  const shard = shardOf(stream, position.shardIndex);
  if (stream.id !== position.streamId || shard === undefined)
    throw KinesisErrors.resourceNotFound(
      `Shard ${shardIdOf(position.shardIndex)} in stream ${stream.name} under account ${stream.accountId} does not exist`,
    );
  try {
    model.throughput.admitRead(stream, shard);
  } catch (error) {
    model.kinesisMetrics.readThrottled(stream);
    throw error;
  }
  const records = model.records.read(
    stream.id,
    shard.index,
    position.fromCounter,
    model.trimHorizon(stream),
    input.Limit ?? DEFAULT_LIMIT,
    MAX_GET_RECORDS_BYTES,
  );
  const next = records.length > 0 ? records[records.length - 1].counter + 1 : position.fromCounter;
  const more = model.records.hasFrom(stream.id, shard.index, next);
  let bytes = 0;
  const output: Record<string, unknown> = {
    Records: records.map((record) => {
      bytes += record.data.byteLength + Buffer.byteLength(record.partitionKey);
      return recordView(stream, shard.index, record);
    }),
  };
  model.throughput.countRead(stream, shard, bytes);
  // Behind the tip by the age of the last record returned when more wait, else caught up.
  const behind = more && records.length > 0 ? Math.max(0, now - records[records.length - 1].arrival) : 0;
  const exhausted = shard.endingCounter !== undefined && !more;
  if (exhausted) {
    output.ChildShards = (shard.children ?? [])
      .map((index) => shardOf(stream, index))
      .filter((child) => child !== undefined)
      .map(childShardView);
  } else {
    output.NextShardIterator = encodeIterator({ ...position, fromCounter: next, issuedAt: now });
  }
  output.MillisBehindLatest = behind;
  model.kinesisMetrics.getRecords(stream, records.length, bytes, behind);
  return output;
});
