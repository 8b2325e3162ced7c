import { operations, type GetAliasRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { aliasOrNotFound, aliasOutput } from "../aliases.js";
import { findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const GetAlias = lambdaAction<GetAliasRequest>(operations.GetAlias, ({ model }, input, ctx) => {
  const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
  return { ...aliasOutput(record, aliasOrNotFound(record, input.Name)) };
});
