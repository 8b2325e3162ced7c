import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";
import { identifyGroup } from "../identify.js";

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamName: string;
  startTime?: number;
  endTime?: number;
  nextToken?: string;
  limit?: number;
  startFromHead?: boolean;
}

/** At most this many events per reply (the other bound, 1 MB, is far above what the emulator's tests send). */
const MAX_EVENTS = 10_000;

/** `f/<position>/s` reads forward from a position, `b/<position>/s` backward; positions index the time window. */
const TOKEN = /^([fb])\/(\d{56})\/s$/;
const token = (direction: "f" | "b", position: number): string =>
  `${direction}/${String(position).padStart(56, "0")}/s`;

export const GetLogEvents = logsAction<Input>(operations.GetLogEvents, (model, input, ctx) => {
  const group = identifyGroup(model, ctx, input);
  const stream = model.stream(group, input.logStreamName);
  const events = stream.events.filter(
    (event) =>
      (input.startTime === undefined || event.timestamp >= input.startTime) &&
      (input.endTime === undefined || event.timestamp < input.endTime),
  );
  const limit = input.limit ?? MAX_EVENTS;
  let start: number;
  let end: number;
  if (input.nextToken !== undefined) {
    const match = TOKEN.exec(input.nextToken);
    const position = match === null ? NaN : Number(match[2]);
    if (match === null || position > events.length) {
      throw LogsErrors.invalidParameter("The specified nextToken is invalid.");
    }
    if (match[1] === "f") [start, end] = [position, Math.min(events.length, position + limit)];
    else [start, end] = [Math.max(0, position - limit), position];
  } else if (input.startFromHead === true) {
    [start, end] = [0, Math.min(events.length, limit)];
  } else {
    [start, end] = [Math.max(0, events.length - limit), events.length];
  }
  return {
    events: events
      .slice(start, end)
      .map(({ timestamp, message, ingestionTime }) => ({ timestamp, message, ingestionTime })),
    nextForwardToken: token("f", end),
    nextBackwardToken: token("b", start),
  };
});
