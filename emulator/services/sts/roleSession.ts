import type { IamRoleView } from "../../core/interfaces.js";

/** `arn:aws:iam::ACCOUNT:role/[PATH/]NAME`: the account and the role's name. */
export const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\u0021-\u007e]*\/)?([\w+=,.@-]+)$/;

/** The role `roleArn` names, when it is a role ARN and that exact role exists. */
export function roleNamed(
  roleArn: string,
  lookUp: (accountId: string, roleName: string) => IamRoleView | undefined,
): IamRoleView | undefined {
  const match = ROLE_ARN.exec(roleArn);
  if (!match) return undefined;
  const role = lookUp(match[1] ?? "", match[2] ?? "");
  return role?.arn === roleArn ? role : undefined;
}

/** The name the core's evaluator gives a role's trust policy in its reasons. */
export function trustPolicyName(role: IamRoleView): string {
  return `role ${role.roleName} trust policy`;
}

/** Who a session of `role` acts as: `assumed-role/ROLE/SESSION`, with the AssumedRoleId `ROLEID:SESSION`. */
export function roleSessionIdentity(
  role: IamRoleView,
  sessionName: string,
): { accountId: string; principalArn: string; userId: string } {
  return {
    accountId: role.accountId,
    principalArn: `arn:aws:sts::${role.accountId}:assumed-role/${role.roleName}/${sessionName}`,
    userId: `${role.roleId}:${sessionName}`,
  };
}
