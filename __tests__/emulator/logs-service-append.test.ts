import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  GetLogEventsCommand,
  PutRetentionPolicyCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LogsInterface } from "../../emulator/core/interfaces.js";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 0, 1);
const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const STREAM = "2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef";
const clock = new ManualClock(NOW);
let emulator: RunningEmulator;
let client: CloudWatchLogsClient;
let logs: LogsInterface;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  client = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: REGION,
    credentials: { accessKeyId: "AKIDLOGSTEST", secretAccessKey: "secret" },
  });
  logs = (await emulator.service("logs")).api as LogsInterface;
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

async function messages(group: string): Promise<string[]> {
  const { events } = await client.send(
    new GetLogEventsCommand({ logGroupName: group, logStreamName: STREAM, startFromHead: true }),
  );
  return (events ?? []).map((event) => event.message ?? "");
}

describe("CloudWatch Logs writing for services (LogsInterface)", () => {
  it("creates the group and the stream when asked, and GetLogEvents returns the lines in timestamp order", async () => {
    const group = "/aws/lambda/created-by-append";
    const result = logs.append(
      ACCOUNT,
      REGION,
      group,
      STREAM,
      [
        { timestamp: NOW - 10, message: "END RequestId: r1" },
        { timestamp: NOW - 20, message: "START RequestId: r1 Version: $LATEST" },
      ],
      { createGroup: true },
    );
    expect(result).toEqual({ appended: true });
    expect(await messages(group)).toEqual(["START RequestId: r1 Version: $LATEST", "END RequestId: r1"]);
    const { logStreams } = await client.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    expect(logStreams?.map((stream) => stream.logStreamName)).toEqual([STREAM]);
  });

  it("answers ResourceNotFoundException for a missing group when it may not create it, and creates nothing", async () => {
    const group = "/aws/lambda/not-created";
    const result = logs.append(ACCOUNT, REGION, group, STREAM, [{ timestamp: NOW, message: "x" }], {
      createGroup: false,
    });
    expect(result).toMatchObject({ appended: false, reason: "ResourceNotFoundException" });
    const { logGroups } = await client.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: group }));
    expect(logGroups).toEqual([]);
  });

  it("appends to an existing group's new stream without creating the group again", async () => {
    const group = "/aws/lambda/existing";
    await client.send(new CreateLogGroupCommand({ logGroupName: group }));
    const result = logs.append(ACCOUNT, REGION, group, STREAM, [{ timestamp: NOW, message: "line" }], {
      createGroup: false,
    });
    expect(result).toEqual({ appended: true });
    expect(await messages(group)).toEqual(["line"]);
  });

  it("does not store events already older than the group's retention", async () => {
    const group = "/aws/lambda/retained";
    await client.send(new CreateLogGroupCommand({ logGroupName: group }));
    await client.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 1 }));
    logs.append(
      ACCOUNT,
      REGION,
      group,
      STREAM,
      [
        { timestamp: NOW - 2 * DAY_MS, message: "expired" },
        { timestamp: NOW, message: "kept" },
      ],
      { createGroup: false },
    );
    expect(await messages(group)).toEqual(["kept"]);
  });

  it("drops appended events once the group's retention passes", async () => {
    const group = "/aws/lambda/ageing";
    await client.send(new CreateLogGroupCommand({ logGroupName: group }));
    await client.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 1 }));
    logs.append(ACCOUNT, REGION, group, STREAM, [{ timestamp: clock.now(), message: "soon gone" }], {
      createGroup: false,
    });
    clock.advance(2 * DAY_MS);
    expect(await messages(group)).toEqual([]);
  });
});
