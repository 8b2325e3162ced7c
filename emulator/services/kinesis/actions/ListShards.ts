import { operations } from "../../../generated/kinesis.js";
import { kinesisAction, timestampMs } from "../action.js";
import { KinesisErrors } from "../errors.js";
import type { KinesisModel } from "../model.js";
import { shardIndexOf } from "../sequence.js";
import { streamRef, type StreamRef } from "../streamRef.js";
import type { ShardState, StreamState } from "../streams.js";
import { shardView } from "../views.js";

type FilterType =
  | "AFTER_SHARD_ID"
  | "AT_TRIM_HORIZON"
  | "FROM_TRIM_HORIZON"
  | "AT_LATEST"
  | "AT_TIMESTAMP"
  | "FROM_TIMESTAMP";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  NextToken?: string;
  ExclusiveStartShardId?: string;
  MaxResults?: number;
  ShardFilter?: { Type: FilterType; ShardId?: string; Timestamp?: number | string };
}

const DEFAULT_MAX_RESULTS = 1000;
/** A ListShards NextToken is good for 300 seconds. */
const NEXT_TOKEN_LIFETIME_MS = 300_000;

interface Token {
  ref: StreamRef;
  after: number;
  filter?: Input["ShardFilter"];
  issuedAt: number;
}

export const ListShards = kinesisAction<Input>(operations.ListShards, (model, input, ctx) => {
  let ref: StreamRef;
  let after: number | undefined;
  let filter = input.ShardFilter;
  if (input.NextToken !== undefined) {
    if (input.StreamName !== undefined || input.StreamARN !== undefined)
      throw KinesisErrors.invalidArgument(
        "NextToken and StreamName cannot be provided together: give only the NextToken of the previous reply.",
      );
    const token = readToken(input.NextToken, model.now());
    ref = token.ref;
    after = token.after;
    filter = token.filter;
  } else {
    ref = streamRef(input, ctx);
    if (input.ExclusiveStartShardId !== undefined) after = shardIndexOrThrow(input.ExclusiveStartShardId);
  }
  const stream = model.find(ref);
  const shards = filtered(model, stream, filter).filter(
    (shard) => after === undefined || shard.index > after,
  );
  const page = shards.slice(0, input.MaxResults ?? DEFAULT_MAX_RESULTS);
  const output: Record<string, unknown> = { Shards: page.map(shardView) };
  if (shards.length > page.length) {
    const token: Token = { ref, after: page[page.length - 1].index, filter, issuedAt: model.now() };
    output.NextToken = Buffer.from(JSON.stringify(token)).toString("base64");
  }
  return output;
});

function readToken(text: string, now: number): Token {
  let token: Token;
  try {
    token = JSON.parse(Buffer.from(text, "base64").toString("utf8")) as Token;
  } catch {
    throw KinesisErrors.invalidArgument(
      "NextToken is not one ListShards returned: give the one from its reply.",
    );
  }
  if (
    typeof token?.ref?.name !== "string" ||
    typeof token.after !== "number" ||
    typeof token.issuedAt !== "number"
  )
    throw KinesisErrors.invalidArgument(
      "NextToken is not one ListShards returned: give the one from its reply.",
    );
  if (now - token.issuedAt > NEXT_TOKEN_LIFETIME_MS)
    throw KinesisErrors.expiredNextToken("The NextToken has expired: list the shards again from the start.");
  return token;
}

function shardIndexOrThrow(shardId: string): number {
  const index = shardIndexOf(shardId);
  if (index === undefined)
    throw KinesisErrors.invalidArgument(`${shardId} is no shard id: give one such as shardId-000000000000.`);
  return index;
}

/** The shards a ShardFilter selects; without one, every shard still within retention. */
function filtered(model: KinesisModel, stream: StreamState, filter: Input["ShardFilter"]): ShardState[] {
  const shards = stream.shards;
  if (filter === undefined) return shards;
  const openAt = (shard: ShardState, time: number): boolean =>
    shard.createdAt <= time && (shard.closedAt === undefined || shard.closedAt > time);
  switch (filter.Type) {
    case "AFTER_SHARD_ID": {
      if (filter.ShardId === undefined)
        throw KinesisErrors.invalidArgument("ShardFilter type AFTER_SHARD_ID needs ShardFilter.ShardId.");
      const after = shardIndexOrThrow(filter.ShardId);
      return shards.filter((shard) => shard.index > after);
    }
    case "AT_LATEST":
      return shards.filter((shard) => shard.closedAt === undefined);
    case "FROM_TRIM_HORIZON":
      return shards;
    case "AT_TRIM_HORIZON": {
      // The oldest shards still readable: those whose parents have expired.
      const live = new Set(shards.map((shard) => shard.index));
      return shards.filter(
        (shard) =>
          (shard.parent === undefined || !live.has(shard.parent)) &&
          (shard.adjacentParent === undefined || !live.has(shard.adjacentParent)),
      );
    }
    case "AT_TIMESTAMP":
    case "FROM_TIMESTAMP": {
      if (filter.Timestamp === undefined)
        throw KinesisErrors.invalidArgument(`ShardFilter type ${filter.Type} needs ShardFilter.Timestamp.`);
      const time = Math.max(timestampMs(filter.Timestamp), model.trimHorizon(stream));
      return filter.Type === "AT_TIMESTAMP"
        ? shards.filter(
            (shard) => openAt(shard, time) || (shard.createdAt > time && shard.parent === undefined),
          )
        : shards.filter((shard) => shard.closedAt === undefined || shard.closedAt > time);
    }
  }
}
