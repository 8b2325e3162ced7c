import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { AwsError } from "../../core/errors.js";
import type { ModelShape } from "../../core/model-shapes.js";
import { dottedPath, type PathStep } from "../../core/model-validation.js";
import { operations } from "../../generated/sqs.js";
import { SqsKit } from "./testKit.js";

/**
 * Every member the SQS model marks required, dropped in turn from an otherwise complete request and sent through
 * the action layer, gets AWS's answer: MissingParameter naming it, unless the SQS API reference says otherwise
 * (the few cases in EXCEPTIONS). The required members come from the generated model, so a member the model
 * starts requiring fails here until a complete request below carries it.
 */

const QUEUE_URL = "http://127.0.0.1:4566/000000000000/required";
/** DeleteQueue's complete request deletes its queue: not the one the others use. */
const DOOMED_QUEUE_URL = "http://127.0.0.1:4566/000000000000/required-doomed";
const SOURCE_ARN = "arn:aws:sqs:us-east-1:000000000000:required";
const TRACE = { DataType: "String", StringValue: "Root=1-5759e988-bd862e3fe1be46a994272793" };
const ATTRIBUTE = { DataType: "String", StringValue: "v" };

/** One complete request per served action: every required member, nested ones included. */
const COMPLETE: Readonly<Record<string, Record<string, unknown>>> = {
  CreateQueue: { QueueName: "required-created" },
  DeleteQueue: { QueueUrl: DOOMED_QUEUE_URL },
  GetQueueUrl: { QueueName: "required" },
  ListQueues: {},
  GetQueueAttributes: { QueueUrl: QUEUE_URL },
  SetQueueAttributes: { QueueUrl: QUEUE_URL, Attributes: { DelaySeconds: "0" } },
  SendMessage: {
    QueueUrl: QUEUE_URL,
    MessageBody: "x",
    MessageAttributes: { a: ATTRIBUTE },
    MessageSystemAttributes: { AWSTraceHeader: TRACE },
  },
  SendMessageBatch: {
    QueueUrl: QUEUE_URL,
    Entries: [
      {
        Id: "e1",
        MessageBody: "x",
        MessageAttributes: { a: ATTRIBUTE },
        MessageSystemAttributes: { AWSTraceHeader: TRACE },
      },
    ],
  },
  ReceiveMessage: { QueueUrl: QUEUE_URL },
  DeleteMessage: { QueueUrl: QUEUE_URL, ReceiptHandle: "handle" },
  DeleteMessageBatch: { QueueUrl: QUEUE_URL, Entries: [{ Id: "e1", ReceiptHandle: "handle" }] },
  ChangeMessageVisibility: { QueueUrl: QUEUE_URL, ReceiptHandle: "handle", VisibilityTimeout: 0 },
  ChangeMessageVisibilityBatch: { QueueUrl: QUEUE_URL, Entries: [{ Id: "e1", ReceiptHandle: "handle" }] },
  PurgeQueue: { QueueUrl: QUEUE_URL },
  TagQueue: { QueueUrl: QUEUE_URL, Tags: { team: "a" } },
  UntagQueue: { QueueUrl: QUEUE_URL, TagKeys: ["team"] },
  ListQueueTags: { QueueUrl: QUEUE_URL },
  ListDeadLetterSourceQueues: { QueueUrl: QUEUE_URL },
  StartMessageMoveTask: { SourceArn: SOURCE_ARN },
  ListMessageMoveTasks: { SourceArn: SOURCE_ARN },
  CancelMessageMoveTask: { TaskHandle: "task" },
  AddPermission: {
    QueueUrl: QUEUE_URL,
    Label: "grant",
    AWSAccountIds: ["111122223333"],
    Actions: ["SendMessage"],
  },
  RemovePermission: { QueueUrl: QUEUE_URL, Label: "grant" },
};

interface Expected {
  code: string;
  message: string;
  /** The error is reported for the batch entry in `Failed`, not for the whole call. */
  perEntry?: boolean;
}

/** Required members whose absence AWS answers otherwise, keyed by member path (no list positions, map keys). */
const EXCEPTIONS: Readonly<Record<string, (action: string) => Expected>> = {
  // A batch without entries is an empty batch.
  Entries: (action) => ({
    code: "AWS.SimpleQueueService.EmptyBatchRequest",
    message: `There should be at least one ${action}RequestEntry in the request.`,
  }),
  // A message attribute without a type is an invalid attribute, in SendMessage's words.
  "MessageAttributes.DataType": () => ({
    code: "InvalidParameterValue",
    message: "The message attribute 'a' must contain non-empty message attribute type.",
  }),
  "MessageSystemAttributes.DataType": () => ({
    code: "InvalidParameterValue",
    message: "Message system attribute AWSTraceHeader must be of type String and not empty.",
  }),
  "Entries.MessageAttributes.DataType": () => ({
    code: "InvalidParameterValue",
    message: "The message attribute 'a' must contain non-empty message attribute type.",
    perEntry: true,
  }),
  "Entries.MessageSystemAttributes.DataType": () => ({
    code: "InvalidParameterValue",
    message: "Message system attribute AWSTraceHeader must be of type String and not empty.",
    perEntry: true,
  }),
  // AddPermission without accounts names no principal it can verify, in AWS's words.
  AWSAccountIds: () => ({
    code: "InvalidParameterValue",
    message: "Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.",
  }),
  // SendMessageBatch checks each message on its own and reports the ones that fail per entry.
  "Entries.MessageBody": () => ({
    code: "MissingParameter",
    message: "The request must contain the parameter MessageBody.",
    perEntry: true,
  }),
};

/** Paths of the required members of `shape` in `value`, walking into the first element of what it holds. */
function requiredPaths(shape: ModelShape, value: unknown, path: PathStep[]): PathStep[][] {
  if (value === undefined) return [];
  switch (shape.type) {
    case "structure": {
      const record = value as Record<string, unknown>;
      const own = (shape.required ?? []).map((member) => [...path, { member }]);
      const nested = Object.entries(shape.members).flatMap(([member, memberShape]) =>
        requiredPaths(memberShape, record[member], [...path, { member }]),
      );
      return [...own, ...nested];
    }
    case "list":
      return requiredPaths(shape.member, (value as unknown[])[0], [...path, { index: 0 }]);
    case "map": {
      const [key] = Object.keys(value as object);
      const entries = value as Record<string, unknown>;
      return key === undefined ? [] : requiredPaths(shape.value, entries[key], [...path, { key }]);
    }
    default:
      return [];
  }
}

const stepName = (step: PathStep): string | number =>
  "member" in step ? step.member : "index" in step ? step.index : step.key;

function has(value: unknown, path: readonly PathStep[]): boolean {
  let node = value;
  for (const step of path) node = (node as Record<string | number, unknown> | undefined)?.[stepName(step)];
  return node !== undefined;
}

function without(value: Record<string, unknown>, path: readonly PathStep[]): Record<string, unknown> {
  const copy = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[stepName(step)] as typeof node;
  delete node[stepName(path[path.length - 1])];
  return copy;
}

/** `Entries.MessageAttributes.DataType`: the path's member names, without list positions and map keys. */
const memberNames = (path: readonly PathStep[]): string =>
  path.flatMap((step) => ("member" in step ? [step.member] : [])).join(".");

function expectedFor(action: string, path: readonly PathStep[]): Expected {
  const exception = EXCEPTIONS[memberNames(path)];
  return exception !== undefined
    ? exception(action)
    : { code: "MissingParameter", message: `The request must contain the parameter ${dottedPath(path)}.` };
}

let sqs: SqsKit;
beforeAll(async () => {
  sqs = await SqsKit.start(new ManualClock());
  await sqs.createQueue("required");
  await sqs.createQueue("required-doomed");
});
afterAll(() => sqs.close());

const served = (): string[] => [...sqs.service.definition.actions.keys()].sort();

async function answer(action: string, input: Record<string, unknown>): Promise<Expected | undefined> {
  try {
    const output = await sqs.call(action, input);
    const [failed] = (output.Failed as { Code: string; Message: string }[] | undefined) ?? [];
    return failed === undefined ? undefined : { code: failed.Code, message: failed.Message, perEntry: true };
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    return { code: error.queryCode, message: error.message };
  }
}

describe("SQS's required members, from the generated model", () => {
  it("serves only actions the model has, each with a complete request here", () => {
    expect(served().filter((action) => !(action in operations))).toEqual([]);
    expect(served().filter((action) => COMPLETE[action] === undefined)).toEqual([]);
  });

  it("has every required member of every served action in its complete request", () => {
    const lacking = served().flatMap((action) => {
      const complete = COMPLETE[action];
      const paths = requiredPaths(operations[action as keyof typeof operations].input, complete, []);
      return paths.filter((path) => !has(complete, path)).map((path) => `${action} ${dottedPath(path)}`);
    });
    expect(lacking).toEqual([]);
  });

  it("answers no complete request with MissingParameter", async () => {
    const missing: string[] = [];
    for (const action of served()) {
      const reply = await answer(action, COMPLETE[action]);
      if (reply?.code === "MissingParameter") missing.push(`${action}: ${reply.message}`);
    }
    expect(missing).toEqual([]);
  });

  it("answers a missing required member with MissingParameter naming it, or AWS's documented error", async () => {
    const cases = served().flatMap((action) =>
      requiredPaths(operations[action as keyof typeof operations].input, COMPLETE[action], []).map(
        (path) => ({ action, path }),
      ),
    );
    expect(cases.length).toBeGreaterThan(30);
    for (const { action, path } of cases) {
      const reply = await answer(action, without(COMPLETE[action], path));
      const expected = expectedFor(action, path);
      expect({ action, member: dottedPath(path), ...reply }).toEqual({
        action,
        member: dottedPath(path),
        code: expected.code,
        message: expected.message,
        ...(expected.perEntry === true ? { perEntry: true } : {}),
      });
    }
  });
});
