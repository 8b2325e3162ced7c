import { describe, expect, it } from "vitest";
import type { ExpectedError } from "./support/suite.js";
import { awsDocsOnly, behaviourDrivers, expectSqsError, uniqueQueueName, useSqs } from "./support/suite.js";

const INVALID_PARAMETER_VALUE: ExpectedError = { code: "InvalidParameterValue", status: 400 };
const PARTNER = "111122223333";
const AUDITOR = "444455556666";

interface Statement {
  Sid?: string;
  Effect: string;
  Principal: { AWS: string | string[] };
  Action: string | string[];
  Resource: string;
}

describe.each(behaviourDrivers)("SQS AddPermission and RemovePermission via $label", (factory) => {
  const ctx = useSqs(factory);

  async function queue(
    tag: string,
    attributes?: Record<string, string>,
  ): Promise<{ url: string; arn: string }> {
    const url = await ctx.sqs.createQueue(uniqueQueueName(tag), attributes);
    const { QueueArn: arn = "" } = await ctx.sqs.getQueueAttributes(url, ["QueueArn"]);
    return { url, arn };
  }

  async function policyOf(url: string): Promise<{ Id?: string; Statement: Statement[] } | undefined> {
    const { Policy } = await ctx.sqs.getQueueAttributes(url, ["Policy"]);
    return Policy === undefined ? undefined : (JSON.parse(Policy) as { Id?: string; Statement: Statement[] });
  }

  it("AddPermission adds a statement named by the label that lets the account's root send", async () => {
    const { url, arn } = await queue("add");
    await ctx.sqs.addPermission(url, "PartnerSends", [PARTNER], ["SendMessage"]);
    const policy = await policyOf(url);
    expect(policy?.Id).toBe(`${arn}/SQSDefaultPolicy`);
    expect(policy?.Statement).toEqual([
      {
        Sid: "PartnerSends",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
        Action: "SQS:SendMessage",
        Resource: arn,
      },
    ]);
  });

  it("AddPermission lists every account and action it was given in one statement", async () => {
    const { url } = await queue("add-many");
    await ctx.sqs.addPermission(url, "Readers", [PARTNER, AUDITOR], ["ReceiveMessage", "DeleteMessage"]);
    const [statement] = (await policyOf(url))?.Statement ?? [];
    expect(statement?.Principal.AWS).toEqual([
      `arn:aws:iam::${PARTNER}:root`,
      `arn:aws:iam::${AUDITOR}:root`,
    ]);
    expect(statement?.Action).toEqual(["SQS:ReceiveMessage", "SQS:DeleteMessage"]);
  });

  it("AddPermission appends to a policy set with SetQueueAttributes", async () => {
    const { url, arn } = await queue("append");
    const own = {
      Sid: "Own",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "sqs:GetQueueAttributes",
      Resource: arn,
    };
    await ctx.sqs.setQueueAttributes(url, {
      Policy: JSON.stringify({ Version: "2012-10-17", Statement: [own] }),
    });
    await ctx.sqs.addPermission(url, "Added", [PARTNER], ["SendMessage"]);
    expect((await policyOf(url))?.Statement.map((statement) => statement.Sid)).toEqual(["Own", "Added"]);
  });

  it("AddPermission with a label already in the policy fails with InvalidParameterValue", async () => {
    const { url } = await queue("label-taken");
    await ctx.sqs.addPermission(url, "Taken", [PARTNER], ["SendMessage"]);
    await expectSqsError(
      ctx.sqs.addPermission(url, "Taken", [AUDITOR], ["ReceiveMessage"]),
      INVALID_PARAMETER_VALUE,
    );
  });

  it.each([
    ["an action only the owner may perform", ["SetQueueAttributes"]],
    ["an action SQS does not have", ["Frobnicate"]],
  ])("AddPermission with %s fails with InvalidParameterValue", async (_what, actions) => {
    const { url } = await queue("bad-action");
    await expectSqsError(ctx.sqs.addPermission(url, "Bad", [PARTNER], actions), INVALID_PARAMETER_VALUE);
  });

  awsDocsOnly("moto accepts * together with other actions")(
    "AddPermission with * and another action fails with InvalidParameterValue",
    async () => {
      const { url } = await queue("star-and-more");
      await expectSqsError(
        ctx.sqs.addPermission(url, "Star", [PARTNER], ["*", "SendMessage"]),
        INVALID_PARAMETER_VALUE,
      );
    },
  );

  it("AddPermission with more than seven actions fails with OverLimit", async () => {
    const { url } = await queue("over-limit");
    const actions = [
      "SendMessage",
      "ReceiveMessage",
      "DeleteMessage",
      "ChangeMessageVisibility",
      "GetQueueAttributes",
      "GetQueueUrl",
      "ListDeadLetterSourceQueues",
      "PurgeQueue",
    ];
    await expectSqsError(ctx.sqs.addPermission(url, "TooMany", [PARTNER], actions), {
      code: "OverLimit",
      shape: "OverLimit",
      status: 403,
    });
  });

  it("RemovePermission drops the labelled statement and keeps the others", async () => {
    const { url } = await queue("remove");
    await ctx.sqs.addPermission(url, "First", [PARTNER], ["SendMessage"]);
    await ctx.sqs.addPermission(url, "Second", [AUDITOR], ["ReceiveMessage"]);
    await ctx.sqs.removePermission(url, "First");
    expect((await policyOf(url))?.Statement.map((statement) => statement.Sid)).toEqual(["Second"]);
  });

  it("RemovePermission of the last statement leaves the queue without a Policy", async () => {
    const { url } = await queue("remove-last");
    await ctx.sqs.addPermission(url, "Only", [PARTNER], ["SendMessage"]);
    await ctx.sqs.removePermission(url, "Only");
    expect(await policyOf(url)).toBeUndefined();
  });

  it("RemovePermission of a label the policy does not have fails with InvalidParameterValue", async () => {
    const { url } = await queue("remove-unknown");
    await ctx.sqs.addPermission(url, "Known", [PARTNER], ["SendMessage"]);
    await expectSqsError(ctx.sqs.removePermission(url, "Unknown"), INVALID_PARAMETER_VALUE);
  });
});
