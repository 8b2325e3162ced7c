import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { consumerArn, consumerView, MAX_CONSUMERS_PER_STREAM } from "../consumers.js";
import { KinesisErrors } from "../errors.js";
import { refFromArn } from "../streamRef.js";

interface Input {
  StreamARN: string;
  ConsumerName: string;
  Tags?: Record<string, string>;
}

export const RegisterStreamConsumer = kinesisAction<Input>(
  operations.RegisterStreamConsumer,
  (model, input) => {
    const stream = model.findReadable(refFromArn(input.StreamARN));
    if (stream.consumers.some((consumer) => consumer.name === input.ConsumerName))
      throw KinesisErrors.resourceInUse(
        `Consumer ${input.ConsumerName} under stream ${stream.name} under account ${stream.accountId} already exists.`,
      );
    if (stream.consumers.length >= MAX_CONSUMERS_PER_STREAM)
      throw KinesisErrors.limitExceeded(
        `Stream ${stream.name} already has ${MAX_CONSUMERS_PER_STREAM} consumers, the most a stream may have: deregister one first.`,
      );
    const createdAt = model.now();
    const consumer = {
      name: input.ConsumerName,
      arn: consumerArn(stream, input.ConsumerName, createdAt),
      status: "CREATING" as const,
      createdAt,
    };
    model.update(stream, () => stream.consumers.push(consumer), false);
    model.scheduleConsumerTransition(stream, consumer);
    return { Consumer: consumerView(consumer) };
  },
);
