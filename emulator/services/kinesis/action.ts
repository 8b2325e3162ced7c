import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import { kinesisReporter } from "./errors.js";
import type { KinesisModel } from "./model.js";

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
      return run(model, input as Input, ctx);
    },
  });
}

/** Drops undefined members so JSON replies omit them, as Kinesis does. */
export function compact<T extends Record<string, unknown>>(value: T): ActionOutput {
  const out: ActionOutput = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
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
