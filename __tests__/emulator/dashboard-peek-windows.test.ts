import {
  DescribeStreamSummaryCommand,
  CreateStreamCommand,
  KinesisClient,
  PutRecordCommand,
} from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import type { PeekView } from "../../emulator/dashboard/peek.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";

const STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/quiet";
const clock = new ManualClock(Date.UTC(2026, 0, 1));
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {}, clock });
  const kinesis = new KinesisClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  await kinesis.send(new CreateStreamCommand({ StreamName: "quiet", ShardCount: 1 }));
  const active = async () =>
    (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "quiet" }))).StreamDescriptionSummary
      ?.StreamStatus === "ACTIVE";
  while (!(await active())) clock.advance(1000);
  for (const n of [1, 2, 3]) {
    await kinesis.send(
      new PutRecordCommand({ StreamName: "quiet", PartitionKey: "k", Data: Buffer.from(`${n}`) }),
    );
    clock.advance(60_000);
  }
  kinesis.destroy();
  // The newest record is now ten minutes old: past the peek's first windows of 1 s, 8 s, 64 s and 512 s.
  clock.advance(7 * 60_000);
});

afterAll(async () => {
  await emulator.stop();
});

async function peekData(limit: number): Promise<string[]> {
  const response = await fetch(`${emulator.url}/_eda/ui/peek?arn=${STREAM_ARN}&limit=${limit}`);
  const view = (await response.json()) as PeekView;
  return view.kind === "stream" ? view.records.map((record) => record.data) : [];
}

describe("peeking at a quiet stream", () => {
  it("finds the newest records by reading from ever earlier times", async () => {
    expect(await peekData(2)).toEqual(["3", "2"]);
  });

  it("returns every record when the shard holds fewer than asked for", async () => {
    expect(await peekData(10)).toEqual(["3", "2", "1"]);
  });
});
