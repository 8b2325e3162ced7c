import type { AuthorizationTarget, RequestContext } from "../../../core/service.js";
import { LambdaErrors } from "../errors.js";
import { isTransitional, mappingArn, type MappingRecord } from "./records.js";
import type { MappingStore } from "./store.js";

/** The caller's mapping with this UUID, or AWS's ResourceNotFoundException. */
export function findMapping(records: MappingStore, uuid: string, ctx: RequestContext): MappingRecord {
  const record = records.get(uuid);
  if (record === undefined || record.accountId !== ctx.accountId || record.region !== ctx.region) {
    throw LambdaErrors.resourceNotFound("The resource you requested does not exist.");
  }
  return record;
}

/** Under `--enforce-iam`: calls on one mapping act on its ARN; Create and List on the account's mappings. */
export function mappingAuthorization(input: { UUID?: unknown }, ctx: RequestContext): AuthorizationTarget {
  const uuid = typeof input.UUID === "string" ? input.UUID : "*";
  return { resource: mappingArn(ctx.accountId, ctx.region, uuid), resourceAccount: ctx.accountId };
}

/** AWS refuses to update or delete a mapping while it is changing: the caller waits until it settles. */
export function checkSettled(record: MappingRecord, what: "update" | "delete"): void {
  if (!isTransitional(record.config.State)) return;
  throw LambdaErrors.resourceInUse(
    `Cannot ${what} the event source mapping ${record.config.UUID} because it is in use (state ${record.config.State}): wait until it is Enabled or Disabled, then try again.`,
  );
}
