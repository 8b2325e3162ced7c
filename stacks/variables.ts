import { TerraformVariable } from "cdktf";
import type { TerraformVariableConfig, TerraformVariableValidationConfig } from "cdktf";
import { Construct } from "constructs";
import { NAME_PREFIX_PATTERN, maxPrefixLength } from "./names.js";
import { LOG_LEVELS, STARTING_POSITIONS, STREAM_MODES, TREAT_MISSING_DATA } from "./config.js";
import type { ResolvedConfig, ResolvedLambda } from "./resolve-config.js";
import { SETTINGS, SHORT_ALARM_PERIODS, type NumberSetting } from "./settings.js";

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
      visibilityTimeoutSeconds: this.number(SETTINGS.visibilityTimeout, q.visibilityTimeoutSeconds),
      messageRetentionSeconds: this.number(SETTINGS.messageRetention, q.messageRetentionSeconds),
      maxMessageSizeBytes: this.number(SETTINGS.maxMessageSize, q.maxMessageSizeBytes),
      receiveWaitTimeSeconds: this.number(SETTINGS.receiveWaitTime, q.receiveWaitTimeSeconds),
      maxReceiveCount: this.number(SETTINGS.maxReceiveCount, q.maxReceiveCount),
      dlqMessageRetentionSeconds: this.number(SETTINGS.dlqMessageRetention, q.dlqMessageRetentionSeconds, [
        {
          condition: `\${var.${SETTINGS.dlqMessageRetention.variable} > var.${SETTINGS.messageRetention.variable}}`,
          errorMessage: `${SETTINGS.dlqMessageRetention.variable} must be longer than ${SETTINGS.messageRetention.variable}: a DLQ keeps each message's original enqueue time.`,
        },
      ]),
    };

    this.stream = {
      mode: this.string("kinesis_stream_mode", {
        description: "ON_DEMAND or PROVISIONED capacity for the stream.",
        default: config.stream.mode,
        validation: [oneOf("kinesis_stream_mode", STREAM_MODES)],
      }),
      shardCount: this.number(SETTINGS.shardCount, config.stream.shardCount),
      retentionHours: this.number(SETTINGS.retentionHours, config.stream.retentionHours),
    };

    const a = config.alarms;
    const period = SETTINGS.alarmPeriod.variable;
    this.alarm = {
      periodSeconds: this.number(SETTINGS.alarmPeriod, a.periodSeconds, [
        {
          condition: `\${contains(${JSON.stringify(SHORT_ALARM_PERIODS)}, var.${period}) || var.${period} % 60 == 0}`,
          errorMessage: `${period} must be ${SHORT_ALARM_PERIODS.join(", ")} or a multiple of 60.`,
        },
      ]),
      queueOldestMessageAgeSeconds: this.number(
        SETTINGS.queueOldestMessageAge,
        a.queueOldestMessageAgeSeconds,
      ),
      iteratorAgeMs: this.number(SETTINGS.iteratorAge, a.iteratorAgeMs),
      snsNotificationsFailed: this.number(SETTINGS.snsNotificationsFailed, a.snsNotificationsFailed),
      treatMissingData: this.string("alarm_treat_missing_data", {
        description: "How alarms treat periods without data.",
        default: a.treatMissingData,
        validation: [oneOf("alarm_treat_missing_data", TREAT_MISSING_DATA)],
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

    this.lambda = config.lambda ? this.lambdaVariables(config.lambda, config.alarms) : undefined;
  }

  private lambdaVariables(lambda: ResolvedLambda, alarms: ResolvedConfig["alarms"]): LambdaVariables {
    const esm = lambda.eventSourceMapping;
    return {
      memoryMb: this.number(SETTINGS.memory, lambda.memoryMb),
      timeoutSeconds: this.number(SETTINGS.timeout, lambda.timeoutSeconds),
      reservedConcurrency: this.number(SETTINGS.reservedConcurrency, lambda.reservedConcurrency),
      logRetentionDays: this.number(SETTINGS.logRetention, lambda.logRetentionDays),
      logLevel: this.string("lambda_log_level", {
        description: "Application log level of the consumer.",
        default: lambda.logLevel,
        validation: [oneOf("lambda_log_level", LOG_LEVELS)],
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
      batchSize: this.number(SETTINGS.batchSize, esm.batchSize),
      maximumBatchingWindowSeconds: this.number(SETTINGS.batchingWindow, esm.maximumBatchingWindowSeconds),
      startingPosition: this.string("esm_starting_position", {
        description: "Where a new mapping starts reading each shard.",
        default: esm.startingPosition,
        validation: [oneOf("esm_starting_position", STARTING_POSITIONS)],
      }),
      parallelizationFactor: this.number(SETTINGS.parallelization, esm.parallelizationFactor),
      maximumRetryAttempts: this.number(SETTINGS.retryAttempts, esm.maximumRetryAttempts),
      maximumRecordAgeSeconds: this.number(SETTINGS.recordAge, esm.maximumRecordAgeSeconds, [
        {
          condition: `\${var.${SETTINGS.recordAge.variable} <= var.${SETTINGS.retentionHours.variable} * 3600}`,
          errorMessage: `${SETTINGS.recordAge.variable} must not exceed ${SETTINGS.retentionHours.variable} * 3600; lower it or raise the retention.`,
        },
      ]),
      errorsThreshold: this.number(SETTINGS.lambdaErrors, alarms.lambdaErrors),
      throttlesThreshold: this.number(SETTINGS.lambdaThrottles, alarms.lambdaThrottles),
    };
  }

  /**
   * A whole-number variable checked against its setting's range (and allowed values), plus `extra`
   * conditions that may refer to other variables (Terraform >= 1.9).
   */
  private number(
    setting: NumberSetting,
    defaultValue: number,
    extra: TerraformVariableValidationConfig[] = [],
  ): number {
    const name = setting.variable;
    const allowed: TerraformVariableValidationConfig[] = setting.allowed
      ? [
          {
            condition: `\${contains(${JSON.stringify(setting.allowed)}, var.${name})}`,
            errorMessage: `${name} must be one of: ${setting.allowed.join(", ")}.`,
          },
        ]
      : [];
    return this.named(name, {
      type: "number",
      description: setting.description,
      default: defaultValue,
      nullable: false,
      validation: [
        {
          condition: `\${var.${name} >= ${setting.min} && var.${name} <= ${setting.max} && floor(var.${name}) == var.${name}}`,
          errorMessage: `${name} must be a whole number from ${setting.min} to ${setting.max}.`,
        },
        ...allowed,
        ...extra,
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
