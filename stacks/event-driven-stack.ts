import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition/index.js";
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
import type { FanOutBranch, StackResources } from "./stack-resources.js";
import { Provider } from "./provider.js";
import { EncryptedQueue, allowTopicToSend } from "./queue.js";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";
import { EventTopic } from "./sns.js";
import { SubscribedQueue } from "./sqs.js";
import { validateConfig } from "./validate-config.js";
import { StackVariables } from "./variables.js";

export const TERRAFORM_REQUIRED_VERSION = ">= 1.9.0, < 2.0.0";
export const AWS_PROVIDER_VERSION = "5.100.0";

/**
 * SNS topic fanned out to SQS queues, a Kinesis stream and an optional Kinesis-triggered Lambda, with
 * alarms and least-privilege policies. Props are validated before anything is built.
 */
export class EventDrivenStack extends TerraformStack {
  readonly config: ResolvedConfig;

  constructor(scope: Construct, id: string, props: EventDrivenStackProps) {
    super(scope, id);
    const config = resolveConfig(props);
    validateConfig(config);
    this.config = config;
    this.configureTerraform(config.backend, config.environment);

    const variables = new StackVariables(this, "variables", config);
    new Provider(this, "provider", {
      region: variables.region,
      allowedAccountIds: config.allowedAccountIds,
      tags: {
        Project: "cloud-native-event-driven",
        Environment: config.environment,
        ManagedBy: "cdktf",
        ...config.tags,
      },
      emulatorEndpoint: config.emulatorEndpoint,
    });
    // Derived from the provider's Region without calling AWS, so offline plans can use it.
    const partition = new DataAwsPartition(this, "partition").partition;
    const names = resourceNames(variables.namePrefix, config);
    const { accountId, region } = variables;
    const topicArn = `arn:${partition}:sns:${region}:${accountId}:${names.topic}`;

    const key =
      config.encryption === "customer-kms"
        ? new EncryptionKey(this, "kms", {
            alias: names.keyAlias,
            partition,
            accountId,
            topicArn,
            allowCloudWatchAlarms: config.alarms.createTopic,
            preventDestroy: config.preventDestroy,
          }).key
        : undefined;
    const encryption: Encryption = { mode: config.encryption, keyArn: key?.arn };

    const topic = new EventTopic(this, "sns", {
      name: names.topic,
      fifo: config.fifo,
      encryption,
      partition,
      accountId,
    }).topic;

    const subscriptionDlq = new EncryptedQueue(this, "subscription_dlq", {
      name: names.subscriptionDlq,
      fifo: config.fifo,
      encryption,
      messageRetentionSeconds: variables.queue.dlqMessageRetentionSeconds,
      preventDestroy: config.preventDestroy,
      allow: allowTopicToSend(topic.arn),
    }).queue;

    const branches = config.queues.map((queue): FanOutBranch => {
      const queueNames = names.queues.get(queue.name);
      if (!queueNames) throw new Error(`No names derived for queue ${queue.name}`);
      return {
        name: queue.name,
        resources: new SubscribedQueue(this, `sqs_${queue.name}`, {
          queue,
          names: queueNames,
          topicArn: topic.arn,
          subscriptionDlqArn: subscriptionDlq.arn,
          encryption,
          variables: variables.queue,
          preventDestroy: config.preventDestroy,
        }),
      };
    });

    const stream = new EventStream(this, "kinesis", {
      name: names.stream,
      encryption,
      variables: variables.stream,
      preventDestroy: config.preventDestroy,
    }).stream;

    const consumer =
      config.lambda && variables.lambda
        ? new StreamConsumer(this, "lambda", {
            functionName: names.function,
            roleName: names.role,
            failureQueueName: names.failureQueue,
            streamArn: stream.arn,
            encryption,
            settings: config.lambda,
            variables: variables.lambda,
            metricsNamespace: `EventDriven/${config.environment}`,
            preventDestroy: config.preventDestroy,
          })
        : undefined;

    const built: StackResources = {
      topic,
      subscriptionDlq,
      branches,
      stream,
      key,
      consumer,
    };
    const alarms = new Alarms(this, "alarms", {
      namePrefix: variables.namePrefix,
      alarmTopicName: names.alarmTopic,
      createTopic: config.alarms.createTopic,
      encryption,
      variables: variables.alarm,
    });
    watchStack(alarms, built, variables);
    new StackOutputs(this, "outputs", built, alarms);
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
