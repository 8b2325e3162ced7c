import type { RequestPrincipal } from "./policy/index.js";

const ROOT = /^arn:[a-z-]+:iam::(\d{12}):root$/;
const USER = /^arn:[a-z-]+:iam::\d{12}:user\//;
const ROLE = /^arn:[a-z-]+:iam::\d{12}:role\//;

/** The policy evaluator's principal for a caller's ARN (root, IAM user, role or role session). */
export function requestPrincipalOf(principalArn: string): RequestPrincipal {
  const root = ROOT.exec(principalArn);
  if (root) return { type: "account", account: root[1] ?? "" };
  if (USER.test(principalArn)) return { type: "user", arn: principalArn };
  if (ROLE.test(principalArn)) return { type: "role", arn: principalArn };
  return { type: "assumed-role", arn: principalArn };
}

/** Whether the caller is an account's root user (the default test credentials are). */
export function isRoot(principalArn: string): boolean {
  return ROOT.test(principalArn);
}
