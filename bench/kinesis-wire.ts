/** What every Kinesis row writes: a stream of this many shards, and PutRecords calls of these records. */
export const SHARDS = 4;
export const RECORDS_PER_CALL = 100;
export const RECORD_BYTES = 100;
