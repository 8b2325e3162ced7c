import { arn } from "../../core/accounts.js";
import type { Clock } from "../../core/clock.js";
import type { ServiceSummary } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import type { AlarmConfiguration, AlarmRecord, AlarmState, HistoryItem } from "./alarm.js";
import { CloudWatchErrors } from "./errors.js";
import { evaluateAlarm } from "./evaluation.js";
import type { MetricIdentity } from "./metricKey.js";
import { MetricStore } from "./metricStore.js";
import type { Sample } from "./statistics.js";
import type { MonitoringTables } from "./tables.js";

/** AWS keeps alarm history for two weeks. */
const HISTORY_MS = 14 * 86_400_000;
/** Alarms on periods of a minute or more are evaluated every minute; shorter periods, every period. */
const EVALUATION_INTERVAL_MS = 60_000;

/** Called after an alarm changed state, to run the actions of its new state. */
export type StateChangeListener = (alarm: AlarmRecord, oldState: AlarmState) => void;

export interface MonitoringOptions {
  /** How long datapoints are kept (ms). */
  readonly retentionMs: number;
}

/** CloudWatch's metrics, alarms and alarm history per account and region. */
export class MonitoringModel {
  readonly metrics = new MetricStore();
  private readonly alarmsByRegion = new Map<string, Map<string, AlarmRecord>>();
  private history: HistoryItem[] = [];
  private historyOwners: { accountId: string; region: string }[] = [];
  onStateChange: StateChangeListener = () => {};
  /** Called when an alarm is created or updated (CloudWatch starts sampling the gauges it may watch). */
  onAlarmPut: (config: AlarmConfiguration) => void = () => {};

  constructor(
    readonly clock: Clock,
    readonly store: Store,
    readonly options: MonitoringOptions,
    private readonly tables: MonitoringTables | undefined,
  ) {
    this.restore();
  }

  alarms(accountId: string, region: string): Map<string, AlarmRecord> {
    const key = `${accountId}/${region}`;
    let alarms = this.alarmsByRegion.get(key);
    if (alarms === undefined) this.alarmsByRegion.set(key, (alarms = new Map<string, AlarmRecord>()));
    return alarms;
  }

  alarm(accountId: string, region: string, name: string): AlarmRecord {
    const alarm = this.alarms(accountId, region).get(name);
    if (alarm === undefined) throw CloudWatchErrors.resourceNotFound(`Alarm ${name} not found`);
    return alarm;
  }

  alarmArn(accountId: string, region: string, name: string): string {
    return arn("cloudwatch", region, accountId, `alarm:${name}`);
  }

  /** Creates or replaces an alarm's configuration; an existing alarm keeps its state, as on AWS. */
  putAlarm(
    accountId: string,
    region: string,
    config: AlarmConfiguration,
    tags: { Key: string; Value: string }[],
  ): void {
    const now = this.clock.now();
    this.onAlarmPut(config);
    const existing = this.alarms(accountId, region).get(config.AlarmName);
    if (existing !== undefined) {
      existing.config = config;
      existing.configUpdatedAt = now;
      this.saveAlarm(existing);
      this.recordHistory(existing, "ConfigurationUpdate", `Alarm "${config.AlarmName}" updated`, {
        type: "Update",
      });
      return;
    }
    const alarm: AlarmRecord = {
      accountId,
      region,
      arn: this.alarmArn(accountId, region, config.AlarmName),
      config,
      configUpdatedAt: now,
      state: "INSUFFICIENT_DATA",
      stateReason: "Unchecked: Initial alarm creation",
      stateUpdatedAt: now,
      stateTransitionedAt: now,
      tags,
      lastEvaluatedAt: now,
    };
    this.alarms(accountId, region).set(config.AlarmName, alarm);
    this.saveAlarm(alarm);
    this.recordHistory(alarm, "ConfigurationUpdate", `Alarm "${config.AlarmName}" created`, {
      type: "Create",
    });
  }

  /** Whether any alarm watches a metric of `namespace`. */
  watches(namespace: string): boolean {
    for (const alarms of this.alarmsByRegion.values()) {
      for (const alarm of alarms.values()) if (alarm.config.Namespace === namespace) return true;
    }
    return false;
  }

  deleteAlarm(alarm: AlarmRecord): void {
    this.alarms(alarm.accountId, alarm.region).delete(alarm.config.AlarmName);
    this.tables?.deleteAlarm(alarm);
  }

  saveAlarm(alarm: AlarmRecord): void {
    this.tables?.saveAlarm(alarm);
  }

  /** Moves an alarm to `state`, records the change in its history and runs its actions (when enabled). */
  setState(alarm: AlarmRecord, state: AlarmState, reason: string, reasonData: string | undefined): void {
    const oldState = alarm.state;
    const oldReason = alarm.stateReason;
    const now = this.clock.now();
    alarm.state = state;
    alarm.stateReason = reason;
    alarm.stateReasonData = reasonData;
    alarm.stateUpdatedAt = now;
    if (oldState !== state) alarm.stateTransitionedAt = now;
    this.saveAlarm(alarm);
    this.recordHistory(alarm, "StateUpdate", `Alarm updated from ${oldState} to ${state}`, {
      version: "1.0",
      oldState: { stateValue: oldState, stateReason: oldReason },
      newState: {
        stateValue: state,
        stateReason: reason,
        ...(reasonData === undefined ? {} : { stateReasonData: JSON.parse(reasonData) as unknown }),
      },
    });
    if (alarm.config.ActionsEnabled) this.onStateChange(alarm, oldState);
  }

  recordHistory(alarm: AlarmRecord, type: HistoryItem["type"], summary: string, data: unknown): void {
    const item: HistoryItem = {
      alarmName: alarm.config.AlarmName,
      timestamp: this.clock.now(),
      type,
      summary,
      data: JSON.stringify(data),
    };
    this.history.push(item);
    this.historyOwners.push({ accountId: alarm.accountId, region: alarm.region });
    this.tables?.insertHistory(alarm.accountId, alarm.region, item);
  }

  /** History items of one account and region, newest first. */
  historyOf(accountId: string, region: string): HistoryItem[] {
    const items: HistoryItem[] = [];
    for (let i = this.history.length - 1; i >= 0; i--) {
      const owner = this.historyOwners[i];
      if (owner.accountId === accountId && owner.region === region) items.push(this.history[i]);
    }
    return items;
  }

  /** Stores one datapoint (from PutMetricData or a service's own metrics). */
  addSample(accountId: string, region: string, identity: MetricIdentity, sample: Sample): void {
    const now = this.clock.now();
    const stored = this.metrics.add(accountId, region, identity, sample, now);
    this.tables?.saveSample(accountId, region, identity, stored, now);
  }

  /** Evaluates every alarm that is due; runs on the core clock. */
  evaluateDue(): void {
    const now = this.clock.now();
    for (const alarms of this.alarmsByRegion.values()) {
      for (const alarm of alarms.values()) {
        const interval = Math.min(EVALUATION_INTERVAL_MS, (alarm.config.Period ?? 60) * 1000);
        // Evaluations fall on interval boundaries (each minute, or each period when shorter), as on AWS.
        if (Math.floor(now / interval) <= Math.floor(alarm.lastEvaluatedAt / interval)) continue;
        alarm.lastEvaluatedAt = now;
        const evaluation = evaluateAlarm(alarm, this.metrics, now);
        if (evaluation === undefined || evaluation.state === alarm.state) continue;
        this.setState(alarm, evaluation.state, evaluation.reason, evaluation.reasonData);
      }
    }
  }

  /** Forgets datapoints outside the window and history older than two weeks. */
  prune(): void {
    const now = this.clock.now();
    const oldest = now - this.options.retentionMs;
    if (this.metrics.prune(oldest)) this.tables?.deleteSamplesBefore(oldest);
    const keepFrom = this.history.findIndex((item) => item.timestamp >= now - HISTORY_MS);
    const cut = keepFrom === -1 ? this.history.length : keepFrom;
    if (cut > 0) {
      this.history = this.history.slice(cut);
      this.historyOwners = this.historyOwners.slice(cut);
      this.tables?.deleteHistoryBefore(now - HISTORY_MS);
    }
  }

  /**
   * Alarms per account and region. Datapoints are left out: they are data, not resources anyone creates or
   * deletes (they age out of the window), so an emptied account reads as empty.
   */
  summary(): ServiceSummary {
    const out: ServiceSummary = {};
    for (const [key, alarms] of this.alarmsByRegion) {
      if (alarms.size === 0) continue;
      const [accountId, region] = key.split("/");
      (out[accountId] ??= {})[region] = { alarms: alarms.size };
    }
    return out;
  }

  reset(): void {
    this.alarmsByRegion.clear();
    this.metrics.clear();
    this.history = [];
    this.historyOwners = [];
    this.tables?.clear();
  }

  /** Rebuilds memory from the data dir (at start and after a failed write). */
  restore(): void {
    this.alarmsByRegion.clear();
    this.metrics.clear();
    this.history = [];
    this.historyOwners = [];
    if (this.tables === undefined) return;
    for (const alarm of this.tables.loadAlarms())
      this.alarms(alarm.accountId, alarm.region).set(alarm.config.AlarmName, alarm);
    for (const { accountId, region, item } of this.tables.loadHistory()) {
      this.history.push(item);
      this.historyOwners.push({ accountId, region });
    }
    for (const { accountId, region, identity, sample, receivedAt } of this.tables.loadSamples()) {
      this.metrics.add(accountId, region, identity, sample, receivedAt);
    }
  }
}
