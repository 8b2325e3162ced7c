import { operations, type GetFunctionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, findFunction, resolveVersion } from "../configuration.js";
import { functionRef } from "../functionRef.js";

export const GetFunction = lambdaAction<GetFunctionRequest>(
  operations.GetFunction,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const version = resolveVersion(record, ref.qualifier);
    return {
      Configuration: configurationOf(record, version, ref.qualifier !== undefined),
      // The package itself is not offered for download: AWS's Location is a presigned S3 URL.
      Code: { RepositoryType: "S3" },
      Tags: Object.keys(record.tags).length > 0 ? record.tags : undefined,
      Concurrency:
        record.reservedConcurrency === undefined
          ? undefined
          : { ReservedConcurrentExecutions: record.reservedConcurrency },
    };
  },
);
