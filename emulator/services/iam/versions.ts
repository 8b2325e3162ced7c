import { isoSeconds } from "../../core/aws-ids.js";
import { checkDocument, encodeDocument, policySize } from "./documents.js";
import { IamErrors } from "./errors.js";
import type { ManagedPolicyRecord, PolicyVersionRecord } from "./records.js";

/** IAM's default quota on a managed policy's size (characters without whitespace). */
const POLICY_SIZE_MAX = 6144;
export const VERSIONS_MAX = 5;

/** Validates a managed policy document as CreatePolicy and CreatePolicyVersion do. */
export function checkManagedDocument(text: string): void {
  checkDocument(text, "identity");
  if (policySize(text) > POLICY_SIZE_MAX) {
    throw IamErrors.limitExceeded(`Cannot exceed quota for PolicySize: ${POLICY_SIZE_MAX}`);
  }
}

export function requireVersion(policy: ManagedPolicyRecord, versionId: string): PolicyVersionRecord {
  const version = policy.versions.find((candidate) => candidate.versionId === versionId);
  if (version === undefined) {
    throw IamErrors.noSuchEntity(
      `Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`,
    );
  }
  return version;
}

/** A PolicyVersion element; ListPolicyVersions leaves the document out, as AWS does. */
export function versionOutput(
  policy: ManagedPolicyRecord,
  version: PolicyVersionRecord,
  withDocument: boolean,
): Record<string, unknown> {
  return {
    Document: withDocument ? encodeDocument(version.document) : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === policy.defaultVersionId,
    CreateDate: isoSeconds(version.createDate),
  };
}
