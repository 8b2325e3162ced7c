import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";
import { compileFilterPattern } from "../filterPattern.js";
import { identifyGroup } from "../identify.js";
import { page } from "../pagination.js";

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNames?: string[];
  logStreamNamePrefix?: string;
  startTime?: number;
  endTime?: number;
  filterPattern?: string;
  nextToken?: string;
  limit?: number;
}

const MAX_EVENTS = 10_000;

/** Matching events of the group's streams, interleaved by time (AWS interleaves always since 2019). */
export const FilterLogEvents = logsAction<Input>(operations.FilterLogEvents, (model, input, ctx) => {
  if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined) {
    throw LogsErrors.invalidParameter(
      "logStreamNames and logStreamNamePrefix are mutually exclusive parameters.",
    );
  }
  const group = identifyGroup(model, ctx, input);
  const matches = compileFilterPattern(input.filterPattern);
  const streams = [...group.streams.values()].filter(
    (stream) =>
      (input.logStreamNames === undefined || input.logStreamNames.includes(stream.name)) &&
      (input.logStreamNamePrefix === undefined || stream.name.startsWith(input.logStreamNamePrefix)),
  );
  const found = streams
    .flatMap((stream) => stream.events.map((event) => ({ stream: stream.name, event })))
    .filter(
      ({ event }) =>
        (input.startTime === undefined || event.timestamp >= input.startTime) &&
        (input.endTime === undefined || event.timestamp <= input.endTime) &&
        matches(event.message),
    )
    .sort((a, b) => a.event.timestamp - b.event.timestamp || a.event.seq - b.event.seq);
  const result = page(found, input.limit ?? MAX_EVENTS, input.nextToken);
  return {
    events: result.items.map(({ stream, event }) => ({
      logStreamName: stream,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: String(event.seq).padStart(56, "0"),
    })),
    nextToken: result.nextToken,
  };
});
