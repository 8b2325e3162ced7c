import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { findConsumer, type ConsumerRefInput } from "../consumers.js";

export const DeregisterStreamConsumer = kinesisAction<ConsumerRefInput>(
  operations.DeregisterStreamConsumer,
  (model, input) => {
    const { stream, consumer } = findConsumer(model, input);
    if (consumer.status !== "DELETING") {
      model.update(
        stream,
        () => {
          consumer.status = "DELETING";
        },
        false,
      );
      model.scheduleConsumerTransition(stream, consumer);
    }
    return {};
  },
);
