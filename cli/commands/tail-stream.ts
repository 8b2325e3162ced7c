import { KinesisClient, type _Record } from "@aws-sdk/client-kinesis";
import type { ClientConfig } from "../connection.js";
import { abortAfter, emit, type CommandIo } from "../io.js";
import { readStream, type StreamStart } from "../stream-reader.js";

export interface TailStreamOptions {
  readonly from?: Date;
  readonly trimHorizon?: boolean;
  readonly max?: number;
  readonly json?: boolean;
  readonly timeout?: number;
}

/** `eda tail stream <name>`: prints records as they arrive on every shard, from now (or `--from`). */
export async function tailStreamCommand(
  name: string,
  options: TailStreamOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const kinesis = new KinesisClient(client);
  const start: StreamStart =
    options.from !== undefined
      ? { at: "AT_TIMESTAMP", timestamp: options.from }
      : { at: options.trimHorizon === true ? "TRIM_HORIZON" : "LATEST" };
  const { signal, dispose } = abortAfter(io.signal, options.timeout);
  let shown = 0;
  try {
    await readStream(kinesis, name, {
      start,
      follow: true,
      signal,
      onRecords: (shardId, records) => {
        for (const record of records) {
          if (shown >= (options.max ?? Infinity)) return false;
          shown++;
          emit(io, options.json === true, recordJson(shardId, record), () => prettyRecord(shardId, record));
        }
        return shown < (options.max ?? Infinity);
      },
    });
    return 0;
  } finally {
    dispose();
    kinesis.destroy();
  }
}

/** A record as JSON output shows it: its data as text (UTF-8), and as parsed JSON when it is JSON. */
export function recordJson(shardId: string, record: _Record): Record<string, unknown> {
  const text = Buffer.from(record.Data ?? new Uint8Array()).toString("utf8");
  let data: unknown = text;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    // not JSON: shown as text
  }
  return {
    shardId,
    sequenceNumber: record.SequenceNumber,
    partitionKey: record.PartitionKey,
    arrival: record.ApproximateArrivalTimestamp?.toISOString(),
    data,
  };
}

function prettyRecord(shardId: string, record: _Record): string {
  const { data } = recordJson(shardId, record);
  return `${record.ApproximateArrivalTimestamp?.toISOString() ?? ""} ${shardId} ${record.PartitionKey} #${record.SequenceNumber}\n  ${typeof data === "string" ? data : JSON.stringify(data)}`;
}
