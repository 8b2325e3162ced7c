/**
 * Every numeric setting once: the Terraform variable it becomes, the prop that gives its default, and the
 * range AWS (or provider 5.100.0) accepts. Synth-time checks (validate-config.ts) and the variables'
 * `validation` blocks (variables.ts) are both derived from this table, so they cannot disagree.
 */
export interface NumberSetting {
  /** Terraform variable name (`-var name=value`). */
  readonly variable: string;
  /** Where the default comes from in the stack props, as synth-time messages name it. */
  readonly prop: string;
  readonly description: string;
  readonly min: number;
  readonly max: number;
  /** Set when AWS accepts only some whole numbers of the range. */
  readonly allowed?: readonly number[];
}

/** The retention values CloudWatch Logs accepts. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Alarm periods below a minute that CloudWatch accepts (high-resolution metrics); longer ones are whole minutes. */
export const SHORT_ALARM_PERIODS = [10, 30] as const;

export const isAlarmPeriod = (seconds: number): boolean =>
  (SHORT_ALARM_PERIODS as readonly number[]).includes(seconds) || seconds % 60 === 0;

const ALARM_THRESHOLD_MAX = 1_000_000;

export const SETTINGS = {
  visibilityTimeout: {
    variable: "sqs_visibility_timeout_seconds",
    prop: "queueSettings.visibilityTimeoutSeconds",
    description: "Visibility timeout of the subscribed queues, in seconds.",
    min: 0,
    max: 43_200,
  },
  messageRetention: {
    variable: "sqs_message_retention_seconds",
    prop: "queueSettings.messageRetentionSeconds",
    description: "How long the subscribed queues keep a message, in seconds.",
    min: 60,
    max: 1_209_600,
  },
  maxMessageSize: {
    variable: "sqs_max_message_size",
    prop: "queueSettings.maxMessageSizeBytes",
    // AWS now allows 1 MiB, but provider 5.100.0 rejects anything above 256 KiB at plan time.
    description:
      "Largest message the queues accept, in bytes (provider 5.100.0 allows at most 262144, although AWS now allows 1 MiB).",
    min: 1024,
    max: 262_144,
  },
  receiveWaitTime: {
    variable: "sqs_receive_wait_time_seconds",
    prop: "queueSettings.receiveWaitTimeSeconds",
    description: "Long-polling wait of the queues, in seconds.",
    min: 0,
    max: 20,
  },
  maxReceiveCount: {
    variable: "sqs_max_receive_count",
    prop: "queueSettings.maxReceiveCount",
    description: "Receives before a message moves to its queue's DLQ.",
    min: 1,
    max: 1000,
  },
  dlqMessageRetention: {
    variable: "dlq_message_retention_seconds",
    prop: "queueSettings.dlqMessageRetentionSeconds",
    description:
      "How long DLQs keep a message, in seconds; must be longer than sqs_message_retention_seconds.",
    min: 60,
    max: 1_209_600,
  },
  shardCount: {
    variable: "kinesis_shard_count",
    prop: "stream.shardCount",
    description: "Shards when kinesis_stream_mode is PROVISIONED (ignored otherwise).",
    min: 1,
    max: 10_000,
  },
  retentionHours: {
    variable: "kinesis_retention_hours",
    prop: "stream.retentionHours",
    description: "How long the stream keeps records, in hours.",
    min: 24,
    max: 8760,
  },
  memory: {
    variable: "lambda_memory_mb",
    prop: "lambda.memoryMb",
    description: "Memory of the consumer function, in MB.",
    min: 128,
    max: 10_240,
  },
  timeout: {
    variable: "lambda_timeout_seconds",
    prop: "lambda.timeoutSeconds",
    description: "Timeout of the consumer function, in seconds.",
    min: 1,
    max: 900,
  },
  reservedConcurrency: {
    variable: "lambda_reserved_concurrency",
    prop: "lambda.reservedConcurrency",
    description: "Reserved concurrency of the consumer (-1 for unreserved).",
    min: -1,
    max: 10_000,
  },
  logRetention: {
    variable: "lambda_log_retention_days",
    prop: "lambda.logRetentionDays",
    description: "Retention of the function's log group, in days (one of CloudWatch Logs' values).",
    min: 1,
    max: 3653,
    allowed: LOG_RETENTION_DAYS,
  },
  batchSize: {
    variable: "esm_batch_size",
    prop: "lambda.eventSourceMapping.batchSize",
    description: "Records per Lambda invocation.",
    min: 1,
    max: 10_000,
  },
  batchingWindow: {
    variable: "esm_maximum_batching_window_seconds",
    prop: "lambda.eventSourceMapping.maximumBatchingWindowSeconds",
    description: "How long Lambda gathers records before invoking, in seconds.",
    min: 0,
    max: 300,
  },
  parallelization: {
    variable: "esm_parallelization_factor",
    prop: "lambda.eventSourceMapping.parallelizationFactor",
    description: "Concurrent batches per shard.",
    min: 1,
    max: 10,
  },
  retryAttempts: {
    variable: "esm_maximum_retry_attempts",
    prop: "lambda.eventSourceMapping.maximumRetryAttempts",
    description: "Retries of a failing batch before it goes to the failure queue (bounded, never infinite).",
    min: 0,
    max: 10_000,
  },
  recordAge: {
    variable: "esm_maximum_record_age_seconds",
    prop: "lambda.eventSourceMapping.maximumRecordAgeSeconds",
    description:
      "Oldest record Lambda still sends to the function, in seconds (at most kinesis_retention_hours * 3600).",
    min: 60,
    max: 604_800,
  },
  alarmPeriod: {
    variable: "alarm_period_seconds",
    prop: "alarms.periodSeconds",
    description: "Evaluation period of every alarm, in seconds (10, 30 or a multiple of 60).",
    min: 10,
    max: 86_400,
  },
  queueOldestMessageAge: {
    variable: "alarm_queue_oldest_message_age_seconds",
    prop: "alarms.queueOldestMessageAgeSeconds",
    description: "Alarm when a subscribed queue's oldest message is at least this old, in seconds.",
    min: 1,
    max: 1_209_600,
  },
  iteratorAge: {
    variable: "alarm_iterator_age_ms",
    prop: "alarms.iteratorAgeMs",
    description:
      "Alarm when the stream's or the function's iterator age reaches this, in milliseconds (default: half the maximum record age).",
    min: 1000,
    max: 604_800_000,
  },
  lambdaErrors: {
    variable: "alarm_lambda_errors_threshold",
    prop: "alarms.lambdaErrors",
    description: "Alarm when the function reports more errors than this in one period.",
    min: 0,
    max: ALARM_THRESHOLD_MAX,
  },
  lambdaThrottles: {
    variable: "alarm_lambda_throttles_threshold",
    prop: "alarms.lambdaThrottles",
    description: "Alarm when the function is throttled more than this in one period.",
    min: 0,
    max: ALARM_THRESHOLD_MAX,
  },
  snsNotificationsFailed: {
    variable: "alarm_sns_notifications_failed_threshold",
    prop: "alarms.snsNotificationsFailed",
    description: "Alarm when more SNS deliveries than this fail in one period.",
    min: 0,
    max: ALARM_THRESHOLD_MAX,
  },
} as const satisfies Record<string, NumberSetting>;

export type SettingId = keyof typeof SETTINGS;
