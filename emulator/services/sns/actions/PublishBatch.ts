import { AwsError } from "../../../core/errors.js";
import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { SnsErrors } from "../errors.js";
import { publishMessage } from "../fanout.js";
import { signAhead } from "../presign.js";
import { authorizedTopic } from "../topicAccess.js";
import { MAX_MESSAGE_BYTES, prepareMessage, type PreparedMessage, type PublishRequest } from "../message.js";

const MAX_ENTRIES = 10;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

type Entry = PublishRequest & { Id: string };

export const PublishBatch = snsAction<{ TopicArn: string; PublishBatchRequestEntries: Entry[] }>({
  operation: operations.PublishBatch,
  async run(service, input, ctx) {
    // PublishBatch authorizes as SNS:Publish, as AWS documents.
    const topic = authorizedTopic(service, ctx, input.TopicArn, "Publish");
    const entries = input.PublishBatchRequestEntries;
    checkBatch(entries);
    const failed: Record<string, unknown>[] = [];
    const accepted: { id: string; message: PreparedMessage }[] = [];
    for (const entry of entries) {
      try {
        accepted.push({ id: entry.Id, message: prepareMessage(topic, entry) });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        failed.push({
          Id: entry.Id,
          Code: error.queryCode,
          Message: error.message,
          SenderFault: error.fault === "Sender",
        });
      }
    }
    const signed = await Promise.all(
      accepted.map(({ message }) => Promise.resolve(signAhead(service, topic, message))),
    );
    // Looked up again: the topic may have been deleted, or its policy changed, while the messages were signed.
    const current = authorizedTopic(service, ctx, input.TopicArn, "Publish");
    const successful = service.store.joinTransaction(() =>
      accepted.map(({ id, message }, i) => ({
        Id: id,
        ...publishMessage(service, current, message, signed[i], ctx),
      })),
    );
    return { Successful: successful, Failed: failed };
  },
});

/** The errors that fail a whole batch, in the order SNS checks them. */
function checkBatch(entries: readonly Entry[]): void {
  if (entries.length === 0) {
    throw SnsErrors.emptyBatchRequest("The batch request doesn't contain any entries");
  }
  if (entries.length > MAX_ENTRIES) {
    throw SnsErrors.tooManyEntriesInBatchRequest("The batch request contains more entries than permissible");
  }
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.Id)) {
      throw SnsErrors.batchEntryIdsNotDistinct("Two or more batch entries in the request have the same Id");
    }
    ids.add(entry.Id);
    if (!ENTRY_ID.test(entry.Id)) {
      throw SnsErrors.invalidBatchEntryId(
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long",
      );
    }
  }
  let total = 0;
  for (const entry of entries) {
    total += Buffer.byteLength(entry.Message);
    for (const [name, value] of Object.entries(entry.MessageAttributes ?? {})) {
      total += Buffer.byteLength(name) + Buffer.byteLength(value.DataType);
      total +=
        value.BinaryValue !== undefined
          ? Buffer.byteLength(value.BinaryValue, "base64")
          : Buffer.byteLength(value.StringValue ?? "");
    }
  }
  if (total > MAX_MESSAGE_BYTES) {
    throw SnsErrors.batchRequestTooLong("The length of all the messages put together is more than the limit");
  }
}
