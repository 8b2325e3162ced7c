import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";

interface Input {
  logGroupName: string;
  logStreamName: string;
  logEvents: { timestamp: number; message: string }[];
  sequenceToken?: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** PutLogEvents' documented limits. */
const MAX_BATCH_BYTES = 1_048_576;
const EVENT_OVERHEAD_BYTES = 26;
const MAX_SPAN_MS = DAY_MS;
const MAX_AGE_MS = 14 * DAY_MS;
const MAX_FUTURE_MS = 2 * HOUR_MS;

/**
 * Appends a batch to a stream. Sequence tokens are accepted and ignored, as AWS does since January 2023. Events
 * too far in the future, older than 14 days or older than the group's retention are not stored; the reply says
 * which through `rejectedLogEventsInfo` (its end indexes are exclusive, its start index inclusive).
 */
export const PutLogEvents = logsAction<Input>(operations.PutLogEvents, (model, input, ctx) => {
  const group = model.group(ctx.accountId, ctx.region, input.logGroupName);
  const stream = model.stream(group, input.logStreamName);
  const events = input.logEvents;
  let bytes = 0;
  for (const [index, event] of events.entries()) {
    if (index > 0 && event.timestamp < events[index - 1].timestamp) {
      throw LogsErrors.invalidParameter(
        "Log events in a single PutLogEvents request must be in chronological order.",
      );
    }
    bytes += Buffer.byteLength(event.message) + EVENT_OVERHEAD_BYTES;
  }
  if (bytes > MAX_BATCH_BYTES) {
    throw LogsErrors.invalidParameter(`Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`);
  }
  if (events.length > 0 && events[events.length - 1].timestamp - events[0].timestamp > MAX_SPAN_MS) {
    throw LogsErrors.invalidParameter(
      "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.",
    );
  }
  const now = model.clock.now();
  const expiredBefore =
    group.retentionInDays === undefined ? undefined : now - group.retentionInDays * DAY_MS;
  let tooOldEnd = 0;
  let expiredEnd = 0;
  let tooNewStart = events.length;
  for (const [index, event] of events.entries()) {
    if (event.timestamp < now - MAX_AGE_MS) tooOldEnd = index + 1;
    if (expiredBefore !== undefined && event.timestamp < expiredBefore) expiredEnd = index + 1;
    if (event.timestamp > now + MAX_FUTURE_MS && tooNewStart === events.length) tooNewStart = index;
  }
  const firstAccepted = Math.max(tooOldEnd, expiredEnd);
  const accepted = events.slice(firstAccepted, Math.max(firstAccepted, tooNewStart));
  if (accepted.length > 0) model.appendEvents(group, stream, accepted);
  const rejected = {
    tooNewLogEventStartIndex: tooNewStart < events.length ? tooNewStart : undefined,
    tooOldLogEventEndIndex: tooOldEnd > 0 ? tooOldEnd : undefined,
    expiredLogEventEndIndex: expiredEnd > 0 ? expiredEnd : undefined,
  };
  const anyRejected = Object.values(rejected).some((value) => value !== undefined);
  return {
    nextSequenceToken: String(now).padStart(56, "0"),
    rejectedLogEventsInfo: anyRejected ? rejected : undefined,
  };
});
