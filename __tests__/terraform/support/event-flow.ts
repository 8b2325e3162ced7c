import { randomUUID } from "node:crypto";
import { CloudWatchLogsClient, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { GetEventSourceMappingCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { publish, type ProducerEvent, type TerraformOutputs } from "../../../producer/index.js";

const REGION = "us-east-1";
const CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
/** How long an event gets to reach a queue or the function's log group before the test gives up. */
const ARRIVAL_LIMIT_MS = 60_000;

const text = (outputs: TerraformOutputs, name: string): string => {
  const value = outputs[name]?.value;
  if (typeof value !== "string") throw new Error(`the stack has no output ${name}`);
  return value;
};

const byName = (outputs: TerraformOutputs, name: string): Record<string, string> =>
  (outputs[name]?.value ?? {}) as Record<string, string>;

/** One order event, published to the deployed topic and put on the deployed stream by the project's producer. */
export async function publishOrder(endpoint: string, outputs: TerraformOutputs): Promise<ProducerEvent> {
  const event: ProducerEvent = {
    specversion: "1.0",
    id: randomUUID(),
    source: "urn:eda:local-apply-test",
    type: "com.example.order.created",
    subject: "order-1",
    data: { amount: 12.5 },
  };
  const [result] = await publish(
    [event],
    {
      topicArn: text(outputs, "topic_arn"),
      streamName: text(outputs, "stream_name"),
      endpoint,
      region: REGION,
      credentials: CREDENTIALS,
    },
    {},
  );
  if (result?.topic?.ok !== true || result.stream?.ok !== true)
    throw new Error(`the producer did not deliver the event: ${JSON.stringify(result)}`);
  return event;
}

async function until<T>(look: () => Promise<T | undefined>): Promise<T | undefined> {
  const deadline = performance.now() + ARRIVAL_LIMIT_MS;
  while (performance.now() < deadline) {
    const found = await look();
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The deployed queues (by short name) whose messages included `eventId` before the arrival limit. */
export async function queuesReached(
  endpoint: string,
  outputs: TerraformOutputs,
  eventId: string,
): Promise<string[]> {
  const sqs = new SQSClient({ endpoint, region: REGION, credentials: CREDENTIALS });
  try {
    const reached = await Promise.all(
      Object.entries(byName(outputs, "queue_urls")).map(async ([name, url]) => {
        const found = await until(async () => {
          const { Messages = [] } = await sqs.send(
            new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
          );
          return Messages.some((message) => message.Body?.includes(eventId)) ? name : undefined;
        });
        return found;
      }),
    );
    return reached.filter((name): name is string => name !== undefined).sort();
  } finally {
    sqs.destroy();
  }
}

/** The deployed function's log lines (JSON, as its logging config says) that mention `eventId`. */
export async function functionLogLines(
  endpoint: string,
  outputs: TerraformOutputs,
  eventId: string,
): Promise<Record<string, unknown>[]> {
  const logs = new CloudWatchLogsClient({ endpoint, region: REGION, credentials: CREDENTIALS });
  try {
    const found = await until(async () => {
      const { events = [] } = await logs.send(
        new FilterLogEventsCommand({ logGroupName: text(outputs, "function_log_group_name") }),
      );
      const lines = events
        .map((event) => event.message ?? "")
        .filter((message) => message.includes(eventId))
        .map((message) => JSON.parse(message) as Record<string, unknown>);
      if (lines.length > 0) return lines;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return undefined;
    });
    return found ?? [];
  } finally {
    logs.destroy();
  }
}

/** The deployed stream-to-function mapping as GetEventSourceMapping reports it once it has processed a batch. */
export async function mappingStatus(
  endpoint: string,
  outputs: TerraformOutputs,
): Promise<{ state?: string; lastProcessingResult?: string }> {
  const lambda = new LambdaClient({ endpoint, region: REGION, credentials: CREDENTIALS });
  const uuid = text(outputs, "event_source_mapping_uuid");
  const read = async () => {
    const mapping = await lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }));
    return { state: mapping.State, lastProcessingResult: mapping.LastProcessingResult };
  };
  try {
    const processed = await until(async () => {
      const status = await read();
      if (status.lastProcessingResult !== "No records processed") return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return undefined;
    });
    return processed ?? (await read());
  } finally {
    lambda.destroy();
  }
}
