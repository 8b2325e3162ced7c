import type {
  AlarmSettings,
  BackendProps,
  EncryptionMode,
  EventDrivenStackProps,
  EventSourceMappingSettings,
  LambdaProps,
  QueueProps,
  QueueSettings,
  StreamSettings,
} from "./config.js";

export const OFFLINE_PLACEHOLDER_ACCOUNT_ID = "000000000000";

export type ResolvedQueue = Required<Omit<QueueProps, "filterPolicy">> & Pick<QueueProps, "filterPolicy">;
export type ResolvedLambda = Required<Omit<LambdaProps, "eventSourceMapping">> & {
  readonly eventSourceMapping: Required<EventSourceMappingSettings>;
};

export interface ResolvedConfig {
  readonly environment: string;
  readonly namePrefix: string;
  readonly region: string;
  readonly accountId: string;
  readonly allowedAccountIds: readonly string[];
  readonly fifo: boolean;
  readonly encryption: EncryptionMode;
  readonly queues: readonly ResolvedQueue[];
  readonly queueSettings: Required<QueueSettings>;
  readonly stream: Required<StreamSettings>;
  readonly lambda: ResolvedLambda | undefined;
  readonly alarms: Required<AlarmSettings>;
  readonly preventDestroy: boolean;
  readonly backend: BackendProps;
  readonly tags: Readonly<Record<string, string>>;
  readonly emulatorEndpoint: string | undefined;
  readonly emulatorAccountDiscovery: boolean;
}

const DEFAULT_ESM: Required<EventSourceMappingSettings> = {
  batchSize: 100,
  maximumBatchingWindowSeconds: 1,
  startingPosition: "TRIM_HORIZON",
  parallelizationFactor: 1,
  maximumRetryAttempts: 5,
  maximumRecordAgeSeconds: 3600,
};

function resolveLambda(lambda: LambdaProps | false | undefined): ResolvedLambda | undefined {
  if (lambda === false) return undefined;
  return {
    architecture: "arm64",
    memoryMb: 256,
    timeoutSeconds: 30,
    reservedConcurrency: -1,
    logRetentionDays: 30,
    logLevel: "INFO",
    tracing: true,
    acceptedEventTypePrefixes: "",
    packaging: "asset",
    ...lambda,
    eventSourceMapping: { ...DEFAULT_ESM, ...lambda?.eventSourceMapping },
  };
}

function resolveQueue(queue: QueueProps): ResolvedQueue {
  return {
    fifo: false,
    filterPolicyScope: "MessageAttributes",
    rawMessageDelivery: true,
    ...queue,
  };
}

/** Production defaults, overridden field by field by the props. */
export function resolveConfig(props: EventDrivenStackProps): ResolvedConfig {
  const lambda = resolveLambda(props.lambda);
  const maximumRecordAgeSeconds =
    lambda?.eventSourceMapping.maximumRecordAgeSeconds ?? DEFAULT_ESM.maximumRecordAgeSeconds;
  const allowedAccountIds = props.allowedAccountIds ?? [];
  return {
    environment: props.environment,
    namePrefix: props.namePrefix ?? `eda-${props.environment}`,
    region: props.region ?? "eu-west-1",
    accountId: props.accountId ?? allowedAccountIds[0] ?? OFFLINE_PLACEHOLDER_ACCOUNT_ID,
    allowedAccountIds,
    fifo: props.fifo ?? false,
    encryption: props.encryption ?? "customer-kms",
    queues: (props.queues ?? [{ name: "events" }]).map(resolveQueue),
    queueSettings: {
      visibilityTimeoutSeconds: 60,
      messageRetentionSeconds: 345_600,
      maxMessageSizeBytes: 262_144,
      receiveWaitTimeSeconds: 20,
      maxReceiveCount: 5,
      dlqMessageRetentionSeconds: 1_209_600,
      ...props.queueSettings,
    },
    stream: { mode: "ON_DEMAND", shardCount: 1, retentionHours: 24, ...props.stream },
    lambda,
    alarms: {
      createTopic: false,
      periodSeconds: 60,
      queueOldestMessageAgeSeconds: 300,
      iteratorAgeMs: Math.floor((maximumRecordAgeSeconds * 1000) / 2),
      lambdaErrors: 0,
      lambdaThrottles: 0,
      snsNotificationsFailed: 0,
      treatMissingData: "notBreaching",
      ...props.alarms,
    },
    preventDestroy: props.preventDestroy ?? false,
    backend: props.backend ?? { kind: "local" },
    tags: props.tags ?? {},
    emulatorEndpoint: props.emulatorEndpoint,
    emulatorAccountDiscovery: props.emulatorAccountDiscovery ?? false,
  };
}
