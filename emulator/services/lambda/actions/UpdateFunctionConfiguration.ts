import { operations, type UpdateFunctionConfigurationRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, findFunction, lastModified, newRevisionId, withVersion } from "../configuration.js";
import { checkExecutionRole, checkRuntime } from "../deployment.js";
import { functionRef } from "../functionRef.js";
import { UPDATING } from "../lifecycle.js";
import type { StoredConfiguration } from "../records.js";
import { configurationSettings, withoutUnset } from "../settings.js";
import { latestForUpdate } from "../updates.js";

export const UpdateFunctionConfiguration = lambdaAction<UpdateFunctionConfigurationRequest>(
  operations.UpdateFunctionConfiguration,
  async ({ model, lifecycle, invocations, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, undefined, ctx);
    latestForUpdate(findFunction(model, ref), input.RevisionId);
    if (input.Runtime !== undefined || input.Handler !== undefined) {
      const current = findFunction(model, ref).versions[0]?.config;
      checkRuntime(input.Runtime ?? current?.Runtime, input.Handler ?? current?.Handler);
    }
    if (input.Role !== undefined) checkExecutionRole(await core.use("iam"), input.Role, core.clock.now());
    // Read again after the awaits: another request may have changed the function meanwhile.
    const record = findFunction(model, ref);
    const latest = latestForUpdate(record, input.RevisionId);
    const config = withoutUnset({
      ...latest.config,
      ...configurationSettings(ref.name, input),
      LastModified: lastModified(core.clock.now()),
      RevisionId: newRevisionId(),
      ...UPDATING,
    }) as StoredConfiguration;
    const updated = withVersion(record, { ...latest, config });
    model.put(updated);
    invocations.retire(updated);
    lifecycle.schedule(updated);
    return { ...configurationOf(updated, { ...latest, config }, false) };
  },
);
