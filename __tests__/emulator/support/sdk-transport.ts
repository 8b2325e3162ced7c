import {
  AddPermissionCommand,
  CancelMessageMoveTaskCommand,
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListDeadLetterSourceQueuesCommand,
  ListMessageMoveTasksCommand,
  ListQueueTagsCommand,
  ListQueuesCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  RemovePermissionCommand,
  SQSClient,
  SQSServiceException,
  SendMessageBatchCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  StartMessageMoveTaskCommand,
  TagQueueCommand,
  UntagQueueCommand,
} from "@aws-sdk/client-sqs";
import type { Json, JsonObject, SqsAction, SqsTransport } from "./transport.js";
import { SqsCallError, TEST_ACCESS_KEY_ID, TEST_REGION, TEST_SECRET_ACCESS_KEY } from "./transport.js";

type AnySqsCommand = Parameters<SQSClient["send"]>[0];

// Each command class takes its own input type; the table erases that, as the server is what judges the input.
const commands: Record<SqsAction, new (input: never) => unknown> = {
  CreateQueue: CreateQueueCommand,
  GetQueueUrl: GetQueueUrlCommand,
  ListQueues: ListQueuesCommand,
  DeleteQueue: DeleteQueueCommand,
  GetQueueAttributes: GetQueueAttributesCommand,
  SetQueueAttributes: SetQueueAttributesCommand,
  SendMessage: SendMessageCommand,
  SendMessageBatch: SendMessageBatchCommand,
  ReceiveMessage: ReceiveMessageCommand,
  DeleteMessage: DeleteMessageCommand,
  DeleteMessageBatch: DeleteMessageBatchCommand,
  ChangeMessageVisibility: ChangeMessageVisibilityCommand,
  ChangeMessageVisibilityBatch: ChangeMessageVisibilityBatchCommand,
  PurgeQueue: PurgeQueueCommand,
  TagQueue: TagQueueCommand,
  UntagQueue: UntagQueueCommand,
  ListQueueTags: ListQueueTagsCommand,
  ListDeadLetterSourceQueues: ListDeadLetterSourceQueuesCommand,
  StartMessageMoveTask: StartMessageMoveTaskCommand,
  ListMessageMoveTasks: ListMessageMoveTasksCommand,
  CancelMessageMoveTask: CancelMessageMoveTaskCommand,
  AddPermission: AddPermissionCommand,
  RemovePermission: RemovePermissionCommand,
};

/** The SDK wants blobs as bytes; the suite's common shape carries them as base64, like the JSON wire. */
function blobsToBytes(value: unknown, key?: string): unknown {
  if (key === "BinaryValue" && typeof value === "string") return Buffer.from(value, "base64");
  if (Array.isArray(value)) return value.map((item) => blobsToBytes(item, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blobsToBytes(v, k)]));
  }
  return value;
}

function toJson(value: unknown): Json {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === "object") {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined && k !== "$metadata") out[k] = toJson(v);
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

export interface SdkTransportOptions {
  /** The SDK validates the body MD5 of every reply by default; a few raw-ish tests switch that off. */
  md5?: boolean;
  /** The access key id to sign with; a 12-digit one acts as that account on the emulator. */
  accessKeyId?: string;
}

/** `@aws-sdk/client-sqs` in process: the SQS JSON protocol (awsJson 1.0 with query-compatible errors). */
export function createSdkTransport(endpoint: string, options: SdkTransportOptions = {}): SqsTransport {
  const client = new SQSClient({
    endpoint,
    region: TEST_REGION,
    credentials: {
      accessKeyId: options.accessKeyId ?? TEST_ACCESS_KEY_ID,
      secretAccessKey: TEST_SECRET_ACCESS_KEY,
    },
    // Retries would hide server errors behind a later success.
    maxAttempts: 1,
    ...(options.md5 === false ? { md5: false as const } : {}),
  });
  return {
    label: "SDK v3 (JSON)",
    protocol: "json",
    async call(action: SqsAction, input: JsonObject): Promise<JsonObject> {
      const command = new commands[action](blobsToBytes(input) as never);
      try {
        const output: unknown = await client.send(command as AnySqsCommand);
        return toJson(output) as JsonObject;
      } catch (err) {
        throw toCallError(err);
      }
    },
    close(): Promise<void> {
      client.destroy();
      return Promise.resolve();
    },
  };
}

function toCallError(err: unknown): unknown {
  if (err instanceof SQSServiceException) {
    // Query-compatible errors carry the query code as `Code`; without the header only the shape name is known.
    const queryCode = (err as SQSServiceException & { Code?: string }).Code;
    return new SqsCallError(queryCode ?? err.name, err.$metadata.httpStatusCode ?? 0, err.message, err.name);
  }
  if (err instanceof Error) return new SqsCallError(err.name, 0, err.message);
  return err;
}
