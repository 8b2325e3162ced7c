import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { ON_DEMAND_STREAM_LIMIT, SHARD_LIMIT } from "../model.js";

export const DescribeLimits = kinesisAction<Record<string, never>>(
  operations.DescribeLimits,
  (model, _input, ctx) => ({
    ShardLimit: SHARD_LIMIT,
    OpenShardCount: model.openShardCount(ctx.accountId, ctx.region),
    OnDemandStreamCount: model.onDemandStreamCount(ctx.accountId, ctx.region),
    OnDemandStreamCountLimit: ON_DEMAND_STREAM_LIMIT,
  }),
);
