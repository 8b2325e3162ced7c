import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";

interface Input {
  logGroupName: string;
  kmsKeyId?: string;
  tags?: Record<string, string>;
  logGroupClass?: string;
}

export const CreateLogGroup = logsAction<Input>(operations.CreateLogGroup, (model, input, ctx) => {
  const groups = model.groups(ctx.accountId, ctx.region);
  if (groups.has(input.logGroupName)) {
    throw LogsErrors.resourceAlreadyExists("The specified log group already exists");
  }
  model.addGroup({
    accountId: ctx.accountId,
    region: ctx.region,
    name: input.logGroupName,
    creationTime: model.clock.now(),
    logGroupClass: input.logGroupClass ?? "STANDARD",
    kmsKeyId: input.kmsKeyId,
    tags: { ...input.tags },
    streams: new Map(),
  });
  return {};
});
