import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  EnforceConsumerDeletion?: boolean;
}

/** Consumers are deregistered with their stream; without EnforceConsumerDeletion a stream with consumers stays. */
export const DeleteStream = kinesisAction<Input>(operations.DeleteStream, (model, input, ctx) => {
  const stream = model.find(streamRef(input, ctx));
  model.deleteStream(stream);
  return {};
});
