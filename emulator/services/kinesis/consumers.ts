import { epochSeconds } from "./action.js";
import { KinesisErrors } from "./errors.js";
import type { KinesisModel } from "./model.js";
import { refFromArn } from "./streamRef.js";
import type { ConsumerState, StreamState } from "./streams.js";

/** Consumers a stream may have registered at once. */
export const MAX_CONSUMERS_PER_STREAM = 20;

/** `<stream ARN>/consumer/<name>:<creation epoch seconds>`, as AWS forms consumer ARNs. */
export function consumerArn(stream: StreamState, name: string, createdAt: number): string {
  return `${stream.arn}/consumer/${name}:${Math.floor(createdAt / 1000)}`;
}

export interface ConsumerRefInput {
  StreamARN?: string;
  ConsumerName?: string;
  ConsumerARN?: string;
}

/** The stream and consumer a call names, by ConsumerARN or by StreamARN with ConsumerName. */
export function findConsumer(
  model: KinesisModel,
  input: ConsumerRefInput,
): { stream: StreamState; consumer: ConsumerState } {
  if (input.ConsumerARN !== undefined) {
    const streamPart = input.ConsumerARN.slice(0, input.ConsumerARN.indexOf("/consumer/"));
    const stream = model.find(refFromArn(streamPart));
    const consumer = stream.consumers.find((candidate) => candidate.arn === input.ConsumerARN);
    if (consumer === undefined) throw consumerNotFound(input.ConsumerARN);
    return { stream, consumer };
  }
  if (input.StreamARN === undefined || input.ConsumerName === undefined)
    throw KinesisErrors.invalidArgument("Give ConsumerARN, or both StreamARN and ConsumerName.");
  const stream = model.find(refFromArn(input.StreamARN));
  const consumer = stream.consumers.find((candidate) => candidate.name === input.ConsumerName);
  if (consumer === undefined) throw consumerNotFound(`${input.StreamARN}/consumer/${input.ConsumerName}`);
  return { stream, consumer };
}

function consumerNotFound(what: string) {
  return KinesisErrors.resourceNotFound(`Consumer ${what} not found.`);
}

export function consumerView(consumer: ConsumerState): Record<string, unknown> {
  return {
    ConsumerName: consumer.name,
    ConsumerARN: consumer.arn,
    ConsumerStatus: consumer.status,
    ConsumerCreationTimestamp: epochSeconds(consumer.createdAt),
  };
}
