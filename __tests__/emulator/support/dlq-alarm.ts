import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from "@aws-sdk/client-cloudwatch";
import { CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import type { Envelope } from "./sns-envelope.js";
import { createQueue, REGION, uniqueName } from "./sns-fixture.js";

/**
 * The monitoring our stack deploys, in small: a queue that dead-letters after one receive, an alarm on its
 * DLQ's ApproximateNumberOfMessagesVisible (> 0 over one 60-second period, as AWS/SQS metrics allow), and the
 * alarm topic with an SQS subscription where its notifications land.
 */
export interface DlqAlarm {
  readonly sourceUrl: string;
  readonly dlqName: string;
  readonly dlqUrl: string;
  readonly topicArn: string;
  readonly inboxUrl: string;
  readonly alarmName: string;
}

export interface AlarmClients {
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  readonly cloudwatch: CloudWatchClient;
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

export function alarmClients(url: string): AlarmClients {
  const config = { endpoint: url, region: REGION, credentials };
  return { sns: new SNSClient(config), sqs: new SQSClient(config), cloudwatch: new CloudWatchClient(config) };
}

export function destroyClients(clients: AlarmClients): void {
  clients.sns.destroy();
  clients.sqs.destroy();
  clients.cloudwatch.destroy();
}

export async function setUpDlqAlarm({ sns, sqs, cloudwatch }: AlarmClients): Promise<DlqAlarm> {
  const dlq = await createQueue(sqs, "orders-dlq", {}, { allowTopics: false });
  const source = await createQueue(
    sqs,
    "orders",
    { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 1 }) },
    { allowTopics: false },
  );
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName("alarm-topic") }));
  const inbox = await createQueue(sqs, "alarm-inbox");
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: inbox.arn }));
  const dlqName = dlq.arn.split(":").pop() ?? "";
  const alarmName = uniqueName("dlq-not-empty");
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: alarmName,
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: dlqName }],
      Statistic: "Maximum",
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 0,
      ComparisonOperator: "GreaterThanThreshold",
      AlarmActions: [TopicArn ?? ""],
    }),
  );
  return {
    sourceUrl: source.url,
    dlqName,
    dlqUrl: dlq.url,
    topicArn: TopicArn ?? "",
    inboxUrl: inbox.url,
    alarmName,
  };
}

/**
 * Sends a message and receives it once without deleting it; once its visibility timeout has passed
 * (`afterVisibilityTimeout` lets that second go by), the next receive moves it to the DLQ, as SQS redrives.
 */
export async function deadLetterOneMessage(
  sqs: SQSClient,
  scenario: DlqAlarm,
  afterVisibilityTimeout: () => Promise<void>,
): Promise<void> {
  await sqs.send(new SendMessageCommand({ QueueUrl: scenario.sourceUrl, MessageBody: "order 42" }));
  const first = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: scenario.sourceUrl, VisibilityTimeout: 1, WaitTimeSeconds: 0 }),
  );
  if (first.Messages?.length !== 1) throw new Error("the message was not received from the source queue");
  await afterVisibilityTimeout();
  await sqs.send(new ReceiveMessageCommand({ QueueUrl: scenario.sourceUrl, WaitTimeSeconds: 0 }));
}

export async function visibleMessages(sqs: SQSClient, url: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["ApproximateNumberOfMessages"] }),
  );
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
}

export async function alarmState(cloudwatch: CloudWatchClient, name: string): Promise<string | undefined> {
  const { MetricAlarms } = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  return MetricAlarms?.[0]?.StateValue;
}

/** The notification waiting in the alarm topic's queue, if one arrived (no long poll: the clock may be manual). */
export async function receivedNotification(sqs: SQSClient, inboxUrl: string): Promise<Envelope | undefined> {
  const { Messages } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: inboxUrl, WaitTimeSeconds: 0, VisibilityTimeout: 300 }),
  );
  const body = Messages?.[0]?.Body;
  return body === undefined ? undefined : (JSON.parse(body) as Envelope);
}

/** What AWS's alarm notification says about this scenario's alarm going to ALARM. */
export function expectedNotification(scenario: DlqAlarm) {
  return {
    subject: `ALARM: "${scenario.alarmName}" in US East (N. Virginia)`,
    message: {
      AlarmName: scenario.alarmName,
      NewStateValue: "ALARM",
      OldStateValue: "INSUFFICIENT_DATA",
      Region: "US East (N. Virginia)",
      Trigger: {
        MetricName: "ApproximateNumberOfMessagesVisible",
        Namespace: "AWS/SQS",
        StatisticType: "Statistic",
        Statistic: "MAXIMUM",
        Dimensions: [{ value: scenario.dlqName, name: "QueueName" }],
        Period: 60,
        EvaluationPeriods: 1,
        ComparisonOperator: "GreaterThanThreshold",
        Threshold: 0,
      },
    },
  };
}
