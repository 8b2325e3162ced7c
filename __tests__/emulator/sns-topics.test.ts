import {
  AddPermissionCommand,
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  RemovePermissionCommand,
  SetTopicAttributesCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import { ACCOUNT, snsClient, uniqueName, useSnsEmulator, snsError } from "./support/sns-fixture.js";

describe("SNS topics via the SDK", () => {
  const ctx = useSnsEmulator();

  it("CreateTopic answers the topic ARN in the caller's account and region", async () => {
    const name = uniqueName("plain");
    const created = await ctx.sns.send(new CreateTopicCommand({ Name: name }));
    expect(created.TopicArn).toBe(`arn:aws:sns:us-east-1:${ACCOUNT}:${name}`);
  });

  it("CreateTopic is idempotent for the same name and attributes", async () => {
    const name = uniqueName("again");
    const first = await ctx.sns.send(
      new CreateTopicCommand({ Name: name, Attributes: { DisplayName: "d" } }),
    );
    const second = await ctx.sns.send(
      new CreateTopicCommand({ Name: name, Attributes: { DisplayName: "d" } }),
    );
    expect(second.TopicArn).toBe(first.TopicArn);
  });

  it("CreateTopic with different attributes for an existing name is InvalidParameter", async () => {
    const name = uniqueName("conflict");
    await ctx.sns.send(new CreateTopicCommand({ Name: name, Attributes: { DisplayName: "one" } }));
    const error = await snsError(
      ctx.sns.send(new CreateTopicCommand({ Name: name, Attributes: { DisplayName: "two" } })),
    );
    expect(error.name).toBe("InvalidParameterException");
    expect(error.message).toBe(
      "Invalid parameter: Attributes Reason: Topic already exists with different attributes",
    );
  });

  it("a FIFO topic needs a name ending in .fifo", async () => {
    const error = await snsError(
      ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("nofifo"), Attributes: { FifoTopic: "true" } })),
    );
    expect(error.name).toBe("InvalidParameterException");
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it("GetTopicAttributes of a new topic shows the default policy and zero counters", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("attrs") }));
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes).toMatchObject({
      TopicArn,
      Owner: ACCOUNT,
      DisplayName: "",
      SubscriptionsConfirmed: "0",
      SubscriptionsPending: "0",
      SubscriptionsDeleted: "0",
    });
    const policy = JSON.parse(Attributes?.Policy ?? "{}") as {
      Statement: { Resource: string; Action: string[] }[];
    };
    expect(policy.Statement[0].Resource).toBe(TopicArn);
    expect(policy.Statement[0].Action).toContain("SNS:Publish");
    const delivery = JSON.parse(Attributes?.EffectiveDeliveryPolicy ?? "{}") as {
      http: { defaultHealthyRetryPolicy: { numRetries: number } };
    };
    expect(delivery.http.defaultHealthyRetryPolicy.numRetries).toBe(3);
  });

  it("a FIFO topic reports FifoTopic and ContentBasedDeduplication", async () => {
    const { TopicArn } = await ctx.sns.send(
      new CreateTopicCommand({
        Name: uniqueName("fifo", true),
        Attributes: { FifoTopic: "true", ContentBasedDeduplication: "true" },
      }),
    );
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes?.FifoTopic).toBe("true");
    expect(Attributes?.ContentBasedDeduplication).toBe("true");
  });

  it("SetTopicAttributes changes DisplayName, SignatureVersion and TracingConfig", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("set") }));
    for (const [AttributeName, AttributeValue] of [
      ["DisplayName", "Shown"],
      ["SignatureVersion", "2"],
      ["TracingConfig", "Active"],
    ]) {
      await ctx.sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName, AttributeValue }));
    }
    const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes).toMatchObject({
      DisplayName: "Shown",
      SignatureVersion: "2",
      TracingConfig: "Active",
    });
  });

  it("SetTopicAttributes refuses ContentBasedDeduplication on a standard topic", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("cbd") }));
    const error = await snsError(
      ctx.sns.send(
        new SetTopicAttributesCommand({
          TopicArn,
          AttributeName: "ContentBasedDeduplication",
          AttributeValue: "true",
        }),
      ),
    );
    expect(error.name).toBe("InvalidParameterException");
  });

  it("GetTopicAttributes of an unknown topic is NotFound with status 404", async () => {
    const error = await snsError(
      ctx.sns.send(
        new GetTopicAttributesCommand({ TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:missing-topic` }),
      ),
    );
    expect(error.name).toBe("NotFoundException");
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe("Topic does not exist");
  });

  it("another account reading a topic its policy does not open to it gets AuthorizationError 403", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("mine") }));
    const other = snsClient(ctx.emulator.url, "111111111111");
    const error = await snsError(other.send(new GetTopicAttributesCommand({ TopicArn })));
    other.destroy();
    expect(error.name).toBe("AuthorizationErrorException");
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it("DeleteTopic removes the topic and succeeds again for a deleted one", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("gone") }));
    await ctx.sns.send(new DeleteTopicCommand({ TopicArn }));
    await ctx.sns.send(new DeleteTopicCommand({ TopicArn }));
    const error = await snsError(ctx.sns.send(new GetTopicAttributesCommand({ TopicArn })));
    expect(error.name).toBe("NotFoundException");
  });

  it("ListTopics pages 100 topics at a time with a NextToken", async () => {
    const client = snsClient(ctx.emulator.url, "222222222222");
    const created = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const { TopicArn } = await client.send(new CreateTopicCommand({ Name: `paged-${i}` }));
      created.add(TopicArn ?? "");
    }
    const first = await client.send(new ListTopicsCommand({}));
    expect(first.Topics).toHaveLength(100);
    expect(first.NextToken).toBeDefined();
    const second = await client.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    expect(second.Topics).toHaveLength(50);
    expect(second.NextToken).toBeUndefined();
    const listed = new Set(
      [...(first.Topics ?? []), ...(second.Topics ?? [])].map((topic) => topic.TopicArn),
    );
    client.destroy();
    expect(listed).toEqual(created);
  });

  it("tags are added, listed and removed", async () => {
    const { TopicArn } = await ctx.sns.send(
      new CreateTopicCommand({ Name: uniqueName("tags"), Tags: [{ Key: "team", Value: "a" }] }),
    );
    await ctx.sns.send(
      new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: "env", Value: "dev" }] }),
    );
    await ctx.sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: ["team"] }));
    const { Tags } = await ctx.sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }));
    expect(Tags).toEqual([{ Key: "env", Value: "dev" }]);
  });

  it("ListTagsForResource of an unknown topic is ResourceNotFound", async () => {
    const error = await snsError(
      ctx.sns.send(new ListTagsForResourceCommand({ ResourceArn: `arn:aws:sns:us-east-1:${ACCOUNT}:nope` })),
    );
    expect(error.name).toBe("ResourceNotFoundException");
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it("AddPermission adds a labelled statement and RemovePermission takes it out", async () => {
    const { TopicArn } = await ctx.sns.send(new CreateTopicCommand({ Name: uniqueName("perm") }));
    await ctx.sns.send(
      new AddPermissionCommand({
        TopicArn,
        Label: "let-b",
        AWSAccountId: ["111122223333"],
        ActionName: ["Publish"],
      }),
    );
    const statements = async () => {
      const { Attributes } = await ctx.sns.send(new GetTopicAttributesCommand({ TopicArn }));
      return (JSON.parse(Attributes?.Policy ?? "{}") as { Statement: Record<string, unknown>[] }).Statement;
    };
    expect((await statements()).find((statement) => statement.Sid === "let-b")).toEqual({
      Sid: "let-b",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::111122223333:root" },
      Action: "SNS:Publish",
      Resource: TopicArn,
    });
    const again = await snsError(
      ctx.sns.send(
        new AddPermissionCommand({
          TopicArn,
          Label: "let-b",
          AWSAccountId: ["111122223333"],
          ActionName: ["Publish"],
        }),
      ),
    );
    expect(again.name).toBe("InvalidParameterException");
    await ctx.sns.send(new RemovePermissionCommand({ TopicArn, Label: "let-b" }));
    expect((await statements()).map((statement) => statement.Sid)).toEqual(["__default_statement_ID"]);
  });

  it("a request missing a required member is a ValidationError", async () => {
    const error = await snsError(ctx.sns.send(new CreateTopicCommand({ Name: undefined })));
    expect(error.name).toBe("ValidationError");
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    );
  });
});
