import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import { snsReporter } from "./errors.js";
import type { SnsService } from "./service.js";

/** One SNS action: the generated operation (shapes and constraints) and what it does once the input fits. */
export interface SnsActionSpec<Input> {
  operation: ModelOperation;
  run(service: SnsService, input: Input, ctx: RequestContext): ActionOutput | Promise<ActionOutput>;
}

export type SnsAction = (service: SnsService) => ActionDefinition;

export function snsAction<Input>(spec: SnsActionSpec<Input>): SnsAction {
  return (service) => ({
    name: spec.operation.name,
    input: spec.operation.input,
    output: spec.operation.output,
    handle(input, ctx) {
      validateModelInput(input, spec.operation.input, snsReporter);
      return spec.run(service, input as Input, ctx);
    },
  });
}
