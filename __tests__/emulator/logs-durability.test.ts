import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

let dataDir: string;
const clock = new ManualClock(Date.UTC(2026, 0, 1));

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "logs-durability-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function withLogs<T>(
  work: (logs: CloudWatchLogsClient, emulator: RunningEmulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator({ port: 0, clock, dataDir, log: () => {} });
  const logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: "eu-west-1",
    credentials: { accessKeyId: "AKIDDURABLE", secretAccessKey: "secret" },
  });
  try {
    return await work(logs, emulator);
  } finally {
    logs.destroy();
    await emulator.stop();
  }
}

describe("CloudWatch Logs with a data dir", () => {
  it("keeps groups, their retention, streams and events across a restart", async () => {
    await withLogs(async (logs) => {
      await logs.send(new CreateLogGroupCommand({ logGroupName: "kept", tags: { a: "b" } }));
      await logs.send(new PutRetentionPolicyCommand({ logGroupName: "kept", retentionInDays: 30 }));
      await logs.send(new CreateLogStreamCommand({ logGroupName: "kept", logStreamName: "s" }));
      await logs.send(
        new PutLogEventsCommand({
          logGroupName: "kept",
          logStreamName: "s",
          logEvents: [
            { timestamp: clock.now() - 1, message: "one" },
            { timestamp: clock.now(), message: "two" },
          ],
        }),
      );
    });
    await withLogs(async (logs, emulator) => {
      const { logGroups } = await logs.send(new DescribeLogGroupsCommand({}));
      expect(logGroups?.map((g) => [g.logGroupName, g.retentionInDays, g.storedBytes])).toEqual([
        ["kept", 30, 6],
      ]);
      const { events } = await logs.send(
        new GetLogEventsCommand({ logGroupName: "kept", logStreamName: "s", startFromHead: true }),
      );
      expect(events?.map((e) => e.message)).toEqual(["one", "two"]);
      const summary = (await emulator.service("logs")).summary();
      expect(summary).toEqual({
        "000000000000": { "eu-west-1": { logGroups: 1, logStreams: 1, logEvents: 2 } },
      });
    });
  });

  it("POST /_eda/reset forgets every group, also on disk", async () => {
    await withLogs(async (logs, emulator) => {
      await logs.send(new CreateLogGroupCommand({ logGroupName: "forgotten" }));
      const reset = await fetch(`${emulator.url}/_eda/reset`, { method: "POST" });
      expect(reset.status).toBe(200);
      expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);
    });
    await withLogs(async (logs) => {
      expect((await logs.send(new DescribeLogGroupsCommand({}))).logGroups).toEqual([]);
    });
  });
});
