import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import {
  CreateStreamCommand,
  KinesisClient,
  PutRecordsCommand,
  waitUntilStreamExists,
} from "@aws-sdk/client-kinesis";
import { CreateEventSourceMappingCommand, GetEventSourceMappingCommand } from "@aws-sdk/client-lambda";
import type { Browser } from "puppeteer-core";
import { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RegionView, Snapshot } from "../../emulator/dashboard/snapshot.js";
import { launchChromium } from "./support/browser.js";
import { LambdaClients } from "./support/lambda.js";
import { createQueue, useSnsEmulator } from "./support/sns-fixture.js";

const fixture = useSnsEmulator();
const STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/map-events";
let failuresArn: string;
let jobsArn: string;
let streamMapping: string;
let queueMapping: string;
let browser: Browser;
let live: { url: string; arn: string };

beforeAll(async () => {
  const { sqs, emulator } = fixture;
  failuresArn = (await createQueue(sqs, "map-failures")).arn;
  jobsArn = (await createQueue(sqs, "map-jobs")).arn;
  const kinesis = kinesisClient();
  await createStream(kinesis, "map-events", 2);
  kinesis.destroy();
  const lambda = new LambdaClients(emulator);
  const role = await lambda.role("map-reader");
  await lambda.iam.send(
    new PutRolePolicyCommand({
      RoleName: "map-reader",
      PolicyName: "read",
      PolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["kinesis:*", "sqs:*"], Resource: "*" }],
      }),
    }),
  );
  await lambda.createFunction("map-consumer", role);
  // Disabled: no poller runs, so what the dashboard shows stays as created.
  const create = async (EventSourceArn: string, extra: object) => {
    const { UUID } = await lambda.lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: "map-consumer",
        EventSourceArn,
        Enabled: false,
        ...extra,
      }),
    );
    while ((await lambda.lambda.send(new GetEventSourceMappingCommand({ UUID }))).State !== "Disabled")
      await new Promise((resolve) => setTimeout(resolve, 20));
    return UUID!;
  };
  streamMapping = await create(STREAM_ARN, {
    StartingPosition: "TRIM_HORIZON",
    BatchSize: 25,
    DestinationConfig: { OnFailure: { Destination: failuresArn } },
  });
  queueMapping = await create(jobsArn, { BatchSize: 5 });
  live = await createQueue(sqs, "map-live");
  await lambda.lambda.send(
    new CreateEventSourceMappingCommand({
      FunctionName: "map-consumer",
      EventSourceArn: live.arn,
      BatchSize: 10,
    }),
  );
  lambda.destroy();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function kinesisClient(): KinesisClient {
  return new KinesisClient({
    endpoint: fixture.emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
}

async function createStream(kinesis: KinesisClient, StreamName: string, ShardCount: number): Promise<void> {
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 30, minDelay: 1, maxDelay: 1 }, { StreamName });
}

async function snapshot(): Promise<Snapshot> {
  return (await (await fetch(`${fixture.emulator.url}/_eda/ui/snapshot`)).json()) as Snapshot;
}

async function region(): Promise<RegionView> {
  return (await snapshot()).regions.find((r) => r.region === "us-east-1")!;
}

describe("event source mappings in the dashboard", () => {
  it("lists each mapping with its source, function, State, BatchSize and on-failure destination", async () => {
    const { mappings } = await region();
    expect(mappings.find((m) => m.uuid === streamMapping)).toMatchObject({
      sourceArn: STREAM_ARN,
      functionName: "map-consumer",
      state: "Disabled",
      batchSize: 25,
      onFailureArn: failuresArn,
    });
    expect(mappings.find((m) => m.uuid === queueMapping)).toMatchObject({
      sourceArn: jobsArn,
      state: "Disabled",
      batchSize: 5,
    });
  });

  it("counts the on-failure destination among the failure queues, fed by its mapping", async () => {
    const { failures } = await region();
    expect(failures.find((f) => f.arn === failuresArn)?.sources).toEqual([`mapping ${streamMapping}`]);
  });

  it("draws each shard and the queue into their mapping, the mapping into its function and on to the failure queue", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.emulator.url}/_eda/ui`);
    await page.waitForSelector(`g.node.mapping[data-id="mapping/${streamMapping}"]`);
    const drawn = await page.$$eval(
      "g.node",
      (nodes: { getAttribute(name: string): string | null; textContent: string | null }[]) =>
        nodes.map((node) => ({ id: node.getAttribute("data-id"), text: node.textContent })),
    );
    const text = (id: string) => drawn.find((node) => node.id === id)?.text ?? "";
    expect(text(`mapping/${streamMapping}`)).toContain("Disabled  batch 25");
    expect(text(`mapping/${queueMapping}`)).toContain("Disabled  batch 5");
    expect(text("arn:aws:lambda:us-east-1:000000000000:function:map-consumer")).toContain("map-consumer");
    expect(text(failuresArn)).toMatch(/map-failures-[0-9a-f]{8}/);
    // The stream into its two shards, both shards into the stream's mapping, each of the two queues into its
    // own, the three mappings into the function, and the function on to the failure queue (dashed).
    const edges = await page.$$eval("path.edge", (paths: unknown[]) => paths.length);
    const dead = await page.$$eval("path.edge.dead", (paths: unknown[]) => paths.length);
    expect(edges).toBe(2 + 2 + 2 + 3 + 1);
    expect(dead).toBe(1);
    await page.close();
  });

  it("moves the function's invocations and the queue mapping's last result as its queue is consumed", async () => {
    const key = "000000000000/us-east-1/AWS/Lambda/map-consumer";
    const before = (await snapshot()).counters[key]?.Invocations ?? 0;
    await fixture.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: live.url,
        Entries: ["a", "b", "c"].map((body) => ({ Id: body, MessageBody: body })),
      }),
    );
    await vi.waitFor(
      async () => {
        const now = await snapshot();
        const view = now.regions.find((r) => r.region === "us-east-1")!;
        const queue = view.queues.find((q) => q.arn === live.arn)!;
        expect(queue.visible + queue.inFlight).toBe(0);
        expect(view.mappings.find((m) => m.sourceArn === live.arn)?.lastProcessingResult).toBe("OK");
        expect(now.counters[key]?.Invocations).toBeGreaterThan(before);
      },
      { timeout: 30_000, interval: 100 },
    );
  });

  it("shows the function's IteratorAge once a stream mapping delivered records", async () => {
    const kinesis = kinesisClient();
    await createStream(kinesis, "map-live-stream", 1);
    const lambda = new LambdaClients(fixture.emulator);
    await lambda.lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: "map-consumer",
        EventSourceArn: "arn:aws:kinesis:us-east-1:000000000000:stream/map-live-stream",
        StartingPosition: "TRIM_HORIZON",
      }),
    );
    lambda.destroy();
    await kinesis.send(
      new PutRecordsCommand({
        StreamName: "map-live-stream",
        Records: [1, 2, 3].map((n) => ({ PartitionKey: `k${n}`, Data: Buffer.from(`{"n":${n}}`) })),
      }),
    );
    kinesis.destroy();
    const key = "000000000000/us-east-1/AWS/Lambda/map-consumer";
    await vi.waitFor(
      async () => {
        const now = await snapshot();
        expect(now.counters[key]?.IteratorAge).toBeGreaterThanOrEqual(0);
        const view = now.regions.find((r) => r.region === "us-east-1")!;
        expect(
          view.mappings.find((m) => m.sourceArn.endsWith("/map-live-stream"))?.lastProcessingResult,
        ).toBe("OK");
      },
      { timeout: 30_000, interval: 100 },
    );
    const page = await browser.newPage();
    await page.goto(`${fixture.emulator.url}/_eda/ui`);
    const fn = await page.waitForSelector(
      `g.node[data-id="arn:aws:lambda:us-east-1:000000000000:function:map-consumer"]`,
    );
    expect(await fn!.evaluate((node: { textContent: string | null }) => node.textContent)).toMatch(
      /iterator age \d+ ms/,
    );
    await page.close();
  });
});
