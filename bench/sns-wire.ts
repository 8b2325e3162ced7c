import { MESSAGE_BODY, batchEntryIds } from "./sqs-wire.js";

/**
 * Raw SNS query-protocol requests, pre-serialised once for the load generator, and the ceiling's replies.
 * The credential scope names `sns`: the emulator and moto pick the service from it.
 */
export const SNS_AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/sns/aws4_request, " +
  `SignedHeaders=content-type;host, Signature=${"0".repeat(64)}`;

export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

const VERSION = "2010-03-31";

export function publishBody(topicArn: string): string {
  return new URLSearchParams({
    Action: "Publish",
    Version: VERSION,
    TopicArn: topicArn,
    Message: MESSAGE_BODY,
  }).toString();
}

export function publishBatchBody(topicArn: string): string {
  const params = new URLSearchParams({ Action: "PublishBatch", Version: VERSION, TopicArn: topicArn });
  batchEntryIds().forEach((id, i) => {
    params.set(`PublishBatchRequestEntries.member.${i + 1}.Id`, id);
    params.set(`PublishBatchRequestEntries.member.${i + 1}.Message`, MESSAGE_BODY);
  });
  return params.toString();
}

const NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
const MESSAGE_ID = "00000000-0000-4000-8000-000000000000";

/** What the no-op ceiling answers to the SNS calls of the bench. */
export function snsCeilingReply(action: string): string | undefined {
  let result: string;
  if (action === "Publish") result = `<MessageId>${MESSAGE_ID}</MessageId>`;
  else if (action === "PublishBatch") {
    const members = batchEntryIds()
      .map((id) => `<member><Id>${id}</Id><MessageId>${MESSAGE_ID}</MessageId></member>`)
      .join("");
    result = `<Successful>${members}</Successful><Failed/>`;
  } else return undefined;
  return (
    `<?xml version="1.0"?><${action}Response xmlns="${NAMESPACE}"><${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${MESSAGE_ID}</RequestId></ResponseMetadata></${action}Response>`
  );
}
