import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import type { ActionDefinition, ActionOutput, RequestContext } from "../../core/service.js";
import { cloudWatchViolationReporter } from "./errors.js";
import type { MonitoringModel } from "./model.js";

export type MonitoringAction = (model: MonitoringModel) => ActionDefinition;

/** One CloudWatch action: its generated operation (shapes, validation) and what it does once the input passed. */
export function monitoringAction<Input>(
  operation: ModelOperation,
  run: (model: MonitoringModel, input: Input, ctx: RequestContext) => ActionOutput,
): MonitoringAction {
  return (model) => ({
    name: operation.name,
    input: operation.input,
    output: operation.output,
    handle(input, ctx) {
      validateModelInput(input, operation.input, cloudWatchViolationReporter);
      return model.store.transaction(() => run(model, input as Input, ctx));
    },
  });
}

/** Timestamps reach actions as the JSON protocols carry them (epoch seconds) or as ISO text; the model uses ms. */
export function toMillis(value: number | string): number {
  return typeof value === "number" ? Math.round(value * 1000) : Date.parse(value);
}

/** What actions return for a timestamp: epoch seconds, which every protocol encoder takes. */
export function toSeconds(ms: number): number {
  return ms / 1000;
}
