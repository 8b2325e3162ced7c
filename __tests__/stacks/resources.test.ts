import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias/index.js";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import { LambdaEventSourceMapping } from "@cdktf/provider-aws/lib/lambda-event-source-mapping/index.js";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function/index.js";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy/index.js";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription/index.js";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import { SqsQueuePolicy } from "@cdktf/provider-aws/lib/sqs-queue-policy/index.js";
import { SqsQueueRedriveAllowPolicy } from "@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy/index.js";
import { SqsQueueRedrivePolicy } from "@cdktf/provider-aws/lib/sqs-queue-redrive-policy/index.js";
import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { environmentProps } from "../../stacks/environments.js";
import { addressOf, onlyResource, ref, resourcesOf, synthEnvironment, synthProps } from "./synth.js";

const dev = synthEnvironment("dev");
const prod = synthEnvironment("prod");

describe("resources in every environment", () => {
  const everyEnvironment = [
    SnsTopic,
    SnsTopicPolicy,
    SnsTopicSubscription,
    SqsQueue,
    SqsQueuePolicy,
    SqsQueueRedrivePolicy,
    SqsQueueRedriveAllowPolicy,
    KinesisStream,
    IamRole,
    IamRolePolicy,
    CloudwatchLogGroup,
    LambdaFunction,
    LambdaEventSourceMapping,
    CloudwatchMetricAlarm,
  ];
  it.each(everyEnvironment.map((type) => [type.tfResourceType]))("dev and prod both declare %s", (type) => {
    expect(Testing.toHaveResource(dev.json, type)).toBe(true);
    expect(Testing.toHaveResource(prod.json, type)).toBe(true);
  });

  it("creates a rotating customer managed key with an alias only where encryption is customer-kms", () => {
    expect(
      Testing.toHaveResourceWithProperties(prod.json, KmsKey.tfResourceType, { enable_key_rotation: true }),
    ).toBe(true);
    expect(Testing.toHaveResource(prod.json, KmsAlias.tfResourceType)).toBe(true);
    expect(Testing.toHaveResource(dev.json, KmsKey.tfResourceType)).toBe(false);
  });
});

describe("provider and terraform settings", () => {
  it("pins Terraform and the AWS provider", () => {
    expect(dev.config.terraform).toMatchObject({
      required_version: ">= 1.9.0, < 2.0.0",
      required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } },
    });
  });

  it("tags every resource through default_tags", () => {
    expect(
      Testing.toHaveProviderWithProperties(prod.json, AwsProvider.tfResourceType, {
        default_tags: [
          { tags: { Environment: "prod", ManagedBy: "cdktf", Project: "cloud-native-event-driven" } },
        ],
      }),
    ).toBe(true);
  });

  it("guards prod with an allowed-account list and leaves dev unguarded", () => {
    expect(prod.config.provider.aws[0]).toHaveProperty("allowed_account_ids", ["000000000000"]);
    expect(dev.config.provider.aws[0]).not.toHaveProperty("allowed_account_ids");
  });

  it("keeps state locally by default, in a file named after the environment", () => {
    expect(dev.config.terraform).toMatchObject({ backend: { local: { path: "terraform.dev.tfstate" } } });
  });

  it("marks every queue, the stream, the key and the log group prevent_destroy in prod only", () => {
    const dataHolders = ["aws_sqs_queue", "aws_kinesis_stream", "aws_kms_key", "aws_cloudwatch_log_group"];
    for (const type of dataHolders) {
      for (const resource of resourcesOf(prod, type)) {
        expect(resource, type).toMatchObject({ lifecycle: { prevent_destroy: true } });
      }
    }
    for (const resource of resourcesOf(dev, "aws_sqs_queue")) {
      expect(resource).toMatchObject({ lifecycle: { prevent_destroy: false } });
    }
  });
});

describe("backends and the local emulator", () => {
  it("keeps prod state in S3 with encryption and S3-native locking when a bucket is configured", () => {
    const s3 = synthProps({
      ...environmentProps().prod,
      backend: { kind: "s3", bucket: "state-bucket", key: "eda/prod.tfstate", region: "eu-west-1" },
    });
    expect(s3.config.terraform).toMatchObject({
      backend: {
        s3: {
          bucket: "state-bucket",
          key: "eda/prod.tfstate",
          region: "eu-west-1",
          encrypt: true,
          use_lockfile: true,
        },
      },
    });
  });

  it("points every service of the local stack at the emulator with fake credentials and no account lookups", () => {
    const local = synthEnvironment("local");
    const endpoint = "http://127.0.0.1:4566";
    expect(local.config.provider.aws[0]).toMatchObject({
      access_key: "test",
      secret_key: "test",
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: "true",
      endpoints: [
        {
          sns: endpoint,
          sqs: endpoint,
          kinesis: endpoint,
          lambda: endpoint,
          iam: endpoint,
          sts: endpoint,
          cloudwatch: endpoint,
          logs: endpoint,
        },
      ],
    });
  });

  it("lets the provider look the account up at the emulator when account discovery is on", () => {
    const local = synthProps({ ...environmentProps().local, emulatorAccountDiscovery: true });
    const provider = local.config.provider.aws[0] ?? {};
    expect(provider).toMatchObject({ skip_credentials_validation: true, skip_requesting_account_id: false });
  });

  it("never puts credentials or skip flags in the dev and prod provider blocks", () => {
    for (const provider of [dev.config.provider.aws[0], prod.config.provider.aws[0]]) {
      expect(Object.keys(provider ?? {}).filter((key) => /key|skip|endpoints/.test(key))).toEqual([]);
    }
  });
});

describe("SNS to SQS fan-out", () => {
  it("subscribes one queue per configured branch with raw delivery and a subscription DLQ", () => {
    const subscriptions = resourcesOf(dev, SnsTopicSubscription.tfResourceType);
    expect(subscriptions).toHaveLength(2);
    for (const subscription of subscriptions) {
      expect(subscription).toMatchObject({ protocol: "sqs", raw_message_delivery: true });
      expect(JSON.parse(subscription.redrive_policy as string)).toEqual({
        deadLetterTargetArn: "${aws_sqs_queue.subscription_dlq_queue_33516F11.arn}",
      });
    }
  });

  it("applies the orders filter policy on message attributes", () => {
    expect(
      Testing.toHaveResourceWithProperties(dev.json, SnsTopicSubscription.tfResourceType, {
        filter_policy: JSON.stringify({ type: [{ prefix: "com.example.order." }] }),
        filter_policy_scope: "MessageAttributes",
      }),
    ).toBe(true);
  });

  it("redrives each queue to its own DLQ after the configured receive count", () => {
    const redrives = resourcesOf(dev, SqsQueueRedrivePolicy.tfResourceType);
    expect(redrives).toHaveLength(2);
    expect(redrives.map((r) => r.redrive_policy)).toContain(
      '${jsonencode({"deadLetterTargetArn" = aws_sqs_queue.sqs_orders_dlq_queue_65EDEB16.arn, "maxReceiveCount" = var.sqs_max_receive_count})}',
    );
  });

  it("lets only the matching source queue redrive into each DLQ", () => {
    expect(
      Testing.toHaveResourceWithProperties(dev.json, SqsQueueRedriveAllowPolicy.tfResourceType, {
        queue_url: "${aws_sqs_queue.sqs_orders_dlq_queue_65EDEB16.url}",
        redrive_allow_policy: JSON.stringify({
          redrivePermission: "byQueue",
          sourceQueueArns: ["${aws_sqs_queue.sqs_orders_main_queue_19BAAD71.arn}"],
        }),
      }),
    ).toBe(true);
  });

  it("keeps DLQ messages longer than the source queue", () => {
    expect(dev.config.variable.dlq_message_retention_seconds?.default).toBe(1_209_600);
    expect(dev.config.variable.sqs_message_retention_seconds?.default).toBe(345_600);
  });

  it("encrypts queues with SSE-SQS when there is no customer key, never with alias/aws/sqs", () => {
    for (const queue of resourcesOf(dev, SqsQueue.tfResourceType)) {
      expect(queue).toMatchObject({ sqs_managed_sse_enabled: true });
      expect(queue).not.toHaveProperty("kms_master_key_id");
    }
  });

  it("encrypts queues with the stack key in prod without the conflicting SSE-SQS flag", () => {
    for (const queue of resourcesOf(prod, SqsQueue.tfResourceType)) {
      expect(queue).toMatchObject({ kms_master_key_id: "${aws_kms_key.kms_key_28C05A0F.arn}" });
      expect(queue).not.toHaveProperty("sqs_managed_sse_enabled");
    }
  });

  it("encrypts the topic with the AWS managed SNS key in dev and the stack key in prod", () => {
    expect(onlyResource(dev, SnsTopic.tfResourceType)).toMatchObject({ kms_master_key_id: "alias/aws/sns" });
    expect(
      Testing.toHaveResourceWithProperties(prod.json, SnsTopic.tfResourceType, {
        name: "${var.name_prefix}-events",
        kms_master_key_id: "${aws_kms_key.kms_key_28C05A0F.arn}",
      }),
    ).toBe(true);
  });
});

describe("Kinesis stream", () => {
  it("is KMS-encrypted with mode, shards and retention from variables", () => {
    expect(onlyResource(dev, KinesisStream.tfResourceType)).toMatchObject({
      encryption_type: "KMS",
      kms_key_id: "alias/aws/kinesis",
      retention_period: "${var.kinesis_retention_hours}",
      stream_mode_details: { stream_mode: "${var.kinesis_stream_mode}" },
      shard_count: '${(var.kinesis_stream_mode == "PROVISIONED") ? var.kinesis_shard_count : null}',
    });
    expect(dev.config.variable.kinesis_stream_mode?.default).toBe("PROVISIONED");
    expect(prod.config.variable.kinesis_stream_mode?.default).toBe("ON_DEMAND");
  });
});

describe("Lambda consumer", () => {
  it("runs Node.js 22 on arm64 with JSON logs into its own log group", () => {
    expect(
      Testing.toHaveResourceWithProperties(dev.json, LambdaFunction.tfResourceType, {
        runtime: "nodejs22.x",
        handler: "index.handler",
        architectures: ["arm64"],
        memory_size: "${var.lambda_memory_mb}",
        timeout: "${var.lambda_timeout_seconds}",
        reserved_concurrent_executions: "${var.lambda_reserved_concurrency}",
        logging_config: {
          log_format: "JSON",
          log_group: ref(addressOf(dev, CloudwatchLogGroup.tfResourceType), "name"),
        },
        tracing_config: { mode: "Active" },
      }),
    ).toBe(true);
  });

  it("creates the log group before the function", () => {
    expect(onlyResource(dev, LambdaFunction.tfResourceType).depends_on).toContain(
      addressOf(dev, CloudwatchLogGroup.tfResourceType),
    );
    expect(onlyResource(dev, CloudwatchLogGroup.tfResourceType)).toMatchObject({
      name: "/aws/lambda/${var.name_prefix}-consumer",
      retention_in_days: "${var.lambda_log_retention_days}",
    });
  });

  it("maps the stream with bisect, bounded retries, maximum record age, partial failures and a failure queue", () => {
    expect(
      Testing.toHaveResourceWithProperties(dev.json, LambdaEventSourceMapping.tfResourceType, {
        event_source_arn: "${aws_kinesis_stream.kinesis_stream_5AEC803D.arn}",
        function_name: "${aws_lambda_function.lambda_function_8A4960FD.arn}",
        bisect_batch_on_function_error: true,
        maximum_retry_attempts: "${var.esm_maximum_retry_attempts}",
        maximum_record_age_in_seconds: "${var.esm_maximum_record_age_seconds}",
        function_response_types: ["ReportBatchItemFailures"],
        destination_config: {
          on_failure: { destination_arn: "${aws_sqs_queue.lambda_failures_queue_CE094439.arn}" },
        },
        starting_position: "${var.esm_starting_position}",
        parallelization_factor: "${var.esm_parallelization_factor}",
      }),
    ).toBe(true);
    expect(dev.config.variable.esm_maximum_retry_attempts?.default).toBe(3);
  });

  it("keeps failed batches 14 days in an encrypted failure queue", () => {
    expect(
      Testing.toHaveResourceWithProperties(dev.json, SqsQueue.tfResourceType, {
        name: "${var.name_prefix}-consumer-failures",
        message_retention_seconds: 1_209_600,
        sqs_managed_sse_enabled: true,
      }),
    ).toBe(true);
  });

  it("applies the permissions boundary only when one is given", () => {
    expect(onlyResource(dev, IamRole.tfResourceType).permissions_boundary).toBe(
      "${(length(var.lambda_permissions_boundary_arn) < 1) ? null : var.lambda_permissions_boundary_arn}",
    );
  });
});
