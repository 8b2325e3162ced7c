import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";
import { DEFAULT_MAX_RECORD_SIZE_KIB, ON_DEMAND_INITIAL_SHARDS } from "../model.js";
import { checkTagCount } from "../tags.js";
import type { StreamMode } from "../streams.js";

interface Input {
  StreamName: string;
  ShardCount?: number;
  StreamModeDetails?: { StreamMode: StreamMode };
  Tags?: Record<string, string>;
  MaxRecordSizeInKiB?: number;
}

export const CreateStream = kinesisAction<Input>(operations.CreateStream, (model, input, ctx) => {
  const mode = input.StreamModeDetails?.StreamMode ?? "PROVISIONED";
  if (mode === "PROVISIONED" && input.ShardCount === undefined)
    throw KinesisErrors.invalidArgument(
      "ShardCount is required for a PROVISIONED stream: give ShardCount, or StreamModeDetails.StreamMode ON_DEMAND.",
    );
  const tags = input.Tags ?? {};
  checkTagCount(input.StreamName, ctx.accountId, Object.keys(tags).length);
  model.createStream(
    { accountId: ctx.accountId, region: ctx.region, name: input.StreamName },
    mode === "ON_DEMAND" ? (input.ShardCount ?? ON_DEMAND_INITIAL_SHARDS) : (input.ShardCount as number),
    mode,
    tags,
    input.MaxRecordSizeInKiB ?? DEFAULT_MAX_RECORD_SIZE_KIB,
  );
  return {};
});
