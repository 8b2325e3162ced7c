import type { RetryPolicy } from "./retry.js";

/** A CloudEvents 1.0 event as the stack's consumers read it (see `lambda-src/envelope.ts`). */
export interface ProducerEvent {
  readonly specversion: "1.0";
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly subject?: string;
  readonly time?: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly data?: unknown;
  readonly [extension: string]: unknown;
}

/** Where a producer sends events and how. */
export interface ProducerConfig {
  /** The event topic (`terraform output topic_arn`). Events are not published to SNS when absent. */
  readonly topicArn?: string;
  /** The event stream (`terraform output stream_name`). Events are not put on Kinesis when absent. */
  readonly streamName?: string;
  /** @default the AWS SDK's region resolution (AWS_REGION, the shared config) */
  readonly region?: string;
  /** An emulator's origin; @default the AWS SDK's resolution (AWS_ENDPOINT_URL…, else AWS itself) */
  readonly endpoint?: string;
  /** @default the AWS SDK's credential chain (environment, profile, SSO, instance role …) */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
  /**
   * The stream's partition key of an event: events with the same key keep their order on one shard.
   * @default the event's `subject`, else its `id`
   */
  readonly partitionKey?: (event: ProducerEvent) => string;
  /** @default {@link DEFAULT_RETRY_POLICY} */
  readonly retry?: Partial<RetryPolicy>;
}

export function defaultPartitionKey(event: ProducerEvent): string {
  return event.subject ?? event.id;
}

/** The `terraform output -json` document: each output's value under `value`. */
export type TerraformOutputs = Readonly<Record<string, { readonly value: unknown } | undefined>>;

/**
 * The topic and stream of a deployed stack, from its `terraform output -json` (the stack names them
 * `topic_arn` and `stream_name`).
 */
export function configFromOutputs(
  outputs: TerraformOutputs,
): Pick<ProducerConfig, "topicArn" | "streamName"> {
  const text = (name: string): string | undefined => {
    const value = outputs[name]?.value;
    return typeof value === "string" && value.length > 0 ? value : undefined;
  };
  const topicArn = text("topic_arn");
  const streamName = text("stream_name");
  if (topicArn === undefined && streamName === undefined)
    throw new Error(
      "The Terraform outputs name neither topic_arn nor stream_name: pass the outputs of this project's stack (terraform output -json).",
    );
  return { topicArn, streamName };
}
