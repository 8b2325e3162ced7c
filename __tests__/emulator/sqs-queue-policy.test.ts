import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqsInterface } from "../../emulator/core/interfaces.js";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { denyInsecureTransport, policyJson, type PolicyStatement } from "../../stacks/policy-document.js";
import { allowTopicToSend } from "../../stacks/encrypted-queue.js";
import { createSdkTransport } from "./support/sdk-transport.js";
import { SqsDriver } from "./support/sqs-driver.js";
import { expectSqsError, uniqueQueueName } from "./support/suite.js";

/**
 * Queue policies as SQS enforces them, with SDK clients signing as two accounts (a 12-digit access key id acts
 * as that account). Runs against the emulator only: it reaches SQS's interface for SNS deliveries.
 */

const OWNER = "123456789012";
const PARTNER = "210987654321";
const STRANGER = "555544443333";
const ACCESS_DENIED = { code: "AccessDenied", status: 403 };
const REGION = "us-east-1";

function topicArn(name: string): string {
  return `arn:aws:sns:${REGION}:${OWNER}:${name}`;
}

interface Clients {
  owner: SqsDriver;
  partner: SqsDriver;
  stranger: SqsDriver;
  sqs: SqsInterface;
}

function useEmulator(options: { literalSecureTransport?: boolean } = {}): Clients {
  const clients = {} as Clients;
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, ...options });
    clients.owner = new SqsDriver(createSdkTransport(emulator.url, { accessKeyId: OWNER }));
    clients.partner = new SqsDriver(createSdkTransport(emulator.url, { accessKeyId: PARTNER }));
    clients.stranger = new SqsDriver(createSdkTransport(emulator.url, { accessKeyId: STRANGER }));
    clients.sqs = (await emulator.service("sqs")).api as SqsInterface;
  });
  afterAll(async () => {
    await Promise.all([clients.owner?.close(), clients.partner?.close(), clients.stranger?.close()]);
    await emulator?.stop();
  });
  return clients;
}

async function ownedQueue(owner: SqsDriver, tag: string): Promise<{ url: string; arn: string }> {
  const url = await owner.createQueue(uniqueQueueName(tag));
  const { QueueArn: arn = "" } = await owner.getQueueAttributes(url, ["QueueArn"]);
  return { url, arn };
}

function policy(...statements: PolicyStatement[]): string {
  return policyJson(statements);
}

/** The stack's queue policy: the topic may send, and nothing may reach the queue without TLS. */
function stackQueuePolicy(queueArn: string, topic: string): string {
  return policyJson([...allowTopicToSend(topic)(queueArn), denyInsecureTransport("sqs:*", queueArn)]);
}

const notification = { body: JSON.stringify({ Type: "Notification", Message: "order placed" }) };

describe("SQS queue policies across accounts", () => {
  const c = useEmulator();

  it("keeps another account out of a queue that has no policy", async () => {
    const { url } = await ownedQueue(c.owner, "no-policy");
    await expectSqsError(c.partner.sendMessage(url, "intruder"), ACCESS_DENIED);
    await expectSqsError(c.partner.getQueueAttributes(url), ACCESS_DENIED);
  });

  it("lets another account send when the policy allows its account, and nothing more", async () => {
    const { url, arn } = await ownedQueue(c.owner, "cross-allow");
    await c.owner.setQueueAttributes(url, {
      Policy: policy({
        Sid: "PartnerSends",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
        Action: "sqs:SendMessage",
        Resource: arn,
      }),
    });
    await c.partner.sendMessage(url, "from the partner");
    const batch = await c.partner.sendMessageBatch(url, [{ Id: "b1", MessageBody: "batched" }]);
    expect(batch.Failed).toEqual([]);
    await expectSqsError(c.partner.receiveMessage(url), ACCESS_DENIED);
    await expectSqsError(c.stranger.sendMessage(url, "not named"), ACCESS_DENIED);
    const received = await c.owner.receiveMessage(url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
    expect(received.map((message) => message.Body).sort()).toEqual(["batched", "from the partner"]);
  });

  it("lets an account in through AddPermission and out again through RemovePermission", async () => {
    const { url } = await ownedQueue(c.owner, "add-permission");
    await c.owner.addPermission(url, "PartnerReads", [PARTNER], ["ReceiveMessage", "GetQueueAttributes"]);
    expect(await c.partner.receiveMessage(url)).toEqual([]);
    await c.owner.removePermission(url, "PartnerReads");
    await expectSqsError(c.partner.receiveMessage(url), ACCESS_DENIED);
  });

  it("denies another account the owner-only actions even when the policy allows sqs:*", async () => {
    const { url, arn } = await ownedQueue(c.owner, "owner-only");
    await c.owner.setQueueAttributes(url, {
      Policy: policy({ Sid: "All", Effect: "Allow", Principal: "*", Action: "sqs:*", Resource: arn }),
    });
    await c.partner.sendMessage(url, "allowed");
    await expectSqsError(c.partner.tagQueue(url, { team: "partner" }), ACCESS_DENIED);
    await expectSqsError(c.partner.setQueueAttributes(url, { DelaySeconds: "1" }), ACCESS_DENIED);
    await expectSqsError(c.partner.deleteQueue(url), ACCESS_DENIED);
    await expectSqsError(c.partner.listMessageMoveTasks(arn), ACCESS_DENIED);
    await expectSqsError(c.partner.startMessageMoveTask(arn), ACCESS_DENIED);
  });

  it("applies an explicit Deny to the queue's own account", async () => {
    const { url, arn } = await ownedQueue(c.owner, "deny-owner");
    await c.owner.setQueueAttributes(url, {
      Policy: policy({
        Sid: "NoPurge",
        Effect: "Deny",
        Principal: "*",
        Action: "sqs:PurgeQueue",
        Resource: arn,
      }),
    });
    await expectSqsError(c.owner.purgeQueue(url), ACCESS_DENIED);
    await c.owner.sendMessage(url, "still allowed");
  });

  it("lets an explicit Deny win over an Allow for another account", async () => {
    const { url, arn } = await ownedQueue(c.owner, "deny-wins");
    await c.owner.setQueueAttributes(url, {
      Policy: policy(
        { Sid: "Everyone", Effect: "Allow", Principal: "*", Action: "sqs:SendMessage", Resource: arn },
        {
          Sid: "NotPartner",
          Effect: "Deny",
          Principal: { AWS: PARTNER },
          Action: "sqs:SendMessage",
          Resource: arn,
        },
      ),
    });
    await c.stranger.sendMessage(url, "welcome");
    await expectSqsError(c.partner.sendMessage(url, "refused"), ACCESS_DENIED);
  });

  it("tests aws:PrincipalAccount, aws:SourceIp and aws:CurrentTime conditions on the request", async () => {
    const { url, arn } = await ownedQueue(c.owner, "conditions");
    await c.owner.setQueueAttributes(url, {
      Policy: policy(
        {
          Sid: "PartnerFromLoopback",
          Effect: "Allow",
          Principal: "*",
          Action: "sqs:SendMessage",
          Resource: arn,
          Condition: {
            StringEquals: { "aws:PrincipalAccount": PARTNER },
            IpAddress: { "aws:SourceIp": ["127.0.0.0/8", "::1/128"] },
          },
        },
        {
          Sid: "StrangerAfterExpiry",
          Effect: "Allow",
          Principal: { AWS: STRANGER },
          Action: "sqs:SendMessage",
          Resource: arn,
          Condition: { DateLessThan: { "aws:CurrentTime": "2001-01-01T00:00:00Z" } },
        },
      ),
    });
    await c.partner.sendMessage(url, "from loopback");
    await expectSqsError(c.stranger.sendMessage(url, "expired grant"), ACCESS_DENIED);
  });

  it("resolves another account's queue URL for GetQueueUrl only when its policy allows it", async () => {
    const { url, arn } = await ownedQueue(c.owner, "get-url");
    const name = url.slice(url.lastIndexOf("/") + 1);
    const ask = (driver: SqsDriver) => driver.getQueueUrl(name, OWNER);
    await expectSqsError(ask(c.partner), ACCESS_DENIED);
    await c.owner.setQueueAttributes(url, {
      Policy: policy({
        Sid: "FindMe",
        Effect: "Allow",
        Principal: { AWS: PARTNER },
        Action: "sqs:GetQueueUrl",
        Resource: arn,
      }),
    });
    expect(await ask(c.partner)).toBe(url);
  });
});

describe("SNS deliveries and the stack's TLS-only queue policy", () => {
  const c = useEmulator();

  it("still accepts the owner's calls on the plain-HTTP port, which stands in for HTTPS", async () => {
    const { url, arn } = await ownedQueue(c.owner, "stack-owner");
    await c.owner.setQueueAttributes(url, { Policy: stackQueuePolicy(arn, topicArn("events")) });
    await c.owner.sendMessage(url, "owner over the stand-in for TLS");
    const [message] = await c.owner.receiveMessage(url, { WaitTimeSeconds: 1 });
    expect(message?.Body).toBe("owner over the stand-in for TLS");
  });

  it("accepts deliveries from the topic it names and refuses other topics with the reason", async () => {
    const { url, arn } = await ownedQueue(c.owner, "stack-topic");
    await c.owner.setQueueAttributes(url, { Policy: stackQueuePolicy(arn, topicArn("events")) });
    const caller = (topic: string) => ({
      servicePrincipal: "sns.amazonaws.com",
      sourceArn: topicArn(topic),
      sourceAccount: OWNER,
    });
    expect(c.sqs.deliver(arn, notification, caller("events"))).toMatchObject({ delivered: true });
    const refused = c.sqs.deliver(arn, notification, caller("other-topic"));
    expect(refused).toMatchObject({ delivered: false, reason: "AccessDenied" });
    expect(refused.delivered === false && refused.detail).toContain(arn);
    const received = await c.owner.receiveMessage(url, { MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
    expect(received.map((message) => message.Body)).toEqual([notification.body]);
  });

  it("refuses a topic's delivery to a queue without a policy, as SNS cannot deliver there on AWS", async () => {
    const { arn } = await ownedQueue(c.owner, "no-policy-delivery");
    const result = c.sqs.deliver(arn, notification, {
      servicePrincipal: "sns.amazonaws.com",
      sourceArn: topicArn("events"),
      sourceAccount: OWNER,
    });
    expect(result).toMatchObject({ delivered: false, reason: "AccessDenied" });
    expect(result.delivered === false && result.detail).toMatch(/no statement .* allows sqs:SendMessage/);
  });

  it("accepts deliveries under the SDKs' SubscribeQueue policy: any principal, conditioned on the topic ARN", async () => {
    const { url, arn } = await ownedQueue(c.owner, "subscribe-queue-policy");
    await c.owner.setQueueAttributes(url, {
      Policy: JSON.stringify({
        Version: "2008-10-17",
        Statement: [
          {
            Sid: `topic-subscription-${topicArn("events")}`,
            Effect: "Allow",
            Principal: { AWS: ["*"] },
            Action: ["sqs:SendMessage"],
            Resource: [arn],
            Condition: { ArnLike: { "aws:SourceArn": [topicArn("events")] } },
          },
        ],
      }),
    });
    const caller = {
      servicePrincipal: "sns.amazonaws.com",
      sourceArn: topicArn("events"),
      sourceAccount: OWNER,
    };
    expect(c.sqs.deliver(arn, notification, caller)).toMatchObject({ delivered: true });
  });

  it("names the denying statement when a Deny refuses a delivery", async () => {
    const { url, arn } = await ownedQueue(c.owner, "deny-delivery");
    await c.owner.setQueueAttributes(url, {
      Policy: policy(...allowTopicToSend(topicArn("events"))(arn), {
        Sid: "NoSns",
        Effect: "Deny",
        Principal: { Service: "sns.amazonaws.com" },
        Action: "sqs:*",
        Resource: arn,
      }),
    });
    const result = c.sqs.deliver(arn, notification, {
      servicePrincipal: "sns.amazonaws.com",
      sourceArn: topicArn("events"),
      sourceAccount: OWNER,
    });
    expect(result.delivered === false && result.detail).toContain("'NoSns'");
  });
});

describe("the stack's TLS-only queue policy with --literal-secure-transport", () => {
  const c = useEmulator({ literalSecureTransport: true });

  it("denies the owner's plain-HTTP calls but still accepts the topic's deliveries", async () => {
    const { url, arn } = await ownedQueue(c.owner, "literal");
    await c.owner.setQueueAttributes(url, { Policy: stackQueuePolicy(arn, topicArn("events")) });
    await expectSqsError(c.owner.sendMessage(url, "plain http"), ACCESS_DENIED);
    expect(
      c.sqs.deliver(arn, notification, {
        servicePrincipal: "sns.amazonaws.com",
        sourceArn: topicArn("events"),
        sourceAccount: OWNER,
      }),
    ).toMatchObject({ delivered: true });
  });
});
