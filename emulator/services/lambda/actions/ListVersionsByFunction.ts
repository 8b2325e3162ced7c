import { operations, type ListVersionsByFunctionRequest } from "../../../generated/lambda.js";
import { lambdaAction, lambdaPage } from "../action.js";
import { configurationOf, findFunction } from "../configuration.js";
import { functionRef } from "../functionRef.js";

/** `$LATEST` then the published versions, each with its qualified ARN. */
export const ListVersionsByFunction = lambdaAction<ListVersionsByFunctionRequest>(
  operations.ListVersionsByFunction,
  ({ model }, input, ctx) => {
    const record = findFunction(model, functionRef(input.FunctionName, undefined, ctx));
    const versions = record.versions.map((version) => configurationOf(record, version, true));
    const page = lambdaPage(versions, input.Marker, input.MaxItems);
    return { Versions: page.items, NextMarker: page.nextMarker };
  },
);
