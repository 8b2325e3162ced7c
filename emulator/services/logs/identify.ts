import { parseArn } from "../../core/accounts.js";
import type { Caller } from "../../core/accounts.js";
import { LogsErrors, noSuchLogGroup } from "./errors.js";
import type { LogGroupRecord, LogsModel } from "./model.js";

/**
 * The group an action names by `logGroupName` or `logGroupIdentifier` (a name or an ARN, with or without the
 * trailing `:*`). AWS accepts exactly one of the two.
 */
export function identifyGroup(
  model: LogsModel,
  caller: Caller,
  input: { logGroupName?: string; logGroupIdentifier?: string },
): LogGroupRecord {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined) {
    throw LogsErrors.invalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
  }
  const identifier = input.logGroupIdentifier ?? input.logGroupName;
  if (identifier === undefined) {
    throw LogsErrors.invalidParameter(
      "Either the logGroupName or logGroupIdentifier parameter must be provided.",
    );
  }
  if (!identifier.startsWith("arn:")) return model.group(caller.accountId, caller.region, identifier);
  return groupByArn(model, identifier);
}

/** A log group ARN, as the tagging APIs and identifiers take it: `arn:aws:logs:<region>:<account>:log-group:<name>[:*]`. */
export function groupByArn(model: LogsModel, value: string): LogGroupRecord {
  const parsed = parseArn(value);
  if (parsed === undefined || parsed.service !== "logs" || !parsed.resource.startsWith("log-group:")) {
    throw noSuchLogGroup();
  }
  const name = parsed.resource.slice("log-group:".length).replace(/:\*$/, "");
  return model.group(parsed.accountId, parsed.region, name);
}
