import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition/index.js";
import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import type { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { Alarms } from "./alarms.js";
import type { BackendProps, EventDrivenStackProps } from "./config.js";
import type { Encryption } from "./encryption.js";
import { EventStream } from "./kinesis.js";
import { EncryptionKey } from "./kms.js";
import { StreamConsumer } from "./lambda.js";
import { resourceNames } from "./names.js";
import { StackOutputs } from "./outputs.js";
import { watchStack } from "./stack-alarms.js";
import type { StackResources } from "./stack-resources.js";
import { Provider } from "./provider.js";
import { EncryptedQueue, allowTopicToSend } from "./encrypted-queue.js";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";
import { EventTopic } from "./sns.js";
import { SubscribedQueue } from "./subscribed-queue.js";
import { validateConfig } from "./validate-config.js";
import { StackVariables } from "./variables.js";

export const TERRAFORM_REQUIRED_VERSION = ">= 1.9.0, < 2.0.0";
export const AWS_PROVIDER_VERSION = "5.100.0";

/**
 * SNS topic fanned out to SQS queues, a Kinesis stream and an optional Kinesis-triggered Lambda, with
 * alarms and least-privilege policies. Props are validated before anything is built. Every resource it
 * creates is a readonly property, so callers can reference or override it (escape hatches).
 */
export class EventDrivenStack extends TerraformStack implements StackResources {
  readonly config: ResolvedConfig;
  readonly variables: StackVariables;
  readonly provider: AwsProvider;
  readonly key: KmsKey | undefined;
  readonly topic: SnsTopic;
  readonly subscriptionDlq: SqsQueue;
  readonly queues: ReadonlyMap<string, SubscribedQueue>;
  readonly stream: KinesisStream;
  readonly consumer: StreamConsumer | undefined;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: EventDrivenStackProps) {
    super(scope, id);
    const config = resolveConfig(props);
    validateConfig(config);
    this.config = config;
    this.configureTerraform(config.backend, config.environment);

    const variables = new StackVariables(this, "variables", config);
    this.variables = variables;
    this.provider = new Provider(this, "provider", {
      region: variables.region,
      allowedAccountIds: config.allowedAccountIds,
      tags: {
        Project: "cloud-native-event-driven",
        Environment: config.environment,
        ManagedBy: "cdktf",
        ...config.tags,
      },
      emulatorEndpoint: config.emulatorEndpoint,
      emulatorAccountDiscovery: config.emulatorAccountDiscovery,
    }).aws;
    // Derived from the provider's Region without calling AWS, so offline plans can use it.
    const partition = new DataAwsPartition(this, "partition").partition;
    const names = resourceNames(variables.namePrefix, config);
    const { accountId, region } = variables;
    const topicArn = `arn:${partition}:sns:${region}:${accountId}:${names.topic}`;

    const key = (this.key =
      config.encryption === "customer-kms"
        ? new EncryptionKey(this, "kms", {
            alias: names.keyAlias,
            partition,
            accountId,
            topicArn,
            allowCloudWatchAlarms: config.alarms.createTopic,
            preventDestroy: config.preventDestroy,
          }).key
        : undefined);
    const encryption: Encryption = { mode: config.encryption, keyArn: key?.arn };

    const topic = (this.topic = new EventTopic(this, "sns", {
      name: names.topic,
      fifo: config.fifo,
      encryption,
      partition,
      accountId,
    }).topic);

    const subscriptionDlq = (this.subscriptionDlq = new EncryptedQueue(this, "subscription_dlq", {
      name: names.subscriptionDlq,
      fifo: config.fifo,
      encryption,
      messageRetentionSeconds: variables.queue.dlqMessageRetentionSeconds,
      preventDestroy: config.preventDestroy,
      allow: allowTopicToSend(topic.arn),
    }).queue);

    this.queues = new Map(
      config.queues.map((queue) => {
        const queueNames = names.queues.get(queue.name);
        if (!queueNames) throw new Error(`No names derived for queue ${queue.name}`);
        const branch = new SubscribedQueue(this, `sqs_${queue.name}`, {
          queue,
          names: queueNames,
          topicArn: topic.arn,
          subscriptionDlqArn: subscriptionDlq.arn,
          encryption,
          variables: variables.queue,
          preventDestroy: config.preventDestroy,
        });
        return [queue.name, branch];
      }),
    );

    this.stream = new EventStream(this, "kinesis", {
      name: names.stream,
      encryption,
      variables: variables.stream,
      preventDestroy: config.preventDestroy,
    }).stream;

    this.consumer =
      config.lambda && variables.lambda
        ? new StreamConsumer(this, "lambda", {
            functionName: names.function,
            roleName: names.role,
            failureQueueName: names.failureQueue,
            streamArn: this.stream.arn,
            encryption,
            settings: config.lambda,
            variables: variables.lambda,
            metricsNamespace: `EventDriven/${config.environment}`,
            preventDestroy: config.preventDestroy,
          })
        : undefined;

    this.alarms = new Alarms(this, "alarms", {
      namePrefix: variables.namePrefix,
      alarmTopicName: names.alarmTopic,
      createTopic: config.alarms.createTopic,
      encryption,
      variables: variables.alarm,
    });
    watchStack(this.alarms, this, variables);
    new StackOutputs(this, "outputs", this, this.alarms);
  }

  private configureTerraform(backend: BackendProps, environment: string): void {
    this.addOverride("terraform.required_version", TERRAFORM_REQUIRED_VERSION);
    this.addOverride("terraform.required_providers.aws", {
      source: "hashicorp/aws",
      version: AWS_PROVIDER_VERSION,
    });
    if (backend.kind === "s3") {
      const s3 = new S3Backend(this, {
        bucket: backend.bucket,
        key: backend.key,
        region: backend.region,
        encrypt: true,
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21's S3Backend predates the option.
      s3.addOverride("use_lockfile", true);
    } else {
      new LocalBackend(this, { path: `terraform.${environment}.tfstate` });
    }
  }
}
