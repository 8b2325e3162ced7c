import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import { SqsKit } from "./testKit.js";

let clock: ManualClock;
let sqs: SqsKit;
let url: string;
let fifoUrl: string;

beforeEach(async () => {
  clock = new ManualClock();
  sqs = await SqsKit.start(clock);
  url = await sqs.createQueue("errors", { MaximumMessageSize: "1024" });
  fifoUrl = await sqs.createQueue("errors.fifo", { FifoQueue: "true" });
});

afterEach(async () => {
  await sqs.close();
});

async function failure(action: string, input: Record<string, unknown>): Promise<AwsError> {
  const error = await sqs.call(action, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError))
    throw new Error(`${action} did not fail with an AwsError: ${String(error)}`);
  return error;
}

const entries = (
  n: number,
  make: (i: number) => Record<string, unknown> = (i) => ({ Id: `e${i}`, MessageBody: "x" }),
) => Array.from({ length: n }, (_, i) => make(i));

describe("queue errors", () => {
  it("answers QueueDoesNotExist with the NonExistentQueue query code for an unknown queue", async () => {
    const error = await failure("SendMessage", {
      QueueUrl: "http://127.0.0.1:4566/000000000000/nope",
      MessageBody: "x",
    });
    expect([error.code, error.queryCode, error.status]).toEqual([
      "QueueDoesNotExist",
      "AWS.SimpleQueueService.NonExistentQueue",
      400,
    ]);
  });

  it("answers QueueDoesNotExist from GetQueueUrl for an unknown name", async () => {
    expect((await failure("GetQueueUrl", { QueueName: "nope" })).code).toBe("QueueDoesNotExist");
  });

  it("rejects queue names with invalid characters or over 80 characters", async () => {
    expect((await failure("CreateQueue", { QueueName: "bad name" })).code).toBe("InvalidParameterValue");
    expect((await failure("CreateQueue", { QueueName: "a".repeat(81) })).code).toBe("InvalidParameterValue");
  });

  it("rejects a FIFO queue whose name lacks .fifo and a standard queue whose name has it", async () => {
    expect(
      (await failure("CreateQueue", { QueueName: "plain", Attributes: { FifoQueue: "true" } })).code,
    ).toBe("InvalidParameterValue");
    expect((await failure("CreateQueue", { QueueName: "odd.fifo" })).code).toBe("InvalidParameterValue");
  });

  it("answers QueueAlreadyExists as the query code of QueueNameExists", async () => {
    const error = await failure("CreateQueue", {
      QueueName: "errors",
      Attributes: { MaximumMessageSize: "2048" },
    });
    expect([error.code, error.queryCode]).toEqual(["QueueNameExists", "QueueAlreadyExists"]);
  });

  it("rejects unknown attribute names with InvalidAttributeName", async () => {
    expect((await failure("SetQueueAttributes", { QueueUrl: url, Attributes: { Colour: "red" } })).code).toBe(
      "InvalidAttributeName",
    );
    expect((await failure("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["Colour"] })).code).toBe(
      "InvalidAttributeName",
    );
  });

  it("rejects FifoQueue on SetQueueAttributes and FIFO attributes on standard queues", async () => {
    expect(
      (await failure("SetQueueAttributes", { QueueUrl: fifoUrl, Attributes: { FifoQueue: "true" } })).code,
    ).toBe("InvalidAttributeName");
    expect(
      (
        await failure("SetQueueAttributes", {
          QueueUrl: url,
          Attributes: { ContentBasedDeduplication: "true" },
        })
      ).code,
    ).toBe("InvalidAttributeName");
  });

  it("rejects out-of-range attribute values with InvalidAttributeValue", async () => {
    for (const [name, value] of [
      ["VisibilityTimeout", "43201"],
      ["DelaySeconds", "901"],
      ["MessageRetentionPeriod", "59"],
      ["MaximumMessageSize", "1048577"],
      ["ReceiveMessageWaitTimeSeconds", "21"],
      ["Policy", "{not json"],
    ] as const) {
      expect(
        (await failure("SetQueueAttributes", { QueueUrl: url, Attributes: { [name]: value } })).code,
      ).toBe("InvalidAttributeValue");
    }
  });

  it("rejects a RedrivePolicy naming a missing queue or an out-of-range maxReceiveCount", async () => {
    const missing = JSON.stringify({
      deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:none",
      maxReceiveCount: 3,
    });
    expect(
      (await failure("SetQueueAttributes", { QueueUrl: url, Attributes: { RedrivePolicy: missing } })).code,
    ).toBe("InvalidParameterValue");
    const zero = JSON.stringify({
      deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:errors",
      maxReceiveCount: 0,
    });
    expect(
      (await failure("SetQueueAttributes", { QueueUrl: url, Attributes: { RedrivePolicy: zero } })).code,
    ).toBe("InvalidParameterValue");
  });

  it("rejects a DLQ of the other queue type", async () => {
    const redrive = JSON.stringify({
      deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:errors.fifo",
      maxReceiveCount: 3,
    });
    expect(
      (await failure("SetQueueAttributes", { QueueUrl: url, Attributes: { RedrivePolicy: redrive } })).code,
    ).toBe("InvalidParameterValue");
  });
});

describe("parameter validation", () => {
  it("answers MissingParameter for a missing required member", async () => {
    const error = await failure("SendMessage", { QueueUrl: url });
    expect([error.code, error.message]).toEqual([
      "MissingParameter",
      "The request must contain the parameter MessageBody.",
    ]);
  });

  it("answers InvalidParameterValue for out-of-range receive parameters", async () => {
    expect((await failure("ReceiveMessage", { QueueUrl: url, MaxNumberOfMessages: 11 })).message).toBe(
      "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
    );
    expect((await failure("ReceiveMessage", { QueueUrl: url, WaitTimeSeconds: 21 })).code).toBe(
      "InvalidParameterValue",
    );
    expect((await failure("ReceiveMessage", { QueueUrl: url, VisibilityTimeout: -1 })).code).toBe(
      "InvalidParameterValue",
    );
  });

  it("rejects DelaySeconds over 900", async () => {
    expect((await failure("SendMessage", { QueueUrl: url, MessageBody: "x", DelaySeconds: 901 })).code).toBe(
      "InvalidParameterValue",
    );
  });
});

describe("message limits", () => {
  it("rejects a message larger than the queue's MaximumMessageSize, attributes included", async () => {
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "x".repeat(1024) });
    const error = await failure("SendMessage", {
      QueueUrl: url,
      MessageBody: "x".repeat(1000),
      MessageAttributes: { big: { DataType: "String", StringValue: "y".repeat(30) } },
    });
    expect(error.code).toBe("InvalidParameterValue");
  });

  it("rejects characters outside the allowed set with InvalidMessageContents", async () => {
    expect((await failure("SendMessage", { QueueUrl: url, MessageBody: "bad\u0000" })).code).toBe(
      "InvalidMessageContents",
    );
    expect((await failure("SendMessage", { QueueUrl: url, MessageBody: "lone \uD800" })).code).toBe(
      "InvalidMessageContents",
    );
  });

  it("rejects more than ten message attributes", async () => {
    const MessageAttributes = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: "String", StringValue: "v" }]),
    );
    expect((await failure("SendMessage", { QueueUrl: url, MessageBody: "x", MessageAttributes })).code).toBe(
      "InvalidParameterValue",
    );
  });

  it("rejects reserved or malformed attribute names, unknown types and non-numbers", async () => {
    const attempt = (MessageAttributes: Record<string, unknown>) =>
      failure("SendMessage", { QueueUrl: url, MessageBody: "x", MessageAttributes });
    expect((await attempt({ "AWS.x": { DataType: "String", StringValue: "v" } })).code).toBe(
      "InvalidParameterValue",
    );
    expect((await attempt({ "a..b": { DataType: "String", StringValue: "v" } })).code).toBe(
      "InvalidParameterValue",
    );
    expect((await attempt({ a: { DataType: "Text", StringValue: "v" } })).code).toBe("InvalidParameterValue");
    expect((await attempt({ a: { DataType: "Number", StringValue: "twelve" } })).code).toBe(
      "InvalidParameterValue",
    );
    expect((await attempt({ a: { DataType: "String" } })).code).toBe("InvalidParameterValue");
  });

  it("returns the MD5 of custom typed and binary attributes", async () => {
    const out = await sqs.call("SendMessage", {
      QueueUrl: url,
      MessageBody: "x",
      MessageAttributes: {
        n: { DataType: "Number.int", StringValue: "3" },
        b: { DataType: "Binary", BinaryValue: "AAEC" },
      },
    });
    expect(out.MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("system attributes", () => {
  it("returns MD5OfMessageSystemAttributes only when an AWSTraceHeader was sent", async () => {
    const traced = await sqs.call("SendMessage", {
      QueueUrl: url,
      MessageBody: "x",
      MessageSystemAttributes: {
        AWSTraceHeader: { DataType: "String", StringValue: "Root=1-5759e988-bd862e3fe1be46a994272793" },
      },
    });
    expect(traced.MD5OfMessageSystemAttributes).toMatch(/^[0-9a-f]{32}$/);
    expect(
      (await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "x" })).MD5OfMessageSystemAttributes,
    ).toBeUndefined();
  });

  it("rejects system attributes other than AWSTraceHeader", async () => {
    const MessageSystemAttributes = { SenderId: { DataType: "String", StringValue: "me" } };
    expect(
      (await failure("SendMessage", { QueueUrl: url, MessageBody: "x", MessageSystemAttributes })).code,
    ).toBe("InvalidParameterValue");
  });
});

describe("FIFO send rules", () => {
  it("requires a MessageGroupId", async () => {
    expect(
      (await failure("SendMessage", { QueueUrl: fifoUrl, MessageBody: "x", MessageDeduplicationId: "d" }))
        .code,
    ).toBe("MissingParameter");
  });

  it("requires a deduplication id unless content-based deduplication is on", async () => {
    expect(
      (await failure("SendMessage", { QueueUrl: fifoUrl, MessageBody: "x", MessageGroupId: "g" })).code,
    ).toBe("InvalidParameterValue");
  });

  it("rejects a per-message DelaySeconds", async () => {
    const input = {
      QueueUrl: fifoUrl,
      MessageBody: "x",
      MessageGroupId: "g",
      MessageDeduplicationId: "d",
      DelaySeconds: 5,
    };
    expect((await failure("SendMessage", input)).code).toBe("InvalidParameterValue");
  });

  it("returns a SequenceNumber", async () => {
    const out = await sqs.call("SendMessage", {
      QueueUrl: fifoUrl,
      MessageBody: "x",
      MessageGroupId: "g",
      MessageDeduplicationId: "d",
    });
    expect(out.SequenceNumber).toMatch(/^\d{20}$/);
  });
});

describe("batch rules", () => {
  it("rejects an empty batch with EmptyBatchRequest", async () => {
    expect((await failure("SendMessageBatch", { QueueUrl: url, Entries: [] })).queryCode).toBe(
      "AWS.SimpleQueueService.EmptyBatchRequest",
    );
  });

  it("rejects more than ten entries with TooManyEntriesInBatchRequest", async () => {
    expect(
      (
        await failure("DeleteMessageBatch", {
          QueueUrl: url,
          Entries: entries(11, (i) => ({ Id: `e${i}`, ReceiptHandle: "h" })),
        })
      ).code,
    ).toBe("TooManyEntriesInBatchRequest");
  });

  it("rejects repeated ids with BatchEntryIdsNotDistinct", async () => {
    expect(
      (
        await failure("SendMessageBatch", {
          QueueUrl: url,
          Entries: entries(2, () => ({ Id: "same", MessageBody: "x" })),
        })
      ).code,
    ).toBe("BatchEntryIdsNotDistinct");
  });

  it("rejects malformed ids with InvalidBatchEntryId", async () => {
    expect(
      (await failure("SendMessageBatch", { QueueUrl: url, Entries: [{ Id: "no spaces", MessageBody: "x" }] }))
        .code,
    ).toBe("InvalidBatchEntryId");
  });

  it("rejects batches over the total size limit with BatchRequestTooLong", async () => {
    const big = await sqs.createQueue("big");
    const Entries = entries(2, (i) => ({ Id: `e${i}`, MessageBody: "x".repeat(600_000) }));
    expect((await failure("SendMessageBatch", { QueueUrl: big, Entries })).code).toBe("BatchRequestTooLong");
  });

  it("reports failing entries in Failed and sends the others", async () => {
    const out = await sqs.call("SendMessageBatch", {
      QueueUrl: url,
      Entries: [
        { Id: "ok", MessageBody: "fine" },
        { Id: "bad", MessageBody: "x".repeat(2000) },
      ],
    });
    expect((out.Successful as { Id: string }[]).map((e) => e.Id)).toEqual(["ok"]);
    expect(out.Failed).toMatchObject([{ Id: "bad", SenderFault: true, Code: "InvalidParameterValue" }]);
  });

  it("reports malformed receipt handles per entry in DeleteMessageBatch", async () => {
    const out = await sqs.call("DeleteMessageBatch", {
      QueueUrl: url,
      Entries: [{ Id: "a", ReceiptHandle: "garbage" }],
    });
    expect(out.Failed).toMatchObject([{ Id: "a", Code: "ReceiptHandleIsInvalid", SenderFault: true }]);
  });
});

describe("in-flight limit", () => {
  it("answers OverLimit once 120,000 messages are in flight", async () => {
    const queue = await sqs.createQueue("crowded", { VisibilityTimeout: "600" });
    for (let i = 0; i < 120_000; i += 10) {
      await sqs.call("SendMessageBatch", { QueueUrl: queue, Entries: entries(10) });
    }
    await sqs.call("SendMessage", { QueueUrl: queue, MessageBody: "one too many" });
    for (let i = 0; i < 120_000; i += 10)
      await sqs.call("ReceiveMessage", { QueueUrl: queue, MaxNumberOfMessages: 10 });
    const error = await failure("ReceiveMessage", { QueueUrl: queue });
    expect([error.code, error.status]).toEqual(["OverLimit", 403]);
  });
});

describe("receipt handles", () => {
  it("answers ReceiptHandleIsInvalid with status 404 for a malformed handle", async () => {
    const error = await failure("DeleteMessage", { QueueUrl: url, ReceiptHandle: "not-a-handle" });
    expect([error.code, error.status]).toEqual(["ReceiptHandleIsInvalid", 404]);
  });

  it("rejects a visibility change beyond 12 hours in total", async () => {
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "x" });
    const received = await sqs.call("ReceiveMessage", { QueueUrl: url });
    const [message] = received.Messages as { ReceiptHandle: string }[];
    clock.advance(10_000);
    expect(
      (
        await failure("ChangeMessageVisibility", {
          QueueUrl: url,
          ReceiptHandle: message.ReceiptHandle,
          VisibilityTimeout: 43_200,
        })
      ).code,
    ).toBe("InvalidParameterValue");
  });
});
