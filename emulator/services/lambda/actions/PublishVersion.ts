import { operations, type PublishVersionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, findFunction } from "../configuration.js";
import { LambdaErrors } from "../errors.js";
import { functionRef } from "../functionRef.js";
import { latestForUpdate } from "../updates.js";
import { publish } from "../versions.js";

export const PublishVersion = lambdaAction<PublishVersionRequest>(
  operations.PublishVersion,
  ({ model, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, undefined, ctx);
    const record = findFunction(model, ref);
    const latest = latestForUpdate(record, input.RevisionId);
    if (input.CodeSha256 !== undefined && input.CodeSha256 !== latest.config.CodeSha256) {
      throw LambdaErrors.invalidParameterValue(
        `CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${latest.config.CodeSha256}). Please try again`,
      );
    }
    const published = publish(record, input.Description, core.clock.now());
    if (published.record !== record) model.put(published.record);
    return { ...configurationOf(published.record, published.version, true) };
  },
);
