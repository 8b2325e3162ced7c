import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import { logsViolationReporter } from "./errors.js";
import type { LogsModel } from "./model.js";

export type LogsAction = (model: LogsModel) => ActionDefinition;

/** One Logs action: its generated operation (shapes and validation) and what it does once the input passed. */
export function logsAction<Input>(
  operation: ModelOperation,
  run: (model: LogsModel, input: Input, ctx: RequestContext) => ActionOutput,
): LogsAction {
  return (model) => ({
    name: operation.name,
    input: operation.input,
    output: operation.output,
    handle(input, ctx) {
      validateModelInput(input, operation.input, logsViolationReporter);
      return model.store.transaction(() => run(model, input as Input, ctx));
    },
  });
}
