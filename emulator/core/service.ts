import type { Accounts, Caller } from "./accounts.js";
import type { Clock } from "./clock.js";
import type { AwsError } from "./errors.js";
import type { ServiceInterfaces } from "./interfaces.js";
import type { Metrics } from "./metrics.js";
import type { NamedPolicy } from "./policy/index.js";
import type { StructureShape } from "./shapes.js";
import type { Store } from "./store/store.js";

/** Everything an action may know about the request it serves, whatever protocol it came in on. */
export interface RequestContext extends Caller {
  /** Echoed as `x-amzn-RequestId` / `<RequestId>`. */
  readonly requestId: string;
  /** Origin the client used to reach us (`http://127.0.0.1:4566`), for URLs we hand back such as queue URLs. */
  readonly baseUrl: string;
  /** Path of the HTTP request (`/` or `/000000000000/my-queue` for SQS query calls sent to a queue URL). */
  readonly path: string;
  /** Aborted when the client goes away; long polls must stop waiting then. */
  readonly signal: AbortSignal;
  /**
   * `aws:SecureTransport`. The emulator's plain-HTTP port stands in for AWS's HTTPS endpoints, so this is true
   * unless the emulator runs with `literalSecureTransport`, where it says whether the connection used TLS.
   */
  readonly secureTransport: boolean;
  /** `aws:SourceIp`: the peer address of the connection (IPv4-mapped IPv6 addresses as the client sent them). */
  readonly sourceIp: string;
}

export type ActionInput = Record<string, unknown>;
export type ActionOutput = Record<string, unknown>;

export interface ActionDefinition {
  /** API action name, e.g. `SendMessage`. */
  readonly name: string;
  /** Input shape: decodes query form parameters (and coerces their string values) into the JSON input. */
  readonly input: StructureShape;
  /** Output shape: encodes the action's result as query XML. */
  readonly output: StructureShape;
  /** restJson services: the HTTP method and URI template that select this action. */
  readonly http?: HttpBinding;
  /**
   * The IAM action policies name this call by, when it is not `<signingName>:<name>` (Lambda's `Invoke` is
   * `lambda:InvokeFunction`).
   */
  readonly iamAction?: string;
  /**
   * Runs the action. `input` is the request body as the JSON protocols define it (member names as in the API
   * reference). Throws `AwsError` for anything AWS reports as an error.
   */
  handle(input: ActionInput, ctx: RequestContext): ActionOutput | Promise<ActionOutput>;
  /**
   * Under `--enforce-iam`: the resource the call acts on and that resource's policy, for the core's check of
   * the caller's permissions. Without it the core checks the action against every resource of the service in
   * the caller's account and region (`arn:aws:sqs:us-east-1:123456789012:*`), with identity policies only.
   */
  authorization?(input: ActionInput, ctx: RequestContext): AuthorizationTarget | Promise<AuthorizationTarget>;
}

/** What a call acts on, for the policy evaluation of `--enforce-iam`. */
export interface AuthorizationTarget {
  readonly resource: string;
  /** The account that owns the resource (cross-account calls need both sides to allow). */
  readonly resourceAccount: string;
  /** The resource's own policy (a role's trust policy for sts:AssumeRole, a queue policy, …). */
  readonly resourcePolicy?: NamedPolicy;
}

/** restJson request binding, as in the botocore/Smithy models. */
export interface HttpBinding {
  readonly method: string;
  /** `/2015-03-31/functions/{FunctionName}/invocations`; `{Label+}` matches the rest of the path. */
  readonly requestUri: string;
  /** Status of a successful reply (default 200). */
  readonly responseCode?: number;
}

/**
 * How requests reach a service, known without loading it: the router picks a service from these, and errors
 * are shaped by them even when the service failed to load. A protocol unit that needs a fact of its own adds
 * it from its module by declaration merging, so this file does not grow with the protocols.
 */
export interface ServiceEndpoint {
  /** SigV4 signing name, the service in `Credential=AK/date/region/<service>/aws4_request`. */
  readonly signingName: string;
  /**
   * The wire protocols the service speaks, by their units' names (`awsJson`, `awsQuery`, `restJson`), preferred
   * first: the first answers requests signed for the service that none of them recognises.
   */
  readonly protocols: readonly string[];
  /** awsJson: `X-Amz-Target` prefix (`AmazonSQS`, `Kinesis_20131202`). */
  readonly jsonTargetPrefix?: string;
  /** awsJson content type version. */
  readonly jsonVersion?: "1.0" | "1.1";
  /**
   * awsJson services that were query services before (SQS) send `x-amzn-query-error: <queryCode>;<fault>` so
   * clients can map errors to their query codes.
   */
  readonly awsQueryCompatible?: boolean;
  /**
   * awsJson: namespace put before the code in `__type` (`com.amazonaws.sqs` gives
   * `com.amazonaws.sqs#QueueDoesNotExist`); without it `__type` is the bare code.
   */
  readonly jsonErrorNamespace?: string;
  /** awsQuery: the `Version` form parameter (`2012-11-05`). */
  readonly queryVersion?: string;
  /** awsQuery: XML namespace of replies (`http://queue.amazonaws.com/doc/2012-11-05/`). */
  readonly xmlNamespace?: string;
  /**
   * awsQuery actions AWS answers without a signature when the request carries none (SNS's SubscribeURL and
   * UnsubscribeURL: `ConfirmSubscription`, `Unsubscribe`); they pass even when SigV4 checking is on.
   */
  readonly unsignedQueryActions?: readonly string[];
}

/** One AWS service as the protocol layer sees it once loaded. */
export interface ServiceDefinition extends ServiceEndpoint {
  /**
   * The error for a member whose JSON type or query string value does not fit its shape (`path` is dotted,
   * `expected` a shape type such as `integer`). Without it the protocol's generic error is used:
   * SerializationException for the JSON protocols, InvalidParameterValue for awsQuery.
   */
  inputTypeError?(path: string, expected: string): AwsError;
  readonly actions: ReadonlyMap<string, ActionDefinition>;
}

/**
 * How many resources of each kind a service holds, by account id, then region, then kind (SQS: `queues`,
 * `messages`). Served by `GET /_eda/state`; accounts and regions without resources are left out.
 */
export type ServiceSummary = Record<string, Record<string, Record<string, number>>>;

export interface ServiceHealth {
  readonly status: "ready" | "starting" | "failed";
  readonly detail?: string;
}

/** A running service: its protocol-facing definition, what it offers other services, and its lifecycle. */
export interface ServiceInstance<Api = unknown> {
  readonly definition: ServiceDefinition;
  /** The typed interface other services call (its entry in `ServiceInterfaces`); absent when it offers none. */
  readonly api?: Api;
  /** Reported under `/_eda/health`: the service's real state, `failed` with a detail when it cannot serve. */
  health(): ServiceHealth;
  /**
   * A document the service serves by plain GET under `/_eda/<service>/` (SNS's signing certificate);
   * undefined when it has none at `path` (the whole request path).
   */
  resource?(path: string): { readonly contentType: string; readonly body: string } | undefined;
  /** Stops timers, wakes and fails pending long polls; the core closes the store afterwards. */
  close(): Promise<void>;
  /**
   * `POST /_eda/reset`: forgets every resource in every account and region, in memory and on disk, including
   * anything that would make a new resource differ from one in a fresh emulator (SQS: deleted-name and purge
   * cooldowns). Pending long polls end as if their queue were deleted.
   */
  reset(): void | Promise<void>;
  /** `GET /_eda/state`: resource counts per account, region and kind. */
  summary(): ServiceSummary;
}

/** What every service factory is given: the core's shared parts. */
export interface ServiceContext {
  /** Directory of durable state; absent means in memory only. */
  readonly dataDir: string | undefined;
  /** The one durable store (memory only without a data dir). */
  readonly store: Store;
  readonly clock: Clock;
  readonly accounts: Accounts;
  readonly metrics: Metrics;
  /** Log lines (stdout of `eda emulator`). */
  readonly log: (line: string) => void;
  readonly debug: boolean;
  /**
   * The emulator's own origin (`http://127.0.0.1:4566`), for URLs in what a service sends without a request to
   * answer (an alarm's SNS notification carries SigningCertURL and UnsubscribeURL). Actions use their
   * request's `baseUrl` instead: the origin the client reached.
   */
  origin(): string;
  /**
   * Another service's interface, loading that service first if needed. Services call each other only
   * through these, never through each other's models and never over HTTP; tests can put a double in.
   */
  use<Name extends keyof ServiceInterfaces>(name: Name): Promise<ServiceInterfaces[Name]>;
}

export type ServiceFactory<Api = unknown> = (
  context: ServiceContext,
) => ServiceInstance<Api> | Promise<ServiceInstance<Api>>;

/**
 * A service as the core registers it: its name, how requests reach it, and how to load it. Loading is lazy
 * (on its first request or when another service uses it), so start-up does not grow with the services.
 */
export interface ServiceRegistration {
  /** `sqs`: the key in `ServiceInterfaces`, `/_eda/state` and `/_eda/health`. */
  readonly name: string;
  readonly endpoint: ServiceEndpoint;
  /** Imports the service's modules and returns its factory. */
  load(): Promise<ServiceFactory>;
}

/** One message of an event-stream reply: an event of the output's event-stream union, or an error ending it. */
export type StreamMessage =
  | { readonly kind: "event"; readonly type: string; readonly payload: Record<string, unknown> }
  | { readonly kind: "error"; readonly error: AwsError };

/** Marks an action output whose reply is an event stream (SubscribeToShard); JSON encoding skips symbol keys. */
const EVENT_STREAM = Symbol("eda.eventStream");

/**
 * An output answered as an event stream: `initial` travels as the `initial-response` event, then `events` as
 * they come, until the iterable ends. The iterable must end when the request's signal aborts.
 */
export function eventStreamOutput(initial: ActionOutput, events: AsyncIterable<StreamMessage>): ActionOutput {
  return Object.assign({ ...initial }, { [EVENT_STREAM]: events });
}

export function eventStreamOf(output: ActionOutput): AsyncIterable<StreamMessage> | undefined {
  return (output as { [EVENT_STREAM]?: AsyncIterable<StreamMessage> })[EVENT_STREAM];
}
