import { NAME_LIMITS, NAME_PREFIX_PATTERN, limitedNames, resourceNames } from "./names.js";
import type { ResolvedConfig } from "./resolve-config.js";
import { SETTINGS, SHORT_ALARM_PERIODS, isAlarmPeriod, type NumberSetting } from "./settings.js";

/** Thrown at synth when props describe a stack AWS would reject or that would misbehave. */
export class StackConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid event-driven stack configuration:\n- ${problems.join("\n- ")}`);
    this.name = "StackConfigError";
  }
}

type Check = (config: ResolvedConfig) => string[];

const inRange = (value: number, { min, max }: NumberSetting): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

/** The sentence for a value outside its setting's range or allowed values, if it is. */
const settingProblem = (setting: NumberSetting, value: number): string | undefined => {
  if (!inRange(value, setting)) {
    return `${setting.prop} is ${value}; set it to a whole number from ${setting.min} to ${setting.max}.`;
  }
  if (setting.allowed && !setting.allowed.includes(value)) {
    return `${setting.prop} is ${value}; use one of ${setting.allowed.join(", ")}.`;
  }
  return undefined;
};

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
    settingProblem(SETTINGS.visibilityTimeout, q.visibilityTimeoutSeconds),
    settingProblem(SETTINGS.messageRetention, q.messageRetentionSeconds),
    settingProblem(SETTINGS.dlqMessageRetention, q.dlqMessageRetentionSeconds),
    settingProblem(SETTINGS.maxMessageSize, q.maxMessageSizeBytes),
    settingProblem(SETTINGS.receiveWaitTime, q.receiveWaitTimeSeconds),
    settingProblem(SETTINGS.maxReceiveCount, q.maxReceiveCount),
    q.dlqMessageRetentionSeconds > q.messageRetentionSeconds
      ? undefined
      : `queueSettings.dlqMessageRetentionSeconds (${q.dlqMessageRetentionSeconds}) must be longer than messageRetentionSeconds (${q.messageRetentionSeconds}): a DLQ keeps each message's original enqueue time.`,
  ]);

const checkStream: Check = ({ stream }) =>
  defined([
    settingProblem(SETTINGS.retentionHours, stream.retentionHours),
    settingProblem(SETTINGS.shardCount, stream.shardCount),
  ]);

const checkLambda: Check = ({ lambda, stream }) => {
  if (!lambda) return [];
  const esm = lambda.eventSourceMapping;
  const retentionSeconds = stream.retentionHours * 3600;
  return defined([
    settingProblem(SETTINGS.memory, lambda.memoryMb),
    settingProblem(SETTINGS.timeout, lambda.timeoutSeconds),
    settingProblem(SETTINGS.reservedConcurrency, lambda.reservedConcurrency),
    settingProblem(SETTINGS.logRetention, lambda.logRetentionDays),
    settingProblem(SETTINGS.batchSize, esm.batchSize),
    settingProblem(SETTINGS.batchingWindow, esm.maximumBatchingWindowSeconds),
    settingProblem(SETTINGS.parallelization, esm.parallelizationFactor),
    settingProblem(SETTINGS.retryAttempts, esm.maximumRetryAttempts),
    settingProblem(SETTINGS.recordAge, esm.maximumRecordAgeSeconds),
    esm.maximumRecordAgeSeconds <= retentionSeconds
      ? undefined
      : `lambda.eventSourceMapping.maximumRecordAgeSeconds (${esm.maximumRecordAgeSeconds}) is above the stream retention (${stream.retentionHours} h = ${retentionSeconds} s); lower it or raise stream.retentionHours, or records expire before Lambda gives up on them.`,
  ]);
};

const checkAlarms: Check = ({ alarms, encryption, lambda }) =>
  defined([
    settingProblem(SETTINGS.alarmPeriod, alarms.periodSeconds) ??
      (isAlarmPeriod(alarms.periodSeconds)
        ? undefined
        : `alarms.periodSeconds is ${alarms.periodSeconds}; use ${SHORT_ALARM_PERIODS.join(", ")} or a multiple of 60.`),
    settingProblem(SETTINGS.queueOldestMessageAge, alarms.queueOldestMessageAgeSeconds),
    settingProblem(SETTINGS.iteratorAge, alarms.iteratorAgeMs),
    settingProblem(SETTINGS.snsNotificationsFailed, alarms.snsNotificationsFailed),
    ...(lambda
      ? [
          settingProblem(SETTINGS.lambdaErrors, alarms.lambdaErrors),
          settingProblem(SETTINGS.lambdaThrottles, alarms.lambdaThrottles),
        ]
      : []),
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

const checkEmulator: Check = ({ emulatorEndpoint, emulatorAccountDiscovery }) =>
  emulatorAccountDiscovery && emulatorEndpoint === undefined
    ? [
        "emulatorAccountDiscovery applies only with emulatorEndpoint (against AWS the provider always looks the account up); set emulatorEndpoint or remove it.",
      ]
    : [];

const CHECKS: readonly Check[] = [
  checkNames,
  checkFifo,
  checkQueueSettings,
  checkStream,
  checkLambda,
  checkAlarms,
  checkAccounts,
  checkEmulator,
];

/** Collects every problem before failing, so one synth shows all that needs changing. */
export function validateConfig(config: ResolvedConfig): void {
  const problems = CHECKS.flatMap((check) => check(config));
  if (problems.length > 0) throw new StackConfigError(problems);
}
