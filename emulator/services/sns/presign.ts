import { uuid } from "../../core/uuid.js";
import { notificationStringToSign } from "./envelope.js";
import { messageFor, type PreparedMessage } from "./message.js";
import type { Topic } from "./model.js";
import type { SnsService } from "./service.js";
import { isRawDelivery } from "./subscriptionAttributes.js";

/** What a message signed inside its transaction starts with (NotificationEnvelopes copies it). */
const NO_SIGNATURES: ReadonlyMap<string, string> = new Map();

/** Protocols whose subscribers get the signed JSON envelope unless raw delivery is on. */
const ENVELOPE_PROTOCOLS = new Set(["sqs", "http", "https"]);

/** A message's identity, fixed before its transaction, with the signatures its envelope subscribers need. */
export interface SignedMessage {
  readonly messageId: string;
  readonly now: number;
  readonly signatureVersion: string;
  /** Signature per distinct message text (MessageStructure `json` gives one per protocol). */
  readonly signatures: ReadonlyMap<string, string>;
}

/**
 * Names and signs a message ahead of the publish's transaction, on libuv's thread pool, for each distinct text
 * the topic's envelope subscribers will get. A subscription added meanwhile is signed for inside the
 * transaction instead. Raw-only topics sign nothing, and get their answer at once rather than a promise: the
 * publish then needs no second look at the topic, and no turn of the event loop.
 */
export function signAhead(
  service: SnsService,
  topic: Topic,
  message: PreparedMessage,
): SignedMessage | Promise<SignedMessage> {
  const named = namedMessage(service, topic);
  let texts: Set<string> | undefined;
  for (const { subscription } of service.model.liveSubscriptions(topic)) {
    if (
      subscription.confirmed &&
      ENVELOPE_PROTOCOLS.has(subscription.protocol) &&
      !isRawDelivery(subscription)
    ) {
      (texts ??= new Set()).add(messageFor(message, subscription.protocol));
    }
  }
  return texts === undefined ? named : signTexts(service, topic, message, named, texts);
}

async function signTexts(
  service: SnsService,
  topic: Topic,
  message: PreparedMessage,
  named: SignedMessage,
  texts: ReadonlySet<string>,
): Promise<SignedMessage> {
  const { messageId, now, signatureVersion } = named;
  const facts = {
    messageId,
    subject: message.subject,
    timestamp: new Date(now).toISOString(),
    topicArn: topic.arn,
  };
  const signatures = new Map<string, string>();
  await Promise.all(
    [...texts].map(async (text) => {
      signatures.set(
        text,
        await service.signer.signAsync(notificationStringToSign(facts, text), signatureVersion),
      );
    }),
  );
  return { messageId, now, signatureVersion, signatures };
}

/**
 * A message named now and signed later, inside its transaction, as its envelopes are built: for publishes that
 * must complete synchronously (a service publishing through SNS's interface).
 */
export function namedMessage(service: SnsService, topic: Topic): SignedMessage {
  return {
    messageId: uuid(),
    now: service.clock.now(),
    signatureVersion: topic.attributes.SignatureVersion ?? "1",
    signatures: NO_SIGNATURES,
  };
}
