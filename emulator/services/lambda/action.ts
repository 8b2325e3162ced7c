import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import { offsetPage } from "../../core/offset-pages.js";
import type { ActionDefinition, ActionOutput, RequestContext, ServiceContext } from "../../core/service.js";
import { LambdaErrors, lambdaViolationReporter } from "./errors.js";
import type { Lifecycle } from "./lifecycle.js";
import type { LambdaModel } from "./model.js";
import type { AsyncQueue } from "./asyncQueue.js";
import type { Invocations } from "./invocations.js";

/** What Lambda's actions work with: the model, the state transitions, invocation, and the core's parts. */
export interface LambdaService {
  readonly model: LambdaModel;
  readonly lifecycle: Lifecycle;
  readonly invocations: Invocations;
  readonly asyncQueue: AsyncQueue;
  readonly core: ServiceContext;
}

export type LambdaAction = (service: LambdaService) => ActionDefinition;

/** One Lambda action: its generated operation (shapes, HTTP route, validation) and what it does once valid. */
export function lambdaAction<Input>(
  operation: ModelOperation,
  run: (service: LambdaService, input: Input, ctx: RequestContext) => ActionOutput | Promise<ActionOutput>,
): LambdaAction {
  return (service) => ({
    name: operation.name,
    input: operation.input,
    output: operation.output,
    http: operation.http,
    handle(input, ctx) {
      validateModelInput(input, operation.input, lambdaViolationReporter);
      return run(service, input as Input, ctx);
    },
  });
}

/** Lambda's list page size when MaxItems is absent, and its upper bound. */
const MAX_LIST_ITEMS = 50;

/** One page of a Lambda list (`Marker`/`MaxItems` in, `NextMarker` out). */
export function lambdaPage<T>(
  items: readonly T[],
  marker: string | undefined,
  maxItems: number | undefined,
): { items: T[]; nextMarker?: string } {
  const page = offsetPage(items, Math.min(maxItems ?? MAX_LIST_ITEMS, MAX_LIST_ITEMS), marker, () =>
    LambdaErrors.invalidParameterValue("The marker is not valid: pass the NextMarker of the previous page."),
  );
  return { items: page.items, nextMarker: page.nextToken };
}
