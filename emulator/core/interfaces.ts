/**
 * The typed interfaces services offer each other, wired by the core. A service names what it needs by key
 * (`context.use("sqs")`), never imports another service's modules, and runs the call inside its own
 * transaction, so cross-service work commits together or not at all.
 */
import type { NamedPolicy } from "./policy/index.js";
import type { MetricDatum } from "./metrics.js";

/** Who a service-to-service call acts as, for the target's resource policy. */
export interface ServicePrincipalCall {
  /** `sns.amazonaws.com`, `lambda.amazonaws.com`, `events.amazonaws.com`, … */
  readonly servicePrincipal: string;
  /** The resource on whose behalf the call is made (`aws:SourceArn`), e.g. the topic. */
  readonly sourceArn: string;
  /** Its account (`aws:SourceAccount`). */
  readonly sourceAccount: string;
  /**
   * Set when the service acts with an IAM role's permissions rather than as its service principal (Lambda
   * sends event source mappings' failure records with the function's execution role): the role's identity
   * policies count, and a resource policy must allow the role itself.
   */
  readonly actingRole?: { readonly arn: string; readonly identityPolicies: readonly NamedPolicy[] };
}

export interface SqsMessageToDeliver {
  readonly body: string;
  /** Message attributes as SendMessage takes them (`DataType`, `StringValue`, `BinaryValue` base64). */
  readonly attributes?: Readonly<
    Record<
      string,
      { readonly DataType: string; readonly StringValue?: string; readonly BinaryValue?: string }
    >
  >;
  /** FIFO queues. */
  readonly groupId?: string;
  readonly deduplicationId?: string;
}

export type SqsDeliveryResult =
  | { readonly delivered: true; readonly messageId: string; readonly sequenceNumber?: string }
  | {
      readonly delivered: false;
      /** Why, in AWS's terms: the queue is gone, its policy denied the sender, or the message did not fit. */
      readonly reason: "QueueDoesNotExist" | "AccessDenied" | "InvalidMessage";
      /** One sentence for the log (which queue, which statement denied). */
      readonly detail: string;
    };

/** Who reads a queue on a service's behalf: an event source mapping's execution role session. */
export interface SqsReaderCall {
  readonly accountId: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`: the queue's policy decides for it as for any caller. */
  readonly principalArn: string;
}

/** A message attribute as a reader receives it; `BinaryValue` is base64. */
export interface SqsMessageAttribute {
  readonly DataType: string;
  readonly StringValue?: string;
  readonly BinaryValue?: string;
}

/** One received message with every system attribute a Lambda event carries. */
export interface SqsReceivedMessage {
  readonly messageId: string;
  readonly receiptHandle: string;
  readonly body: string;
  readonly md5OfBody: string;
  /** Set when the message has message attributes. */
  readonly md5OfMessageAttributes?: string;
  /**
   * ApproximateReceiveCount, SentTimestamp, SenderId, ApproximateFirstReceiveTimestamp, AWSTraceHeader and
   * DeadLetterQueueSourceArn when set; FIFO: SequenceNumber, MessageGroupId, MessageDeduplicationId.
   */
  readonly attributes: Readonly<Record<string, string>>;
  readonly messageAttributes: Readonly<Record<string, SqsMessageAttribute>>;
}

/** What a reader needs to know of a queue. */
export interface SqsQueueSettings {
  readonly visibilityTimeoutSeconds: number;
  readonly fifo: boolean;
  /** The largest message the queue takes, in bytes. */
  readonly maximumMessageSize: number;
  readonly redrivePolicy?: { readonly deadLetterTargetArn: string; readonly maxReceiveCount: number };
}

/** Why a reader's call failed, in AWS's terms, with one sentence for the mapping's LastProcessingResult. */
export interface SqsReadFailure {
  readonly ok: false;
  /** The queue is gone, its policy denies the reader, or the queue holds its maximum of in-flight messages. */
  readonly reason: "QueueDoesNotExist" | "AccessDenied" | "OverLimit";
  readonly detail: string;
}

export type SqsReadResult<T> = ({ readonly ok: true } & T) | SqsReadFailure;

/** What SQS offers senders: delivery into a queue on a service's behalf (SNS fan-out, Lambda failure destinations). */
export interface SqsDeliveryInterface {
  /**
   * Sends one message to the queue `queueArn` as `caller`, inside the caller's transaction. Never throws for a
   * delivery failure: the result says why, so the caller can count it and dead-letter it.
   */
  deliver(queueArn: string, message: SqsMessageToDeliver, caller: ServicePrincipalCall): SqsDeliveryResult;
  /**
   * The gauges AWS/SQS publishes each minute, one datum per queue and gauge, as of now:
   * ApproximateNumberOfMessagesVisible, ApproximateNumberOfMessagesNotVisible, ApproximateNumberOfMessagesDelayed
   * (Count) and ApproximateAgeOfOldestMessage (Seconds).
   * CloudWatch samples them; SQS records only its per-call counters itself.
   */
  queueDepths(): readonly MetricDatum[];
  /** Whether the queue `queueArn` exists (Lambda checks an event source mapping's queue before creating it). */
  queueExists(queueArn: string): boolean;
}

/**
 * What SQS offers readers: a queue read as Lambda's event source mappings read it (no HTTP; the reader's
 * permissions checked by the queue's policy as for ReceiveMessage, DeleteMessage and ChangeMessageVisibility).
 */
export interface SqsReaderInterface {
  /** The queue's settings a reader needs: its visibility timeout, FIFO, the largest message, its redrive policy. */
  queueSettings(
    queueArn: string,
    reader: SqsReaderCall,
  ): SqsReadResult<{ readonly settings: SqsQueueSettings }>;
  /**
   * Receives up to `maxMessages` (1 to 10) visible messages at once, without waiting, hidden for the queue's
   * visibility timeout as a ReceiveMessage without VisibilityTimeout is; FIFO queues keep their group order.
   */
  receive(
    queueArn: string,
    maxMessages: number,
    reader: SqsReaderCall,
  ): SqsReadResult<{ readonly messages: readonly SqsReceivedMessage[] }>;
  /** Deletes messages by receipt handle; `failed` lists the handles that were not valid any more. */
  deleteMessages(
    queueArn: string,
    receiptHandles: readonly string[],
    reader: SqsReaderCall,
  ): SqsReadResult<{ readonly failed: readonly string[] }>;
  /** Sets the visibility timeout of received messages (0 returns them at once); `failed` as for deleteMessages. */
  changeVisibility(
    queueArn: string,
    receiptHandles: readonly string[],
    timeoutSeconds: number,
    reader: SqsReaderCall,
  ): SqsReadResult<{ readonly failed: readonly string[] }>;
  /**
   * Calls `listener` (never synchronously) when messages may have become receivable in the queue: a send, a
   * message returned or moved in, and, after a receive through this interface found the queue without visible
   * messages, when the next delayed or in-flight one becomes visible. Survives the queue being deleted and
   * created again. Returns the unsubscribe function.
   */
  watch(queueArn: string, listener: () => void): () => void;
}

/** What SQS offers someone looking at a queue (the dashboard). */
export interface SqsPeekInterface {
  /**
   * The newest `max` messages of the queue `queueArn`, newest first, and its depth, for a person looking at it
   * (the dashboard): a peek receives nothing, so no receive count, visibility or metric changes. Undefined
   * when there is no such queue.
   */
  peek(queueArn: string, max: number): SqsPeek | undefined;
}

/** A message as a peek shows it: its content and where it is in its life, changed by nothing. */
export interface SqsPeekedMessage {
  readonly messageId: string;
  readonly body: string;
  /** Message attributes as ReceiveMessage returns them (`BinaryValue` base64). */
  readonly attributes: Readonly<
    Record<
      string,
      { readonly DataType: string; readonly StringValue?: string; readonly BinaryValue?: string }
    >
  >;
  /** Epoch milliseconds: when it was sent (or moved in from its source queue). */
  readonly sentAt: number;
  readonly receiveCount: number;
  /** Receivable now, received and not yet visible again, or waiting out its delay. */
  readonly state: "visible" | "inFlight" | "delayed";
  /** FIFO queues. */
  readonly groupId?: string;
  readonly sequenceNumber?: string;
  /** Set when a redrive policy moved it here from that queue. */
  readonly deadLetterSourceArn?: string;
}

export interface SqsPeek {
  readonly visible: number;
  readonly inFlight: number;
  readonly delayed: number;
  /** Newest first. */
  readonly messages: readonly SqsPeekedMessage[];
}

/** What SQS offers other services. */
export interface SqsInterface extends SqsDeliveryInterface, SqsReaderInterface, SqsPeekInterface {}

export type SnsPublishResult =
  | { readonly published: true; readonly messageId: string }
  | {
      readonly published: false;
      /** Why, in AWS's terms: the topic is gone, its policy denied the publisher, or the message did not fit. */
      readonly reason: "NotFound" | "AuthorizationError" | "InvalidParameter";
      /** One sentence for the log and the alarm history (which topic, what was wrong). */
      readonly detail: string;
    };

/** What SNS offers: publishing to a topic on a service's behalf (CloudWatch alarm notifications). */
export interface SnsInterface {
  /**
   * Publishes `message` (with an optional `subject`) to the topic `topicArn` as `caller`, inside the caller's
   * transaction, and fans it out to the topic's subscriptions as a Publish call would. Never throws for a
   * publish failure: the result says why, so the caller can record it.
   */
  publish(
    topicArn: string,
    message: string,
    subject: string | undefined,
    caller: ServicePrincipalCall,
  ): SnsPublishResult;
}

/** A role as STS needs it to issue a session. */
export interface IamRoleView {
  readonly accountId: string;
  readonly roleName: string;
  /** `AROA…`: the first half of a session's AssumedRoleId. */
  readonly roleId: string;
  readonly arn: string;
  /** The trust policy as it was set (not URL-encoded). */
  readonly trustPolicy: string;
  /** Seconds. */
  readonly maxSessionDuration: number;
}

/** What IAM offers: roles for STS, and the identity policies the core evaluates under `--enforce-iam`. */
export interface IamInterface {
  /** The role `roleName` of `accountId` (names compare case-insensitively, as IAM's do), if it exists. */
  role(accountId: string, roleName: string): IamRoleView | undefined;
  /**
   * The inline and attached managed policies of an IAM user, a role, or a role session
   * (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` has its role's); an empty list when the identity no
   * longer exists; undefined for an account's root user, whose permissions are not policies.
   */
  identityPolicies(principalArn: string): readonly NamedPolicy[] | undefined;
}

/** Temporary credentials STS issued for a role session. */
export interface ServiceSessionCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export type ServiceSessionResult =
  | { readonly issued: true; readonly credentials: ServiceSessionCredentials }
  | {
      readonly issued: false;
      /** Why, in AWS's terms: the role is gone, or its trust policy does not let the service assume it. */
      readonly reason: "NoSuchEntity" | "AccessDenied";
      /** One sentence for the caller's error message (which role, which principal). */
      readonly detail: string;
    };

/** What STS offers: role sessions on a service's behalf (Lambda's execution role, as `lambda.amazonaws.com`). */
export interface StsInterface {
  /**
   * Issues temporary credentials for `roleArn` as AssumeRole would for `servicePrincipal`: the role's trust
   * policy must allow that principal. Calls made with them act as `assumed-role/ROLE/sessionName`.
   */
  assumeRoleForService(
    roleArn: string,
    sessionName: string,
    servicePrincipal: string,
    durationSeconds: number,
  ): ServiceSessionResult;
}

export interface LogEventToAppend {
  /** Epoch milliseconds. */
  readonly timestamp: number;
  readonly message: string;
}

export type LogsAppendResult =
  | { readonly appended: true }
  | { readonly appended: false; readonly reason: "ResourceNotFoundException"; readonly detail: string };

/** What CloudWatch Logs offers: log lines written on a service's behalf (Lambda's function logs). */
export interface LogsInterface {
  /**
   * Appends `events` to `groupName`/`streamName` of `accountId` in `region` inside the caller's transaction,
   * creating the stream when it is missing and the group too when `createGroup` is set (as Lambda does when its
   * role may `logs:CreateLogGroup`). Events are kept in timestamp order and the group's retention applies.
   */
  append(
    accountId: string,
    region: string,
    groupName: string,
    streamName: string,
    events: readonly LogEventToAppend[],
    options: { readonly createGroup: boolean },
  ): LogsAppendResult;
}

/** Where a reader starts in a shard, as an event source mapping's StartingPosition (or a checkpoint) gives it. */
export type KinesisStartingPosition =
  | { readonly type: "TRIM_HORIZON" | "LATEST" }
  | { readonly type: "AT_TIMESTAMP"; /** Epoch milliseconds. */ readonly timestamp: number }
  | { readonly type: "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER"; readonly sequenceNumber: string };

/**
 * A concrete place in one shard that a reader can store as its checkpoint and resume from later: the records
 * that come next are those with a sequence number greater than `afterSequenceNumber` (a shard's start is the
 * number just before its first possible record, so it names no record).
 */
export interface KinesisShardPosition {
  readonly afterSequenceNumber: string;
}

/** A shard as a per-shard poller needs it: parents are read to the end before their children. */
export interface KinesisShardInfo {
  readonly shardId: string;
  readonly parentShardId?: string;
  readonly adjacentParentShardId?: string;
  /** Closed by a split or merge: it takes no more records and ends once read to the end. */
  readonly closed: boolean;
}

export interface KinesisStreamRecord {
  readonly sequenceNumber: string;
  readonly partitionKey: string;
  readonly data: Buffer;
  /** Epoch milliseconds. */
  readonly approximateArrivalTimestamp: number;
  readonly encryptionType: "NONE" | "KMS";
}

/** Why a position or read failed, in AWS's terms, with one sentence for the mapping's LastProcessingResult. */
export interface KinesisReadFailure {
  readonly ok: false;
  /**
   * StreamNotFound: the stream is gone (or not readable yet); ShardNotFound: the shard expired or never was;
   * InvalidArgument: the starting position does not fit the shard (the detail says how).
   */
  readonly reason: "StreamNotFound" | "ShardNotFound" | "InvalidArgument";
  readonly detail: string;
}

export type KinesisPositionResult =
  { readonly ok: true; readonly position: KinesisShardPosition } | KinesisReadFailure;

export type KinesisReadResult =
  | {
      readonly ok: true;
      /** In sequence order. */
      readonly records: readonly KinesisStreamRecord[];
      /** Where the next read continues (the same position when nothing was returned). */
      readonly next: KinesisShardPosition;
      /** How far the last record returned is behind the shard's tip; 0 when caught up. */
      readonly millisBehindLatest: number;
      /** Set once a closed shard has been read to its end: the shards that replaced it (then read no further). */
      readonly childShardIds?: readonly string[];
    }
  | KinesisReadFailure
  | KinesisTrimmed;

/** Records after the position expired by retention: resume at `resumeAt` (the trim horizon). */
export interface KinesisTrimmed {
  readonly ok: false;
  readonly reason: "Trimmed";
  readonly detail: string;
  readonly resumeAt: KinesisShardPosition;
}

/**
 * What Kinesis offers: reads on behalf of Lambda's event source mappings. These reads are the mapping's own:
 * they count against no GetRecords throughput limit and record no AWS/Kinesis GetRecords metrics.
 */
export interface KinesisInterface {
  /** The stream's readable shards (open, and closed ones within retention), or undefined when there is no such readable stream. */
  shards(streamArn: string): readonly KinesisShardInfo[] | undefined;
  /** Resolves a starting position once (LATEST means after the records present now) into a checkpointable position. */
  position(streamArn: string, shardId: string, start: KinesisStartingPosition): KinesisPositionResult;
  /** Up to `limit` records after `position`, stopping once `maxBytes` (data plus partition keys) is reached. */
  read(
    streamArn: string,
    shardId: string,
    position: KinesisShardPosition,
    limit: number,
    maxBytes: number,
  ): KinesisReadResult;
  /**
   * Calls `listener(shardId)` after records written to a shard of the stream are committed, and when resharding
   * opens or closes shards, so pollers wake without polling. Returns the unsubscribe function.
   */
  watch(streamArn: string, listener: (shardId: string) => void): () => void;
}

export type LambdaInvokeResult =
  | { readonly accepted: true; readonly requestId: string }
  | {
      readonly accepted: false;
      /** Why, in AWS's terms: the function (or its qualifier) is gone, or its resource policy denied the caller. */
      readonly reason: "ResourceNotFoundException" | "AccessDeniedException";
      /** One sentence for the log (which function, what was missing). */
      readonly detail: string;
    };

/** What Lambda offers: invocations on a service's behalf (SNS subscriptions). */
export interface LambdaInterface {
  /**
   * Queues an asynchronous (`Event`) invocation of `functionArn` (qualified or not) with `payload`, inside the
   * caller's transaction, as `caller`: the function's resource policy must allow `lambda:InvokeFunction` to the
   * caller's service principal for its source, as AWS requires (AddPermission). Never throws for a refusal.
   */
  invokeAsync(functionArn: string, payload: string, caller: ServicePrincipalCall): LambdaInvokeResult;
}

/**
 * Every service's interface by service name. A service that offers nothing maps to `undefined`; the names
 * here are the names services register under.
 */
export interface ServiceInterfaces {
  sqs: SqsInterface;
  iam: IamInterface;
  sns: SnsInterface;
  sts: StsInterface;
  logs: LogsInterface;
  kinesis: KinesisInterface;
  lambda: LambdaInterface;
}
