import {
  AddPermissionCommand,
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  PublishBatchCommand,
  PublishCommand,
  SetTopicAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  type SNSClient,
} from "@aws-sdk/client-sns";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNT,
  createQueue,
  queueDepth,
  receiveAll,
  snsClient,
  snsError,
  sqsClient,
  uniqueName,
  useSnsEmulator,
} from "./support/sns-fixture.js";

/** A second account: a 12-digit access key id acts as that account. */
const OTHER = "111122223333";

describe("SNS topic policies via SDK clients of two accounts", () => {
  const ctx = useSnsEmulator();
  let otherSns: SNSClient;
  let otherSqs: SQSClient;

  beforeAll(() => {
    otherSns = snsClient(ctx.emulator.url, OTHER);
    otherSqs = sqsClient(ctx.emulator.url, OTHER);
  });

  afterAll(() => {
    otherSns.destroy();
    otherSqs.destroy();
  });

  async function topicWithQueue() {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("policy") }));
    const queue = await createQueue(ctx.sqs, "policy-q");
    await ctx.sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queue.arn }));
    return { topicArn: TopicArn ?? "", queue };
  }

  async function setPolicy(topicArn: string, statements: Record<string, unknown>[]): Promise<void> {
    await ctx.sns.send(
      new SetTopicAttributesCommand({
        TopicArn: topicArn,
        AttributeName: "Policy",
        AttributeValue: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
      }),
    );
  }

  it("another account's Publish under the default policy is AuthorizationError 403 and delivers nothing", async () => {
    const { topicArn, queue } = await topicWithQueue();
    const error = await snsError(otherSns.send(new PublishCommand({ TopicArn: topicArn, Message: "x" })));
    expect(error.name).toBe("AuthorizationErrorException");
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: arn:aws:iam::${OTHER}:root is not authorized to perform: SNS:Publish on resource: ${topicArn} because no resource-based policy allows the SNS:Publish action`,
    );
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(0);
  });

  it("AddPermission for another account lets it publish, and the message is delivered", async () => {
    const { topicArn, queue } = await topicWithQueue();
    await ctx.sns.send(
      new AddPermissionCommand({
        TopicArn: topicArn,
        Label: "let-other-publish",
        AWSAccountId: [OTHER],
        ActionName: ["Publish"],
      }),
    );
    await otherSns.send(new PublishCommand({ TopicArn: topicArn, Message: "from the other account" }));
    const [message] = await receiveAll(ctx.sqs, queue.url, 1);
    expect(JSON.parse(message.Body ?? "{}")).toMatchObject({ Message: "from the other account" });
    // The grant covers Publish only.
    const error = await snsError(otherSns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })));
    expect(error.name).toBe("AuthorizationErrorException");
  });

  it("PublishBatch authorizes as SNS:Publish", async () => {
    const { topicArn } = await topicWithQueue();
    const entries = [{ Id: "one", Message: "a" }];
    const refused = await snsError(
      otherSns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries })),
    );
    expect(refused.name).toBe("AuthorizationErrorException");
    await setPolicy(topicArn, [
      { Effect: "Allow", Principal: { AWS: OTHER }, Action: "sns:Publish", Resource: topicArn },
    ]);
    const sent = await otherSns.send(
      new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries }),
    );
    expect(sent.Successful?.map((entry) => entry.Id)).toEqual(["one"]);
  });

  it("an explicit Deny applies to the owner too, for the denied action only", async () => {
    const { topicArn, queue } = await topicWithQueue();
    await setPolicy(topicArn, [
      { Sid: "NoPublish", Effect: "Deny", Principal: "*", Action: "SNS:Publish", Resource: topicArn },
    ]);
    const error = await snsError(ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "x" })));
    expect(error.name).toBe("AuthorizationErrorException");
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: SNS:Publish on resource: ${topicArn} with an explicit deny in a resource-based policy`,
    );
    expect(await queueDepth(ctx.sqs, queue.url)).toBe(0);
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }));
    expect(Attributes?.TopicArn).toBe(topicArn);
  });

  it("another account allowed to Subscribe subscribes its own queue, lists and removes its subscription", async () => {
    const { topicArn } = await topicWithQueue();
    const refused = await snsError(
      otherSns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: "x" })),
    );
    expect(refused.name).toBe("AuthorizationErrorException");
    await setPolicy(topicArn, [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
        Action: "sns:Subscribe",
        Resource: topicArn,
      },
    ]);
    const queue = await createQueue(otherSqs, "their-q", {}, { topicAccount: ACCOUNT });
    const { SubscriptionArn } = await otherSns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: queue.arn }),
    );
    expect(SubscriptionArn?.startsWith(`${topicArn}:`)).toBe(true);
    const theirs = await otherSns.send(new ListSubscriptionsCommand({}));
    expect(theirs.Subscriptions?.map((s) => s.SubscriptionArn)).toContain(SubscriptionArn);
    const byTopic = await ctx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(byTopic.Subscriptions?.find((s) => s.SubscriptionArn === SubscriptionArn)?.Owner).toBe(OTHER);
    await ctx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: "to both accounts" }));
    expect(await receiveAll(otherSqs, queue.url, 1)).toHaveLength(1);
    await otherSns.send(new UnsubscribeCommand({ SubscriptionArn }));
    const after = await ctx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    expect(after.Subscriptions?.map((s) => s.SubscriptionArn)).not.toContain(SubscriptionArn);
  });

  it("DeleteTopic by another account needs the policy to allow it", async () => {
    const { topicArn } = await topicWithQueue();
    const refused = await snsError(otherSns.send(new DeleteTopicCommand({ TopicArn: topicArn })));
    expect(refused.name).toBe("AuthorizationErrorException");
    await setPolicy(topicArn, [
      { Effect: "Allow", Principal: { AWS: OTHER }, Action: "sns:DeleteTopic", Resource: topicArn },
    ]);
    await otherSns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
    const gone = await snsError(ctx.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })));
    expect(gone.name).toBe("NotFoundException");
  });

  it("a policy whose statement lacks a Principal is refused as SNS refuses it", async () => {
    const { topicArn } = await topicWithQueue();
    const error = await snsError(
      ctx.sns.send(
        new SetTopicAttributesCommand({
          TopicArn: topicArn,
          AttributeName: "Policy",
          AttributeValue: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "sns:Publish", Resource: topicArn }],
          }),
        }),
      ),
    );
    expect(error.name).toBe("InvalidParameterException");
    expect(error.message).toBe("Invalid parameter: Policy Error: null");
  });
});
