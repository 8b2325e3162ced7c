import type { RequestContext } from "../../core/service.js";
import { findFunction } from "./configuration.js";
import { LambdaErrors } from "./errors.js";
import { functionRef } from "./functionRef.js";
import type { LambdaModel } from "./model.js";
import type { FunctionRecord } from "./records.js";

/** The function a tagging call names by its ARN; tags belong to the function, not to versions or aliases. */
export function taggedFunction(model: LambdaModel, resource: string, ctx: RequestContext): FunctionRecord {
  const ref = functionRef(resource, undefined, ctx);
  if (ref.qualifier !== undefined) {
    throw LambdaErrors.invalidParameterValue(
      `Tags are not supported on function versions or aliases: tag the function ARN without :${ref.qualifier}.`,
    );
  }
  return findFunction(model, ref);
}
