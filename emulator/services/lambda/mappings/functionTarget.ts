import type { RequestContext } from "../../../core/service.js";
import { findFunction, resolveVersion } from "../configuration.js";
import { functionArn, functionRef } from "../functionRef.js";
import type { LambdaModel } from "../model.js";

/** The function a mapping invokes: its (qualified when named so) ARN and the execution role of that version. */
export interface MappingFunction {
  readonly arn: string;
  readonly role: string;
}

/** Resolves FunctionName (name, ARN, partial ARN, with a version or alias) as a mapping's target. */
export function mappingFunction(
  model: LambdaModel,
  functionName: string,
  ctx: RequestContext,
): MappingFunction {
  const ref = functionRef(functionName, undefined, ctx);
  const record = findFunction(model, ref);
  const version = resolveVersion(record, ref.qualifier);
  return { arn: functionArn(record, ref.qualifier), role: version.config.Role };
}
