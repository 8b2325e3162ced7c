import {
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  type _Record,
} from "@aws-sdk/client-kinesis";
import { NodeHttpHandler } from "@smithy/node-http-handler";

export type KinesisHandler = "http2" | "http1";

/** A Kinesis client at the emulator: the SDK's default handler (HTTP/2 to http:// endpoints) or HTTP/1.1. */
export function kinesisClient(
  url: string,
  handler: KinesisHandler = "http2",
  accessKeyId = "AKIDKINESISTEST",
): KinesisClient {
  return new KinesisClient({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey: "secret" },
    ...(handler === "http1" ? { requestHandler: new NodeHttpHandler() } : {}),
  });
}

/** Polls DescribeStreamSummary until the stream is ACTIVE (its status delay is a few milliseconds). */
export async function waitForActive(client: KinesisClient, StreamName: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName }));
    if (StreamDescriptionSummary?.StreamStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`stream ${StreamName} never became ACTIVE`);
}

/** Reads a shard from TRIM_HORIZON until an empty page (open shard) or the end of a closed shard. */
export async function drainShard(
  client: KinesisClient,
  StreamName: string,
  ShardId: string,
): Promise<_Record[]> {
  const { ShardIterator } = await client.send(
    new GetShardIteratorCommand({ StreamName, ShardId, ShardIteratorType: "TRIM_HORIZON" }),
  );
  const records: _Record[] = [];
  let iterator = ShardIterator;
  while (iterator !== undefined) {
    const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
    records.push(...(page.Records ?? []));
    if ((page.Records ?? []).length === 0 && page.NextShardIterator !== undefined) break;
    iterator = page.NextShardIterator;
  }
  return records;
}
