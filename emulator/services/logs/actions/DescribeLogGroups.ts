import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";
import type { LogGroupRecord, LogsModel } from "../model.js";
import { page } from "../pagination.js";

interface Input {
  logGroupNamePrefix?: string;
  logGroupNamePattern?: string;
  logGroupClass?: string;
  nextToken?: string;
  limit?: number;
}

export const DescribeLogGroups = logsAction<Input>(operations.DescribeLogGroups, (model, input, ctx) => {
  if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
    throw LogsErrors.invalidParameter(
      "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.",
    );
  }
  const groups = [...model.groups(ctx.accountId, ctx.region).values()]
    .filter(
      (group) => input.logGroupNamePrefix === undefined || group.name.startsWith(input.logGroupNamePrefix),
    )
    .filter(
      // AWS matches the pattern anywhere in the name, ignoring case.
      (group) =>
        input.logGroupNamePattern === undefined ||
        group.name.toLowerCase().includes(input.logGroupNamePattern.toLowerCase()),
    )
    .filter((group) => input.logGroupClass === undefined || group.logGroupClass === input.logGroupClass)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found = page(groups, input.limit ?? 50, input.nextToken);
  return { logGroups: found.items.map((group) => describeGroup(model, group)), nextToken: found.nextToken };
});

/** The fields AWS returns for a group; `arn` ends in `:*`, `logGroupArn` does not. */
function describeGroup(model: LogsModel, group: LogGroupRecord): Record<string, unknown> {
  const arn = model.groupArn(group);
  return {
    logGroupName: group.name,
    creationTime: group.creationTime,
    retentionInDays: group.retentionInDays,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: model.storedBytes(group),
    kmsKeyId: group.kmsKeyId,
    logGroupClass: group.logGroupClass,
    logGroupArn: arn,
  };
}
