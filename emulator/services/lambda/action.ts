import type { ModelOperation } from "../../core/model-shapes.js";
import { validateModelInput } from "../../core/model-validation.js";
import { offsetPage } from "../../core/offset-pages.js";
import type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  AuthorizationTarget,
  RequestContext,
  ServiceContext,
} from "../../core/service.js";
import { LambdaErrors, lambdaViolationReporter } from "./errors.js";
import { functionArn, functionRef } from "./functionRef.js";
import type { Lifecycle } from "./lifecycle.js";
import { authorizeCrossAccount, functionPolicy } from "./crossAccount.js";
import type { LambdaModel } from "./model.js";
import type { AsyncQueue } from "./asyncQueue.js";
import type { Invocations } from "./invocations.js";
import type { EventSourceMappings } from "./mappings/index.js";

/** What Lambda's actions work with: the model, the state transitions, invocation, and the core's parts. */
export interface LambdaService {
  readonly model: LambdaModel;
  readonly lifecycle: Lifecycle;
  readonly invocations: Invocations;
  readonly asyncQueue: AsyncQueue;
  readonly mappings: EventSourceMappings;
  readonly core: ServiceContext;
}

export type LambdaAction = (service: LambdaService) => ActionDefinition;

/** One Lambda action: its generated operation (shapes, HTTP route, validation) and what it does once valid. */
export function lambdaAction<Input>(
  operation: ModelOperation,
  run: (service: LambdaService, input: Input, ctx: RequestContext) => ActionOutput | Promise<ActionOutput>,
  options: {
    readonly iamAction?: string;
    /** What the call acts on when it is not the function it names (event source mappings). */
    readonly authorization?: (input: ActionInput, ctx: RequestContext) => AuthorizationTarget;
  } = {},
): LambdaAction {
  const namesFunction = options.authorization === undefined && "FunctionName" in operation.input.members;
  const iamAction = options.iamAction ?? `lambda:${operation.name}`;
  return (service) => ({
    name: operation.name,
    input: operation.input,
    output: operation.output,
    http: operation.http,
    iamAction: options.iamAction,
    handle(input, ctx) {
      validateModelInput(input, operation.input, lambdaViolationReporter);
      if (namesFunction) {
        const ref = functionRef(String(input.FunctionName), qualifierOf(input), ctx);
        authorizeCrossAccount(service.model, ref, iamAction, ctx, service.core.clock.now());
      }
      return run(service, input as Input, ctx);
    },
    authorization:
      options.authorization ??
      (namesFunction ? (input, ctx) => functionAuthorization(service.model, input, ctx) : undefined),
  });
}

/**
 * Under `--enforce-iam`: a call on a function acts on its ARN (qualified when the call names a version or
 * alias), and the function's resource-based policy (AddPermission) counts beside the caller's own policies.
 */
function functionAuthorization(
  model: LambdaModel,
  input: ActionInput,
  ctx: RequestContext,
): AuthorizationTarget {
  const ref = functionRef(String(input.FunctionName), qualifierOf(input), ctx);
  return {
    resource: functionArn(ref, ref.qualifier),
    resourceAccount: ref.accountId,
    resourcePolicy: functionPolicy(model, ref),
  };
}

function qualifierOf(input: ActionInput): string | undefined {
  return typeof input.Qualifier === "string" ? input.Qualifier : undefined;
}

/** Lambda's list page size when MaxItems is absent, and its upper bound. */
const MAX_LIST_ITEMS = 50;

/** One page of a Lambda list (`Marker`/`MaxItems` in, `NextMarker` out), of at most `limit` items. */
export function lambdaPage<T>(
  items: readonly T[],
  marker: string | undefined,
  maxItems: number | undefined,
  limit = MAX_LIST_ITEMS,
): { items: T[]; nextMarker?: string } {
  const page = offsetPage(items, Math.min(maxItems ?? limit, limit), marker, () =>
    LambdaErrors.invalidParameterValue("The marker is not valid: pass the NextMarker of the previous page."),
  );
  return { items: page.items, nextMarker: page.nextToken };
}
