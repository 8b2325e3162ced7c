import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import type { StructureShape } from "../../core/shapes.js";
import { validate, type ValidationTable } from "../../core/validation.js";
import { sqsValidationErrors } from "./errors.js";
import type { SqsModel } from "./model.js";

/** One SQS action: its wire shapes, its validation table and what it does once the input passed the table. */
export interface SqsActionSpec<Input> {
  name: string;
  input: StructureShape;
  output: StructureShape;
  rules: ValidationTable;
  run(model: SqsModel, input: Input, ctx: RequestContext): ActionOutput | Promise<ActionOutput>;
}

export type SqsAction = (model: SqsModel) => ActionDefinition;

export function sqsAction<Input>(spec: SqsActionSpec<Input>): SqsAction {
  return (model) => ({
    name: spec.name,
    input: spec.input,
    output: spec.output,
    handle(input, ctx) {
      validate(input, spec.rules, sqsValidationErrors);
      return spec.run(model, input as Input, ctx);
    },
  });
}

/** Drops undefined members so JSON replies omit them, as SQS does. */
export function compact<T extends Record<string, unknown>>(value: T): ActionOutput {
  const out: ActionOutput = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}
