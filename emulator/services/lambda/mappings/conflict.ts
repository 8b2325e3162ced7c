import { LambdaErrors } from "../errors.js";
import type { MappingStore } from "./store.js";

/** One mapping per function (as qualified) and source in an account and region, as AWS allows. */
export function checkNoConflict(
  records: MappingStore,
  scope: { readonly accountId: string; readonly region: string },
  eventSourceArn: string,
  functionArn: string,
  ignoreUuid?: string,
): void {
  const existing = records
    .list(scope.accountId, scope.region)
    .find(
      (record) =>
        record.config.UUID !== ignoreUuid &&
        record.config.EventSourceArn === eventSourceArn &&
        record.config.FunctionArn === functionArn,
    );
  if (existing === undefined) return;
  const functionName = functionArn.split(":")[6] ?? functionArn;
  throw LambdaErrors.resourceConflict(
    `The event source arn (${eventSourceArn}) and function (${functionName}) provided mapping already exists. Please update or delete the existing mapping with UUID ${existing.config.UUID}`,
  );
}
