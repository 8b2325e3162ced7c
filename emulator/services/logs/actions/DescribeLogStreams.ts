import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";
import { identifyGroup } from "../identify.js";
import type { LogStreamRecord } from "../model.js";
import { page } from "../pagination.js";

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNamePrefix?: string;
  orderBy?: "LogStreamName" | "LastEventTime";
  descending?: boolean;
  nextToken?: string;
  limit?: number;
}

export const DescribeLogStreams = logsAction<Input>(operations.DescribeLogStreams, (model, input, ctx) => {
  const group = identifyGroup(model, ctx, input);
  if (input.orderBy === "LastEventTime" && input.logStreamNamePrefix !== undefined) {
    throw LogsErrors.invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
  }
  const lastEvent = (stream: LogStreamRecord): number => stream.events.at(-1)?.timestamp ?? 0;
  const streams = [...group.streams.values()]
    .filter(
      (stream) =>
        input.logStreamNamePrefix === undefined || stream.name.startsWith(input.logStreamNamePrefix),
    )
    .sort((a, b) =>
      input.orderBy === "LastEventTime"
        ? lastEvent(a) - lastEvent(b)
        : a.name < b.name
          ? -1
          : a.name > b.name
            ? 1
            : 0,
    );
  if (input.descending === true) streams.reverse();
  const groupArn = model.groupArn(group);
  const found = page(streams, input.limit ?? 50, input.nextToken);
  return {
    logStreams: found.items.map((stream) => ({
      logStreamName: stream.name,
      creationTime: stream.creationTime,
      firstEventTimestamp: stream.events[0]?.timestamp,
      lastEventTimestamp: stream.events.at(-1)?.timestamp,
      lastIngestionTime: stream.lastIngestionTime,
      arn: `${groupArn}:log-stream:${stream.name}`,
      storedBytes: stream.storedBytes,
    })),
    nextToken: found.nextToken,
  };
});
