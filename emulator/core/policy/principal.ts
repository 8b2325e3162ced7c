/**
 * Who makes a request, and how a statement's Principal / NotPrincipal names them. AWS compares principals
 * exactly (no wildcards except a lone `*`); an account (`123456789012` or `arn:aws:iam::123456789012:root`)
 * stands for every identity in it, and a role ARN stands for every session of that role.
 */
export type RequestPrincipal =
  /** The account's root user. */
  | { readonly type: "account"; readonly account: string; readonly partition?: string }
  | { readonly type: "user"; readonly arn: string }
  | { readonly type: "role"; readonly arn: string }
  /** A role session, `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`; `roleArn` keeps the role's path. */
  | { readonly type: "assumed-role"; readonly arn: string; readonly roleArn?: string }
  /** An AWS service acting on its own behalf, e.g. `sns.amazonaws.com` delivering to a queue. */
  | { readonly type: "service"; readonly service: string }
  | { readonly type: "anonymous" };

/** The facts about a principal that matching and the global condition keys need, computed once per request. */
export interface PrincipalFacts {
  readonly type: RequestPrincipal["type"];
  readonly account: string | undefined;
  /** The ARN the principal acts as: the root ARN, the user ARN, the session ARN. */
  readonly arn: string | undefined;
  /** `aws:PrincipalArn`: like `arn`, but a session reports its role's ARN. */
  readonly principalArn: string | undefined;
  /** `ACCOUNT:ROLENAME` for roles and their sessions; role paths do not take part in principal matching. */
  readonly roleKey: string | undefined;
  readonly service: string | undefined;
  readonly userName: string | undefined;
}

const IAM_ARN = /^arn:([a-z-]+):(iam|sts)::(\d{12}):(.+)$/;

function roleKeyOf(account: string, roleResource: string): string {
  // role/path/to/Name -> Name
  return `${account}:${roleResource.slice(roleResource.lastIndexOf("/") + 1)}`;
}

function facts(
  type: RequestPrincipal["type"],
  fields: Partial<Omit<PrincipalFacts, "type">> = {},
): PrincipalFacts {
  // One object shape for every principal type keeps the hot path monomorphic.
  return {
    type,
    account: fields.account,
    arn: fields.arn,
    principalArn: fields.principalArn,
    roleKey: fields.roleKey,
    service: fields.service,
    userName: fields.userName,
  };
}

export function principalFacts(principal: RequestPrincipal): PrincipalFacts {
  switch (principal.type) {
    case "anonymous":
      return facts("anonymous");
    case "service":
      return facts("service", { service: principal.service.toLowerCase() });
    case "account": {
      const arn = `arn:${principal.partition ?? "aws"}:iam::${principal.account}:root`;
      return facts("account", { account: principal.account, arn, principalArn: arn });
    }
    case "user":
    case "role": {
      const match = IAM_ARN.exec(principal.arn);
      const account = match?.[3];
      const resource = match?.[4] ?? "";
      return facts(principal.type, {
        account,
        arn: principal.arn,
        principalArn: principal.arn,
        roleKey: principal.type === "role" && account ? roleKeyOf(account, resource) : undefined,
        userName: principal.type === "user" ? resource.slice(resource.lastIndexOf("/") + 1) : undefined,
      });
    }
    case "assumed-role": {
      const match = IAM_ARN.exec(principal.arn);
      const partition = match?.[1] ?? "aws";
      const account = match?.[3];
      // assumed-role/ROLE/SESSION
      const roleName = (match?.[4] ?? "").split("/")[1] ?? "";
      return facts("assumed-role", {
        account,
        arn: principal.arn,
        principalArn: principal.roleArn ?? `arn:${partition}:iam::${account ?? ""}:role/${roleName}`,
        roleKey: account ? `${account}:${roleName}` : undefined,
      });
    }
  }
}

/**
 * The principal a signed request acts as, from the ARN its credentials resolve to (the root user for the
 * emulator's account keys; IAM users, roles and role sessions for keys IAM and STS issue). An ARN of no known
 * form acts as `account`'s root user.
 */
export function callerPrincipal(principalArn: string, account: string): RequestPrincipal {
  const match = IAM_ARN.exec(principalArn);
  const resource = match?.[4] ?? "";
  if (match?.[2] === "iam" && resource.startsWith("user/")) return { type: "user", arn: principalArn };
  if (match?.[2] === "iam" && resource.startsWith("role/")) return { type: "role", arn: principalArn };
  if (match?.[2] === "sts" && resource.startsWith("assumed-role/")) {
    return { type: "assumed-role", arn: principalArn };
  }
  return { type: "account", account: match?.[3] ?? account, partition: match?.[1] };
}

/** A parsed Principal or NotPrincipal element. */
export interface PrincipalSpec {
  readonly wildcard: boolean;
  readonly accounts: ReadonlySet<string>;
  readonly arns: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
  /** Federated and CanonicalUser principals: kept for round-tripping, never matched by this evaluator. */
  readonly others: ReadonlySet<string>;
}

const ACCOUNT_ID = /^\d{12}$/;
const PRINCIPAL_ARN =
  /^arn:aws(-[a-z]+)*:(iam::\d{12}:(root|user\/[^*?]+|role\/[^*?]+)|sts::\d{12}:(assumed-role\/[^/*?]+\/[^*?]+|federated-user\/[^*?]+))$/;
/** IAM unique ids (AIDA… users, AROA… roles) that AWS leaves in a policy when the named principal is deleted. */
const UNIQUE_ID = /^A[A-Z]{3}[A-Z0-9]{12,}$/;

/** Whether `value` is something AWS accepts in `"Principal": {"AWS": …}`. */
export function isValidAwsPrincipal(value: string): boolean {
  return value === "*" || ACCOUNT_ID.test(value) || PRINCIPAL_ARN.test(value) || UNIQUE_ID.test(value);
}

/** Builds the matcher data for a validated Principal element (`"*"` or `{"AWS": …, "Service": …}`). */
export function principalSpec(element: "*" | Readonly<Record<string, readonly string[]>>): PrincipalSpec {
  const accounts = new Set<string>();
  const arns = new Set<string>();
  const roles = new Set<string>();
  const services = new Set<string>();
  const others = new Set<string>();
  let wildcard = element === "*";
  if (element !== "*") {
    for (const [kind, values] of Object.entries(element)) {
      for (const value of values) {
        if (kind === "AWS") {
          if (value === "*") wildcard = true;
          else if (ACCOUNT_ID.test(value)) accounts.add(value);
          else addArn(value, accounts, arns, roles);
        } else if (kind === "Service") services.add(value.toLowerCase());
        else others.add(`${kind}:${value}`);
      }
    }
  }
  return { wildcard, accounts, arns, roles, services, others };
}

function addArn(value: string, accounts: Set<string>, arns: Set<string>, roles: Set<string>): void {
  const match = IAM_ARN.exec(value);
  if (!match) return; // a unique id: the principal it named no longer exists
  const [, , service, account, resource] = match;
  if (service === "iam" && resource === "root") accounts.add(account ?? "");
  else if (service === "iam" && resource?.startsWith("role/")) roles.add(roleKeyOf(account ?? "", resource));
  else arns.add(value);
}

/**
 * How a Principal element names the caller: `direct` (by `*`, its own ARN, its role or its service name),
 * `account` (only through its account, which delegates the decision to that account's identity policies), or
 * `none`.
 */
export type PrincipalMatch = "direct" | "account" | "none";

export function matchPrincipal(spec: PrincipalSpec, who: PrincipalFacts): PrincipalMatch {
  if (spec.wildcard) return "direct";
  if (who.service !== undefined) return spec.services.has(who.service) ? "direct" : "none";
  if (who.arn !== undefined && spec.arns.has(who.arn)) return "direct";
  if (who.roleKey !== undefined && spec.roles.has(who.roleKey)) return "direct";
  if (who.account !== undefined && spec.accounts.has(who.account)) {
    return who.type === "account" ? "direct" : "account";
  }
  return "none";
}

/**
 * Whether NotPrincipal leaves the caller out. AWS checks every identity the request carries: a user is its
 * account and itself, a role session its account and the session, so both must be listed (the role's own ARN
 * does not exempt its sessions, as AWS documents for NotPrincipal).
 */
export function excludedByNotPrincipal(spec: PrincipalSpec, who: PrincipalFacts): boolean {
  if (spec.wildcard) return true;
  if (who.service !== undefined) return spec.services.has(who.service);
  if (who.account === undefined || !spec.accounts.has(who.account)) return false;
  return who.type === "account" || (who.arn !== undefined && spec.arns.has(who.arn));
}
