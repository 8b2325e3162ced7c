import { compilePolicy, policyErrorFor, type PolicyKind } from "../../core/policy/index.js";
import { IamErrors } from "./errors.js";

/**
 * IAM returns policy documents URL-encoded (RFC 3986: everything but `A-Z a-z 0-9 - _ . ~` is escaped, so
 * spaces are `%20` and `*` is `%2A`); clients decode them (the AWS CLI, the Terraform provider).
 */
export function encodeDocument(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** IAM policies allow only ASCII letters and digits in a statement's Sid (the shared grammar allows more). */
const IAM_SID = /^[0-9A-Za-z]*$/;

/** Throws IAM's MalformedPolicyDocument for a document the policy grammar or IAM's own rules reject. */
export function checkDocument(text: string, kind: Extract<PolicyKind, "trust" | "identity">): void {
  const compiled = compilePolicy(text, kind);
  if (!compiled.ok) {
    throw IamErrors.malformedPolicyDocument(policyErrorFor("iam", compiled.problem).message);
  }
  if (compiled.policy.statements.some((statement) => !IAM_SID.test(statement.sid ?? ""))) {
    throw IamErrors.malformedPolicyDocument(
      "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
    );
  }
}

/** IAM counts a policy's size without its whitespace. */
export function policySize(text: string): number {
  return text.replace(/\s/g, "").length;
}
