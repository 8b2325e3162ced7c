import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  GetLogEventsCommand,
  ListTagsForResourceCommand,
  ListTagsLogGroupCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  TagResourceCommand,
  UntagLogGroupCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

const DAY_MS = 86_400_000;
const clock = new ManualClock(Date.UTC(2026, 0, 1));
let emulator: RunningEmulator;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDLOGSTEST", secretAccessKey: "secret" },
  });
});

afterAll(async () => {
  logs.destroy();
  await emulator.stop();
});

let counter = 0;
const uniqueGroup = (label: string): string => `/eda/test/${label}-${++counter}`;

async function groupWithStream(label: string): Promise<{ group: string; stream: string }> {
  const group = uniqueGroup(label);
  await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: "main" }));
  return { group, stream: "main" };
}

describe("CloudWatch Logs groups via the AWS SDK", () => {
  it("DescribeLogGroups returns the fields the Terraform provider reads", async () => {
    const group = uniqueGroup("describe");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 14 }));
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: group }));
    expect(logGroups).toEqual([
      {
        logGroupName: group,
        creationTime: clock.now(),
        retentionInDays: 14,
        metricFilterCount: 0,
        arn: `arn:aws:logs:us-east-1:000000000000:log-group:${group}:*`,
        logGroupArn: `arn:aws:logs:us-east-1:000000000000:log-group:${group}`,
        storedBytes: 0,
        logGroupClass: "STANDARD",
      },
    ]);
  });

  it("DeleteRetentionPolicy removes retentionInDays from the description", async () => {
    const group = uniqueGroup("noretention");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 7 }));
    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: group }));
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: group }));
    expect(logGroups?.[0].retentionInDays).toBeUndefined();
  });

  it("PutRetentionPolicy with a period AWS does not offer fails with InvalidParameterException", async () => {
    const group = uniqueGroup("badretention");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await expect(
      logs.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 4 })),
    ).rejects.toMatchObject({ name: "InvalidParameterException" });
  });

  it("CreateLogGroup of an existing name fails with ResourceAlreadyExistsException", async () => {
    const group = uniqueGroup("twice");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: group }))).rejects.toMatchObject({
      name: "ResourceAlreadyExistsException",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("a log group name outside AWS's pattern fails with InvalidParameterException naming the constraint", async () => {
    await expect(logs.send(new CreateLogGroupCommand({ logGroupName: "bad name" }))).rejects.toMatchObject({
      name: "InvalidParameterException",
      message: expect.stringContaining("at 'logGroupName' failed to satisfy constraint") as unknown,
    });
  });

  it("DeleteLogGroup of a missing group fails with ResourceNotFoundException", async () => {
    await expect(
      logs.send(new DeleteLogGroupCommand({ logGroupName: uniqueGroup("missing") })),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });

  it("DescribeLogGroups pages through the groups with nextToken", async () => {
    const prefix = uniqueGroup("page");
    for (const suffix of ["a", "b", "c"])
      await logs.send(new CreateLogGroupCommand({ logGroupName: `${prefix}/${suffix}` }));
    const first = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, limit: 2 }));
    const second = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, limit: 2, nextToken: first.nextToken }),
    );
    expect(first.logGroups?.map((g) => g.logGroupName)).toEqual([`${prefix}/a`, `${prefix}/b`]);
    expect(second.logGroups?.map((g) => g.logGroupName)).toEqual([`${prefix}/c`]);
    expect(second.nextToken).toBeUndefined();
  });

  it("DescribeLogGroups with logGroupNamePattern matches anywhere in the name, ignoring case", async () => {
    const group = uniqueGroup("Pattern-Match");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    const { logGroups } = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePattern: group.slice(11).toLowerCase() }),
    );
    expect(logGroups?.map((g) => g.logGroupName)).toEqual([group]);
  });

  it("tags set at creation and through TagResource read back through both tag APIs", async () => {
    const group = uniqueGroup("tags");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group, tags: { env: "local" } }));
    const arn = `arn:aws:logs:us-east-1:000000000000:log-group:${group}`;
    await logs.send(new TagResourceCommand({ resourceArn: arn, tags: { team: "eda" } }));
    await logs.send(new UntagLogGroupCommand({ logGroupName: group, tags: ["env"] }));
    expect((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({
      team: "eda",
    });
    expect((await logs.send(new ListTagsLogGroupCommand({ logGroupName: group }))).tags).toEqual({
      team: "eda",
    });
  });
});

describe("CloudWatch Logs events via the AWS SDK", () => {
  it("GetLogEvents from the head returns events in time order and a forward token that repeats at the end", async () => {
    const { group, stream } = await groupWithStream("get");
    const now = clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [1, 2, 3].map((i) => ({ timestamp: now + i, message: `line ${i}` })),
      }),
    );
    const first = await logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true, limit: 2 }),
    );
    expect(first.events?.map((e) => e.message)).toEqual(["line 1", "line 2"]);
    const second = await logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        nextToken: first.nextForwardToken,
      }),
    );
    expect(second.events?.map((e) => e.message)).toEqual(["line 3"]);
    const end = await logs.send(
      new GetLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        nextToken: second.nextForwardToken,
      }),
    );
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(second.nextForwardToken);
  });

  it("PutLogEvents with events out of chronological order fails with InvalidParameterException", async () => {
    const { group, stream } = await groupWithStream("order");
    const now = clock.now();
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: group,
          logStreamName: stream,
          logEvents: [
            { timestamp: now, message: "second" },
            { timestamp: now - 1, message: "first" },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidParameterException" });
  });

  it("PutLogEvents spanning more than 24 hours fails with InvalidParameterException", async () => {
    const { group, stream } = await groupWithStream("span");
    const now = clock.now();
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: group,
          logStreamName: stream,
          logEvents: [
            { timestamp: now - DAY_MS - 1, message: "old" },
            { timestamp: now, message: "new" },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: "InvalidParameterException",
      message: expect.stringContaining("24 hours") as unknown,
    });
  });

  it("PutLogEvents reports events older than 14 days and over 2 hours ahead in rejectedLogEventsInfo and keeps the rest", async () => {
    const { group, stream } = await groupWithStream("rejected");
    const now = clock.now();
    const reply = await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        sequenceToken: "ignored-since-2023",
        logEvents: [
          { timestamp: now - 14 * DAY_MS - 1000, message: "too old" },
          { timestamp: now - 14 * DAY_MS + 3_600_000, message: "kept" },
        ],
      }),
    );
    expect(reply.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 1 });
    const future = await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [
          { timestamp: now, message: "kept too" },
          { timestamp: now + 3 * 3_600_000, message: "too new" },
        ],
      }),
    );
    expect(future.rejectedLogEventsInfo).toEqual({ tooNewLogEventStartIndex: 1 });
    const events = await logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true }),
    );
    expect(events.events?.map((e) => e.message)).toEqual(["kept", "kept too"]);
  });

  it("PutLogEvents to a missing stream fails with ResourceNotFoundException", async () => {
    const group = uniqueGroup("nostream");
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: group,
          logStreamName: "nope",
          logEvents: [{ timestamp: clock.now(), message: "x" }],
        }),
      ),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      message: "The specified log stream does not exist.",
    });
  });

  it("DescribeLogStreams reports the first and last event timestamps and stored bytes", async () => {
    const { group, stream } = await groupWithStream("streams");
    const now = clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [
          { timestamp: now - 10, message: "abc" },
          { timestamp: now - 5, message: "de" },
        ],
      }),
    );
    const { logStreams } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: group }));
    expect(logStreams?.[0]).toMatchObject({
      logStreamName: stream,
      firstEventTimestamp: now - 10,
      lastEventTimestamp: now - 5,
      storedBytes: 5,
      arn: `arn:aws:logs:us-east-1:000000000000:log-group:${group}:log-stream:${stream}`,
    });
  });

  it("retention drops events once they are older than the group's retention on the emulator clock", async () => {
    const { group, stream } = await groupWithStream("retention");
    const start = clock.now();
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 1 }));
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [{ timestamp: start, message: "early" }],
      }),
    );
    clock.advance(DAY_MS / 2);
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [{ timestamp: clock.now(), message: "late" }],
      }),
    );
    clock.advance(DAY_MS / 2 + 120_000);
    const { events } = await logs.send(
      new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true }),
    );
    expect(events?.map((e) => e.message)).toEqual(["late"]);
  });
});
