import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { KinesisClient, ListStreamsCommand } from "@aws-sdk/client-kinesis";
import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../index.js";
import type { RunningEmulator } from "../index.js";
import { fakeKinesisService, fakeSnsService, thingsService } from "../testing/echo-services.js";
import { parseCredentialScope } from "./sigv4.js";

const run = promisify(execFile);
const good = { accessKeyId: "AKIDGOOD", secretAccessKey: "good-secret" };
const wrongSecret = { accessKeyId: "AKIDGOOD", secretAccessKey: "not-the-secret" };
const unknownKey = { accessKeyId: "AKIDUNKNOWN", secretAccessKey: "good-secret" };
/** Debian's python3 with its botocore 1.29: a second, independent SigV4 implementation. */
const DEBIAN_PYTHON = "/usr/bin/python3";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    services: [fakeKinesisService, fakeSnsService, thingsService],
    sigv4: { credentials: [good, { accessKeyId: "AKIDOTHER", secretAccessKey: "other" }] },
  });
});

afterAll(async () => {
  await emulator.stop();
});

async function kinesisCall(credentials: typeof good, http1 = false): Promise<unknown> {
  const client = new KinesisClient({
    endpoint: emulator.url,
    region: "ap-southeast-2",
    credentials,
    maxAttempts: 1,
    ...(http1 ? { requestHandler: new NodeHttpHandler() } : {}),
  });
  try {
    return await client.send(new ListStreamsCommand({}));
  } catch (error) {
    return error;
  } finally {
    client.destroy();
  }
}

async function snsCall(credentials: typeof good): Promise<unknown> {
  const client = new SNSClient({ endpoint: emulator.url, region: "us-west-2", credentials, maxAttempts: 1 });
  try {
    return await client.send(new ListTopicsCommand({}));
  } catch (error) {
    return error;
  } finally {
    client.destroy();
  }
}

/** Signs a request with botocore's SigV4Auth and sends it with urllib; prints "<status> <body>". */
const BOTOCORE_SEND = `
import sys, urllib.request, urllib.error
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
url, body, tamper = sys.argv[1], sys.argv[2].encode(), sys.argv[3] == "tamper"
request = AWSRequest(method="POST", url=url, data=body, headers={"Content-Type": "application/octet-stream"})
SigV4Auth(Credentials("AKIDGOOD", "good-secret"), "things", "eu-west-1").add_auth(request)
prepared = request.prepare()
sent_body = body.upper() if tamper else body
sent = urllib.request.Request(url, data=sent_body, headers=dict(prepared.headers), method="POST")
try:
    response = urllib.request.urlopen(sent)
    print(response.status, response.read().decode())
except urllib.error.HTTPError as error:
    print(error.code, error.headers.get("x-amzn-ErrorType"))
`;

async function botocoreSend(path: string, body: string, tamper: boolean): Promise<string> {
  const { stdout } = await run(DEBIAN_PYTHON, [
    "-c",
    BOTOCORE_SEND,
    `${emulator.url}${path}`,
    body,
    tamper ? "tamper" : "no",
  ]);
  return stdout.trim();
}

describe("SigV4 verification", () => {
  it("accepts the Kinesis client's signature over HTTP/2, where host travels as :authority", async () => {
    expect(await kinesisCall(good)).toMatchObject({ StreamNames: ["limit-none"] });
  });

  it("accepts the Kinesis client's signature over HTTP/1.1", async () => {
    expect(await kinesisCall(good, true)).toMatchObject({ StreamNames: ["limit-none"] });
  });

  it("accepts the SNS client's signed form body (awsQuery)", async () => {
    expect(await snsCall(good)).toMatchObject({ Topics: [] });
  });

  it("accepts botocore's signature on a path with percent-encoded characters and an encoded query", async () => {
    const reply = await botocoreSend(
      "/2015-03-31/things/arn%3Aaws%3Athings%3Aeu-west-1%3A000000000000%3Athing%3Ax/invocations?Qualifier=%24LATEST",
      "payload",
      false,
    );
    expect(reply).toBe("200 arn:aws:things:eu-west-1:000000000000:thing:x:payload");
  });

  it("rejects a body changed after botocore signed it", async () => {
    expect(await botocoreSend("/2015-03-31/things/x/invocations", "payload", true)).toBe(
      "403 InvalidSignatureException",
    );
  });

  it("rejects a wrong secret with InvalidSignatureException (JSON) and SignatureDoesNotMatch (query)", async () => {
    expect(await kinesisCall(wrongSecret)).toMatchObject({
      name: "InvalidSignatureException",
      $metadata: { httpStatusCode: 403 },
    });
    expect(await snsCall(wrongSecret)).toMatchObject({
      name: "SignatureDoesNotMatch",
      $metadata: { httpStatusCode: 403 },
    });
  });

  it("rejects an unknown access key with UnrecognizedClientException (JSON) and InvalidClientTokenId (query)", async () => {
    expect(await kinesisCall(unknownKey)).toMatchObject({ name: "UnrecognizedClientException" });
    expect(await snsCall(unknownKey)).toMatchObject({ name: "InvalidClientTokenId" });
  });

  it("rejects an unsigned request with MissingAuthenticationToken", async () => {
    const response = await fetch(`${emulator.url}/?Action=ListTopics&Version=2010-03-31`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>MissingAuthenticationToken</Code>");
  });

  it("rejects an Authorization header without a signature with IncompleteSignature", async () => {
    const response = await fetch(`${emulator.url}/?Action=ListTopics&Version=2010-03-31`, {
      headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKIDGOOD/20260101/us-east-1/sns/aws4_request" },
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>IncompleteSignature</Code>");
  });

  it("still serves the health endpoint without a signature", async () => {
    expect((await fetch(`${emulator.url}/_eda/health`)).status).toBe(200);
  });
});

describe("parseCredentialScope", () => {
  it("reads key, date, region and service from the Authorization header", () => {
    expect(
      parseCredentialScope(
        "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=ab",
      ),
    ).toEqual({ accessKeyId: "AKID", date: "20260101", region: "eu-west-1", service: "sqs" });
  });

  it("returns nothing for a missing or malformed credential", () => {
    expect(parseCredentialScope(undefined)).toBeUndefined();
    expect(parseCredentialScope("Basic dXNlcjpwYXNz")).toBeUndefined();
    expect(parseCredentialScope("AWS4-HMAC-SHA256 Credential=AKID/20260101/sqs")).toBeUndefined();
  });
});
