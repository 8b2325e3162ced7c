import { operations, type DeleteAliasRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findAlias, findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

/** Deleting an alias that does not exist succeeds, as in AWS; its permissions and invoke settings go with it. */
export const DeleteAlias = lambdaAction<DeleteAliasRequest>(
  operations.DeleteAlias,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    if (findAlias(record, input.Name) === undefined) return {};
    const { [input.Name]: _permissions, ...permissions } = record.permissions;
    const { [input.Name]: _settings, ...eventInvokeConfigs } = record.eventInvokeConfigs;
    model.put({
      ...record,
      aliases: record.aliases.filter((alias) => alias.Name !== input.Name),
      permissions,
      eventInvokeConfigs,
    });
    return {};
  },
);
