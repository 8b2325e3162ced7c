import { operations, type ListFunctionsRequest } from "../../../generated/lambda.js";
import { lambdaAction, lambdaPage } from "../action.js";
import { configurationOf } from "../configuration.js";
import { latestOf } from "../records.js";

/** `$LATEST` of every function, or every version of every function with `FunctionVersion=ALL`. */
export const ListFunctions = lambdaAction<ListFunctionsRequest>(
  operations.ListFunctions,
  ({ model }, input, ctx) => {
    const all = input.FunctionVersion === "ALL";
    const configurations = model
      .list(ctx.accountId, ctx.region)
      .flatMap((record) =>
        all
          ? record.versions.map((version) => configurationOf(record, version, true))
          : [configurationOf(record, latestOf(record), false)],
      );
    const page = lambdaPage(configurations, input.Marker, input.MaxItems);
    return { Functions: page.items, NextMarker: page.nextMarker };
  },
);
