import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { PATH_AWS_CLI, runCli } from "./support/cli-transport.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

/** One `aws kinesis <command>` process; its JSON output parsed, or its exit code and error text. */
async function kinesis(
  ...args: string[]
): Promise<{ exitCode: number; output: Record<string, unknown>; stderr: string }> {
  const run = await runCli(PATH_AWS_CLI, [
    "kinesis",
    ...args,
    "--endpoint-url",
    emulator.url,
    "--output",
    "json",
  ]);
  const output =
    run.exitCode === 0 && run.stdout.trim() !== "" ? (JSON.parse(run.stdout) as Record<string, unknown>) : {};
  return { exitCode: run.exitCode, output, stderr: run.stderr };
}

async function waitForActive(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { output } = await kinesis("describe-stream-summary", "--stream-name", name);
    if ((output.StreamDescriptionSummary as { StreamStatus?: string } | undefined)?.StreamStatus === "ACTIVE")
      return;
  }
  throw new Error(`stream ${name} never became ACTIVE`);
}

describe("Kinesis through the aws CLI (v1, HTTP/1.1)", () => {
  it("creates a stream, puts a record and reads it back", async () => {
    expect((await kinesis("create-stream", "--stream-name", "cli", "--shard-count", "3")).exitCode).toBe(0);
    await waitForActive("cli");
    const described = await kinesis("describe-stream", "--stream-name", "cli");
    const shards = (described.output.StreamDescription as { Shards: { HashKeyRange: unknown }[] }).Shards;
    expect(shards[2].HashKeyRange).toEqual({
      StartingHashKey: "226854911280625642308916404954512140970",
      EndingHashKey: "340282366920938463463374607431768211455",
    });
    const put = await kinesis(
      "put-record",
      "--stream-name",
      "cli",
      "--partition-key",
      "k",
      "--data",
      "hello",
    );
    expect(put.exitCode).toBe(0);
    const shardId = put.output.ShardId as string;
    const iterator = await kinesis(
      "get-shard-iterator",
      "--stream-name",
      "cli",
      "--shard-id",
      shardId,
      "--shard-iterator-type",
      "TRIM_HORIZON",
    );
    const records = await kinesis("get-records", "--shard-iterator", iterator.output.ShardIterator as string);
    const [record] = records.output.Records as {
      Data: string;
      PartitionKey: string;
      SequenceNumber: string;
    }[];
    expect(record).toMatchObject({
      Data: "aGVsbG8=",
      PartitionKey: "k",
      SequenceNumber: put.output.SequenceNumber,
    });
  });

  it("lists streams and reports a missing stream as ResourceNotFoundException", async () => {
    const listed = await kinesis("list-streams");
    expect(listed.output.StreamNames).toContain("cli");
    const missing = await kinesis("describe-stream", "--stream-name", "nope");
    expect(missing.exitCode).not.toBe(0);
    expect(missing.stderr).toContain("ResourceNotFoundException");
  });
});
