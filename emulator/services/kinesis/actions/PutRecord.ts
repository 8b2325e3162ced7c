import { operations } from "../../../generated/kinesis.js";
import { blobBytes, kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";
import { appendRecord, checkRecord, shardFor } from "../writes.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  Data: string | Uint8Array;
  PartitionKey: string;
  ExplicitHashKey?: string;
  SequenceNumberForOrdering?: string;
}

/**
 * SequenceNumberForOrdering needs nothing more here: every sequence number this emulator hands out is greater
 * than all before it, so a record is always numbered after the one its producer names.
 */
export const PutRecord = kinesisAction<Input>(operations.PutRecord, (model, input, ctx) => {
  const stream = model.findReadable(streamRef(input, ctx));
  const record = {
    data: blobBytes(input.Data),
    partitionKey: input.PartitionKey,
    explicitHashKey: input.ExplicitHashKey,
  };
  checkRecord(stream, record);
  const shard = shardFor(stream, record);
  const refusal = model.throughput.refuseWrite(stream, shard, record);
  if (refusal !== undefined) {
    model.kinesisMetrics.writeThrottled(stream);
    throw refusal;
  }
  const result = model.store.transaction(() => appendRecord(model, stream, shard, record));
  model.kinesisMetrics.putRecord(stream, record);
  return {
    ShardId: result.shardId,
    SequenceNumber: result.sequenceNumber,
    EncryptionType: stream.encryptionType,
  };
});
