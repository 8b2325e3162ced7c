import { operations } from "../../../generated/kinesis.js";
import { epochSeconds, kinesisAction } from "../action.js";
import { KinesisErrors } from "../errors.js";

interface Input {
  Limit?: number;
  ExclusiveStartStreamName?: string;
  NextToken?: string;
}

const DEFAULT_LIMIT = 100;

/** NextToken names the last stream returned, so a page starts where the last one ended whatever changed since. */
export const ListStreams = kinesisAction<Input>(operations.ListStreams, (model, input, ctx) => {
  let after = input.ExclusiveStartStreamName;
  if (input.NextToken !== undefined) {
    const decoded = Buffer.from(input.NextToken, "base64").toString("utf8");
    if (!decoded.startsWith("after:"))
      throw KinesisErrors.invalidArgument(
        "NextToken is not one ListStreams returned: give the one from its reply.",
      );
    after = decoded.slice("after:".length);
  }
  const streams = model
    .list(ctx.accountId, ctx.region)
    .filter((stream) => after === undefined || stream.name > after);
  const page = streams.slice(0, input.Limit ?? DEFAULT_LIMIT);
  const more = streams.length > page.length;
  const output: Record<string, unknown> = {
    StreamNames: page.map((stream) => stream.name),
    HasMoreStreams: more,
    StreamSummaries: page.map((stream) => ({
      StreamName: stream.name,
      StreamARN: stream.arn,
      StreamStatus: stream.status,
      StreamModeDetails: { StreamMode: stream.mode },
      StreamCreationTimestamp: epochSeconds(stream.createdAt),
    })),
  };
  if (more) output.NextToken = Buffer.from(`after:${page[page.length - 1].name}`).toString("base64");
  return output;
});
