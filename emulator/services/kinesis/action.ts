import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionInput, ActionOutput, RequestContext } from "../../core/service.js";
import { authorize } from "./access.js";
import { kinesisReporter } from "./errors.js";
import type { KinesisModel } from "./model.js";
import { refFromArn, streamRef, type StreamRef } from "./streamRef.js";

export type KinesisAction = (model: KinesisModel) => ActionDefinition;

/**
 * One Kinesis action: the generated operation gives its wire shapes and the constraints checked before `run`
 * (all violations in one ValidationException, as Coral reports them); `run` checks only what AWS states in
 * prose beyond the model.
 */
export function kinesisAction<Input>(
  operation: ModelOperation,
  run: (model: KinesisModel, input: Input, ctx: RequestContext) => ActionOutput,
): KinesisAction {
  return (model) => ({
    name: operation.name,
    input: operation.input,
    output: operation.output,
    handle(input, ctx) {
      validateModelInput(input, operation.input, kinesisReporter);
      const target = targetStream(input, ctx);
      if (target !== undefined) authorize(model, target, operation.name, ctx);
      return run(model, input as Input, ctx);
    },
  });
}

/**
 * The stream a call acts on, as its input names it (StreamARN, StreamName, ResourceARN or a consumer's ARN),
 * for the resource policy check; undefined when the input names none or names it badly (the action reports).
 */
function targetStream(input: ActionInput, ctx: RequestContext): StreamRef | undefined {
  try {
    if (typeof input.ResourceARN === "string") return refFromArn(input.ResourceARN);
    if (typeof input.ConsumerARN === "string" && input.StreamARN === undefined)
      return refFromArn(input.ConsumerARN.slice(0, input.ConsumerARN.indexOf("/consumer/")));
    if (typeof input.StreamARN === "string" || typeof input.StreamName === "string")
      return streamRef(input, ctx);
  } catch {
    return undefined;
  }
  return undefined;
}

/** Epoch ms as the JSON protocols carry timestamps: epoch seconds with a fraction. */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

/** A timestamp input (epoch seconds as a number, or a date string) in epoch ms. */
export function timestampMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value * 1000;
  const parsed = Date.parse(String(value));
  return Number.isNaN(parsed) ? Number(value) * 1000 : parsed;
}

/** Blob inputs arrive as base64 text (JSON) or bytes (CBOR). */
export function blobBytes(value: unknown): Buffer {
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return Buffer.from(String(value), "base64");
}
