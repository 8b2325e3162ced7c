import type { SqsMessageToDeliver } from "../../core/interfaces.js";
import { NotificationEnvelopes } from "./envelope.js";
import { attributeLookup, bodyLookup, isJsonObject } from "./filterInput.js";
import type { FilterLookup } from "../../core/filter-pattern/compile.js";
import { deliverToFunction, snsLambdaEvent } from "./lambdaDelivery.js";
import { messageFor, type PreparedMessage } from "./message.js";
import type { MessageAttributes } from "./messageAttributes.js";
import { emptyCounts, type FilteredOutReason, type PublishCounts } from "./metrics.js";
import { DEDUP_INTERVAL_MS, type LiveSubscription, type Subscription, type Topic } from "./model.js";
import type { SnsService } from "./service.js";
import type { SignedMessage } from "./presign.js";
import { deadLetterTargetOf, isRawDelivery } from "./subscriptionAttributes.js";

/** Where a publish comes from: the origin its envelopes' URLs point at and the request id dead letters carry. */
export interface PublishOrigin {
  readonly baseUrl: string;
  readonly requestId: string;
}

export interface PublishResult {
  readonly MessageId: string;
  readonly SequenceNumber?: string;
}

/**
 * One accepted publish: deduplicated (FIFO), then matched against the topic's subscriptions in one pass and
 * delivered to each matching SQS queue through SQS's interface, inside the caller's store transaction, so the
 * publish and its deliveries commit together. http/https deliveries are handed to the HTTP sender. It throws
 * nothing (a delivery that fails is counted, logged and dead-lettered), so callers run it in `joinTransaction`.
 */
export function publishMessage(
  service: SnsService,
  topic: Topic,
  message: PreparedMessage,
  signed: SignedMessage,
  origin: PublishOrigin,
): PublishResult {
  const { model } = service;
  const { now, messageId } = signed;
  if (message.deduplicationId !== undefined) {
    const duplicate = model.duplicateOf(topic, message.deduplicationId, now);
    if (duplicate !== undefined) {
      return { MessageId: duplicate.messageId, SequenceNumber: duplicate.sequenceNumber };
    }
  }
  const sequenceNumber = topic.fifo ? model.nextSequenceNumber(topic) : undefined;
  // Built on the first subscriber that needs an envelope: raw-only topics never do.
  let envelopes: NotificationEnvelopes | undefined;
  const envelopesOf = (): NotificationEnvelopes =>
    (envelopes ??= new NotificationEnvelopes(
      {
        topicArn: topic.arn,
        messageId,
        sequenceNumber,
        subject: message.subject,
        attributes: message.attributes,
        timestamp: new Date(now).toISOString(),
        signatureVersion: signed.signatureVersion,
        baseUrl: origin.baseUrl,
      },
      service.signer,
      signed.signatures,
    ));
  const counts = emptyCounts();
  const matcher = new FilterMatcher(message, counts);
  for (const live of model.liveSubscriptions(topic)) {
    const { subscription } = live;
    if (!subscription.confirmed || !matcher.matches(live)) continue;
    const text = messageFor(message, subscription.protocol);
    const raw = isRawDelivery(subscription);
    const body = raw ? text : envelopesOf().envelope(text, subscription.arn);
    switch (subscription.protocol) {
      case "sqs":
        deliverToQueue(service, topic, subscription, message, { body, raw }, counts, origin.requestId);
        break;
      case "http":
      case "https":
        service.http.notify(topic, subscription, { messageId, body, raw });
        break;
      case "lambda":
        deliverToFunction(
          service,
          topic,
          subscription,
          { event: snsLambdaEvent(envelopesOf(), text, subscription.arn), envelope: body },
          counts,
          origin.requestId,
        );
        break;
      default:
        // email, sms, application, firehose: stored, not delivered by the emulator yet.
        break;
    }
  }
  if (message.deduplicationId !== undefined) {
    model.remember(topic, message.deduplicationId, {
      messageId,
      sequenceNumber: sequenceNumber ?? "",
      expiresAt: now + DEDUP_INTERVAL_MS,
    });
  }
  service.metrics.published(topic, message.size, counts);
  return sequenceNumber === undefined
    ? { MessageId: messageId }
    : { MessageId: messageId, SequenceNumber: sequenceNumber };
}

function deliverToQueue(
  service: SnsService,
  topic: Topic,
  subscription: Subscription,
  message: PreparedMessage,
  content: { body: string; raw: boolean },
  counts: PublishCounts,
  requestId: string,
): void {
  const fifoQueue = subscription.endpoint.endsWith(".fifo");
  const delivery: SqsMessageToDeliver = {
    body: content.body,
    attributes: content.raw ? sqsAttributes(message.attributes) : undefined,
    groupId: fifoQueue ? message.groupId : undefined,
    deduplicationId: fifoQueue ? message.deduplicationId : undefined,
  };
  const caller = {
    servicePrincipal: "sns.amazonaws.com",
    sourceArn: topic.arn,
    sourceAccount: topic.accountId,
  };
  const result = service.sqs.deliver(subscription.endpoint, delivery, caller);
  if (result.delivered) {
    counts.delivered++;
    return;
  }
  counts.failed++;
  service.log(
    `sns: ${topic.arn} could not deliver to ${subscription.endpoint} (${result.reason}): ${result.detail}`,
  );
  deadLetter(service, topic, subscription, delivery, result.reason, result.detail, requestId);
}

/** Sends a message that could not be delivered to the subscription's dead-letter queue, if it has one. */
export function deadLetter(
  service: SnsService,
  topic: Topic,
  subscription: Subscription,
  delivery: SqsMessageToDeliver,
  errorCode: string,
  errorMessage: string,
  requestId: string,
): void {
  const redrivePolicy = subscription.attributes.RedrivePolicy;
  if (redrivePolicy === undefined) return;
  const target = deadLetterTargetOf(redrivePolicy);
  const fifo = target.endsWith(".fifo");
  const result = service.sqs.deliver(
    target,
    {
      body: delivery.body,
      attributes: {
        ...delivery.attributes,
        ErrorCode: { DataType: "String", StringValue: errorCode },
        ErrorMessage: { DataType: "String", StringValue: errorMessage },
        RequestID: { DataType: "String", StringValue: requestId },
      },
      groupId: fifo ? delivery.groupId : undefined,
      deduplicationId: fifo ? delivery.deduplicationId : undefined,
    },
    { servicePrincipal: "sns.amazonaws.com", sourceArn: topic.arn, sourceAccount: topic.accountId },
  );
  if (!result.delivered) {
    service.log(
      `sns: ${subscription.arn} could not dead-letter to ${target} (${result.reason}): ${result.detail}`,
    );
  }
}

/** Raw delivery to SQS: SNS attributes become SQS message attributes of the same names, types and values. */
function sqsAttributes(attributes: MessageAttributes | undefined): SqsMessageToDeliver["attributes"] {
  if (attributes === undefined || Object.keys(attributes).length === 0) return undefined;
  const out: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] =
      value.BinaryValue !== undefined
        ? { DataType: value.DataType, BinaryValue: value.BinaryValue }
        : { DataType: value.DataType, StringValue: value.StringValue };
  }
  return out;
}

/** Evaluates subscriptions' filters against one message, building each lookup once per publish. */
class FilterMatcher {
  private attributes: FilterLookup | undefined;
  private bodies: Map<string, { lookup: FilterLookup; object: boolean }> | undefined;

  constructor(
    private readonly message: PreparedMessage,
    private readonly counts: PublishCounts,
  ) {}

  matches(live: LiveSubscription): boolean {
    if (live.filter === undefined) return true;
    let lookup: FilterLookup;
    let reason: FilteredOutReason;
    if (live.scope === "MessageBody") {
      const text = messageFor(this.message, live.subscription.protocol);
      this.bodies ??= new Map();
      let body = this.bodies.get(text);
      if (body === undefined) {
        body = { lookup: bodyLookup(text), object: isJsonObject(text) };
        this.bodies.set(text, body);
      }
      lookup = body.lookup;
      reason = body.object ? "MessageBody" : "InvalidMessageBody";
    } else {
      this.attributes ??= attributeLookup(this.message.attributes);
      lookup = this.attributes;
      const hasAttributes =
        this.message.attributes !== undefined && Object.keys(this.message.attributes).length > 0;
      reason = hasAttributes ? "MessageAttributes" : "NoMessageAttributes";
    }
    if (live.filter.matches(lookup)) return true;
    this.counts.filteredOut[reason] = (this.counts.filteredOut[reason] ?? 0) + 1;
    return false;
  }
}
