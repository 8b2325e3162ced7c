import { functionArn } from "./functionRef.js";
import { LambdaErrors, revisionMismatch } from "./errors.js";
import { latestOf, type FunctionRecord, type VersionRecord } from "./records.js";

/**
 * `$LATEST`, once it may be changed: not while it is being created or updated (AWS's ResourceConflictException,
 * which clients wait out), and only at the RevisionId the caller read when it gives one.
 */
export function latestForUpdate(record: FunctionRecord, revisionId: string | undefined): VersionRecord {
  const latest = latestOf(record);
  if (latest.config.State === "Pending") {
    throw LambdaErrors.resourceConflict(
      `The operation cannot be performed at this time. The function is currently in the following state: Pending`,
    );
  }
  if (latest.config.LastUpdateStatus === "InProgress") {
    throw LambdaErrors.resourceConflict(
      `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(record)}`,
    );
  }
  if (revisionId !== undefined && revisionId !== latest.config.RevisionId) throw revisionMismatch();
  return latest;
}
