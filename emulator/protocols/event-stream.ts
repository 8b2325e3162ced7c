import { EventStreamCodec } from "@smithy/core/event-streams";
import type { AwsError } from "../core/errors.js";
import type { ActionOutput, StreamMessage } from "../core/service.js";

export const EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream";

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString("utf8"),
  (text) => Buffer.from(text, "utf8"),
);

type Headers = Record<string, { type: "string"; value: string }>;

function frame(headers: Record<string, string>, payload: Record<string, unknown>): Uint8Array {
  const typed: Headers = {};
  for (const [name, value] of Object.entries(headers)) typed[name] = { type: "string", value };
  return codec.encode({ headers: typed, body: Buffer.from(JSON.stringify(payload), "utf8") });
}

/**
 * An awsJson event-stream reply in AWS's binary event-stream framing: the `initial-response` event with the
 * output's other members, each event with `:event-type` naming its union member and a JSON payload, and an
 * error as an `exception` message (which clients raise as that error and which ends the stream).
 */
export async function* encodeEventStream(
  initial: ActionOutput,
  messages: AsyncIterable<StreamMessage>,
  payloadContentType: string,
): AsyncGenerator<Uint8Array> {
  yield frame(
    { ":message-type": "event", ":event-type": "initial-response", ":content-type": payloadContentType },
    initial,
  );
  for await (const message of messages) {
    if (message.kind === "event") {
      yield frame(
        { ":message-type": "event", ":event-type": message.type, ":content-type": payloadContentType },
        message.payload,
      );
    } else {
      yield exceptionFrame(message.error, payloadContentType);
      return;
    }
  }
}

function exceptionFrame(error: AwsError, payloadContentType: string): Uint8Array {
  return frame(
    { ":message-type": "exception", ":exception-type": error.code, ":content-type": payloadContentType },
    { message: error.message },
  );
}
