import { operations, type UpdateFunctionCodeRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, findFunction, lastModified, newRevisionId, withVersion } from "../configuration.js";
import { deploymentPackage } from "../deployment.js";
import { functionRef } from "../functionRef.js";
import { UPDATING } from "../lifecycle.js";
import type { StoredConfiguration } from "../records.js";
import { latestForUpdate } from "../updates.js";
import { publish } from "../versions.js";

export const UpdateFunctionCode = lambdaAction<UpdateFunctionCodeRequest>(
  operations.UpdateFunctionCode,
  ({ model, lifecycle, invocations, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, undefined, ctx);
    const record = findFunction(model, ref);
    const latest = latestForUpdate(record, input.RevisionId);
    const code = deploymentPackage(input.ZipFile);
    const config: StoredConfiguration = {
      ...latest.config,
      ...(input.Architectures === undefined ? {} : { Architectures: input.Architectures }),
      CodeSha256: code.sha256,
      CodeSize: code.size,
      LastModified: lastModified(core.clock.now()),
      RevisionId: newRevisionId(),
      ...UPDATING,
    };
    let updated = withVersion(record, { ...latest, config });
    let answered = { ...latest, config };
    if (input.DryRun === true) return { ...configurationOf(updated, answered, false) };
    if (input.Publish === true)
      ({ record: updated, version: answered } = publish(updated, undefined, core.clock.now()));
    const stored = updated;
    model.store.transaction(() => {
      model.putCode(code.sha256, code.zip);
      model.put(stored);
      model.dropUnusedCode();
    });
    invocations.retire(stored);
    lifecycle.schedule(stored);
    return { ...configurationOf(stored, answered, false) };
  },
);
