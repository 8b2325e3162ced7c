import { coralValidationMessage } from "./coral-validation.js";
import type { AwsError } from "./errors.js";
import type { ModelOperation } from "./model-shapes.js";
import { validateModelInput, type ViolationReporter } from "./model-validation.js";
import type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  AuthorizationTarget,
  RequestContext,
} from "./service.js";

/**
 * An action of a service whose shapes come from the generated model: the input is validated against the model
 * before `run` sees it.
 */
export interface ModelActionSpec<Input> {
  readonly operation: ModelOperation;
  run(input: Input, ctx: RequestContext): ActionOutput | Promise<ActionOutput>;
  readonly authorization?: (
    input: Input,
    ctx: RequestContext,
  ) => AuthorizationTarget | Promise<AuthorizationTarget>;
}

export function modelAction<Input>(
  spec: ModelActionSpec<Input>,
  reporter: ViolationReporter,
): ActionDefinition {
  const { operation, authorization } = spec;
  return {
    name: operation.name,
    input: operation.input,
    output: operation.output,
    handle(input, ctx) {
      validateModelInput(input, operation.input, reporter);
      return spec.run(input as Input, ctx);
    },
    authorization: authorization && ((input: ActionInput, ctx) => authorization(input as Input, ctx)),
  };
}

/**
 * The query services built on Coral (IAM, STS) answer every violation found, up to ten, in one
 * `ValidationError` with Coral's sentence ("1 validation error detected: Value 'a b' at 'roleName' failed to
 * satisfy constraint: …").
 */
export function queryCoralReporter(validationError: (message: string) => AwsError): ViolationReporter {
  return {
    collect: "all",
    error: (violations) => validationError(coralValidationMessage(violations)),
  };
}
