import { NAME_LIMITS, NAME_PREFIX_PATTERN, limitedNames, resourceNames } from "./names.js";
import type { ResolvedConfig } from "./resolve-config.js";

/** Thrown at synth when props describe a stack AWS would reject or that would misbehave. */
export class StackConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid event-driven stack configuration:\n- ${problems.join("\n- ")}`);
    this.name = "StackConfigError";
  }
}

type Check = (config: ResolvedConfig) => string[];

const inRange = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const rangeProblem = (label: string, value: number, min: number, max: number): string | undefined =>
  inRange(value, min, max)
    ? undefined
    : `${label} is ${value}; set it to a whole number from ${min} to ${max}.`;

const defined = (problems: (string | undefined)[]): string[] =>
  problems.filter((problem): problem is string => problem !== undefined);

const checkNames: Check = (config) => {
  const problems: string[] = [];
  if (!new RegExp(NAME_PREFIX_PATTERN).test(config.namePrefix)) {
    problems.push(
      `namePrefix "${config.namePrefix}" may only use letters, digits, "-" and "_", starting with a letter or digit.`,
    );
  }
  for (const { kind, name } of limitedNames(resourceNames(config.namePrefix, config), config)) {
    if (name.length > NAME_LIMITS[kind]) {
      problems.push(
        `${kind} name "${name}" is ${name.length} characters; AWS allows ${NAME_LIMITS[kind]}. Shorten namePrefix or the queue name.`,
      );
    }
  }
  const queueNames = config.queues.map((queue) => queue.name);
  const duplicates = queueNames.filter((name, index) => queueNames.indexOf(name) !== index);
  if (duplicates.length > 0) {
    problems.push(`Queue names must be unique; "${duplicates.join('", "')}" appears more than once.`);
  }
  if (config.queues.length === 0) {
    problems.push("queues is empty; configure at least one queue to subscribe to the topic.");
  }
  return problems;
};

const checkFifo: Check = (config) =>
  config.queues
    .filter((queue) => queue.fifo && !config.fifo)
    .map(
      (queue) =>
        `Queue "${queue.name}" is FIFO but the topic is standard; SNS delivers to FIFO queues only from FIFO topics. Set fifo: true on the stack or fifo: false on the queue.`,
    );

const checkQueueSettings: Check = ({ queueSettings: q }) =>
  defined([
    rangeProblem("queueSettings.visibilityTimeoutSeconds", q.visibilityTimeoutSeconds, 0, 43_200),
    rangeProblem("queueSettings.messageRetentionSeconds", q.messageRetentionSeconds, 60, 1_209_600),
    rangeProblem("queueSettings.dlqMessageRetentionSeconds", q.dlqMessageRetentionSeconds, 60, 1_209_600),
    // AWS now allows 1 MiB, but provider 5.100.0 rejects anything above 256 KiB at plan time.
    rangeProblem("queueSettings.maxMessageSizeBytes", q.maxMessageSizeBytes, 1024, 262_144),
    rangeProblem("queueSettings.receiveWaitTimeSeconds", q.receiveWaitTimeSeconds, 0, 20),
    rangeProblem("queueSettings.maxReceiveCount", q.maxReceiveCount, 1, 1000),
    q.dlqMessageRetentionSeconds > q.messageRetentionSeconds
      ? undefined
      : `queueSettings.dlqMessageRetentionSeconds (${q.dlqMessageRetentionSeconds}) must be longer than messageRetentionSeconds (${q.messageRetentionSeconds}): a DLQ keeps each message's original enqueue time.`,
  ]);

const checkStream: Check = ({ stream }) =>
  defined([
    rangeProblem("stream.retentionHours", stream.retentionHours, 24, 8760),
    rangeProblem("stream.shardCount", stream.shardCount, 1, 10_000),
  ]);

const checkLambda: Check = ({ lambda, stream }) => {
  if (!lambda) return [];
  const esm = lambda.eventSourceMapping;
  const retentionSeconds = stream.retentionHours * 3600;
  return defined([
    rangeProblem("lambda.memoryMb", lambda.memoryMb, 128, 10_240),
    rangeProblem("lambda.timeoutSeconds", lambda.timeoutSeconds, 1, 900),
    lambda.reservedConcurrency === -1
      ? undefined
      : rangeProblem("lambda.reservedConcurrency", lambda.reservedConcurrency, 0, 10_000),
    rangeProblem("eventSourceMapping.batchSize", esm.batchSize, 1, 10_000),
    rangeProblem("eventSourceMapping.maximumBatchingWindowSeconds", esm.maximumBatchingWindowSeconds, 0, 300),
    rangeProblem("eventSourceMapping.parallelizationFactor", esm.parallelizationFactor, 1, 10),
    rangeProblem("eventSourceMapping.maximumRetryAttempts", esm.maximumRetryAttempts, 0, 10_000),
    rangeProblem("eventSourceMapping.maximumRecordAgeSeconds", esm.maximumRecordAgeSeconds, 60, 604_800),
    esm.maximumRecordAgeSeconds <= retentionSeconds
      ? undefined
      : `eventSourceMapping.maximumRecordAgeSeconds (${esm.maximumRecordAgeSeconds}) is above the stream retention (${stream.retentionHours} h = ${retentionSeconds} s); lower it or raise stream.retentionHours, or records expire before Lambda gives up on them.`,
  ]);
};

const checkAlarms: Check = ({ alarms, encryption }) =>
  defined([
    [10, 30].includes(alarms.periodSeconds) || (alarms.periodSeconds >= 60 && alarms.periodSeconds % 60 === 0)
      ? undefined
      : `alarms.periodSeconds is ${alarms.periodSeconds}; use 10, 30 or a multiple of 60.`,
    alarms.createTopic && encryption !== "customer-kms"
      ? 'alarms.createTopic needs encryption: "customer-kms": CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key.'
      : undefined,
  ]);

const checkAccounts: Check = ({ allowedAccountIds, accountId }) =>
  defined([
    ...[...allowedAccountIds, accountId].map((id) =>
      /^\d{12}$/.test(id) ? undefined : `Account id "${id}" must be 12 digits.`,
    ),
    allowedAccountIds.length === 0 || allowedAccountIds.includes(accountId)
      ? undefined
      : `accountId ${accountId} is not in allowedAccountIds; add it or remove the restriction.`,
  ]);

const CHECKS: readonly Check[] = [
  checkNames,
  checkFifo,
  checkQueueSettings,
  checkStream,
  checkLambda,
  checkAlarms,
  checkAccounts,
];

/** Collects every problem before failing, so one synth shows all that needs changing. */
export function validateConfig(config: ResolvedConfig): void {
  const problems = CHECKS.flatMap((check) => check(config));
  if (problems.length > 0) throw new StackConfigError(problems);
}
