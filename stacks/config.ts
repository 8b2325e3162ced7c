/**
 * Typed construct props. Structural choices (Lambda on/off, FIFO, queues, encryption, backend,
 * provider endpoints) are props; scalar settings become Terraform variables whose defaults are the
 * values resolved here, so `-var` can tune an environment without touching code.
 */

/** `customer-kms`: one customer managed key (rotation on) whose policy lets SNS and CloudWatch use it.
 * `aws-managed`: SSE-SQS for queues and the AWS managed keys for the topic and the stream. */
export type EncryptionMode = "customer-kms" | "aws-managed";
export type FilterPolicyScope = "MessageAttributes" | "MessageBody";
// Each list of allowed values is the one source of its type and of its Terraform variable's validation.
export const STREAM_MODES = ["ON_DEMAND", "PROVISIONED"] as const;
export type StreamMode = (typeof STREAM_MODES)[number];
export const STARTING_POSITIONS = ["TRIM_HORIZON", "LATEST"] as const;
export type StartingPosition = (typeof STARTING_POSITIONS)[number];
export type Architecture = "arm64" | "x86_64";
export const LOG_LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const TREAT_MISSING_DATA = ["missing", "notBreaching", "breaching", "ignore"] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];
/** `asset`: the zip is built at synth and shipped in the stack folder (no extra provider, works offline).
 * `archive-file`: Terraform's `archive_file` data source zips the bundle at plan time (needs hashicorp/archive). */
export const LAMBDA_PACKAGINGS = ["asset", "archive-file"] as const;
export type LambdaPackaging = (typeof LAMBDA_PACKAGINGS)[number];

export interface QueueProps {
  /** Short name, appended to the name prefix (`<prefix>-<name>`). */
  readonly name: string;
  /** FIFO queue; needs a FIFO topic. @default false */
  readonly fifo?: boolean;
  /** SNS subscription filter policy. @default no filter (every message) */
  readonly filterPolicy?: Record<string, unknown>;
  /** @default "MessageAttributes" */
  readonly filterPolicyScope?: FilterPolicyScope;
  /** Deliver the message body without the SNS JSON envelope. @default true */
  readonly rawMessageDelivery?: boolean;
}

export interface QueueSettings {
  /** @default 60 */ readonly visibilityTimeoutSeconds?: number;
  /** @default 345600 (4 days) */ readonly messageRetentionSeconds?: number;
  /** Provider 5.100.0 accepts at most 262144. @default 262144 */ readonly maxMessageSizeBytes?: number;
  /** @default 20 */ readonly receiveWaitTimeSeconds?: number;
  /** Receives before a message moves to its DLQ. @default 5 */ readonly maxReceiveCount?: number;
  /** Kept longer than the source because a DLQ keeps the original enqueue time. @default 1209600 */
  readonly dlqMessageRetentionSeconds?: number;
}

export interface StreamSettings {
  /** @default "ON_DEMAND" */ readonly mode?: StreamMode;
  /** Only used in PROVISIONED mode. @default 1 */ readonly shardCount?: number;
  /** @default 24 */ readonly retentionHours?: number;
}

export interface EventSourceMappingSettings {
  /** @default 100 */ readonly batchSize?: number;
  /** @default 1 */ readonly maximumBatchingWindowSeconds?: number;
  /** @default "TRIM_HORIZON" */ readonly startingPosition?: StartingPosition;
  /** @default 1 */ readonly parallelizationFactor?: number;
  /** Bounded so a poison record cannot block its shard. @default 5 */
  readonly maximumRetryAttempts?: number;
  /** Never above the stream retention. @default 3600 */
  readonly maximumRecordAgeSeconds?: number;
}

export interface LambdaProps {
  /** @default "arm64" */ readonly architecture?: Architecture;
  /** @default 256 */ readonly memoryMb?: number;
  /** @default 30 */ readonly timeoutSeconds?: number;
  /** -1 leaves the function unreserved. @default -1 */ readonly reservedConcurrency?: number;
  /** @default 30 */ readonly logRetentionDays?: number;
  /** @default "INFO" */ readonly logLevel?: LogLevel;
  /** X-Ray active tracing; adds the X-Ray permissions only when on. @default true */
  readonly tracing?: boolean;
  /** Comma-separated event-type prefixes the consumer handles; empty accepts all. @default "" */
  readonly acceptedEventTypePrefixes?: string;
  /** How the bundled handler becomes the function's zip (see `LambdaPackaging`). @default "asset" */
  readonly packaging?: LambdaPackaging;
  readonly eventSourceMapping?: EventSourceMappingSettings;
}

export interface AlarmSettings {
  /** Create an SNS topic for alarm and OK notifications (needs `customer-kms`). @default false */
  readonly createTopic?: boolean;
  /** @default 60 */ readonly periodSeconds?: number;
  /** @default 300 */ readonly queueOldestMessageAgeSeconds?: number;
  /** @default half of the maximum record age, in ms */ readonly iteratorAgeMs?: number;
  /** @default 0 */ readonly lambdaErrors?: number;
  /** @default 0 */ readonly lambdaThrottles?: number;
  /** @default 0 */ readonly snsNotificationsFailed?: number;
  /** @default "notBreaching" */ readonly treatMissingData?: TreatMissingData;
}

export type BackendProps =
  | { readonly kind: "local" }
  | { readonly kind: "s3"; readonly bucket: string; readonly key: string; readonly region: string };

export interface EventDrivenStackProps {
  /** Environment name, used in tags and the default name prefix. */
  readonly environment: string;
  /** @default "eda-<environment>" */ readonly namePrefix?: string;
  /** @default "eu-west-1" */ readonly region?: string;
  /** Account that owns the resources; the default of the `account_id` variable.
   * @default the first allowed account, else "000000000000" (offline placeholder) */
  readonly accountId?: string;
  /** The provider refuses to run against any other account. @default no restriction */
  readonly allowedAccountIds?: readonly string[];
  /** @default false */ readonly fifo?: boolean;
  /** @default "customer-kms" */ readonly encryption?: EncryptionMode;
  /** @default one queue named "events" */ readonly queues?: readonly QueueProps[];
  readonly queueSettings?: QueueSettings;
  readonly stream?: StreamSettings;
  /** `false` leaves the function and everything that belongs to it out. @default {} (enabled) */
  readonly lambda?: LambdaProps | false;
  readonly alarms?: AlarmSettings;
  /** `prevent_destroy` on resources that hold data. @default false */
  readonly preventDestroy?: boolean;
  /** @default { kind: "local" } */ readonly backend?: BackendProps;
  /** Extra `default_tags`. */ readonly tags?: Readonly<Record<string, string>>;
  /** Point every service at one endpoint (a local emulator) with fake credentials. */
  readonly emulatorEndpoint?: string;
  /** With `emulatorEndpoint`: let the provider ask the emulator which account it is in (IAM GetUser, STS
   * GetCallerIdentity, IAM ListRoles), as it does against AWS, so `allowedAccountIds` is enforced there too.
   * @default false (the lookup is skipped) */
  readonly emulatorAccountDiscovery?: boolean;
}
