import { checkDocument, policySize } from "./documents.js";
import { IamErrors } from "./errors.js";

/** IAM's default quota on a trust policy's size (characters without whitespace). */
const TRUST_POLICY_MAX = 2048;

/** Validates a role's trust policy as CreateRole and UpdateAssumeRolePolicy do. */
export function checkTrustPolicy(text: string): void {
  checkDocument(text, "trust");
  if (policySize(text) > TRUST_POLICY_MAX) {
    throw IamErrors.limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_MAX}`);
  }
}
