import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  EnforceConsumerDeletion?: boolean;
}

/** Consumers are deregistered with their stream; without EnforceConsumerDeletion a stream with consumers stays. */
export const DeleteStream = kinesisAction<Input>(operations.DeleteStream, (model, input, ctx) => {
  const stream = model.find(streamRef(input, ctx));
  if (stream.consumers.length > 0 && input.EnforceConsumerDeletion !== true)
    throw KinesisErrors.resourceInUse(
      `Stream ${stream.name} under account ${stream.accountId} has registered consumers: deregister them first, or set EnforceConsumerDeletion.`,
    );
  model.deleteStream(stream);
  return {};
});
