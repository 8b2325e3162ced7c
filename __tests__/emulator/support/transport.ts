/**
 * The seam between the behaviour suite and the real clients it drives. A transport sends one SQS call the way
 * its client does (SDK v3 → JSON protocol, boto3 1.26 → query protocol, an `aws` CLI → either) and hands back
 * the reply in the shape of SQS's JSON protocol: API member names, blobs as base64 strings.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type SqsAction =
  | "CreateQueue"
  | "GetQueueUrl"
  | "ListQueues"
  | "DeleteQueue"
  | "GetQueueAttributes"
  | "SetQueueAttributes"
  | "SendMessage"
  | "SendMessageBatch"
  | "ReceiveMessage"
  | "DeleteMessage"
  | "DeleteMessageBatch"
  | "ChangeMessageVisibility"
  | "ChangeMessageVisibilityBatch"
  | "PurgeQueue"
  | "TagQueue"
  | "UntagQueue"
  | "ListQueueTags"
  | "ListDeadLetterSourceQueues"
  | "StartMessageMoveTask"
  | "ListMessageMoveTasks"
  | "CancelMessageMoveTask"
  | "AddPermission"
  | "RemovePermission";

export type WireProtocol = "json" | "query";

export interface SqsTransport {
  /** Human-readable client name, used in test titles. */
  readonly label: string;
  readonly protocol: WireProtocol;
  call(action: SqsAction, input: JsonObject): Promise<JsonObject>;
  close(): Promise<void>;
}

/** An error as the client reported it: AWS's error code and the HTTP status it came with. */
export class SqsCallError extends Error {
  /**
   * The error code in its query-protocol spelling (`AWS.SimpleQueueService.NonExistentQueue`), which every
   * client reports: query clients read it from `<Code>`, JSON clients from the `x-amzn-query-error` header.
   */
  readonly code: string;
  /** HTTP status; 0 when the client refused the call before sending it. */
  readonly status: number;
  /** JSON clients only: the modelled error shape the client resolved the code to (`QueueDoesNotExist`). */
  readonly shape: string | undefined;

  constructor(code: string, status: number, message: string, shape?: string) {
    super(`${code} (${status}): ${message}`);
    this.name = "SqsCallError";
    this.code = code;
    this.status = status;
    this.shape = shape;
  }
}

/** The client's constant test credentials and region; the emulator accepts any key. */
export const TEST_REGION = "us-east-1";
export const TEST_ACCESS_KEY_ID = "test";
export const TEST_SECRET_ACCESS_KEY = "test";
