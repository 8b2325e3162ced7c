import type { App } from "cdktf";
import type { BackendProps, EventDrivenStackProps, QueueProps } from "./config.js";
import { EventDrivenStack } from "./event-driven-stack.js";
import { DEFAULT_EMULATOR_ENDPOINT } from "./emulator-endpoint.js";
import { OFFLINE_PLACEHOLDER_ACCOUNT_ID } from "./resolve-config.js";

export const ENVIRONMENTS = ["dev", "prod", "local"] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

export { DEFAULT_EMULATOR_ENDPOINT };

/** What differs between machines, read from the environment by main.ts and passed in explicitly. */
export interface EnvironmentOptions {
  /** Accounts prod may run against; a placeholder that matches no real account when unset. */
  readonly prodAccountIds?: readonly string[];
  readonly prodBackend?: BackendProps;
  readonly emulatorEndpoint?: string;
  /** `false` deploys `local` without its Lambda consumer (function, role, log group, mapping, failure queue).
   * @default true */
  readonly localLambda?: boolean;
}

/** Two fan-out branches: orders only (filtered by attribute), audit gets everything. */
const FAN_OUT: readonly QueueProps[] = [
  { name: "orders", filterPolicy: { type: [{ prefix: "com.example.order." }] } },
  { name: "audit" },
];

export function environmentProps(
  options: EnvironmentOptions = {},
): Record<EnvironmentName, EventDrivenStackProps> {
  return {
    dev: {
      environment: "dev",
      encryption: "aws-managed",
      queues: FAN_OUT,
      stream: { mode: "PROVISIONED", shardCount: 1, retentionHours: 24 },
      lambda: {
        memoryMb: 256,
        logRetentionDays: 7,
        logLevel: "DEBUG",
        eventSourceMapping: { maximumRetryAttempts: 3, maximumRecordAgeSeconds: 3600 },
      },
      alarms: { periodSeconds: 300 },
    },
    prod: {
      environment: "prod",
      allowedAccountIds: options.prodAccountIds ?? [OFFLINE_PLACEHOLDER_ACCOUNT_ID],
      encryption: "customer-kms",
      queues: FAN_OUT,
      queueSettings: { maxReceiveCount: 10 },
      stream: { mode: "ON_DEMAND", retentionHours: 168 },
      lambda: {
        memoryMb: 512,
        reservedConcurrency: 20,
        logRetentionDays: 90,
        acceptedEventTypePrefixes: "com.example.",
        eventSourceMapping: {
          batchSize: 200,
          maximumBatchingWindowSeconds: 5,
          parallelizationFactor: 2,
          maximumRetryAttempts: 10,
          maximumRecordAgeSeconds: 86_400,
        },
      },
      alarms: { createTopic: true },
      preventDestroy: true,
      backend: options.prodBackend ?? { kind: "local" },
    },
    local: {
      environment: "local",
      region: "us-east-1",
      encryption: "aws-managed",
      queues: FAN_OUT,
      stream: { mode: "PROVISIONED", shardCount: 1 },
      lambda: options.localLambda === false ? false : { tracing: false, logRetentionDays: 1 },
      emulatorEndpoint: options.emulatorEndpoint ?? DEFAULT_EMULATOR_ENDPOINT,
    },
  };
}

/** Adds one stack per environment to the app; the stack id is the environment name. */
export function addEnvironments(app: App, options: EnvironmentOptions = {}): EventDrivenStack[] {
  return Object.entries(environmentProps(options)).map(
    ([name, props]) => new EventDrivenStack(app, name, props),
  );
}

/** `EDA_LOCAL_LAMBDA`: `on` (or unset) keeps the local environment's Lambda consumer, `off` leaves it out. */
function localLambdaFrom(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "on" || value === "off") return value === "on";
  throw new Error(`EDA_LOCAL_LAMBDA is "${value}": set it to on or off, or unset it.`);
}

/**
 * Reads machine-specific settings: EDA_PROD_ACCOUNT_IDS (comma-separated), EDA_PROD_STATE_BUCKET with
 * EDA_PROD_STATE_REGION (S3 backend with lock file), EDA_EMULATOR_ENDPOINT, EDA_LOCAL_LAMBDA.
 */
export function environmentOptionsFrom(env: NodeJS.ProcessEnv): EnvironmentOptions {
  const accounts = env.EDA_PROD_ACCOUNT_IDS?.split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const bucket = env.EDA_PROD_STATE_BUCKET;
  return {
    prodAccountIds: accounts && accounts.length > 0 ? accounts : undefined,
    prodBackend: bucket
      ? {
          kind: "s3",
          bucket,
          key: "cloud-native-event-driven/prod.tfstate",
          region: env.EDA_PROD_STATE_REGION ?? "eu-west-1",
        }
      : undefined,
    emulatorEndpoint: env.EDA_EMULATOR_ENDPOINT,
    localLambda: localLambdaFrom(env.EDA_LOCAL_LAMBDA),
  };
}
