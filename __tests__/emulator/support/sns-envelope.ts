import { createVerify, X509Certificate } from "node:crypto";

/** An SNS Notification as SQS subscribers receive it. */
export interface Envelope {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Subject?: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  UnsubscribeURL: string;
  MessageAttributes?: Record<string, { Type: string; Value: string }>;
}

/** AWS's documented string to sign of a Notification. */
export function notificationStringToSign(envelope: Envelope): string {
  const fields: [string, string | undefined][] = [
    ["Message", envelope.Message],
    ["MessageId", envelope.MessageId],
    ["Subject", envelope.Subject],
    ["Timestamp", envelope.Timestamp],
    ["TopicArn", envelope.TopicArn],
    ["Type", envelope.Type],
  ];
  return fields.map(([name, value]) => (value === undefined ? "" : `${name}\n${value}\n`)).join("");
}

/** Whether the envelope's signature verifies against the certificate served at its SigningCertURL. */
export async function envelopeVerifies(envelope: Envelope): Promise<boolean> {
  const response = await fetch(envelope.SigningCertURL);
  if (response.status !== 200) return false;
  const certificate = new X509Certificate(await response.text());
  const algorithm = envelope.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1";
  return createVerify(algorithm)
    .update(notificationStringToSign(envelope))
    .verify(certificate.publicKey, envelope.Signature, "base64");
}
