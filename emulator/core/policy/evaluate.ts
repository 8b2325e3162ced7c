import { compilePolicy, type CompiledPolicy, type CompiledStatement } from "./compile.js";
import { allConditionsHold, type ContextLookup } from "./conditions.js";
import { contextLookup, type RequestContext } from "./context.js";
import type { PolicyKind } from "./document.js";
import {
  excludedByNotPrincipal,
  matchPrincipal,
  principalFacts,
  type PrincipalFacts,
  type PrincipalMatch,
} from "./principal.js";

/**
 * AWS's evaluation logic for one account's resource and the caller's identity: an explicit Deny in any policy
 * wins; otherwise, within one account, an Allow in the identity policies or the resource policy is enough; across
 * accounts both sides must allow; service principals and anonymous callers have only the resource policy.
 * Not modelled: SCPs/RCPs, permissions boundaries and session policies.
 */

/** A policy and the name that explains it in a decision, e.g. `queue orders policy`. */
export interface NamedPolicy {
  readonly name: string;
  /** The document text (compiled once and cached) or an already compiled policy. */
  readonly policy: string | CompiledPolicy;
}

export interface EvaluationInput {
  readonly request: RequestContext;
  /** The account that owns the resource; decides between same-account and cross-account rules. */
  readonly resourceAccount: string;
  /** The resource's own policy (queue policy, topic policy, …), when it has one. */
  readonly resourcePolicy?: NamedPolicy;
  /**
   * The caller's identity policies. Leave undefined where IAM identities are not modelled: the caller's own
   * account is then taken to allow it, as it would for credentials with full access in their account.
   */
  readonly identityPolicies?: readonly NamedPolicy[];
}

export interface MatchedStatement {
  /** The NamedPolicy's name. */
  readonly policy: string;
  /** Zero-based position of the statement in the policy. */
  readonly index: number;
  readonly sid: string | undefined;
}

export type DecisionKind = "Allow" | "ExplicitDeny" | "ImplicitDeny";

export interface Decision {
  readonly decision: DecisionKind;
  /** The statement that decided: the Deny, or the Allow that granted; absent when nothing matched. */
  readonly statement?: MatchedStatement;
  /** One sentence for logs, e.g. `statement 'DenyNonTls' of queue orders policy denies sqs:SendMessage …`. */
  readonly reason: string;
}

interface Prepared {
  readonly request: RequestContext;
  readonly who: PrincipalFacts;
  readonly lookup: ContextLookup;
}

function compiled(named: NamedPolicy, kind: PolicyKind): CompiledPolicy | undefined {
  if (typeof named.policy !== "string") return named.policy;
  const result = compilePolicy(named.policy, kind);
  // Services validate policies when they are set, so an invalid one here grants and denies nothing.
  return result.ok ? result.policy : undefined;
}

/** How the statement names the caller, or `none` when it does not apply to this request. */
function applies(statement: CompiledStatement, prepared: Prepared): PrincipalMatch {
  const { request, who, lookup } = prepared;
  if (statement.action.matches(request.action) === statement.action.negated) return "none";
  let match: PrincipalMatch = "direct";
  if (statement.principal) {
    const { spec, negated } = statement.principal;
    match = negated ? (excludedByNotPrincipal(spec, who) ? "none" : "direct") : matchPrincipal(spec, who);
    if (match === "none") return "none";
  }
  if (
    statement.resource &&
    statement.resource.matches(request.resource, lookup) === statement.resource.negated
  ) {
    return "none";
  }
  return allConditionsHold(statement.conditions, lookup) ? match : "none";
}

interface Scan {
  deny?: MatchedStatement;
  allow?: MatchedStatement;
  /** An Allow that names the caller only through its account. */
  accountAllow?: MatchedStatement;
}

function scan(named: NamedPolicy, kind: PolicyKind, prepared: Prepared): Scan {
  const policy = compiled(named, kind);
  const found: Scan = {};
  for (const statement of policy?.statements ?? []) {
    const match = applies(statement, prepared);
    if (match === "none") continue;
    const matched = { policy: named.name, index: statement.index, sid: statement.sid };
    if (statement.effect === "Deny") return { deny: matched };
    if (match === "direct") found.allow ??= matched;
    else found.accountAllow ??= matched;
  }
  return found;
}

function describeStatement(statement: MatchedStatement): string {
  const label = statement.sid ? `'${statement.sid}'` : `#${statement.index + 1}`;
  return `statement ${label} of ${statement.policy}`;
}

function describeCaller(who: PrincipalFacts): string {
  if (who.service !== undefined) return `service ${who.service}`;
  return who.arn ?? "an anonymous caller";
}

export function evaluate(input: EvaluationInput): Decision {
  const { request, resourceAccount } = input;
  const who = principalFacts(request.principal);
  const prepared: Prepared = { request, who, lookup: contextLookup(request, who) };
  const what = `${request.action} on ${request.resource}`;
  const caller = describeCaller(who);
  const hasIdentity = who.account !== undefined;
  const denied = (statement: MatchedStatement): Decision => ({
    decision: "ExplicitDeny",
    statement,
    reason: `${describeStatement(statement)} denies ${what} to ${caller}`,
  });

  let identityAllow: MatchedStatement | undefined;
  if (hasIdentity) {
    for (const named of input.identityPolicies ?? []) {
      const found = scan(named, "identity", prepared);
      if (found.deny) {
        return denied(found.deny);
      }
      identityAllow ??= found.allow;
    }
  }
  const resource = input.resourcePolicy ? scan(input.resourcePolicy, "resource", prepared) : {};
  if (resource.deny) {
    return denied(resource.deny);
  }

  const sameAccount = who.account === resourceAccount;
  // The root user and callers whose identity policies are not modelled have every permission in their account.
  const identityImplicit = who.type === "account" || input.identityPolicies === undefined;
  const identitySide = hasIdentity && (identityImplicit || identityAllow !== undefined);
  // Naming only the account delegates to that account's identity policies, so within the account it grants
  // nothing by itself to a user or role (their identity policies must allow).
  const resourceGrant =
    resource.allow ?? (!sameAccount || identityImplicit ? resource.accountAllow : undefined);
  const allow = (statement: MatchedStatement): Decision => ({
    decision: "Allow",
    statement,
    reason: `${describeStatement(statement)} allows ${what} to ${caller}`,
  });

  if (!hasIdentity || !sameAccount) {
    if (resourceGrant && (!hasIdentity || identitySide)) return allow(resourceGrant);
    const policyName = input.resourcePolicy?.name ?? "the resource (it has no policy)";
    const missing = resourceGrant
      ? `no identity policy of ${caller} allows ${what} (a cross-account request needs both sides to allow it)`
      : `no statement of ${policyName} allows ${what} to ${caller}${hasIdentity ? ` from account ${who.account ?? ""}` : ""}`;
    return { decision: "ImplicitDeny", reason: missing };
  }
  if (identityAllow) return allow(identityAllow);
  if (resourceGrant) return allow(resourceGrant);
  if (identitySide) {
    const why =
      who.type === "account" ? "is the root user of the account that owns" : "is in the account that owns";
    return {
      decision: "Allow",
      reason: `${caller} ${why} ${request.resource}, so it may perform ${request.action}`,
    };
  }
  return {
    decision: "ImplicitDeny",
    reason: `no identity policy or resource policy statement allows ${what} to ${caller}`,
  };
}
