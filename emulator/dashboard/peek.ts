import type { ServiceHost } from "../core/host.js";
import type {
  KinesisInterface,
  KinesisShardPosition,
  KinesisStartingPosition,
  KinesisStreamRecord,
  SqsInterface,
  SqsPeekedMessage,
} from "../core/interfaces.js";

/** The most a peek shows, and what it shows when asked for no particular number. */
export const PEEK_MAX = 50;
export const PEEK_DEFAULT = 10;

export interface PeekedRecord {
  readonly shardId: string;
  readonly sequenceNumber: string;
  readonly partitionKey: string;
  /** The data as UTF-8 text when it is valid UTF-8, else base64 (`encoding` says which). */
  readonly data: string;
  readonly encoding: "utf8" | "base64";
  /** Epoch milliseconds (ApproximateArrivalTimestamp). */
  readonly arrivedAt: number;
}

export type PeekView =
  | {
      readonly kind: "queue";
      readonly arn: string;
      readonly visible: number;
      readonly inFlight: number;
      readonly delayed: number;
      /** Newest first. */
      readonly messages: readonly SqsPeekedMessage[];
    }
  | {
      readonly kind: "stream";
      readonly arn: string;
      /** Set when one shard was peeked; else the records are the stream's newest across its shards. */
      readonly shardId?: string;
      /** Newest first. */
      readonly records: readonly PeekedRecord[];
    };

/** Why a peek could not be answered: what the caller should change, with the HTTP status to send. */
export interface PeekRefusal {
  readonly status: 400 | 404;
  readonly error: "InvalidParameter" | "NotFound";
  readonly message: string;
}

/**
 * The newest messages of a queue or records of a stream (or one shard), read through the services' read-only
 * interfaces: a peek receives nothing and reads no GetRecords, so no receive count, visibility, throughput or
 * metric changes. Services that never loaded hold nothing and are not loaded for this.
 */
export function peek(host: ServiceHost, query: URLSearchParams): PeekView | PeekRefusal {
  const arn = query.get("arn");
  if (!arn)
    return invalid(
      "Give the queue's or the stream's ARN as ?arn=… (and ?shard=… for one shard of a stream).",
    );
  const limitText = query.get("limit") ?? String(PEEK_DEFAULT);
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > PEEK_MAX)
    return invalid(`limit must be a whole number from 1 to ${PEEK_MAX}, not ${limitText}.`);
  const service = arn.split(":")[2];
  if (service === "sqs") {
    const found = (host.loaded("sqs")?.api as SqsInterface | undefined)?.peek(arn, limit);
    return found === undefined ? notFound(`There is no queue ${arn}.`) : { kind: "queue", arn, ...found };
  }
  if (service === "kinesis") {
    const kinesis = host.loaded("kinesis")?.api as KinesisInterface | undefined;
    return peekStream(kinesis, arn, query.get("shard") ?? undefined, limit, host.clock.now());
  }
  return invalid(`${arn} is neither an SQS queue's nor a Kinesis stream's ARN.`);
}

function peekStream(
  kinesis: KinesisInterface | undefined,
  arn: string,
  shardId: string | undefined,
  limit: number,
  now: number,
): PeekView | PeekRefusal {
  const shards = kinesis?.shards(arn);
  if (kinesis === undefined || shards === undefined) return notFound(`There is no readable stream ${arn}.`);
  if (shardId !== undefined && !shards.some((shard) => shard.shardId === shardId))
    return notFound(`Stream ${arn} has no readable shard ${shardId}.`);
  const peeked = shardId === undefined ? shards.map((shard) => shard.shardId) : [shardId];
  const records = peeked
    .flatMap((id) => newestInShard(kinesis, arn, id, limit, now).map((record) => view(id, record)))
    .sort((a, b) => b.arrivedAt - a.arrivedAt || compareSequence(b.sequenceNumber, a.sequenceNumber))
    .slice(0, limit);
  return { kind: "stream", arn, ...(shardId === undefined ? {} : { shardId }), records };
}

/** The first window looked at, and how much each next one widens: a busy shard is read for a second only. */
const FIRST_WINDOW_MS = 1000;
const WIDENING = 8;
/** Kinesis keeps records for at most 365 days: a wider window is the whole shard. */
const LONGEST_RETENTION_MS = 365 * 24 * 3600 * 1000;
const READ_BATCH = 1000;
const READ_BYTES = 10 * 1024 * 1024;

/**
 * A shard is read forwards only, so its newest records are found by reading from ever earlier times (1 s ago,
 * 8 s ago, …, then the trim horizon) until a window holds `limit` of them: a busy shard costs about a second of
 * records, a quiet one a few short reads.
 */
function newestInShard(
  kinesis: KinesisInterface,
  arn: string,
  shardId: string,
  limit: number,
  now: number,
): KinesisStreamRecord[] {
  for (let window = FIRST_WINDOW_MS; ; window *= WIDENING) {
    const whole = window > LONGEST_RETENTION_MS;
    const start: KinesisStartingPosition = whole
      ? { type: "TRIM_HORIZON" }
      : { type: "AT_TIMESTAMP", timestamp: now - window };
    const resolved = kinesis.position(arn, shardId, start);
    if (!resolved.ok) return [];
    const tail = readTail(kinesis, arn, shardId, resolved.position, limit);
    if (whole || tail.length >= limit) return tail.reverse();
  }
}

/** The last `limit` records from `position` to the shard's end, in sequence order. */
function readTail(
  kinesis: KinesisInterface,
  arn: string,
  shardId: string,
  position: KinesisShardPosition,
  limit: number,
): KinesisStreamRecord[] {
  let tail: KinesisStreamRecord[] = [];
  let at = position;
  for (;;) {
    const read = kinesis.read(arn, shardId, at, READ_BATCH, READ_BYTES);
    if (!read.ok || read.records.length === 0) return tail;
    tail = [...tail, ...read.records].slice(-limit);
    if (read.millisBehindLatest === 0) return tail;
    at = read.next;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function view(shardId: string, record: KinesisStreamRecord): PeekedRecord {
  let data: string;
  let encoding: PeekedRecord["encoding"] = "utf8";
  try {
    data = utf8.decode(record.data);
  } catch {
    data = record.data.toString("base64");
    encoding = "base64";
  }
  return {
    shardId,
    sequenceNumber: record.sequenceNumber,
    partitionKey: record.partitionKey,
    data,
    encoding,
    arrivedAt: record.approximateArrivalTimestamp,
  };
}

/** Sequence numbers are decimal strings too long for a double. */
const compareSequence = (a: string, b: string): number =>
  BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;

const invalid = (message: string): PeekRefusal => ({ status: 400, error: "InvalidParameter", message });
const notFound = (message: string): PeekRefusal => ({ status: 404, error: "NotFound", message });
