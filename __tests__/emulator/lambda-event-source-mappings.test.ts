import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { CreateStreamCommand, KinesisClient } from "@aws-sdk/client-kinesis";
import {
  CreateAliasCommand,
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  DeleteFunctionCommand,
  GetEventSourceMappingCommand,
  ListEventSourceMappingsCommand,
  ListTagsCommand,
  PublishVersionCommand,
  UpdateEventSourceMappingCommand,
  type CreateEventSourceMappingCommandInput,
} from "@aws-sdk/client-lambda";
import { CreateQueueCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../emulator/core/clock.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEFAULT_CREDENTIALS, failure } from "./support/iam-clients.js";
import { LambdaClients } from "./support/lambda.js";

const ACCOUNT = "000000000000";
const REGION = "us-east-1";
const STREAM_ARN = `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders`;
const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:jobs`;
const FIFO_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:jobs.fifo`;
const FAILURES_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:failures`;
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:consumer`;
/** When the emulator starts: LastModified is read in epoch seconds. */
const START = Date.UTC(2024, 0, 1);

/** An execution role policy with what Lambda's pollers need for both sources and the failure queue. */
const READER_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: [
        "kinesis:GetRecords",
        "kinesis:GetShardIterator",
        "kinesis:DescribeStream",
        "kinesis:ListShards",
        "sqs:ReceiveMessage",
        "sqs:DeleteMessage",
        "sqs:GetQueueAttributes",
        "sqs:SendMessage",
      ],
      Resource: "*",
    },
  ],
});

interface Harness {
  emulator: RunningEmulator;
  clients: LambdaClients;
  clock: ManualClock;
}

/** An emulator with a readable stream and queues, a function whose role may read them, and one whose may not. */
async function startHarness(dataDir?: string): Promise<Harness> {
  const clock = new ManualClock(START);
  const emulator = await startEmulator({ port: 0, log: () => {}, clock, dataDir });
  const clients = new LambdaClients(emulator);
  return { emulator, clients, clock };
}

async function provision({ emulator, clients, clock }: Harness): Promise<void> {
  const reader = await clients.role("reader");
  await clients.iam.send(
    new PutRolePolicyCommand({ RoleName: "reader", PolicyName: "read", PolicyDocument: READER_POLICY }),
  );
  const nobody = await clients.role("nobody");
  await clients.createFunction("consumer", reader);
  await clients.createFunction("stranger", nobody);
  const config = { endpoint: emulator.url, region: REGION, credentials: DEFAULT_CREDENTIALS };
  const kinesis = new KinesisClient(config);
  const sqs = new SQSClient(config);
  await kinesis.send(new CreateStreamCommand({ StreamName: "orders", ShardCount: 1 }));
  for (const QueueName of ["jobs", "failures"]) await sqs.send(new CreateQueueCommand({ QueueName }));
  await sqs.send(new CreateQueueCommand({ QueueName: "jobs.fifo", Attributes: { FifoQueue: "true" } }));
  kinesis.destroy();
  sqs.destroy();
  clock.advance(1000);
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await provision(harness);
});

afterAll(async () => {
  harness.clients.destroy();
  await harness.emulator.stop();
});

function settle(): void {
  harness.clock.advance(1000);
}

/** Mappings the current test created: removed after it even when it fails, so the next test starts clean. */
const leftovers = new Set<string>();

afterEach(async () => {
  settle();
  for (const UUID of leftovers) {
    await harness.clients.lambda.send(new DeleteEventSourceMappingCommand({ UUID })).catch(() => undefined);
  }
  leftovers.clear();
  settle();
});

async function create(input: Partial<CreateEventSourceMappingCommandInput>) {
  const output = await harness.clients.lambda.send(
    new CreateEventSourceMappingCommand({ FunctionName: "consumer", ...input }),
  );
  leftovers.add(output.UUID ?? "");
  return output;
}

function get(UUID: string) {
  return harness.clients.lambda.send(new GetEventSourceMappingCommand({ UUID }));
}

function withoutMetadata<T extends { $metadata?: unknown }>(output: T): Omit<T, "$metadata"> {
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}

describe("a Kinesis stream's mapping", () => {
  it("is created with AWS's stream defaults, reports Creating, then reads back Enabled", async () => {
    const created = await create({ EventSourceArn: STREAM_ARN, StartingPosition: "TRIM_HORIZON" });
    const uuid = created.UUID ?? "";
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const expected = {
      UUID: uuid,
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 0,
      ParallelizationFactor: 1,
      EventSourceArn: STREAM_ARN,
      FunctionArn: FUNCTION_ARN,
      LastModified: created.LastModified,
      LastProcessingResult: "No records processed",
      State: "Creating",
      StateTransitionReason: "User action",
      DestinationConfig: { OnFailure: {} },
      MaximumRecordAgeInSeconds: -1,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: -1,
      TumblingWindowInSeconds: 0,
      FunctionResponseTypes: [],
      EventSourceMappingArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:event-source-mapping:${uuid}`,
    };
    expect(withoutMetadata(created)).toEqual(expected);
    expect(created.LastModified?.getTime()).toBe(harness.clock.now());
    settle();
    expect(withoutMetadata(await get(uuid))).toEqual({ ...expected, State: "Enabled" });
  });

  it("keeps every retry, bisect, age, window, filter and destination setting it was given", async () => {
    const settings: Partial<CreateEventSourceMappingCommandInput> = {
      StartingPosition: "AT_TIMESTAMP",
      StartingPositionTimestamp: new Date(START),
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 5,
      ParallelizationFactor: 4,
      MaximumRecordAgeInSeconds: 3600,
      MaximumRetryAttempts: 3,
      BisectBatchOnFunctionError: true,
      TumblingWindowInSeconds: 60,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      FilterCriteria: { Filters: [{ Pattern: '{"data":{"kind":["order"]}}' }] },
      DestinationConfig: { OnFailure: { Destination: FAILURES_ARN } },
    };
    const created = await create({ EventSourceArn: STREAM_ARN, ...settings });
    expect(created).toMatchObject(settings);
    settle();
    expect(await get(created.UUID ?? "")).toMatchObject({ ...settings, State: "Enabled" });
  });

  it("names the alias in FunctionArn when FunctionName is qualified", async () => {
    const { lambda } = harness.clients;
    await lambda.send(new PublishVersionCommand({ FunctionName: "consumer" }));
    await lambda.send(
      new CreateAliasCommand({ FunctionName: "consumer", Name: "live", FunctionVersion: "1" }),
    );
    const created = await create({
      FunctionName: `${FUNCTION_ARN}:live`,
      EventSourceArn: STREAM_ARN,
      StartingPosition: "LATEST",
    });
    expect(created.FunctionArn).toBe(`${FUNCTION_ARN}:live`);
    settle();
  });
});

describe("an SQS queue's mapping", () => {
  it("reports batch settings only (no stream settings) and settles Disabled when created disabled", async () => {
    const created = await create({ EventSourceArn: QUEUE_ARN, Enabled: false });
    const uuid = created.UUID ?? "";
    const expected = {
      UUID: uuid,
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      EventSourceArn: QUEUE_ARN,
      FunctionArn: FUNCTION_ARN,
      LastModified: created.LastModified,
      State: "Creating",
      StateTransitionReason: "USER_INITIATED",
      FunctionResponseTypes: [],
      EventSourceMappingArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:event-source-mapping:${uuid}`,
    };
    expect(withoutMetadata(created)).toEqual(expected);
    settle();
    expect(withoutMetadata(await get(uuid))).toEqual({ ...expected, State: "Disabled" });
  });

  it("takes up to 10000 messages a batch with a batching window, and a maximum concurrency", async () => {
    const created = await create({
      EventSourceArn: QUEUE_ARN,
      BatchSize: 10000,
      MaximumBatchingWindowInSeconds: 1,
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    expect(created).toMatchObject({ BatchSize: 10000, ScalingConfig: { MaximumConcurrency: 2 } });
    settle();
  });
});

describe("UpdateEventSourceMapping", () => {
  it("passes through Updating, Disabling and Enabling and keeps what it was not given", async () => {
    const { lambda } = harness.clients;
    const created = await create({ EventSourceArn: STREAM_ARN, StartingPosition: "LATEST" });
    const UUID = created.UUID ?? "";
    settle();
    const updated = await lambda.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 50 }));
    expect(updated).toMatchObject({ State: "Updating", BatchSize: 50, StartingPosition: "LATEST" });
    settle();
    expect((await get(UUID)).State).toBe("Enabled");
    const disabling = await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: false }));
    expect(disabling.State).toBe("Disabling");
    settle();
    expect(await get(UUID)).toMatchObject({ State: "Disabled", BatchSize: 50 });
    const enabling = await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: true }));
    expect(enabling.State).toBe("Enabling");
    settle();
    expect((await get(UUID)).State).toBe("Enabled");
  });

  it("refuses a change while the mapping is still changing with ResourceInUseException", async () => {
    const created = await create({ EventSourceArn: QUEUE_ARN });
    const UUID = created.UUID ?? "";
    const refused = await failure(
      harness.clients.lambda.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 5 })),
    );
    expect(refused).toMatchObject({ name: "ResourceInUseException", status: 400 });
    settle();
  });

  it("checks the new settings against the source, as Create does", async () => {
    const created = await create({ EventSourceArn: QUEUE_ARN });
    const UUID = created.UUID ?? "";
    settle();
    const refused = await failure(
      harness.clients.lambda.send(new UpdateEventSourceMappingCommand({ UUID, BatchSize: 100 })),
    );
    expect(refused).toEqual({
      name: "InvalidParameterValueException",
      status: 400,
      message:
        "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10",
    });
  });
});

describe("a mapping whose function was deleted", () => {
  it("can still be disabled, and enabling it again is refused with ResourceNotFoundException", async () => {
    const { lambda } = harness.clients;
    await harness.clients.createFunction("fleeting", `arn:aws:iam::${ACCOUNT}:role/reader`);
    settle();
    const UUID = (await create({ FunctionName: "fleeting", EventSourceArn: QUEUE_ARN })).UUID ?? "";
    settle();
    await lambda.send(new DeleteFunctionCommand({ FunctionName: "fleeting" }));
    const disabled = await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: false }));
    expect(disabled.State).toBe("Disabling");
    settle();
    const refused = await failure(lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: true })));
    expect(refused).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
  });
});

describe("DeleteEventSourceMapping", () => {
  it("answers Deleting, then the mapping is gone with ResourceNotFoundException", async () => {
    const created = await create({ EventSourceArn: QUEUE_ARN });
    const UUID = created.UUID ?? "";
    settle();
    const deleting = await harness.clients.lambda.send(new DeleteEventSourceMappingCommand({ UUID }));
    expect(deleting.State).toBe("Deleting");
    expect((await get(UUID)).State).toBe("Deleting");
    settle();
    expect(await failure(get(UUID))).toEqual({
      name: "ResourceNotFoundException",
      status: 404,
      message: "The resource you requested does not exist.",
    });
  });
});

describe("ListEventSourceMappings", () => {
  it("filters by source and by function, and pages with Marker and MaxItems", async () => {
    const { lambda } = harness.clients;
    const kinesis = await create({ EventSourceArn: STREAM_ARN, StartingPosition: "LATEST" });
    const queue = await create({ EventSourceArn: QUEUE_ARN });
    settle();
    const bySource = await lambda.send(new ListEventSourceMappingsCommand({ EventSourceArn: QUEUE_ARN }));
    expect(bySource.EventSourceMappings?.map((m) => m.UUID)).toEqual([queue.UUID]);
    const byFunction = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: "consumer" }));
    expect(byFunction.EventSourceMappings?.map((m) => m.UUID).sort()).toEqual(
      [kinesis.UUID, queue.UUID].sort(),
    );
    const first = await lambda.send(new ListEventSourceMappingsCommand({ MaxItems: 1 }));
    expect(first.EventSourceMappings).toHaveLength(1);
    const second = await lambda.send(
      new ListEventSourceMappingsCommand({ MaxItems: 1, Marker: first.NextMarker }),
    );
    expect(second.NextMarker).toBeUndefined();
    expect([first, second].map((page) => page.EventSourceMappings?.[0]?.UUID).sort()).toEqual(
      [kinesis.UUID, queue.UUID].sort(),
    );
  });
});

describe("one mapping per function and source", () => {
  it("refuses a second mapping of the same queue to the same function with AWS's conflict message", async () => {
    const first = await create({ EventSourceArn: QUEUE_ARN });
    settle();
    expect(await failure(create({ EventSourceArn: QUEUE_ARN }))).toEqual({
      name: "ResourceConflictException",
      status: 409,
      message: `The event source arn (${QUEUE_ARN}) and function (consumer) provided mapping already exists. Please update or delete the existing mapping with UUID ${first.UUID}`,
    });
  });
});

describe("the execution role check", () => {
  it("refuses a role that cannot read the stream, naming GetRecords on Kinesis", async () => {
    const refused = await failure(
      create({ FunctionName: "stranger", EventSourceArn: STREAM_ARN, StartingPosition: "LATEST" }),
    );
    expect(refused).toEqual({
      name: "InvalidParameterValueException",
      status: 400,
      message: "The provided execution role does not have permissions to call GetRecords on Kinesis",
    });
  });

  it("refuses a role that cannot read the queue, naming ReceiveMessage on SQS", async () => {
    const refused = await failure(create({ FunctionName: "stranger", EventSourceArn: QUEUE_ARN }));
    expect(refused).toEqual({
      name: "InvalidParameterValueException",
      status: 400,
      message: "The provided execution role does not have permissions to call ReceiveMessage on SQS",
    });
  });

  it("refuses a queue that does not exist", async () => {
    const refused = await failure(create({ EventSourceArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:missing` }));
    expect(refused).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
    expect(refused.message).toContain("NonExistentQueue");
  });

  it("refuses a stream that does not exist", async () => {
    const refused = await failure(
      create({ EventSourceArn: `${STREAM_ARN}-missing`, StartingPosition: "LATEST" }),
    );
    expect(refused).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
    expect(refused.message).toContain("Stream not found");
  });

  it("refuses a function that does not exist with ResourceNotFoundException", async () => {
    const refused = await failure(create({ FunctionName: "ghost", EventSourceArn: QUEUE_ARN }));
    expect(refused).toEqual({
      name: "ResourceNotFoundException",
      status: 404,
      message: `Function not found: arn:aws:lambda:${REGION}:${ACCOUNT}:function:ghost`,
    });
  });
});

describe("parameters AWS refuses", () => {
  const stream = { EventSourceArn: STREAM_ARN, StartingPosition: "LATEST" } as const;
  const cases: [string, Partial<CreateEventSourceMappingCommandInput>, string, number][] = [
    [
      "a Kinesis mapping without StartingPosition",
      { EventSourceArn: STREAM_ARN },
      "InvalidParameterValueException",
      400,
    ],
    [
      "AT_TIMESTAMP without StartingPositionTimestamp",
      { ...stream, StartingPosition: "AT_TIMESTAMP" },
      "InvalidParameterValueException",
      400,
    ],
    ["a Kinesis batch of 10001", { ...stream, BatchSize: 10001 }, "ValidationException", 400],
    [
      "a batching window of 301 s",
      { ...stream, MaximumBatchingWindowInSeconds: 301 },
      "ValidationException",
      400,
    ],
    ["a parallelization factor of 11", { ...stream, ParallelizationFactor: 11 }, "ValidationException", 400],
    ["a retry count of 10001", { ...stream, MaximumRetryAttempts: 10001 }, "ValidationException", 400],
    [
      "a maximum record age of 59 s",
      { ...stream, MaximumRecordAgeInSeconds: 59 },
      "InvalidParameterValueException",
      400,
    ],
    ["a tumbling window of 901 s", { ...stream, TumblingWindowInSeconds: 901 }, "ValidationException", 400],
    [
      "a function response type other than ReportBatchItemFailures",
      // The SDK types only the valid value; the wire takes any string.
      { ...stream, FunctionResponseTypes: ["Everything" as "ReportBatchItemFailures"] },
      "ValidationException",
      400,
    ],
    [
      "six filters",
      { ...stream, FilterCriteria: { Filters: Array.from({ length: 6 }, () => ({ Pattern: '{"a":[1]}' })) } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a filter that is not JSON",
      { ...stream, FilterCriteria: { Filters: [{ Pattern: "{oops" }] } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a filter with an unknown operator",
      { ...stream, FilterCriteria: { Filters: [{ Pattern: '{"a":[{"near":1}]}' }] } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a filter whose leaf is not a list",
      { ...stream, FilterCriteria: { Filters: [{ Pattern: '{"a":"b"}' }] } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "an on-failure destination that is not a queue or topic",
      { ...stream, DestinationConfig: { OnFailure: { Destination: `arn:aws:s3:::bucket` } } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "ScalingConfig on a stream",
      { ...stream, ScalingConfig: { MaximumConcurrency: 5 } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "StartingPosition on a queue",
      { EventSourceArn: QUEUE_ARN, StartingPosition: "LATEST" },
      "InvalidParameterValueException",
      400,
    ],
    [
      "ParallelizationFactor on a queue",
      { EventSourceArn: QUEUE_ARN, ParallelizationFactor: 2 },
      "InvalidParameterValueException",
      400,
    ],
    [
      "an on-failure destination on a queue",
      { EventSourceArn: QUEUE_ARN, DestinationConfig: { OnFailure: { Destination: FAILURES_ARN } } },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a queue batch of 11 without a batching window",
      { EventSourceArn: QUEUE_ARN, BatchSize: 11 },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a FIFO queue batch of 11",
      { EventSourceArn: FIFO_ARN, BatchSize: 11, MaximumBatchingWindowInSeconds: 1 },
      "InvalidParameterValueException",
      400,
    ],
    [
      "a maximum concurrency of 1",
      { EventSourceArn: QUEUE_ARN, ScalingConfig: { MaximumConcurrency: 1 } },
      "ValidationException",
      400,
    ],
    [
      "a source that is neither a stream nor a queue",
      { EventSourceArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/t/stream/x` },
      "InvalidParameterValueException",
      400,
    ],
  ];
  for (const [what, input, code, status] of cases) {
    it(`refuses ${what} with ${code}`, async () => {
      expect(await failure(create(input))).toMatchObject({ name: code, status });
    });
  }
});

describe("tags and state", () => {
  it("keeps the tags given at creation, read with ListTags on the mapping's ARN", async () => {
    const created = await create({ EventSourceArn: QUEUE_ARN, Tags: { team: "orders" } });
    const tags = await harness.clients.lambda.send(
      new ListTagsCommand({ Resource: created.EventSourceMappingArn }),
    );
    expect(tags.Tags).toEqual({ team: "orders" });
    settle();
  });

  it("counts mappings in the service summary, and keeps them when their function is deleted", async () => {
    const { lambda } = harness.clients;
    await harness.clients.createFunction("doomed", `arn:aws:iam::${ACCOUNT}:role/reader`);
    settle();
    const created = await create({ FunctionName: "doomed", EventSourceArn: QUEUE_ARN });
    settle();
    await lambda.send(new DeleteFunctionCommand({ FunctionName: "doomed" }));
    const summary = (await harness.emulator.service("lambda")).summary();
    expect(summary[ACCOUNT]?.[REGION]?.eventSourceMappings).toBe(1);
    expect((await get(created.UUID ?? "")).FunctionArn).toBe(
      `arn:aws:lambda:${REGION}:${ACCOUNT}:function:doomed`,
    );
  });
});

describe("durability", () => {
  it("keeps mappings, their settings and their tags across a restart with a data dir", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "eda-esm-"));
    try {
      const first = await startHarness(dataDir);
      await provision(first);
      const created = await first.clients.lambda.send(
        new CreateEventSourceMappingCommand({
          FunctionName: "consumer",
          EventSourceArn: STREAM_ARN,
          StartingPosition: "TRIM_HORIZON",
          BatchSize: 25,
          Tags: { kept: "yes" },
        }),
      );
      first.clock.advance(1000);
      const before = await first.clients.lambda.send(
        new GetEventSourceMappingCommand({ UUID: created.UUID }),
      );
      first.clients.destroy();
      await first.emulator.stop();
      const second = await startHarness(dataDir);
      try {
        const after = await second.clients.lambda.send(
          new GetEventSourceMappingCommand({ UUID: created.UUID }),
        );
        expect(withoutMetadata(after)).toEqual(withoutMetadata(before));
        const tags = await second.clients.lambda.send(
          new ListTagsCommand({ Resource: created.EventSourceMappingArn }),
        );
        expect(tags.Tags).toEqual({ kept: "yes" });
      } finally {
        second.clients.destroy();
        await second.emulator.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
