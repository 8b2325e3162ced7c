import type { MetricDatum } from "../../core/metrics.js";
import { storeHealth } from "../../core/store-health.js";
import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { MonitoringAction } from "./action.js";
import { DeleteAlarms } from "./actions/DeleteAlarms.js";
import { DescribeAlarmHistory } from "./actions/DescribeAlarmHistory.js";
import { DescribeAlarms } from "./actions/DescribeAlarms.js";
import { DescribeAlarmsForMetric } from "./actions/DescribeAlarmsForMetric.js";
import { DisableAlarmActions } from "./actions/DisableAlarmActions.js";
import { EnableAlarmActions } from "./actions/EnableAlarmActions.js";
import { GetMetricData } from "./actions/GetMetricData.js";
import { GetMetricStatistics } from "./actions/GetMetricStatistics.js";
import { ListMetrics } from "./actions/ListMetrics.js";
import { ListTagsForResource } from "./actions/ListTagsForResource.js";
import { PutMetricAlarm } from "./actions/PutMetricAlarm.js";
import { PutMetricData } from "./actions/PutMetricData.js";
import { SetAlarmState } from "./actions/SetAlarmState.js";
import { TagResource } from "./actions/TagResource.js";
import { UntagResource } from "./actions/UntagResource.js";
import { monitoringEndpoint } from "./endpoint.js";
import { GaugeSampler } from "./gauges.js";
import { monitoringMigrations } from "./migrations.js";
import { MonitoringModel, type MonitoringOptions } from "./model.js";
import { alarmNotifier } from "./notifier.js";
import { MonitoringTables } from "./tables.js";

const ACTIONS: readonly MonitoringAction[] = [
  PutMetricAlarm,
  DescribeAlarms,
  DeleteAlarms,
  DescribeAlarmsForMetric,
  SetAlarmState,
  EnableAlarmActions,
  DisableAlarmActions,
  DescribeAlarmHistory,
  TagResource,
  UntagResource,
  ListTagsForResource,
  PutMetricData,
  GetMetricStatistics,
  GetMetricData,
  ListMetrics,
];

/** The shortest alarm period: alarms are looked at this often and evaluated when their interval is due. */
const EVALUATION_TICK_MS = 10_000;
const PRUNE_INTERVAL_MS = 60_000;
/** Datapoints are kept a day by default: enough for any alarm's evaluation range of periods under an hour. */
export const DEFAULT_MONITORING_OPTIONS: MonitoringOptions = { retentionMs: 24 * 3_600_000 };

/**
 * CloudWatch over awsQuery and awsJson 1.0. It stores what PutMetricData sends and what the other services
 * record through the core's metrics, evaluates alarms on the core clock and notifies their SNS topics.
 */
export function monitoringFactory(options: MonitoringOptions = DEFAULT_MONITORING_OPTIONS): ServiceFactory {
  return (context) => {
    const { store, clock } = context;
    let tables: MonitoringTables | undefined;
    if (store.database !== undefined) {
      store.migrate("monitoring", monitoringMigrations);
      tables = new MonitoringTables(store.database);
    }
    const model = new MonitoringModel(clock, store, options, tables);
    let closed = false;
    model.onStateChange = alarmNotifier(context, model, () => !closed);
    const stopRecovering = store.onRecover(() => model.restore());
    // Runs inside the recording service's transaction, so its datapoints commit with the action that made them.
    const stopListening = context.metrics.listen((datum: MetricDatum) => {
      if (datum.namespace === "AWS/SQS") gauges.wantSqs();
      const dimensions = Object.entries(datum.dimensions).map(([Name, Value]) => ({ Name, Value }));
      model.addSample(
        datum.accountId,
        datum.region,
        { namespace: datum.namespace, name: datum.name, dimensions },
        {
          timestamp: datum.timestamp,
          unit: datum.unit,
          count: 1,
          sum: datum.value,
          min: datum.value,
          max: datum.value,
          values: [[datum.value, 1]],
        },
      );
    });
    const gauges = new GaugeSampler(context, model);
    model.onAlarmPut = (config) => {
      if (config.Namespace === "AWS/SQS") gauges.wantSqs();
    };
    if (model.watches("AWS/SQS")) gauges.wantSqs();
    const evaluation = clock.every(EVALUATION_TICK_MS, () =>
      store.transaction(() => {
        gauges.sampleIfDue();
        model.evaluateDue();
      }),
    );
    const pruner = clock.every(PRUNE_INTERVAL_MS, () => store.transaction(() => model.prune()));
    const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
    const instance: ServiceInstance = {
      definition: { ...monitoringEndpoint, actions },
      health: () => storeHealth("CloudWatch", closed, store),
      close() {
        closed = true;
        evaluation.cancel();
        pruner.cancel();
        stopListening();
        stopRecovering();
        return Promise.resolve();
      },
      reset() {
        store.transaction(() => model.reset());
        return store.committed();
      },
      summary: () => model.summary(),
    };
    return instance;
  };
}

export const createMonitoringService: ServiceFactory = monitoringFactory();
