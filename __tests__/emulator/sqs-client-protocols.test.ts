import {
  CreateQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoto3Transport } from "./support/boto3-transport.js";
import type { Boto3Transport } from "./support/boto3-transport.js";
import { createCliTransport, DEBIAN_AWS_CLI, PATH_AWS_CLI } from "./support/cli-transport.js";
import type { RecordedRequest, RecordingProxy } from "./support/recording-proxy.js";
import { startRecordingProxy } from "./support/recording-proxy.js";
import { createSdkTransport } from "./support/sdk-transport.js";
import { SqsDriver } from "./support/sqs-driver.js";
import { uniqueQueueName } from "./support/suite.js";
import type { RunningTarget } from "./support/target.js";
import { startTarget } from "./support/target.js";
import type { SqsTransport } from "./support/transport.js";
import { TEST_ACCESS_KEY_ID, TEST_REGION, TEST_SECRET_ACCESS_KEY } from "./support/transport.js";

/** botocore switched SQS to the JSON protocol in 1.31.81; anything older speaks query. */
function isBefore(version: string, limit: readonly number[]): boolean {
  const parts = version.split(".").map(Number);
  for (let i = 0; i < limit.length; i++) {
    const part = parts[i] ?? 0;
    const bound = limit[i] ?? 0;
    if (part !== bound) return part < bound;
  }
  return false;
}

function expectQueryRequests(requests: RecordedRequest[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(request).toMatchObject({ method: "POST", amzTarget: undefined });
    expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(request.body).get("Version")).toBe("2012-11-05");
  }
}

function expectJsonRequests(requests: RecordedRequest[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(request).toMatchObject({ method: "POST", contentType: "application/x-amz-json-1.0" });
    expect(request.amzTarget).toMatch(/^AmazonSQS\.[A-Za-z]+$/);
  }
}

/** Creates a queue and sends one message through the client; returns the actions seen on the wire. */
async function exercise(transport: SqsTransport, proxy: RecordingProxy): Promise<RecordedRequest[]> {
  proxy.requests.length = 0;
  const sqs = new SqsDriver(transport);
  try {
    const url = await sqs.createQueue(uniqueQueueName("protocol"));
    await sqs.sendMessage(url, "over the wire");
    return [...proxy.requests];
  } finally {
    await sqs.close();
  }
}

/**
 * Asks the client for a message's SentTimestamp; returns the query parameters its ReceiveMessage put on the wire
 * and the attributes it got back.
 */
async function receiveWithSystemAttribute(
  transport: SqsTransport,
  proxy: RecordingProxy,
): Promise<{ wire: string[]; attributes: Record<string, string> }> {
  const sqs = new SqsDriver(transport);
  try {
    const url = await sqs.createQueue(uniqueQueueName("system-attributes"));
    await sqs.sendMessage(url, "stamped");
    proxy.requests.length = 0;
    const [message] = await sqs.receiveMessage(url, {
      AttributeNames: ["SentTimestamp"],
      WaitTimeSeconds: 1,
    });
    const [request] = proxy.requests;
    const params = [...new URLSearchParams(request.body)].filter(([name]) => /AttributeName/.test(name));
    return { wire: params.map(([name, value]) => `${name}=${value}`), attributes: message.Attributes };
  } finally {
    await sqs.close();
  }
}

describe("the suite's clients speak the SQS protocol they are meant to, configured as users configure them", () => {
  let target: RunningTarget;
  let proxy: RecordingProxy;

  beforeAll(async () => {
    target = await startTarget();
    proxy = await startRecordingProxy(target.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await target?.stop();
  });

  it("Debian's boto3 is 1.26 with a botocore from before SQS's JSON switch whose model says query", async () => {
    const transport: Boto3Transport = await createBoto3Transport(proxy.url);
    await transport.close();
    expect(transport.facts.protocol).toBe("query");
    expect(isBefore(transport.facts.botocore, [1, 31, 81])).toBe(true);
    expect(transport.facts.boto3).toMatch(/^1\.26\./);
  });

  it("boto3 1.26 sends form-encoded query requests", async () => {
    const requests = await exercise(await createBoto3Transport(proxy.url), proxy);
    expectQueryRequests(requests);
    expect(requests.map((r) => new URLSearchParams(r.body).get("Action"))).toEqual([
      "CreateQueue",
      "SendMessage",
    ]);
  });

  it("the AWS SDK for JavaScript v3 sends awsJson 1.0 requests", async () => {
    const requests = await exercise(createSdkTransport(proxy.url), proxy);
    expectJsonRequests(requests);
    expect(requests.map((r) => r.amzTarget)).toEqual(["AmazonSQS.CreateQueue", "AmazonSQS.SendMessage"]);
  });

  it("Debian's AWS CLI v2 sends form-encoded query requests", async () => {
    const cli = createCliTransport(DEBIAN_AWS_CLI, "Debian AWS CLI", "query", proxy.url);
    expectQueryRequests(await exercise(cli, proxy));
  });

  // Neither query-era client models MessageSystemAttributeNames; both name system attributes AttributeName.N,
  // the query name the SQS Smithy model also gives MessageSystemAttributeNames, so that is what SQS decodes.
  it("boto3 1.26 asks ReceiveMessage for system attributes as AttributeName.N and gets them", async () => {
    const { wire, attributes } = await receiveWithSystemAttribute(
      await createBoto3Transport(proxy.url),
      proxy,
    );
    expect(wire).toEqual(["AttributeName.1=SentTimestamp"]);
    expect(Object.keys(attributes)).toEqual(["SentTimestamp"]);
  });

  it("Debian's AWS CLI v2 asks ReceiveMessage for system attributes as AttributeName.N and gets them", async () => {
    const cli = createCliTransport(DEBIAN_AWS_CLI, "Debian AWS CLI", "query", proxy.url);
    const { wire, attributes } = await receiveWithSystemAttribute(cli, proxy);
    expect(wire).toEqual(["AttributeName.1=SentTimestamp"]);
    expect(Object.keys(attributes)).toEqual(["SentTimestamp"]);
  });

  it("the AWS CLI first on PATH sends awsJson 1.0 requests", async () => {
    const cli = createCliTransport(PATH_AWS_CLI, "PATH AWS CLI", "json", proxy.url);
    expectJsonRequests(await exercise(cli, proxy));
  });

  it("the SDK configured only through AWS_ENDPOINT_URL creates, sends to and receives from a queue", async () => {
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = target.url;
    const client = new SQSClient({
      region: TEST_REGION,
      credentials: { accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET_ACCESS_KEY },
    });
    try {
      const { QueueUrl } = await client.send(
        new CreateQueueCommand({ QueueName: uniqueQueueName("env-endpoint") }),
      );
      await client.send(new SendMessageCommand({ QueueUrl, MessageBody: "configured by environment" }));
      const { Messages } = await client.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
      expect(Messages?.map((m) => m.Body)).toEqual(["configured by environment"]);
    } finally {
      client.destroy();
      if (previous === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = previous;
    }
  });
});
