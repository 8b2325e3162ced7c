import { TerraformVariable } from "cdktf";
import type { TerraformVariableConfig, TerraformVariableValidationConfig } from "cdktf";
import { Construct } from "constructs";
import { NAME_PREFIX_PATTERN, maxPrefixLength } from "./names.js";
import type { ResolvedConfig, ResolvedLambda } from "./resolve-config.js";

const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

interface NumberSpec {
  readonly description: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Extra conditions that may reference other variables (Terraform >= 1.9). */
  readonly extra?: TerraformVariableValidationConfig[];
}

interface StringSpec {
  readonly description: string;
  readonly default: string;
  readonly validation: TerraformVariableValidationConfig[];
}

const oneOf = (name: string, values: readonly string[]): TerraformVariableValidationConfig => ({
  condition: `\${contains(${JSON.stringify(values)}, var.${name})}`,
  errorMessage: `${name} must be one of: ${values.join(", ")}.`,
});

/** Creates one typed Terraform variable per scalar setting; defaults come from the resolved props. */
export class StackVariables extends Construct {
  readonly region: string;
  readonly accountId: string;
  readonly namePrefix: string;
  readonly queue: {
    visibilityTimeoutSeconds: number;
    messageRetentionSeconds: number;
    maxMessageSizeBytes: number;
    receiveWaitTimeSeconds: number;
    maxReceiveCount: number;
    dlqMessageRetentionSeconds: number;
  };
  readonly stream: { mode: string; shardCount: number; retentionHours: number };
  readonly alarm: {
    periodSeconds: number;
    queueOldestMessageAgeSeconds: number;
    iteratorAgeMs: number;
    snsNotificationsFailed: number;
    treatMissingData: string;
    extraTopicArn: string;
  };
  readonly lambda: LambdaVariables | undefined;

  constructor(scope: Construct, id: string, config: ResolvedConfig) {
    super(scope, id);
    this.region = this.string("region", {
      description: "AWS Region for every resource.",
      default: config.region,
      validation: [
        {
          condition: '${can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))}',
          errorMessage: "region must look like eu-west-1.",
        },
      ],
    });
    this.accountId = this.string("account_id", {
      description:
        "AWS account id that owns the resources (used in ARNs and policies instead of an STS lookup, so plans work offline).",
      default: config.accountId,
      validation: [
        {
          condition: '${can(regex("^[0-9]{12}$", var.account_id))}',
          errorMessage: "account_id must be 12 digits.",
        },
      ],
    });
    const prefixMax = maxPrefixLength(config);
    this.namePrefix = this.string("name_prefix", {
      description: `Prefix of every resource name (at most ${prefixMax} characters so queue names stay within 80 and IAM role names within 64).`,
      default: config.namePrefix,
      validation: [
        {
          condition: `\${length(var.name_prefix) <= ${prefixMax} && can(regex("${NAME_PREFIX_PATTERN}", var.name_prefix))}`,
          errorMessage: `name_prefix must be 1-${prefixMax} letters, digits, "-" or "_", starting with a letter or digit.`,
        },
      ],
    });

    const q = config.queueSettings;
    this.queue = {
      visibilityTimeoutSeconds: this.number("sqs_visibility_timeout_seconds", {
        description: "Visibility timeout of the subscribed queues, in seconds.",
        default: q.visibilityTimeoutSeconds,
        min: 0,
        max: 43_200,
      }),
      messageRetentionSeconds: this.number("sqs_message_retention_seconds", {
        description: "How long the subscribed queues keep a message, in seconds.",
        default: q.messageRetentionSeconds,
        min: 60,
        max: 1_209_600,
      }),
      maxMessageSizeBytes: this.number("sqs_max_message_size", {
        description: "Largest message the queues accept, in bytes (provider 5.100.0 allows at most 262144).",
        default: q.maxMessageSizeBytes,
        min: 1024,
        max: 262_144,
      }),
      receiveWaitTimeSeconds: this.number("sqs_receive_wait_time_seconds", {
        description: "Long-polling wait of the queues, in seconds.",
        default: q.receiveWaitTimeSeconds,
        min: 0,
        max: 20,
      }),
      maxReceiveCount: this.number("sqs_max_receive_count", {
        description: "Receives before a message moves to its queue's DLQ.",
        default: q.maxReceiveCount,
        min: 1,
        max: 1000,
      }),
      dlqMessageRetentionSeconds: this.number("dlq_message_retention_seconds", {
        description: "How long DLQs keep a message, in seconds (longer than the source queue).",
        default: q.dlqMessageRetentionSeconds,
        min: 60,
        max: 1_209_600,
        extra: [
          {
            condition: "${var.dlq_message_retention_seconds > var.sqs_message_retention_seconds}",
            errorMessage:
              "dlq_message_retention_seconds must be longer than sqs_message_retention_seconds: a DLQ keeps each message's original enqueue time.",
          },
        ],
      }),
    };

    this.stream = {
      mode: this.string("kinesis_stream_mode", {
        description: "ON_DEMAND or PROVISIONED capacity for the stream.",
        default: config.stream.mode,
        validation: [oneOf("kinesis_stream_mode", ["ON_DEMAND", "PROVISIONED"])],
      }),
      shardCount: this.number("kinesis_shard_count", {
        description: "Shards when kinesis_stream_mode is PROVISIONED (ignored otherwise).",
        default: config.stream.shardCount,
        min: 1,
        max: 10_000,
      }),
      retentionHours: this.number("kinesis_retention_hours", {
        description: "How long the stream keeps records, in hours.",
        default: config.stream.retentionHours,
        min: 24,
        max: 8760,
      }),
    };

    const a = config.alarms;
    this.alarm = {
      periodSeconds: this.number("alarm_period_seconds", {
        description: "Evaluation period of every alarm, in seconds (10, 30 or a multiple of 60).",
        default: a.periodSeconds,
        min: 10,
        max: 86_400,
        extra: [
          {
            condition:
              "${contains([10, 30], var.alarm_period_seconds) || var.alarm_period_seconds % 60 == 0}",
            errorMessage: "alarm_period_seconds must be 10, 30 or a multiple of 60.",
          },
        ],
      }),
      queueOldestMessageAgeSeconds: this.number("alarm_queue_oldest_message_age_seconds", {
        description: "Alarm when a subscribed queue's oldest message is at least this old, in seconds.",
        default: a.queueOldestMessageAgeSeconds,
        min: 1,
        max: 1_209_600,
      }),
      iteratorAgeMs: this.number("alarm_iterator_age_ms", {
        description: "Alarm when the stream's or the function's iterator age reaches this, in milliseconds.",
        default: a.iteratorAgeMs,
        min: 1000,
        max: 604_800_000,
      }),
      snsNotificationsFailed: this.number("alarm_sns_notifications_failed_threshold", {
        description: "Alarm when more SNS deliveries than this fail in one period.",
        default: a.snsNotificationsFailed,
        min: 0,
        max: 1_000_000,
      }),
      treatMissingData: this.string("alarm_treat_missing_data", {
        description: "How alarms treat periods without data.",
        default: a.treatMissingData,
        validation: [oneOf("alarm_treat_missing_data", ["missing", "notBreaching", "breaching", "ignore"])],
      }),
      extraTopicArn: this.string("alarm_topic_arn", {
        description: "Existing SNS topic ARN that also receives alarm and OK notifications (empty for none).",
        default: "",
        validation: [
          {
            condition: '${var.alarm_topic_arn == "" || can(regex("^arn:[a-z-]+:sns:", var.alarm_topic_arn))}',
            errorMessage: "alarm_topic_arn must be empty or an SNS topic ARN.",
          },
        ],
      }),
    };

    this.lambda = config.lambda ? this.lambdaVariables(config.lambda) : undefined;
  }

  private lambdaVariables(lambda: ResolvedLambda): LambdaVariables {
    const esm = lambda.eventSourceMapping;
    return {
      memoryMb: this.number("lambda_memory_mb", {
        description: "Memory of the consumer function, in MB.",
        default: lambda.memoryMb,
        min: 128,
        max: 10_240,
      }),
      timeoutSeconds: this.number("lambda_timeout_seconds", {
        description: "Timeout of the consumer function, in seconds.",
        default: lambda.timeoutSeconds,
        min: 1,
        max: 900,
      }),
      reservedConcurrency: this.number("lambda_reserved_concurrency", {
        description: "Reserved concurrency of the consumer (-1 for unreserved).",
        default: lambda.reservedConcurrency,
        min: -1,
        max: 10_000,
      }),
      logRetentionDays: this.number("lambda_log_retention_days", {
        description: "Retention of the function's log group, in days.",
        default: lambda.logRetentionDays,
        min: 1,
        max: 3653,
        extra: [
          {
            condition: `\${contains(${JSON.stringify(LOG_RETENTION_DAYS)}, var.lambda_log_retention_days)}`,
            errorMessage: `lambda_log_retention_days must be one of CloudWatch's values: ${LOG_RETENTION_DAYS.join(", ")}.`,
          },
        ],
      }),
      logLevel: this.string("lambda_log_level", {
        description: "Application log level of the consumer.",
        default: lambda.logLevel,
        validation: [oneOf("lambda_log_level", ["DEBUG", "INFO", "WARN", "ERROR"])],
      }),
      acceptedEventTypePrefixes: this.string("lambda_accepted_event_type_prefixes", {
        description: "Comma-separated CloudEvent type prefixes the consumer processes (empty accepts all).",
        default: lambda.acceptedEventTypePrefixes,
        validation: [],
      }),
      permissionsBoundaryArn: this.string("lambda_permissions_boundary_arn", {
        description: "Managed policy ARN used as the function role's permissions boundary (empty for none).",
        default: "",
        validation: [
          {
            condition:
              '${var.lambda_permissions_boundary_arn == "" || can(regex("^arn:[a-z-]+:iam::", var.lambda_permissions_boundary_arn))}',
            errorMessage: "lambda_permissions_boundary_arn must be empty or an IAM policy ARN.",
          },
        ],
      }),
      batchSize: this.number("esm_batch_size", {
        description: "Records per Lambda invocation.",
        default: esm.batchSize,
        min: 1,
        max: 10_000,
      }),
      maximumBatchingWindowSeconds: this.number("esm_maximum_batching_window_seconds", {
        description: "How long Lambda gathers records before invoking, in seconds.",
        default: esm.maximumBatchingWindowSeconds,
        min: 0,
        max: 300,
      }),
      startingPosition: this.string("esm_starting_position", {
        description: "Where a new mapping starts reading each shard.",
        default: esm.startingPosition,
        validation: [oneOf("esm_starting_position", ["TRIM_HORIZON", "LATEST"])],
      }),
      parallelizationFactor: this.number("esm_parallelization_factor", {
        description: "Concurrent batches per shard.",
        default: esm.parallelizationFactor,
        min: 1,
        max: 10,
      }),
      maximumRetryAttempts: this.number("esm_maximum_retry_attempts", {
        description: "Retries of a failing batch before it goes to the failure queue (bounded).",
        default: esm.maximumRetryAttempts,
        min: 0,
        max: 10_000,
      }),
      maximumRecordAgeSeconds: this.number("esm_maximum_record_age_seconds", {
        description:
          "Oldest record Lambda still sends to the function, in seconds (at most the stream retention).",
        default: esm.maximumRecordAgeSeconds,
        min: 60,
        max: 604_800,
        extra: [
          {
            condition: "${var.esm_maximum_record_age_seconds <= var.kinesis_retention_hours * 3600}",
            errorMessage:
              "esm_maximum_record_age_seconds must not exceed kinesis_retention_hours * 3600; lower it or raise the retention.",
          },
        ],
      }),
      errorsThreshold: this.number("alarm_lambda_errors_threshold", {
        description: "Alarm when the function reports more errors than this in one period.",
        default: 0,
        min: 0,
        max: 1_000_000,
      }),
      throttlesThreshold: this.number("alarm_lambda_throttles_threshold", {
        description: "Alarm when the function is throttled more than this in one period.",
        default: 0,
        min: 0,
        max: 1_000_000,
      }),
    };
  }

  private number(name: string, spec: NumberSpec): number {
    return this.named(name, {
      type: "number",
      description: spec.description,
      default: spec.default,
      nullable: false,
      validation: [
        {
          condition: `\${var.${name} >= ${spec.min} && var.${name} <= ${spec.max} && floor(var.${name}) == var.${name}}`,
          errorMessage: `${name} must be a whole number from ${spec.min} to ${spec.max}.`,
        },
        ...(spec.extra ?? []),
      ],
    }).numberValue;
  }

  /** Variables keep their plain names so `-var name=value` and tfvars files read naturally. */
  private named(name: string, config: TerraformVariableConfig): TerraformVariable {
    const variable = new TerraformVariable(this, name, config);
    variable.overrideLogicalId(name);
    return variable;
  }

  private string(name: string, spec: StringSpec): string {
    return this.named(name, {
      type: "string",
      description: spec.description,
      default: spec.default,
      nullable: false,
      validation: spec.validation,
    }).stringValue;
  }
}

export interface LambdaVariables {
  memoryMb: number;
  timeoutSeconds: number;
  reservedConcurrency: number;
  logRetentionDays: number;
  logLevel: string;
  acceptedEventTypePrefixes: string;
  permissionsBoundaryArn: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  startingPosition: string;
  parallelizationFactor: number;
  maximumRetryAttempts: number;
  maximumRecordAgeSeconds: number;
  errorsThreshold: number;
  throttlesThreshold: number;
}
