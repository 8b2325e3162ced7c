import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import { SqsKit } from "./testKit.js";

let sqs: SqsKit;
let url: string;
beforeAll(async () => {
  sqs = await SqsKit.start(new ManualClock());
  url = await sqs.createQueue("rules");
});
afterAll(() => sqs.close());

async function rejection(action: string, input: Record<string, unknown>): Promise<[string, string]> {
  const error = await sqs.call(action, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`${action} did not fail with an AwsError`);
  return [error.code, error.message];
}

describe("SQS's prose rules on the generated input shapes", () => {
  it("names a batch entry's member by its position in AWS's InvalidParameterValue sentence", async () => {
    const Entries = [{ Id: "a", ReceiptHandle: "h", VisibilityTimeout: 43_201 }];
    expect(await rejection("ChangeMessageVisibilityBatch", { QueueUrl: url, Entries })).toEqual([
      "InvalidParameterValue",
      "Value 43201 for parameter Entries.1.VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.",
    ]);
  });

  it("checks ReceiveRequestAttemptId against AWS's character rule", async () => {
    expect(
      await rejection("ReceiveMessage", { QueueUrl: url, ReceiveRequestAttemptId: "with space" }),
    ).toEqual([
      "InvalidParameterValue",
      "Value with space for parameter ReceiveRequestAttemptId is invalid. Reason: ReceiveRequestAttemptId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
    ]);
  });

  it("says which type a member of the wrong type must have", async () => {
    expect(await rejection("SendMessage", { QueueUrl: url, MessageBody: 5 })).toEqual([
      "InvalidParameterValue",
      "Value 5 for parameter MessageBody is invalid. Reason: Must be of type string.",
    ]);
  });

  it("leaves attribute names outside the model's enums to the actions", async () => {
    await sqs.call("SendMessage", { QueueUrl: url, MessageBody: "x" });
    const out = await sqs.call("ReceiveMessage", { QueueUrl: url, AttributeNames: ["SentTimestamp"] });
    expect(Object.keys((out.Messages as { Attributes: object }[])[0].Attributes)).toEqual(["SentTimestamp"]);
    expect(await rejection("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["Nope"] })).toEqual([
      "InvalidAttributeName",
      "Unknown Attribute Nope.",
    ]);
  });
});
