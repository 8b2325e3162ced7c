import { operations, type CreateFunctionRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { configurationOf, lastModified, newRevisionId } from "../configuration.js";
import { checkExecutionRole, checkRuntime, deploymentPackage } from "../deployment.js";
import { LambdaErrors } from "../errors.js";
import { functionRef } from "../functionRef.js";
import { CREATING } from "../lifecycle.js";
import { LATEST, type FunctionRecord, type StoredConfiguration } from "../records.js";
import { configurationSettings, defaultsFor } from "../settings.js";
import { publish } from "../versions.js";

export const CreateFunction = lambdaAction<CreateFunctionRequest>(
  operations.CreateFunction,
  async ({ model, lifecycle, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, undefined, ctx);
    if (ref.qualifier !== undefined) {
      throw LambdaErrors.invalidParameterValue(
        `A new function's name cannot carry a version or alias (:${ref.qualifier}): give its name or unqualified ARN.`,
      );
    }
    if (input.PackageType === "Image" || input.Code.ImageUri !== undefined) {
      throw LambdaErrors.invalidParameterValue(
        "Container image functions are not served by the emulator: deploy a .zip package (PackageType Zip).",
      );
    }
    checkRuntime(input.Runtime, input.Handler);
    const code = deploymentPackage(input.Code.ZipFile);
    checkExecutionRole(await core.use("iam"), input.Role, core.clock.now());
    if (model.get(ref.accountId, ref.region, ref.name) !== undefined) {
      throw LambdaErrors.resourceConflict(`Function already exist: ${ref.name}`);
    }
    const config = {
      ...defaultsFor(ref.name),
      ...configurationSettings(ref.name, input),
      ...(input.Architectures === undefined ? {} : { Architectures: input.Architectures }),
      CodeSha256: code.sha256,
      CodeSize: code.size,
      LastModified: lastModified(core.clock.now()),
      RevisionId: newRevisionId(),
      ...CREATING,
    } as StoredConfiguration;
    let record: FunctionRecord = {
      accountId: ref.accountId,
      region: ref.region,
      name: ref.name,
      versions: [{ version: LATEST, config }],
      nextVersion: 1,
      aliases: [],
      permissions: {},
      tags: input.Tags ?? {},
      eventInvokeConfigs: {},
    };
    let answered = record.versions[0] ?? { version: LATEST, config };
    if (input.Publish === true)
      ({ record, version: answered } = publish(record, undefined, core.clock.now()));
    const created = record;
    model.store.transaction(() => {
      model.putCode(code.sha256, code.zip);
      model.put(created);
    });
    lifecycle.schedule(created);
    return { ...configurationOf(created, answered, false) };
  },
);
