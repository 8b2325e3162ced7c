import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../../core/clock.js";
import type { ServiceInterfaces, SqsInterface } from "../../../../core/interfaces.js";
import type { ServiceContext } from "../../../../core/service.js";
import { standaloneContext } from "../../../../testing/standalone.js";
import { ACCOUNT, SqsKit } from "../../../sqs/testKit.js";
import type { MappingInvokeResult, MappingSettings, PollerHost, SourcePoller } from "../poller.js";
import type { SqsEventRecord } from "./event.js";
import { sqsPollerKind } from "./index.js";
import { DEFAULT_CONCURRENCY } from "./poller.js";

const ROLE = `arn:aws:iam::${ACCOUNT}:role/service/mapping-role`;
const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:consumer`;
const arnOf = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

/** One invocation the host was asked for, answered when the test says so. */
interface Call {
  readonly records: SqsEventRecord[];
  readonly answer: (result: MappingInvokeResult) => void;
}

const success = (payload: unknown = null): MappingInvokeResult => ({
  kind: "success",
  payload: Buffer.from(JSON.stringify(payload)),
});
const failure: MappingInvokeResult = {
  kind: "function-error",
  errorType: "Error",
  payload: Buffer.from('{"errorType":"Error","errorMessage":"boom"}'),
};

/** A PollerHost whose invocations wait for the test to answer them; it keeps what the poller reported. */
class ScriptedHost implements PollerHost {
  readonly calls: Call[] = [];
  readonly results: string[] = [];
  readonly lines: string[] = [];
  readonly core: ServiceContext;
  /** How many `use` calls fail as they do while a service is still loading. */
  loadingUses = 0;
  readonly executionRole = (): string => ROLE;

  constructor(
    readonly clock: ManualClock,
    sqs: SqsInterface,
  ) {
    const interfaces: Partial<ServiceInterfaces> = { sqs };
    const { context } = standaloneContext(clock, undefined, "Lambda");
    this.core = {
      ...context,
      use: <Name extends keyof ServiceInterfaces>(name: Name) =>
        this.loadingUses-- > 0
          ? Promise.reject(new Error(`${name} is loading`))
          : Promise.resolve(interfaces[name] as ServiceInterfaces[Name]),
    };
  }

  invoke(_settings: MappingSettings, payload: Buffer): Promise<MappingInvokeResult> {
    const { Records } = JSON.parse(payload.toString()) as { Records: SqsEventRecord[] };
    return new Promise((resolve) => this.calls.push({ records: Records, answer: resolve }));
  }

  sendToOnFailureDestination(): Promise<string | undefined> {
    return Promise.resolve("SQS mappings have no on-failure destination");
  }

  reportProcessingResult(_uuid: string, result: string): void {
    this.results.push(result);
  }

  log(line: string): void {
    this.lines.push(line);
  }

  /** Answers every call not answered yet, in order, with `result`. */
  async answerAll(result: MappingInvokeResult | ((call: Call) => MappingInvokeResult)): Promise<void> {
    for (const call of this.calls.splice(0))
      call.answer(typeof result === "function" ? result(call) : result);
    await settle();
  }

  bodies(): string[][] {
    return this.calls.map((call) => call.records.map((record) => record.body));
  }
}

/** Lets promises and the queue's wake-ups run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

let clock: ManualClock;
let sqs: SqsKit;
let host: ScriptedHost;
let pollers: SourcePoller[];

beforeEach(async () => {
  clock = new ManualClock();
  sqs = await SqsKit.start(clock);
  host = new ScriptedHost(clock, sqs.service.api as SqsInterface);
  pollers = [];
});

afterEach(async () => {
  for (const poller of pollers) {
    const stopping = poller.stop();
    await host.answerAll(success());
    await stopping;
  }
  await sqs.close();
});

function settings(queue: string, config: Partial<MappingSettings["config"]> = {}): MappingSettings {
  return {
    accountId: ACCOUNT,
    region: "us-east-1",
    config: {
      UUID: "6b1a0a3e-0000-4000-8000-000000000001",
      EventSourceArn: arnOf(queue),
      FunctionArn: FUNCTION_ARN,
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      ...config,
    },
  };
}

async function start(queue: string, config: Partial<MappingSettings["config"]> = {}): Promise<SourcePoller> {
  const poller = sqsPollerKind.start(settings(queue, config), host);
  pollers.push(poller);
  await settle();
  return poller;
}

async function send(queue: string, body: string, extra: Record<string, unknown> = {}): Promise<void> {
  await sqs.call("SendMessage", {
    QueueUrl: `${sqs.context().baseUrl}/${ACCOUNT}/${queue}`,
    MessageBody: body,
    ...extra,
  });
}

async function sendAll(
  queue: string,
  bodies: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  for (const body of bodies) await send(queue, body, extra);
}

async function depth(queue: string): Promise<{ visible: number; inFlight: number }> {
  const out = await sqs.call("GetQueueAttributes", {
    QueueUrl: `${sqs.context().baseUrl}/${ACCOUNT}/${queue}`,
    AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
  });
  const attributes = out.Attributes as Record<string, string>;
  return {
    visible: Number(attributes.ApproximateNumberOfMessages),
    inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible),
  };
}

const numbered = (n: number, prefix = "m") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe("the SQS poller", () => {
  it("sends a batch in AWS's event shape and deletes it once the function succeeds", async () => {
    await sqs.createQueue("orders");
    await send("orders", '{"id":1}', {
      MessageAttributes: { color: { DataType: "String", StringValue: "red" } },
    });
    await start("orders");
    const [record] = host.calls[0].records;
    expect(record).toMatchObject({
      body: '{"id":1}',
      md5OfBody: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      eventSource: "aws:sqs",
      eventSourceARN: arnOf("orders"),
      awsRegion: "us-east-1",
      attributes: {
        ApproximateReceiveCount: "1",
        SentTimestamp: String(clock.now()),
        ApproximateFirstReceiveTimestamp: String(clock.now()),
      },
      messageAttributes: {
        color: { stringValue: "red", stringListValues: [], binaryListValues: [], dataType: "String" },
      },
    });
    expect(record.attributes.SenderId).toBeTruthy();
    expect(record.messageId).toMatch(/^[0-9a-f-]{36}$/);
    await host.answerAll(success());
    expect(await depth("orders")).toEqual({ visible: 0, inFlight: 0 });
    expect(host.results).toEqual(["OK"]);
  });

  it("wakes on a new message without the clock moving", async () => {
    await sqs.createQueue("idle");
    await start("idle");
    expect(host.calls).toHaveLength(0);
    await send("idle", "now");
    await settle();
    expect(host.bodies()).toEqual([["now"]]);
  });

  it("leaves a failed batch to reappear after the queue's visibility timeout", async () => {
    await sqs.createQueue("retry", { VisibilityTimeout: "30" });
    await send("retry", "flaky");
    await start("retry");
    await host.answerAll(failure);
    expect(host.results).toEqual(["PROBLEM: Function call failed"]);
    expect(await depth("retry")).toEqual({ visible: 0, inFlight: 1 });
    clock.advance(29_999);
    await settle();
    expect(host.calls).toHaveLength(0);
    clock.advance(1);
    await settle();
    expect(host.calls[0].records[0].attributes.ApproximateReceiveCount).toBe("2");
  });

  it("lets the queue's redrive policy move a message that keeps failing to its dead-letter queue", async () => {
    await sqs.createQueue("dlq");
    await sqs.createQueue("source", {
      VisibilityTimeout: "10",
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arnOf("dlq"), maxReceiveCount: 2 }),
    });
    await send("source", "poison");
    await start("source");
    await host.answerAll(failure);
    clock.advance(10_000);
    await settle();
    await host.answerAll(failure);
    clock.advance(10_000);
    await settle();
    expect(host.calls).toHaveLength(0);
    expect(await depth("dlq")).toEqual({ visible: 1, inFlight: 0 });
  });

  it("deletes only the messages a ReportBatchItemFailures response does not name", async () => {
    await sqs.createQueue("partial", { VisibilityTimeout: "5" });
    await sendAll("partial", ["ok1", "bad", "ok2"]);
    await start("partial", { FunctionResponseTypes: ["ReportBatchItemFailures"] });
    await host.answerAll(({ records }) =>
      success({
        batchItemFailures: records
          .filter((r) => r.body === "bad")
          .map((r) => ({ itemIdentifier: r.messageId })),
      }),
    );
    expect(await depth("partial")).toEqual({ visible: 0, inFlight: 1 });
    clock.advance(5_000);
    await settle();
    expect(host.bodies()).toEqual([["bad"]]);
  });

  it("fails the whole batch when a ReportBatchItemFailures response names no message of it", async () => {
    await sqs.createQueue("invalid");
    await sendAll("invalid", ["a", "b"]);
    await start("invalid", { FunctionResponseTypes: ["ReportBatchItemFailures"] });
    await host.answerAll(success({ batchItemFailures: [{ itemIdentifier: "not-in-the-batch" }] }));
    expect(await depth("invalid")).toEqual({ visible: 0, inFlight: 2 });
    expect(host.results).toEqual(["PROBLEM: Function call failed"]);
  });

  it("ignores batchItemFailures without ReportBatchItemFailures and deletes the whole batch", async () => {
    await sqs.createQueue("plain");
    await sendAll("plain", ["a", "b"]);
    await start("plain");
    await host.answerAll(({ records }) =>
      success({ batchItemFailures: [{ itemIdentifier: records[0].messageId }] }),
    );
    expect(await depth("plain")).toEqual({ visible: 0, inFlight: 0 });
  });

  it("invokes with at most BatchSize messages", async () => {
    await sqs.createQueue("small");
    await sendAll("small", numbered(5));
    await start("small", { BatchSize: 3 });
    expect(host.calls.map((call) => call.records.length).sort()).toEqual([2, 3]);
  });

  it("waits for the batching window unless the batch fills first", async () => {
    await sqs.createQueue("windowed");
    await sendAll("windowed", numbered(15));
    await start("windowed", { BatchSize: 100, MaximumBatchingWindowInSeconds: 5 });
    expect(host.calls).toHaveLength(0);
    clock.advance(4_999);
    await settle();
    expect(host.calls).toHaveLength(0);
    clock.advance(1);
    await settle();
    expect(host.calls.map((call) => call.records.length)).toEqual([15]);
  });

  it("invokes as soon as a windowed batch is full", async () => {
    await sqs.createQueue("full");
    await start("full", { BatchSize: 20, MaximumBatchingWindowInSeconds: 60 });
    await sendAll("full", numbered(19));
    await settle();
    expect(host.calls).toHaveLength(0);
    await send("full", "last");
    await settle();
    expect(host.calls.map((call) => call.records.length)).toEqual([20]);
  });

  it("keeps each FIFO group in order and holds a group while its batch is in flight", async () => {
    await sqs.createQueue("ordered.fifo", { FifoQueue: "true", ContentBasedDeduplication: "true" });
    await sendAll("ordered.fifo", ["a1", "a2", "a3"], { MessageGroupId: "a" });
    await sendAll("ordered.fifo", ["b1", "b2"], { MessageGroupId: "b" });
    await start("ordered.fifo", { BatchSize: 1 });
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      expect(host.calls.length).toBeLessThanOrEqual(2);
      await host.answerAll((call) => {
        const [record] = call.records;
        seen.push(record.body);
        expect(record.attributes.MessageGroupId).toBe(record.body[0]);
        expect(record.attributes.SequenceNumber).toMatch(/^\d{20}$/);
        return success();
      });
    }
    expect(seen.filter((body) => body.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
    expect(seen.filter((body) => body.startsWith("b"))).toEqual(["b1", "b2"]);
  });

  it("runs at most ScalingConfig.MaximumConcurrency batches at once", async () => {
    await sqs.createQueue("capped");
    await sendAll("capped", numbered(6));
    await start("capped", { BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } });
    expect(host.calls).toHaveLength(2);
    await host.answerAll(success());
    expect(host.calls).toHaveLength(2);
  });

  it(`runs at most ${DEFAULT_CONCURRENCY} batches at once without a maximum concurrency`, async () => {
    await sqs.createQueue("busy");
    await sendAll("busy", numbered(8));
    await start("busy", { BatchSize: 1 });
    expect(host.calls).toHaveLength(DEFAULT_CONCURRENCY);
  });

  it("deletes the messages its filter criteria reject and sends the others", async () => {
    await sqs.createQueue("filtered");
    await sendAll("filtered", ['{"kind":"order"}', '{"kind":"refund"}', "plain text"]);
    await start("filtered", { FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] } });
    expect(host.bodies()).toEqual([['{"kind":"order"}']]);
    await host.answerAll(success());
    expect(await depth("filtered")).toEqual({ visible: 0, inFlight: 0 });
  });

  it("leaves a batch Lambda could not invoke to reappear, reports the problem and waits before trying again", async () => {
    await sqs.createQueue("throttled", { VisibilityTimeout: "1" });
    await send("throttled", "later");
    await start("throttled");
    await host.answerAll({ kind: "not-invoked", reason: "Throttled", detail: "Rate Exceeded." });
    expect(host.results).toEqual(["PROBLEM: Throttled: Rate Exceeded."]);
    expect(await depth("throttled")).toEqual({ visible: 0, inFlight: 1 });
    clock.advance(999);
    await settle();
    expect(host.calls).toHaveLength(0);
    clock.advance(1);
    await settle();
    expect(host.bodies()).toEqual([["later"]]);
  });

  it("reports a missing queue and starts reading it once it exists", async () => {
    await start("late");
    expect(host.results).toEqual([`PROBLEM: The queue ${arnOf("late")} does not exist.`]);
    await sqs.createQueue("late");
    await send("late", "finally");
    clock.advance(1_000);
    await settle();
    expect(host.bodies()).toEqual([["finally"]]);
  });

  it("waits for SQS and Lambda to finish loading without reporting a problem", async () => {
    await sqs.createQueue("booting");
    await send("booting", "early");
    host.loadingUses = 1;
    await start("booting");
    expect(host.calls).toHaveLength(0);
    clock.advance(50);
    await settle();
    expect(host.bodies()).toEqual([["early"]]);
    expect(host.results).toEqual([]);
  });

  it("reads the queue as the function's execution role, so the queue's policy applies", async () => {
    const policy = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Deny",
          Principal: { AWS: ROLE },
          Action: "sqs:ReceiveMessage",
          Resource: arnOf("guarded"),
        },
      ],
    };
    await sqs.createQueue("guarded", { Policy: JSON.stringify(policy) });
    await send("guarded", "secret");
    await start("guarded");
    expect(host.calls).toHaveLength(0);
    expect(host.results[0]).toMatch(/^PROBLEM: .*assumed-role\/mapping-role\/.*sqs:ReceiveMessage/);
  });

  it("returns a gathered batch to the queue when stopped", async () => {
    await sqs.createQueue("stopping");
    await send("stopping", "unsent");
    const poller = await start("stopping", { BatchSize: 50, MaximumBatchingWindowInSeconds: 30 });
    await poller.stop();
    expect(host.calls).toHaveLength(0);
    expect(await depth("stopping")).toEqual({ visible: 1, inFlight: 0 });
  });

  it("uses new settings for the next batch", async () => {
    await sqs.createQueue("updated");
    const poller = await start("updated", { BatchSize: 1 });
    poller.update(settings("updated", { BatchSize: 4 }));
    await sqs.call("SendMessageBatch", {
      QueueUrl: `${sqs.context().baseUrl}/${ACCOUNT}/updated`,
      Entries: numbered(4).map((body, i) => ({ Id: `e${i}`, MessageBody: body })),
    });
    await settle();
    expect(host.calls.map((call) => call.records.length)).toEqual([4]);
  });
});
