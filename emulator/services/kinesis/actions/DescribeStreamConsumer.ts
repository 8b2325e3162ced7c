import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { consumerView, findConsumer, type ConsumerRefInput } from "../consumers.js";

export const DescribeStreamConsumer = kinesisAction<ConsumerRefInput>(
  operations.DescribeStreamConsumer,
  (model, input) => {
    const { stream, consumer } = findConsumer(model, input);
    return { ConsumerDescription: { ...consumerView(consumer), StreamARN: stream.arn } };
  },
);
