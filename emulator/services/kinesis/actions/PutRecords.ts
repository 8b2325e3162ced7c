import { operations } from "../../../generated/kinesis.js";
import { blobBytes, kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { streamRef } from "../streamRef.js";
import { openShards } from "../streams.js";
import {
  appendRecord,
  checkRecord,
  MAX_PUT_RECORDS_BYTES,
  recordSize,
  shardFor,
  type RecordToPut,
} from "../writes.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  Records: { Data: string | Uint8Array; PartitionKey: string; ExplicitHashKey?: string }[];
}

/**
 * All records are checked before any is written; a record a shard cannot take (throughput limits on) fails on
 * its own with ProvisionedThroughputExceededException in its place of the reply, which is still HTTP 200.
 */
export const PutRecords = kinesisAction<Input>(operations.PutRecords, (model, input, ctx) => {
  const stream = model.findReadable(streamRef(input, ctx));
  const records: RecordToPut[] = input.Records.map((entry) => ({
    data: blobBytes(entry.Data),
    partitionKey: entry.PartitionKey,
    explicitHashKey: entry.ExplicitHashKey,
  }));
  let total = 0;
  for (const record of records) {
    checkRecord(stream, record);
    total += recordSize(record);
  }
  if (total > MAX_PUT_RECORDS_BYTES)
    throw KinesisErrors.invalidArgument(
      `Records size ${total} bytes exceeds the PutRecords limit of ${MAX_PUT_RECORDS_BYTES} bytes: split the batch into smaller calls.`,
    );
  let failed = 0;
  const at = model.clock.now();
  const open = openShards(stream);
  const results = model.store.transaction(() =>
    records.map((record) => {
      const shard = shardFor(stream, record, open);
      const refusal = model.throughput.refuseWrite(stream, shard, record, at);
      if (refusal !== undefined) {
        failed++;
        return { ErrorCode: refusal.code, ErrorMessage: refusal.message };
      }
      const result = appendRecord(model, stream, shard, record);
      return { SequenceNumber: result.sequenceNumber, ShardId: result.shardId };
    }),
  );
  model.kinesisMetrics.putRecords(stream, records, failed);
  return { FailedRecordCount: failed, Records: results, EncryptionType: stream.encryptionType };
});
