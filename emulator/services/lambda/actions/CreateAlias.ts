import { operations, type CreateAliasRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { aliasOutput, checkAliasTarget, routingOf } from "../aliases.js";
import { findAlias, findFunction, newRevisionId } from "../configuration.js";
import { LambdaErrors } from "../errors.js";
import { functionArn, functionRef } from "../functionRef.js";
import type { AliasRecord } from "../records.js";

export const CreateAlias = lambdaAction<CreateAliasRequest>(
  operations.CreateAlias,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    if (findAlias(record, input.Name) !== undefined) {
      throw LambdaErrors.resourceConflict(`Alias already exists: ${functionArn(record, input.Name)}`);
    }
    checkAliasTarget(record, input.FunctionVersion, input.RoutingConfig);
    const alias: AliasRecord = {
      Name: input.Name,
      FunctionVersion: input.FunctionVersion,
      Description: input.Description ?? "",
      ...routingOf(input.RoutingConfig),
      RevisionId: newRevisionId(),
    };
    model.put({ ...record, aliases: [...record.aliases, alias] });
    return { ...aliasOutput(record, alias) };
  },
);
