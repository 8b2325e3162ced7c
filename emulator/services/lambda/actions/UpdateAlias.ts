import { operations, type UpdateAliasRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { aliasOrNotFound, aliasOutput, checkAliasTarget, routingOf } from "../aliases.js";
import { findFunction, newRevisionId } from "../configuration.js";
import { revisionMismatch } from "../errors.js";
import { functionRef } from "../functionRef.js";
import type { AliasRecord } from "../records.js";

export const UpdateAlias = lambdaAction<UpdateAliasRequest>(
  operations.UpdateAlias,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    const current = aliasOrNotFound(record, input.Name);
    if (input.RevisionId !== undefined && input.RevisionId !== current.RevisionId) throw revisionMismatch();
    const routing = input.RoutingConfig ?? current.RoutingConfig;
    const version = input.FunctionVersion ?? current.FunctionVersion;
    checkAliasTarget(record, version, routing);
    const { RoutingConfig: _dropped, ...rest } = current;
    const alias: AliasRecord = {
      ...rest,
      FunctionVersion: version,
      Description: input.Description ?? current.Description,
      ...routingOf(routing),
      RevisionId: newRevisionId(),
    };
    model.put({
      ...record,
      aliases: record.aliases.map((existing) => (existing.Name === alias.Name ? alias : existing)),
    });
    return { ...aliasOutput(record, alias) };
  },
);
