import { operations, type PutFunctionConcurrencyRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { ACCOUNT_CONCURRENCY } from "../concurrency.js";
import { findFunction } from "../configuration.js";
import { LambdaErrors } from "../errors.js";
import { functionRef } from "../functionRef.js";

/** What must stay unreserved in an account and region (AWS's default). */
const MINIMUM_UNRESERVED = 100;

export const PutFunctionConcurrency = lambdaAction<PutFunctionConcurrencyRequest>(
  operations.PutFunctionConcurrency,
  ({ model }, input, ctx) => {
    const ref = functionRef(input.FunctionName, undefined, ctx);
    const record = findFunction(model, ref);
    const reservedElsewhere = model
      .list(ref.accountId, ref.region)
      .filter((other) => other.name !== record.name)
      .reduce((sum, other) => sum + (other.reservedConcurrency ?? 0), 0);
    if (ACCOUNT_CONCURRENCY - reservedElsewhere - input.ReservedConcurrentExecutions < MINIMUM_UNRESERVED) {
      throw LambdaErrors.invalidParameterValue(
        `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MINIMUM_UNRESERVED}].`,
      );
    }
    model.put({ ...record, reservedConcurrency: input.ReservedConcurrentExecutions });
    return { ReservedConcurrentExecutions: input.ReservedConcurrentExecutions };
  },
);
