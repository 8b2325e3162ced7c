import { envelopeAttributes, type MessageAttributes } from "./messageAttributes.js";
import { CONFIRMATION_FIELDS, NOTIFICATION_FIELDS, stringToSign, type MessageSigner } from "./signing.js";

/** Where the emulator serves the signing certificate, and the URLs envelopes carry. */
export function signingCertUrl(baseUrl: string, signer: MessageSigner): string {
  return `${baseUrl}${CERTIFICATE_PATH}${signer.certificateFile}`;
}

/** The path prefix of the certificate route (the service resource `sns` serves). */
export const CERTIFICATE_PATH = "/_eda/sns/";

export function unsubscribeUrl(baseUrl: string, subscriptionArn: string): string {
  return `${baseUrl}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`;
}

export function subscribeUrl(baseUrl: string, topicArn: string, token: string): string {
  return `${baseUrl}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(topicArn)}&Token=${token}`;
}

export interface NotificationFacts {
  readonly topicArn: string;
  readonly messageId: string;
  readonly sequenceNumber: string | undefined;
  readonly subject: string | undefined;
  readonly attributes: MessageAttributes | undefined;
  /** ISO 8601 with milliseconds, UTC. */
  readonly timestamp: string;
  readonly signatureVersion: string;
  readonly baseUrl: string;
}

/** AWS's string to sign of a Notification carrying `message`. */
export function notificationStringToSign(
  facts: Pick<NotificationFacts, "messageId" | "subject" | "timestamp" | "topicArn">,
  message: string,
): string {
  return stringToSign(
    {
      Message: message,
      MessageId: facts.messageId,
      Subject: facts.subject,
      Timestamp: facts.timestamp,
      TopicArn: facts.topicArn,
      Type: "Notification",
    },
    NOTIFICATION_FIELDS,
  );
}

/**
 * The JSON envelope of one published message, per subscriber. The signature covers only fields every
 * subscriber shares (not UnsubscribeURL), so each distinct message text is signed once, however many
 * subscriptions receive it; `signatures` holds those made ahead of the publish's transaction.
 */
export class NotificationEnvelopes {
  private readonly signatures: Map<string, string>;
  private readonly certUrl: string;
  private readonly attributes: Record<string, { Type: string; Value: string }> | undefined;

  constructor(
    private readonly facts: NotificationFacts,
    private readonly signer: MessageSigner,
    signatures: ReadonlyMap<string, string> = new Map(),
  ) {
    this.signatures = new Map(signatures);
    this.certUrl = signingCertUrl(facts.baseUrl, signer);
    const attributes = facts.attributes;
    this.attributes =
      attributes !== undefined && Object.keys(attributes).length > 0
        ? envelopeAttributes(attributes)
        : undefined;
  }

  envelope(message: string, subscriptionArn: string): string {
    const { facts } = this;
    return JSON.stringify({
      Type: "Notification",
      MessageId: facts.messageId,
      SequenceNumber: facts.sequenceNumber,
      TopicArn: facts.topicArn,
      Subject: facts.subject,
      Message: message,
      Timestamp: facts.timestamp,
      SignatureVersion: facts.signatureVersion,
      Signature: this.signature(message),
      SigningCertURL: this.certUrl,
      UnsubscribeURL: unsubscribeUrl(facts.baseUrl, subscriptionArn),
      MessageAttributes: this.attributes,
    });
  }

  /**
   * The `Sns` member of the event a Lambda subscriber gets: the envelope's fields with Lambda's casing
   * (SigningCertUrl, UnsubscribeUrl), Subject null when there is none and MessageAttributes always present.
   */
  lambdaNotification(message: string, subscriptionArn: string): Record<string, unknown> {
    const { facts } = this;
    return {
      Type: "Notification",
      MessageId: facts.messageId,
      TopicArn: facts.topicArn,
      Subject: facts.subject ?? null,
      Message: message,
      Timestamp: facts.timestamp,
      SignatureVersion: facts.signatureVersion,
      Signature: this.signature(message),
      SigningCertUrl: this.certUrl,
      UnsubscribeUrl: unsubscribeUrl(facts.baseUrl, subscriptionArn),
      MessageAttributes: this.attributes ?? {},
    };
  }

  private signature(message: string): string {
    let signature = this.signatures.get(message);
    if (signature === undefined) {
      signature = this.signer.sign(
        notificationStringToSign(this.facts, message),
        this.facts.signatureVersion,
      );
      this.signatures.set(message, signature);
    }
    return signature;
  }
}

/** The SubscriptionConfirmation an http/https endpoint receives, signed. */
export function confirmationMessage(
  facts: {
    topicArn: string;
    messageId: string;
    token: string;
    timestamp: string;
    signatureVersion: string;
    baseUrl: string;
  },
  signer: MessageSigner,
): string {
  const fields = {
    Type: "SubscriptionConfirmation",
    MessageId: facts.messageId,
    Token: facts.token,
    TopicArn: facts.topicArn,
    Message: `You have chosen to subscribe to the topic ${facts.topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: subscribeUrl(facts.baseUrl, facts.topicArn, facts.token),
    Timestamp: facts.timestamp,
  };
  return JSON.stringify({
    ...fields,
    SignatureVersion: facts.signatureVersion,
    Signature: signer.sign(stringToSign(fields, CONFIRMATION_FIELDS), facts.signatureVersion),
    SigningCertURL: signingCertUrl(facts.baseUrl, signer),
  });
}
