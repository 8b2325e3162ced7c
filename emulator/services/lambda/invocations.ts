import type { AwsError } from "../../core/errors.js";
import type { ServiceSessionCredentials } from "../../core/interfaces.js";
import { evaluate } from "../../core/policy/index.js";
import type { ServiceContext } from "../../core/service.js";
import { ConcurrencyLimits } from "./concurrency.js";
import { LambdaErrors } from "./errors.js";
import type {
  FunctionExecutor,
  FunctionLogLine,
  FunctionVersionSpec,
  InvocationOutcome,
} from "./execution.js";
import { functionArn } from "./functionRef.js";
import { recordLambdaMetric, type MetricTarget } from "./metrics.js";
import type { LambdaModel } from "./model.js";
import { LATEST, type FunctionRecord, type VersionRecord } from "./records.js";

/** Which version runs, and the qualifier the caller named (for the Resource metric dimension). */
export interface InvocationTarget {
  readonly record: FunctionRecord;
  readonly version: VersionRecord;
  readonly qualifier?: string;
}

export interface RunRequest {
  readonly requestId: string;
  readonly payload: Buffer;
  readonly clientContext?: string;
  readonly tailLog: boolean;
  readonly endpointUrl: string;
  readonly signal: AbortSignal;
}

export type RunResult =
  | { readonly kind: "throttled"; readonly error: AwsError }
  | { readonly kind: "ran"; readonly outcome: InvocationOutcome };

/** How long the execution role's session lasts, and how long before its expiry a new one is taken. */
const SESSION_SECONDS = 3600;
const SESSION_RENEW_MS = 300_000;

/**
 * Runs functions through the runtime's executor: concurrency and throttling, the execution role's session from
 * STS, AWS/Lambda metrics, and the function's log lines into CloudWatch Logs. The control plane tells it when
 * workers go stale.
 */
export class Invocations {
  private readonly limits = new ConcurrencyLimits();
  private readonly sessions = new Map<string, ServiceSessionCredentials>();
  /** Log groups whose lines are being dropped (missing group), so that is said once, not per invocation. */
  private readonly droppedLogs = new Set<string>();
  /** Log writes started and not finished: `close` waits for them, so the last lines are not lost. */
  private readonly pendingLogs = new Set<Promise<void>>();

  constructor(
    private readonly executor: FunctionExecutor,
    private readonly model: LambdaModel,
    private readonly core: ServiceContext,
  ) {}

  async run(target: InvocationTarget, request: RunRequest): Promise<RunResult> {
    const { record, version } = target;
    const metricTarget: MetricTarget = {
      accountId: record.accountId,
      region: record.region,
      functionName: record.name,
      qualifier: target.qualifier,
    };
    const reservedInRegion = this.model
      .list(record.accountId, record.region)
      .reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
    const slot = this.limits.acquire(
      record.accountId,
      record.region,
      record.name,
      record.reservedConcurrency,
      reservedInRegion,
    );
    const { clock, metrics } = this.core;
    if (!("release" in slot)) {
      recordLambdaMetric(metrics, clock.now(), metricTarget, "Throttles", 1);
      return { kind: "throttled", error: slot };
    }
    try {
      recordLambdaMetric(metrics, clock.now(), metricTarget, "ConcurrentExecutions", slot.running);
      const credentials = await this.credentials(version.config.Role, record.name);
      const outcome = await this.executor.invoke(this.spec(record, version), {
        requestId: request.requestId,
        payload: request.payload,
        clientContext: request.clientContext,
        credentials,
        endpointUrl: request.endpointUrl,
        tailLog: request.tailLog,
        signal: request.signal,
      });
      const now = clock.now();
      recordLambdaMetric(metrics, now, metricTarget, "Invocations", 1);
      recordLambdaMetric(metrics, now, metricTarget, "Duration", outcome.usage.durationMs);
      if (outcome.kind === "function-error") recordLambdaMetric(metrics, now, metricTarget, "Errors", 1);
      return { kind: "ran", outcome };
    } finally {
      slot.release();
    }
  }

  /**
   * Sends a worker's log lines to the function's log group, as Lambda does under its execution role. Lambda
   * delivers logs asynchronously: the write starts after this turn of the event loop, so the answer to the
   * invocation that produced the lines is sent first and does not wait for their commit.
   */
  appendLogs(spec: FunctionVersionSpec, streamName: string, lines: readonly FunctionLogLine[]): void {
    const written = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.writeLogs(spec, streamName, lines),
    );
    this.pendingLogs.add(written);
    void written.finally(() => this.pendingLogs.delete(written));
  }

  private writeLogs(
    spec: FunctionVersionSpec,
    streamName: string,
    lines: readonly FunctionLogLine[],
  ): Promise<void> {
    return Promise.all([this.core.use("logs"), this.core.use("iam")])
      .then(([logs, iam]) => {
        const record = this.model.get(spec.accountId, spec.region, spec.functionName);
        const role = record?.versions.find((version) => version.version === spec.version)?.config.Role;
        const groupArn = `arn:aws:logs:${spec.region}:${spec.accountId}:log-group:${spec.logGroup}`;
        const identity = role === undefined ? [] : iam.identityPolicies(role);
        // The role's own policies decide whether Lambda may create the group, as with AWSLambdaBasicExecutionRole.
        const createGroup =
          role !== undefined &&
          evaluate({
            request: {
              principal: { type: "role", arn: role },
              action: "logs:CreateLogGroup",
              resource: groupArn,
              time: this.core.clock.now(),
            },
            resourceAccount: spec.accountId,
            identityPolicies: identity,
          }).decision === "Allow";
        const result = this.core.store.transaction(() =>
          logs.append(spec.accountId, spec.region, spec.logGroup, streamName, lines, { createGroup }),
        );
        if (result.appended) this.droppedLogs.delete(spec.logGroup);
        else this.logDropped(spec, result.detail);
      })
      .catch((error: unknown) => this.logDropped(spec, String(error)));
  }

  /** Says once per log group (until lines reach it again) that a function's logs are dropped, not per invocation. */
  private logDropped(spec: FunctionVersionSpec, why: string): void {
    if (this.droppedLogs.has(spec.logGroup)) return;
    this.droppedLogs.add(spec.logGroup);
    this.core.log(`lambda: logs of ${spec.functionName} dropped until ${spec.logGroup} takes them: ${why}`);
  }

  /** The function's code or configuration changed: its warm workers must not serve it any more. */
  retire(record: FunctionRecord): void {
    this.executor.retire(record.accountId, record.region, record.name, LATEST);
  }

  /** The function (or one version of it) is gone. */
  forget(record: FunctionRecord, version?: string): void {
    this.executor.retire(record.accountId, record.region, record.name, version);
  }

  /** Stops the workers, then writes the log lines they sent last, before the store closes. */
  async close(): Promise<void> {
    await this.executor.close();
    await Promise.all(this.pendingLogs);
  }

  private spec(record: FunctionRecord, version: VersionRecord): FunctionVersionSpec {
    const { config } = version;
    return {
      accountId: record.accountId,
      region: record.region,
      functionName: record.name,
      version: version.version,
      functionArn: functionArn(record, version.version),
      runtime: config.Runtime ?? "",
      handler: config.Handler ?? "",
      memorySizeMb: config.MemorySize ?? 128,
      timeoutSeconds: config.Timeout ?? 3,
      environment: config.Environment?.Variables ?? {},
      codeSha256: config.CodeSha256,
      code: () => this.model.code(config.CodeSha256),
      logGroup: config.LoggingConfig?.LogGroup ?? `/aws/lambda/${record.name}`,
      logFormat: config.LoggingConfig?.LogFormat === "JSON" ? "JSON" : "Text",
      revision: `${config.CodeSha256}:${config.LastModified}`,
    };
  }

  /**
   * The execution role's session (`assumed-role/ROLE/FUNCTION`, as Lambda names it), reused until shortly
   * before it expires.
   */
  private async credentials(roleArn: string, functionName: string): Promise<ServiceSessionCredentials> {
    const now = this.core.clock.now();
    const key = `${roleArn}\u0000${functionName}`;
    const cached = this.sessions.get(key);
    if (cached !== undefined && cached.expiresAt - SESSION_RENEW_MS > now) return cached;
    const sts = await this.core.use("sts");
    const result = this.core.store.transaction(() =>
      sts.assumeRoleForService(roleArn, functionName, "lambda.amazonaws.com", SESSION_SECONDS),
    );
    if (!result.issued) {
      throw LambdaErrors.invalidParameterValue(
        `The role defined for the function cannot be assumed by Lambda: ${result.detail}`,
      );
    }
    this.sessions.set(key, result.credentials);
    return result.credentials;
  }
}
