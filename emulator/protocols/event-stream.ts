import { EventStreamCodec } from "@smithy/core/event-streams";
import type { AwsError } from "../core/errors.js";
import type { ModelStructure } from "../core/model-shapes.js";
import type { ActionOutput, StreamMessage } from "../core/service.js";
import type { Shape, StructureShape } from "../core/shapes.js";
import type { StreamingResponse } from "./wire.js";

export const EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream";

/** The `:event-type` of the message carrying the output's members other than the event stream. */
export const INITIAL_RESPONSE = "initial-response";

/**
 * How a protocol writes event payloads: AWS encodes them in the request's protocol (JSON for awsJson, CBOR for
 * `application/x-amz-cbor-1.1`), named by the `:content-type` of each message.
 */
export interface EventPayloads {
  readonly contentType: string;
  /**
   * One message's payload; `member` is what it carries: `initial-response`, an event-stream member
   * (`SubscribeToShardEvent`), or an exception's code.
   */
  encode(member: string, payload: Record<string, unknown>): Uint8Array;
}

/** JSON payloads, as awsJson 1.1 services (Kinesis SubscribeToShard) send them. */
export function jsonPayloads(contentType: string): EventPayloads {
  return { contentType, encode: (_member, payload) => Buffer.from(JSON.stringify(payload), "utf8") };
}

/**
 * The shape of what a message carries in `output`'s reply: the output itself for the initial response, else
 * the member of its event-stream structure (an event or an exception the model declares).
 */
export function eventPayloadShape(output: StructureShape, member: string): Shape | undefined {
  if (member === INITIAL_RESPONSE) return output;
  for (const name in output.members) {
    const candidate = output.members[name];
    if (candidate.type === "structure" && (candidate as ModelStructure).eventstream) {
      return candidate.members[member];
    }
  }
  return undefined;
}

/** The reply's head (status 200, the event-stream content type) and its frames, as AWS answers. */
export function eventStreamResponse(
  initial: ActionOutput,
  messages: AsyncIterable<StreamMessage>,
  payloads: EventPayloads,
  requestId: string,
): StreamingResponse {
  return {
    head: {
      status: 200,
      headers: { "content-type": EVENT_STREAM_CONTENT_TYPE, "x-amzn-requestid": requestId },
      body: "",
    },
    frames: encodeEventStream(initial, messages, payloads),
  };
}

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString("utf8"),
  (text) => Buffer.from(text, "utf8"),
);

type Headers = Record<string, { type: "string"; value: string }>;

function frame(headers: Record<string, string>, body: Uint8Array): Uint8Array {
  const typed: Headers = {};
  for (const [name, value] of Object.entries(headers)) typed[name] = { type: "string", value };
  return codec.encode({ headers: typed, body });
}

/**
 * An event-stream reply in AWS's binary event-stream framing: the `initial-response` event with the output's
 * other members, each event with `:event-type` naming its union member, and an error as an `exception` message
 * (which clients raise as that error and which ends the stream); payloads in the protocol's encoding.
 */
async function* encodeEventStream(
  initial: ActionOutput,
  messages: AsyncIterable<StreamMessage>,
  payloads: EventPayloads,
): AsyncGenerator<Uint8Array> {
  const contentType = payloads.contentType;
  yield frame(
    { ":message-type": "event", ":event-type": INITIAL_RESPONSE, ":content-type": contentType },
    payloads.encode(INITIAL_RESPONSE, initial),
  );
  for await (const message of messages) {
    if (message.kind === "event") {
      yield frame(
        { ":message-type": "event", ":event-type": message.type, ":content-type": contentType },
        payloads.encode(message.type, message.payload),
      );
    } else {
      yield exceptionFrame(message.error, payloads);
      return;
    }
  }
}

function exceptionFrame(error: AwsError, payloads: EventPayloads): Uint8Array {
  return frame(
    { ":message-type": "exception", ":exception-type": error.code, ":content-type": payloads.contentType },
    payloads.encode(error.code, { message: error.message }),
  );
}
