import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  PutLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

const GROUP = "/eda/filter";
const clock = new ManualClock(Date.UTC(2026, 0, 1));
let emulator: RunningEmulator;
let logs: CloudWatchLogsClient;

const MESSAGES = {
  app: [
    "ERROR timeout talking to db",
    "WARN slow response",
    "INFO request served",
    'ERROR "disk full" on /var',
    JSON.stringify({ level: "ERROR", latency: 250, user: { id: 7 }, tags: ["a"] }),
    JSON.stringify({ level: "INFO", latency: 20, user: { id: 8 } }),
  ],
  access: [
    '127.0.0.1 frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534',
    '127.0.0.2 alice [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" 404 2326',
  ],
};

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  logs = new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDFILTERTEST", secretAccessKey: "secret" },
  });
  await logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const [stream, messages] of Object.entries(MESSAGES)) {
    await logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: stream,
        logEvents: messages.map((message, i) => ({ timestamp: clock.now() + i, message })),
      }),
    );
  }
});

afterAll(async () => {
  logs.destroy();
  await emulator.stop();
});

async function filter(filterPattern: string): Promise<string[]> {
  const { events } = await logs.send(new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern }));
  return (events ?? []).map((event) => event.message ?? "");
}

describe("FilterLogEvents filter patterns via the AWS SDK", () => {
  it("a term matches the events that contain it", async () => {
    expect(await filter("timeout")).toEqual(["ERROR timeout talking to db"]);
  });

  it("several terms must all appear", async () => {
    expect(await filter("ERROR db")).toEqual(["ERROR timeout talking to db"]);
  });

  it("a quoted phrase matches as one term", async () => {
    expect(await filter('"disk full"')).toEqual(['ERROR "disk full" on /var']);
  });

  it("a -term excludes the events that contain it", async () => {
    expect(await filter("ERROR -timeout -latency")).toEqual(['ERROR "disk full" on /var']);
  });

  it("?terms match events that contain any one of them", async () => {
    expect(await filter("?WARN ?timeout")).toEqual(["ERROR timeout talking to db", "WARN slow response"]);
  });

  it("a JSON pattern compares a string member", async () => {
    expect(await filter('{ $.level = "ERROR" }')).toEqual([MESSAGES.app[4]]);
  });

  it("a JSON pattern with || and a numeric comparison on a nested member", async () => {
    expect(await filter("{ $.latency < 100 || $.user.id = 7 }")).toEqual([MESSAGES.app[4], MESSAGES.app[5]]);
  });

  it("a JSON pattern with && requires both comparisons", async () => {
    expect(await filter('{ ($.level = "INFO") && ($.latency > 100) }')).toEqual([]);
  });

  it("a space-delimited pattern binds fields by position and compares one numerically", async () => {
    expect(await filter("[ip, user, timestamp, request, status_code = 404, bytes]")).toEqual([
      MESSAGES.access[1],
    ]);
  });

  it("a space-delimited pattern with an ellipsis and a wildcard value", async () => {
    expect(await filter("[ip = 127.0.0.1, ..., bytes > 1000]")).toEqual([MESSAGES.access[0]]);
    expect(await filter("[..., request = *index*, status, bytes]")).toEqual([MESSAGES.access[1]]);
  });

  it("a %regular expression% pattern matches by regular expression", async () => {
    expect(await filter("%WARN|INFO r%")).toEqual(["WARN slow response", "INFO request served"]);
  });

  it("an empty pattern matches every event of every stream in time order", async () => {
    expect(await filter("")).toHaveLength(MESSAGES.app.length + MESSAGES.access.length);
  });

  it("an unbalanced JSON pattern fails with InvalidParameterException", async () => {
    await expect(filter('{ $.level = "ERROR"')).rejects.toMatchObject({ name: "InvalidParameterException" });
  });

  it("limit and nextToken page through the matches", async () => {
    const first = await logs.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: "ERROR", limit: 1 }),
    );
    const second = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: GROUP,
        filterPattern: "ERROR",
        limit: 5,
        nextToken: first.nextToken,
      }),
    );
    expect(first.events?.map((e) => e.message)).toEqual(["ERROR timeout talking to db"]);
    expect(second.events?.map((e) => e.message)).toEqual(['ERROR "disk full" on /var', MESSAGES.app[4]]);
    expect(second.nextToken).toBeUndefined();
  });
});
