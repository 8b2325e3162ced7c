import { withInputRules, type InputRules } from "../../core/input-rules.js";
import type { ModelOperation, ModelStructure } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import { sqsViolationReporter } from "./errors.js";
import type { SqsModel } from "./model.js";

/** One SQS action: its generated operation, the rules AWS states in prose beyond it, and what it does. */
export interface SqsActionSpec<Input> {
  /** The operation from the generated model (emulator/generated/sqs.ts): name, input and output members. */
  operation: ModelOperation;
  /** AWS's rules beyond the model (./rules.ts), checked with the model's in member order before `run`. */
  rules?: InputRules;
  run(model: SqsModel, input: SqsInput<Input>, ctx: RequestContext): ActionOutput | Promise<ActionOutput>;
}

/** What `run` gets for a generated input type: QueueUrl may be absent (see sqsInput), the rest as the model says. */
export type SqsInput<T> = "QueueUrl" extends keyof T ? Omit<T, "QueueUrl"> & { QueueUrl?: string } : T;

/** `T` with the members a rule lifts `required` from (`{ required: false }`) made optional. */
export type Lifted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type SqsAction = (model: SqsModel) => ActionDefinition;

export function sqsAction<Input>(spec: SqsActionSpec<Input>): SqsAction {
  const input = sqsInput(spec.operation.input, spec.rules ?? {});
  return (model) => ({
    name: spec.operation.name,
    input,
    output: spec.operation.output,
    handle(value, ctx) {
      validateModelInput(value, input, sqsViolationReporter);
      return spec.run(model, value as SqsInput<Input>, ctx);
    },
  });
}

/**
 * The input an SQS action validates against. A query call may be posted to the queue's URL instead of naming it
 * in QueueUrl, so a missing QueueUrl is answered when the queue is looked up (urls.ts), not by the model.
 */
function sqsInput(shape: ModelStructure, rules: InputRules): ModelStructure {
  const takesQueueUrlFromPath = shape.required?.includes("QueueUrl") === true;
  return withInputRules(shape, takesQueueUrlFromPath ? { QueueUrl: { required: false }, ...rules } : rules);
}

/** Drops undefined members so JSON replies omit them, as SQS does. */
export function compact<T extends Record<string, unknown>>(value: T): ActionOutput {
  const out: ActionOutput = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}
