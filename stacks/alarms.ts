import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { Encryption } from "./encryption.js";
import type { StackVariables } from "./variables.js";

type Comparison = "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold";
type Statistic = "Sum" | "Maximum";

export interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: Statistic;
  readonly comparison: Comparison;
  readonly threshold: number;
}

export interface AlarmsProps {
  readonly namePrefix: string;
  readonly alarmTopicName: string;
  readonly createTopic: boolean;
  readonly encryption: Encryption;
  readonly variables: StackVariables["alarm"];
}

/**
 * Metric alarms that bind to their resource through dimensions, share one period and missing-data
 * treatment, and notify the optional alarm topic plus an optional existing topic on ALARM and OK.
 */
export class Alarms extends Construct {
  readonly topic: SnsTopic | undefined;
  readonly alarms: CloudwatchMetricAlarm[] = [];
  private readonly actions: string[];

  constructor(
    scope: Construct,
    id: string,
    private readonly props: AlarmsProps,
  ) {
    super(scope, id);
    this.topic = props.createTopic
      ? new SnsTopic(this, "topic", {
          name: props.alarmTopicName,
          kmsMasterKeyId: props.encryption.keyArn,
        })
      : undefined;
    this.actions = Fn.compact([this.topic?.arn ?? "", props.variables.extraTopicArn]);
  }

  add(spec: AlarmSpec): CloudwatchMetricAlarm {
    const { variables } = this.props;
    const alarm = new CloudwatchMetricAlarm(this, spec.id, {
      alarmName: `${this.props.namePrefix}-${spec.id.replaceAll("_", "-")}`,
      alarmDescription: spec.description,
      namespace: spec.namespace,
      metricName: spec.metricName,
      dimensions: { ...spec.dimensions },
      statistic: spec.statistic,
      comparisonOperator: spec.comparison,
      threshold: spec.threshold,
      period: variables.periodSeconds,
      evaluationPeriods: 1,
      treatMissingData: variables.treatMissingData,
      alarmActions: this.actions,
      okActions: this.actions,
    });
    this.alarms.push(alarm);
    return alarm;
  }

  /** A dead-letter queue should stay empty: any visible message needs a look. */
  addQueueNotEmpty(id: string, queueName: string, what: string): void {
    this.add({
      id,
      description: `${what} has messages: something could not be processed or delivered.`,
      namespace: "AWS/SQS",
      metricName: "ApproximateNumberOfMessagesVisible",
      dimensions: { QueueName: queueName },
      statistic: "Maximum",
      comparison: "GreaterThanThreshold",
      threshold: 0,
    });
  }
}
