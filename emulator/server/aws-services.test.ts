import { ListStreamsCommand, KinesisClient } from "@aws-sdk/client-kinesis";
import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../index.js";
import type { RunningEmulator } from "../index.js";
import { sqsRegistration } from "../services/registry.js";

const credentials = { accessKeyId: "test", secretAccessKey: "test" };
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, services: [sqsRegistration] });
});

afterAll(async () => {
  await emulator.stop();
});

function signedFor(service: string): string {
  return `AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`;
}

describe("a call to an AWS service the emulator does not serve", () => {
  it("tells the Kinesis SDK client (awsJson) that Kinesis is not supported yet, with status 400", async () => {
    const kinesis = new KinesisClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials,
      maxAttempts: 1,
    });
    const failure = await kinesis.send(new ListStreamsCommand({})).catch((error: unknown) => error);
    kinesis.destroy();
    expect(failure).toMatchObject({
      name: "UnknownOperationException",
      message: "Amazon Kinesis (kinesis) is not supported by this emulator yet; it serves sqs.",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("tells the SNS SDK client (awsQuery) that SNS is not supported yet, as InvalidAction in XML", async () => {
    const sns = new SNSClient({ endpoint: emulator.url, region: "us-east-1", credentials, maxAttempts: 1 });
    const failure = await sns.send(new ListTopicsCommand({})).catch((error: unknown) => error);
    sns.destroy();
    expect(failure).toMatchObject({
      name: "InvalidAction",
      message: "Amazon SNS (sns) is not supported by this emulator yet; it serves sqs.",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("answers a signed Lambda call (restJson) with x-amzn-ErrorType and a JSON message", async () => {
    const response = await fetch(`${emulator.url}/2015-03-31/functions/`, {
      headers: { authorization: signedFor("lambda") },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
    expect(await response.json()).toEqual({
      Type: "User",
      message: "AWS Lambda (lambda) is not supported by this emulator yet; it serves sqs.",
    });
  });

  it("recognises an unsigned CloudWatch Logs call by its X-Amz-Target prefix", async () => {
    const response = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers: {
        "x-amz-target": "Logs_20140328.DescribeLogGroups",
        "content-type": "application/x-amz-json-1.1",
      },
      body: "{}",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(await response.json()).toEqual({
      __type: "com.amazon.coral.service#UnknownOperationException",
      message: "Amazon CloudWatch Logs (logs) is not supported by this emulator yet; it serves sqs.",
    });
  });

  it("recognises an unsigned STS query call by its Version", async () => {
    const response = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "Action=GetCallerIdentity&Version=2011-06-15",
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("<Code>InvalidAction</Code>");
    expect(text).toContain(
      "<Message>AWS STS (sts) is not supported by this emulator yet; it serves sqs.</Message>",
    );
  });

  it("still answers an unknown action of a served service as not valid for this endpoint", async () => {
    const response = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "Action=Publish&Version=2012-11-05",
    });
    expect(await response.text()).toContain("The action Publish is not valid for this endpoint.");
  });

  it("answers an X-Amz-Target of no known service as an unrecognised operation", async () => {
    const response = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers: { "x-amz-target": "Nobody_20200101.DoThing", "content-type": "application/x-amz-json-1.1" },
      body: "{}",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      "The operation Nobody_20200101.DoThing is not recognized by the service.",
    );
  });
});
