import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy/index.js";
import { SqsQueuePolicy } from "@cdktf/provider-aws/lib/sqs-queue-policy/index.js";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { describe, expect, it } from "vitest";
import {
  addressOf,
  onlyResource,
  ref,
  resourcesOf,
  statement,
  statements,
  synthEnvironment,
  type Synthesized,
} from "./synth.js";

const dev = synthEnvironment("dev");
const prod = synthEnvironment("prod");
function topicArn(s: Synthesized): string {
  const found = Object.entries(s.config.resource[SnsTopic.tfResourceType] ?? {}).find(
    ([, topic]) => topic.name === "${var.name_prefix}-events",
  );
  if (!found) throw new Error("no event topic");
  return ref(`${SnsTopic.tfResourceType}.${found[0]}`, "arn");
}

function queuePolicyFor(s: Synthesized, queueId: string): unknown {
  const policy = resourcesOf(s, SqsQueuePolicy.tfResourceType).find(
    (p) => p.queue_url === ref(`aws_sqs_queue.${queueId}`, "url"),
  );
  if (!policy) throw new Error(`no policy for ${queueId}`);
  return policy.policy;
}

function queueId(s: Synthesized, namePart: string): string {
  const found = Object.entries(s.config.resource.aws_sqs_queue ?? {}).find(
    ([, queue]) => queue.name === `\${var.name_prefix}-${namePart}`,
  );
  if (!found) throw new Error(`no queue named ${namePart}`);
  return found[0];
}

describe("queue policies", () => {
  it("let only the event topic send, conditioned on its ARN", () => {
    const allow = statement(queuePolicyFor(dev, queueId(dev, "orders")), "AllowEventTopicOnly");
    expect(allow).toEqual({
      Sid: "AllowEventTopicOnly",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: "sqs:SendMessage",
      Resource: ref(`aws_sqs_queue.${queueId(dev, "orders")}`, "arn"),
      Condition: { ArnEquals: { "aws:SourceArn": topicArn(dev) } },
    });
  });

  it("deny any access without TLS on every queue", () => {
    const policies = resourcesOf(dev, SqsQueuePolicy.tfResourceType);
    expect(policies.length).toBe(resourcesOf(dev, "aws_sqs_queue").length);
    for (const policy of policies) {
      expect(statement(policy.policy, "DenyInsecureTransport")).toMatchObject({
        Effect: "Deny",
        Principal: "*",
        Action: "sqs:*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      });
    }
  });

  it("let the topic send to the subscription DLQ but not to the queues' own DLQs", () => {
    const subscriptionDlq = statements(queuePolicyFor(dev, queueId(dev, "events-sub-dlq")));
    expect(subscriptionDlq.map((s) => s.Sid)).toEqual(["AllowEventTopicOnly", "DenyInsecureTransport"]);
    const ordersDlq = statements(queuePolicyFor(dev, queueId(dev, "orders-dlq")));
    expect(ordersDlq.map((s) => s.Sid)).toEqual(["DenyInsecureTransport"]);
  });
});

describe("topic policy", () => {
  it("limits the topic to the owner account and denies publishing without TLS", () => {
    const policy = onlyResource(dev, SnsTopicPolicy.tfResourceType).policy;
    expect(statement(policy, "OwnerAccountOnly")).toMatchObject({
      Effect: "Allow",
      Principal: { AWS: "arn:${data.aws_partition.partition.partition}:iam::${var.account_id}:root" },
      Resource: topicArn(dev),
    });
    expect(statement(policy, "DenyInsecureTransport")).toMatchObject({
      Effect: "Deny",
      Action: "SNS:Publish",
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    });
  });
});

describe("KMS key policy", () => {
  const policy = onlyResource(prod, KmsKey.tfResourceType).policy;

  it("grants SNS the data-key actions for the event topic only, so encrypted queues receive deliveries", () => {
    expect(statement(policy, "SnsEncryptsDeliveriesFromThisTopic")).toEqual({
      Sid: "SnsEncryptsDeliveriesFromThisTopic",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
      Resource: "*",
      Condition: {
        ArnEquals: {
          "aws:SourceArn":
            "arn:${data.aws_partition.partition.partition}:sns:${var.region}:${var.account_id}:${var.name_prefix}-events",
        },
      },
    });
  });

  it("lets CloudWatch publish alarms to the encrypted alarm topic", () => {
    expect(statement(policy, "CloudWatchPublishesAlarmsFromThisAccount")).toMatchObject({
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Condition: { StringEquals: { "aws:SourceAccount": "${var.account_id}" } },
    });
  });
});

describe("function role", () => {
  const devPolicy = onlyResource(dev, IamRolePolicy.tfResourceType).policy;
  const prodPolicy = onlyResource(prod, IamRolePolicy.tfResourceType).policy;

  it("reads only this stream", () => {
    expect(statement(devPolicy, "ReadThisStream")).toMatchObject({
      Action: [
        "kinesis:DescribeStream",
        "kinesis:DescribeStreamSummary",
        "kinesis:GetRecords",
        "kinesis:GetShardIterator",
        "kinesis:ListShards",
      ],
      Resource: ref(addressOf(dev, KinesisStream.tfResourceType), "arn"),
    });
  });

  it("sends only to its failure queue and writes only its own log group", () => {
    expect(statement(devPolicy, "SendFailedBatchesToThisQueue")).toMatchObject({
      Action: "sqs:SendMessage",
      Resource: ref(`aws_sqs_queue.${queueId(dev, "consumer-failures")}`, "arn"),
    });
    expect(statement(devPolicy, "WriteThisLogGroup").Resource).toBe(
      `${ref(addressOf(dev, CloudwatchLogGroup.tfResourceType), "arn")}:*`,
    );
  });

  it("uses a wildcard resource only for X-Ray, which has no resource-level permissions", () => {
    for (const policy of [devPolicy, prodPolicy]) {
      const wildcards = statements(policy).filter((s) => s.Resource === "*");
      expect(wildcards.map((s) => s.Sid)).toEqual(["WriteTraces"]);
    }
  });

  it("gets KMS permissions only with a customer key and X-Ray only with tracing", () => {
    expect(statements(devPolicy).map((s) => s.Sid)).not.toContain("DecryptStreamEncryptFailures");
    expect(statement(prodPolicy, "DecryptStreamEncryptFailures").Resource).toBe(
      ref(addressOf(prod, KmsKey.tfResourceType), "arn"),
    );
    const local = onlyResource(synthEnvironment("local"), IamRolePolicy.tfResourceType).policy;
    expect(statements(local).map((s) => s.Sid)).not.toContain("WriteTraces");
  });
});

describe("policies for applications", () => {
  it("give producers publish on the topic and put-records on the stream", () => {
    const publisher = statements(prod.config.output.publisher_policy_json?.value);
    expect(publisher.map((s) => [s.Sid, s.Resource])).toEqual([
      ["PublishToEventTopic", topicArn(prod)],
      ["PutRecordsOnEventStream", ref(addressOf(prod, KinesisStream.tfResourceType), "arn")],
      ["UseStackKey", ref(addressOf(prod, KmsKey.tfResourceType), "arn")],
    ]);
  });

  it("give each queue's consumer access to that queue only", () => {
    const byQueue = dev.config.output.queue_consumer_policy_json?.value as Record<string, string>;
    expect(Object.keys(byQueue).sort()).toEqual(["audit", "orders"]);
    expect(statements(byQueue.orders).map((s) => s.Resource)).toEqual([
      ref(`aws_sqs_queue.${queueId(dev, "orders")}`, "arn"),
    ]);
  });
});
