import { execFile } from "node:child_process";
import { promisify } from "node:util";
import {
  CreateQueueCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "./index.js";
import type { RunningEmulator } from "./index.js";

const run = promisify(execFile);
/** Debian's AWS CLI v2.9 speaks SQS's query protocol; the one first on PATH may speak JSON. */
const DEBIAN_AWS = "/usr/bin/aws";
const credentials = { accessKeyId: "test", secretAccessKey: "test" };

let emulator: RunningEmulator;
let sqs: SQSClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  sqs = new SQSClient({ endpoint: emulator.url, region: "us-east-1", credentials, maxAttempts: 1 });
});

afterAll(async () => {
  sqs.destroy();
  await emulator.stop();
});

async function debianAws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(DEBIAN_AWS, ["--endpoint-url", emulator.url, "--output", "json", ...args], {
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    },
  });
  return JSON.parse(stdout) as unknown;
}

describe("the default emulator", () => {
  it("serves SQS to the SDK over JSON and to Debian's AWS CLI over the query protocol, on one queue", async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: "wiring" }));
    expect(QueueUrl).toBe(`${emulator.url}/000000000000/wiring`);
    const body = "from the SDK: <&> \r\n\u2713";
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));
    const received = (await debianAws("sqs", "receive-message", "--queue-url", QueueUrl!)) as {
      Messages: { Body: string }[];
    };
    expect(received.Messages.map((message) => message.Body)).toEqual([body]);
    await debianAws("sqs", "send-message", "--queue-url", QueueUrl!, "--message-body", "from the CLI");
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    expect(Messages?.map((message) => message.Body)).toEqual(["from the CLI"]);
  });

  it("maps SQS errors to the SDK's modeled exceptions through x-amzn-query-error", async () => {
    const failure = await sqs
      .send(new GetQueueUrlCommand({ QueueName: "absent" }))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      name: "QueueDoesNotExist",
      Code: "AWS.SimpleQueueService.NonExistentQueue",
      $metadata: { httpStatusCode: 400 },
    });
  });
});
