import { describe, it } from "vitest";
import type { MessageAttributes, SqsDriver } from "./support/sqs-driver.js";
import type { ExpectedError } from "./support/suite.js";
import { awsDocsOnly, behaviourDrivers, expectSqsError, uniqueQueueName, useSqs } from "./support/suite.js";

const INVALID_PARAMETER_VALUE: ExpectedError = { code: "InvalidParameterValue", status: 400 };
const INVALID_ATTRIBUTE_VALUE: ExpectedError = {
  code: "InvalidAttributeValue",
  shape: "InvalidAttributeValue",
  status: 400,
};
const INVALID_ATTRIBUTE_NAME: ExpectedError = {
  code: "InvalidAttributeName",
  shape: "InvalidAttributeName",
  status: 400,
};
const INVALID_MESSAGE_CONTENTS: ExpectedError = {
  code: "InvalidMessageContents",
  shape: "InvalidMessageContents",
  status: 400,
};

function attributes(count: number): MessageAttributes {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`attr${i}`, { DataType: "String", StringValue: `${i}` }]),
  );
}

interface BadCall {
  what: string;
  call: (sqs: SqsDriver, url: string) => Promise<unknown>;
  expected: ExpectedError;
}

/** Calls on an existing standard queue (MaximumMessageSize 1024) that AWS refuses. */
const badCalls: BadCall[] = [
  {
    what: "a body one byte over the queue's MaximumMessageSize",
    call: (sqs, url) => sqs.sendMessage(url, "x".repeat(1025)),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a body whose attributes push it over MaximumMessageSize",
    call: (sqs, url) =>
      sqs.sendMessage(url, {
        MessageBody: "x".repeat(1000),
        MessageAttributes: { pad: { DataType: "String", StringValue: "y".repeat(100) } },
      }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a NUL character in the body",
    call: (sqs, url) => sqs.sendMessage(url, "nul \u0000 here"),
    expected: INVALID_MESSAGE_CONTENTS,
  },
  {
    what: "a control character in the body",
    call: (sqs, url) => sqs.sendMessage(url, "bell \u0007 here"),
    expected: INVALID_MESSAGE_CONTENTS,
  },
  {
    what: "the non-character U+FFFE in the body",
    call: (sqs, url) => sqs.sendMessage(url, "not a character \uFFFE here"),
    expected: INVALID_MESSAGE_CONTENTS,
  },
  {
    what: "more than 10 message attributes",
    call: (sqs, url) => sqs.sendMessage(url, { MessageBody: "many", MessageAttributes: attributes(11) }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a message attribute name in the reserved AWS. namespace",
    call: (sqs, url) =>
      sqs.sendMessage(url, {
        MessageBody: "reserved",
        MessageAttributes: { "AWS.reserved": { DataType: "String", StringValue: "x" } },
      }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a message attribute with an unknown data type",
    call: (sqs, url) =>
      sqs.sendMessage(url, {
        MessageBody: "odd type",
        MessageAttributes: { odd: { DataType: "Decimal", StringValue: "1" } },
      }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a Number message attribute that is not a number",
    call: (sqs, url) =>
      sqs.sendMessage(url, {
        MessageBody: "nan",
        MessageAttributes: { count: { DataType: "Number", StringValue: "twelve" } },
      }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a message attribute name with a space",
    call: (sqs, url) =>
      sqs.sendMessage(url, {
        MessageBody: "spaced",
        MessageAttributes: { "has space": { DataType: "String", StringValue: "x" } },
      }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a String message attribute without a value",
    call: (sqs, url) =>
      sqs.sendMessage(url, { MessageBody: "empty", MessageAttributes: { empty: { DataType: "String" } } }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a per-message DelaySeconds above 900",
    call: (sqs, url) => sqs.sendMessage(url, { MessageBody: "late", DelaySeconds: 901 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a receive VisibilityTimeout above 12 hours",
    call: (sqs, url) => sqs.receiveMessage(url, { VisibilityTimeout: 43_201 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "MaxNumberOfMessages of 0",
    call: (sqs, url) => sqs.receiveMessage(url, { MaxNumberOfMessages: 0 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "MaxNumberOfMessages of 11",
    call: (sqs, url) => sqs.receiveMessage(url, { MaxNumberOfMessages: 11 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "WaitTimeSeconds of 21",
    call: (sqs, url) => sqs.receiveMessage(url, { WaitTimeSeconds: 21 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "WaitTimeSeconds of -1",
    call: (sqs, url) => sqs.receiveMessage(url, { WaitTimeSeconds: -1 }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a VisibilityTimeout attribute above 12 hours",
    call: (sqs, url) => sqs.setQueueAttributes(url, { VisibilityTimeout: "43201" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a DelaySeconds attribute above 900",
    call: (sqs, url) => sqs.setQueueAttributes(url, { DelaySeconds: "901" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a MessageRetentionPeriod attribute under 60",
    call: (sqs, url) => sqs.setQueueAttributes(url, { MessageRetentionPeriod: "59" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a MaximumMessageSize attribute under 1024",
    call: (sqs, url) => sqs.setQueueAttributes(url, { MaximumMessageSize: "1023" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a ReceiveMessageWaitTimeSeconds attribute above 20",
    call: (sqs, url) => sqs.setQueueAttributes(url, { ReceiveMessageWaitTimeSeconds: "21" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a non-numeric VisibilityTimeout attribute",
    call: (sqs, url) => sqs.setQueueAttributes(url, { VisibilityTimeout: "soon" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a RedrivePolicy that is not JSON",
    call: (sqs, url) => sqs.setQueueAttributes(url, { RedrivePolicy: "{not json" }),
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a RedrivePolicy with maxReceiveCount above 1000",
    call: async (sqs, url) => {
      const dlqUrl = await sqs.createQueue(uniqueQueueName("dlq"));
      const { QueueArn: deadLetterTargetArn } = await sqs.getQueueAttributes(dlqUrl, ["QueueArn"]);
      return sqs.setQueueAttributes(url, {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn, maxReceiveCount: 1001 }),
      });
    },
    expected: INVALID_PARAMETER_VALUE,
  },
  {
    what: "a Policy that is not JSON",
    call: (sqs, url) => sqs.setQueueAttributes(url, { Policy: "{not json" }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a Policy statement without a Principal",
    call: (sqs, url) =>
      sqs.setQueueAttributes(url, {
        Policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: "*" }],
        }),
      }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "a Policy statement whose Effect is neither Allow nor Deny",
    call: (sqs, url) =>
      sqs.setQueueAttributes(url, {
        Policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Permit", Principal: "*", Action: "sqs:SendMessage", Resource: "*" }],
        }),
      }),
    expected: INVALID_ATTRIBUTE_VALUE,
  },
  {
    what: "an unknown attribute name on SetQueueAttributes",
    call: (sqs, url) => sqs.setQueueAttributes(url, { NoSuchAttribute: "1" }),
    expected: INVALID_ATTRIBUTE_NAME,
  },
  {
    what: "an unknown attribute name on GetQueueAttributes",
    call: (sqs, url) => sqs.getQueueAttributes(url, ["NoSuchAttribute"]),
    expected: INVALID_ATTRIBUTE_NAME,
  },
];

/** Where moto answers differently from the API reference; the reason names moto's answer. */
const motoDeviations: Record<string, string> = {
  "a NUL character in the body": "moto accepts any character",
  "a control character in the body": "moto accepts any character",
  "the non-character U+FFFE in the body": "moto accepts any character",
  "a body whose attributes push it over MaximumMessageSize": "moto counts only the body",
  "more than 10 message attributes": "moto accepts any number of attributes",
  "a message attribute name in the reserved AWS. namespace": "moto accepts reserved names",
  "a String message attribute without a value": "moto accepts an attribute without a value",
  "a Number message attribute that is not a number": "moto accepts any text as a Number",
  "a VisibilityTimeout attribute above 12 hours": "moto accepts out-of-range queue attributes",
  "a DelaySeconds attribute above 900": "moto accepts out-of-range queue attributes",
  "a MessageRetentionPeriod attribute under 60": "moto accepts out-of-range queue attributes",
  "a MaximumMessageSize attribute under 1024": "moto accepts out-of-range queue attributes",
  "a ReceiveMessageWaitTimeSeconds attribute above 20": "moto accepts out-of-range queue attributes",
  "a non-numeric VisibilityTimeout attribute": "moto answers 500 with an HTML page",
  "a RedrivePolicy that is not JSON": "moto answers 500 with an HTML page",
  "a RedrivePolicy with maxReceiveCount above 1000": "moto accepts any maxReceiveCount",
  "a Policy that is not JSON": "moto answers 500 with an HTML page",
  "a Policy statement without a Principal": "moto stores any policy document unchecked",
  "a Policy statement whose Effect is neither Allow nor Deny": "moto stores any policy document unchecked",
  "an unknown attribute name on SetQueueAttributes": "moto accepts unknown attribute names",
};

describe.each(behaviourDrivers)("SQS input validation via $label", (factory) => {
  const ctx = useSqs(factory);

  for (const { what, call, expected } of badCalls) {
    const deviation = motoDeviations[what];
    const test = deviation === undefined ? it : awsDocsOnly(deviation);
    test(`rejects ${what} with ${expected.code}`, async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("invalid"), { MaximumMessageSize: "1024" });
      await expectSqsError(call(ctx.sqs, url), expected);
    });
  }

  it("rejects a message body over the default 1 MiB limit with InvalidParameterValue", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("over-1mib"));
    await expectSqsError(ctx.sqs.sendMessage(url, "x".repeat(1024 * 1024 + 1)), INVALID_PARAMETER_VALUE);
  });

  it.each([
    ["characters outside [A-Za-z0-9_-]", "bad name!"],
    ["more than 80 characters", "q".repeat(81)],
    ["no characters", ""],
  ])("rejects a queue name with %s with InvalidParameterValue", async (_what, name) => {
    await expectSqsError(ctx.sqs.createQueue(name), INVALID_PARAMETER_VALUE);
  });

  it("rejects a FIFO queue whose name lacks the .fifo suffix with InvalidParameterValue", async () => {
    await expectSqsError(
      ctx.sqs.createQueue(uniqueQueueName("no-suffix"), { FifoQueue: "true" }),
      INVALID_PARAMETER_VALUE,
    );
  });

  awsDocsOnly("moto creates a standard queue whose name ends in .fifo")(
    "rejects a standard queue whose name ends in .fifo with InvalidParameterValue",
    async () => {
      await expectSqsError(
        ctx.sqs.createQueue(uniqueQueueName("suffix-only", true)),
        INVALID_PARAMETER_VALUE,
      );
    },
  );

  it("rejects ChangeMessageVisibility above 12 hours with InvalidParameterValue", async () => {
    const url = await ctx.sqs.createQueue(uniqueQueueName("change-range"));
    await ctx.sqs.sendMessage(url, "m");
    const [message] = await ctx.sqs.receiveMessage(url, { WaitTimeSeconds: 5 });
    await expectSqsError(ctx.sqs.changeVisibility(url, message?.ReceiptHandle ?? "", 43_201), {
      code: "InvalidParameterValue",
      status: 400,
    });
  });

  awsDocsOnly("moto lets a deleted queue's name be reused at once")(
    "CreateQueue within 60 seconds of deleting a queue of that name fails with QueueDeletedRecently",
    async () => {
      const name = uniqueQueueName("recent");
      await ctx.sqs.deleteQueue(await ctx.sqs.createQueue(name));
      await expectSqsError(ctx.sqs.createQueue(name), {
        code: "AWS.SimpleQueueService.QueueDeletedRecently",
        shape: "QueueDeletedRecently",
        status: 400,
      });
    },
  );
});
