import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";

let emulator: RunningEmulator;
const clients: SQSClient[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await emulator.stop();
});

/** An SDK client acting as `accessKeyId` (a 12-digit key id names its account) in `region`. */
function sqs(region: string, accessKeyId = "test"): SQSClient {
  const client = new SQSClient({
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId, secretAccessKey: "test" },
  });
  clients.push(client);
  return client;
}

const errorName = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (error: Error) => error.name,
  );

describe("regions", () => {
  it("keeps a queue in the region its CreateQueue was signed for", async () => {
    const west2 = sqs("us-west-2");
    const { QueueUrl } = await west2.send(new CreateQueueCommand({ QueueName: "regional" }));
    const attributes = await west2.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    const west1 = sqs("us-west-1");
    const listedInWest1 = await west1.send(new ListQueuesCommand({ QueueNamePrefix: "regional" }));
    const listedInWest2 = await west2.send(new ListQueuesCommand({ QueueNamePrefix: "regional" }));
    expect(attributes.Attributes?.QueueArn).toBe("arn:aws:sqs:us-west-2:000000000000:regional");
    expect(listedInWest1.QueueUrls ?? []).toEqual([]);
    expect(listedInWest2.QueueUrls).toEqual([QueueUrl]);
    expect(await errorName(west1.send(new GetQueueUrlCommand({ QueueName: "regional" })))).toBe(
      "QueueDoesNotExist",
    );
    expect(await errorName(west1.send(new SendMessageCommand({ QueueUrl, MessageBody: "x" })))).toBe(
      "QueueDoesNotExist",
    );
  });

  it("lets two regions hold queues of the same name with their own attributes", async () => {
    const east = sqs("eu-west-1");
    const south = sqs("ap-south-1");
    const inEast = await east.send(
      new CreateQueueCommand({ QueueName: "twin", Attributes: { VisibilityTimeout: "10" } }),
    );
    const inSouth = await south.send(
      new CreateQueueCommand({ QueueName: "twin", Attributes: { VisibilityTimeout: "20" } }),
    );
    const eastAttributes = await east.send(
      new GetQueueAttributesCommand({ QueueUrl: inEast.QueueUrl, AttributeNames: ["VisibilityTimeout"] }),
    );
    const southAttributes = await south.send(
      new GetQueueAttributesCommand({ QueueUrl: inSouth.QueueUrl, AttributeNames: ["VisibilityTimeout"] }),
    );
    expect(eastAttributes.Attributes?.VisibilityTimeout).toBe("10");
    expect(southAttributes.Attributes?.VisibilityTimeout).toBe("20");
  });
});

describe("accounts", () => {
  it("acts as the account a 12-digit access key id names, in ARNs and queue URLs", async () => {
    const account = sqs("us-east-1", "111111111111");
    const { QueueUrl } = await account.send(new CreateQueueCommand({ QueueName: "owned" }));
    const attributes = await account.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }),
    );
    expect(QueueUrl).toBe(`${emulator.url}/111111111111/owned`);
    expect(attributes.Attributes?.QueueArn).toBe("arn:aws:sqs:us-east-1:111111111111:owned");
  });

  it("does not show one account's queues to another", async () => {
    const first = sqs("us-east-1", "222222222222");
    const second = sqs("us-east-1", "333333333333");
    await first.send(new CreateQueueCommand({ QueueName: "private-a" }));
    await second.send(new CreateQueueCommand({ QueueName: "private-b" }));
    const seenByFirst = await first.send(new ListQueuesCommand({ QueueNamePrefix: "private-" }));
    const seenBySecond = await second.send(new ListQueuesCommand({ QueueNamePrefix: "private-" }));
    expect(seenByFirst.QueueUrls).toEqual([`${emulator.url}/222222222222/private-a`]);
    expect(seenBySecond.QueueUrls).toEqual([`${emulator.url}/333333333333/private-b`]);
    expect(await errorName(second.send(new GetQueueUrlCommand({ QueueName: "private-a" })))).toBe(
      "QueueDoesNotExist",
    );
  });

  it("gives requests whose key names no account the default account", async () => {
    const { QueueUrl } = await sqs("us-east-1", "AKIDEXAMPLE").send(
      new CreateQueueCommand({ QueueName: "default" }),
    );
    expect(QueueUrl).toBe(`${emulator.url}/000000000000/default`);
  });
});
