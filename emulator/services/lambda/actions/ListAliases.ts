import { operations, type ListAliasesRequest } from "../../../generated/lambda.js";
import { lambdaAction, lambdaPage } from "../action.js";
import { aliasOutput } from "../aliases.js";
import { findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const ListAliases = lambdaAction<ListAliasesRequest>(
  operations.ListAliases,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    const aliases = record.aliases
      .filter(
        (alias) => input.FunctionVersion === undefined || alias.FunctionVersion === input.FunctionVersion,
      )
      .map((alias) => aliasOutput(record, alias));
    const page = lambdaPage(aliases, input.Marker, input.MaxItems);
    return { Aliases: page.items, NextMarker: page.nextMarker };
  },
);
