import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { ON_DEMAND_STREAM_LIMIT } from "../model.js";
import { refFromArn } from "../streamRef.js";
import type { StreamMode } from "../streams.js";

interface Input {
  StreamARN: string;
  StreamModeDetails: { StreamMode: StreamMode };
}

export const UpdateStreamMode = kinesisAction<Input>(operations.UpdateStreamMode, (model, input) => {
  const ref = refFromArn(input.StreamARN);
  const stream = model.findActive(ref);
  const mode = input.StreamModeDetails.StreamMode;
  if (stream.mode === mode)
    throw KinesisErrors.invalidArgument(`Stream ${stream.name} is already in ${mode} mode.`);
  if (mode === "ON_DEMAND" && model.onDemandStreamCount(ref.accountId, ref.region) >= ON_DEMAND_STREAM_LIMIT)
    throw KinesisErrors.limitExceeded(
      `This request would exceed the on-demand stream limit of ${ON_DEMAND_STREAM_LIMIT} for account ${ref.accountId} in ${ref.region}.`,
    );
  model.update(stream, () => {
    stream.mode = mode;
  });
  return {};
});
