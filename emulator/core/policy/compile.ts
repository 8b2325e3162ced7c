import { anyArnMatcher } from "./arn.js";
import {
  compileConditions,
  hasVariables,
  substituteVariables,
  type CompiledCondition,
  type ContextLookup,
} from "./conditions.js";
import { parsePolicyDocument, type PolicyDocument, type PolicyKind, type PolicyProblem } from "./document.js";
import { principalSpec, type PrincipalSpec } from "./principal.js";
import { anyWildcardMatcher, type Matcher } from "./wildcard.js";

/**
 * A validated document turned into ready matchers, so that evaluating a request does no JSON parsing and no
 * pattern building. Compiled documents are cached by their text: services keep policies as the text AWS
 * returns, and the same text arrives again on every request that evaluates it.
 */
/** Resource patterns may hold policy variables, so the test gets the request's keys. */
export type ResourceTest = (arn: string, lookup: ContextLookup) => boolean;

export interface CompiledStatement {
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: "Allow" | "Deny";
  readonly principal: { readonly negated: boolean; readonly spec: PrincipalSpec } | undefined;
  readonly action: { readonly negated: boolean; readonly matches: Matcher };
  /** Undefined: the statement covers the resource the policy is attached to. */
  readonly resource: { readonly negated: boolean; readonly matches: ResourceTest } | undefined;
  readonly conditions: readonly CompiledCondition[];
}

export interface CompiledPolicy {
  readonly kind: PolicyKind;
  readonly document: PolicyDocument;
  readonly statements: readonly CompiledStatement[];
}

export type CompileResult =
  | { readonly ok: true; readonly policy: CompiledPolicy }
  | { readonly ok: false; readonly problem: PolicyProblem };

function resourceMatcher(patterns: readonly string[], variables: boolean): ResourceTest {
  if (!variables || !patterns.some(hasVariables)) {
    const matches = anyArnMatcher(patterns);
    return (arn) => matches(arn);
  }
  return (arn, lookup) => {
    const resolved = patterns
      .map((pattern) => substituteVariables(pattern, lookup))
      .filter((pattern): pattern is string => pattern !== undefined);
    return anyArnMatcher(resolved)(arn);
  };
}

export function compileDocument(document: PolicyDocument, kind: PolicyKind): CompiledPolicy {
  const variables = document.version === "2012-10-17";
  const statements = document.statements.map((statement): CompiledStatement => ({
    index: statement.index,
    sid: statement.sid,
    effect: statement.effect,
    principal: statement.principal && {
      negated: statement.principal.negated,
      spec: principalSpec(statement.principal.value),
    },
    // Action names compare case-insensitively, service prefix included (sqs:sendmessage = SQS:SendMessage).
    action: { negated: statement.action.negated, matches: anyWildcardMatcher(statement.action.values, true) },
    resource: statement.resource && {
      negated: statement.resource.negated,
      matches: resourceMatcher(statement.resource.values, variables),
    },
    conditions: compileConditions(statement.condition, variables),
  }));
  return { kind, document, statements };
}

/**
 * The most recently used compiled documents per kind, keyed by the text itself (not a derived key) so that a
 * caller passing the same string each time pays no hashing of long text. A Map iterates oldest first.
 */
const CACHE_SIZE = 512;
const caches: Record<PolicyKind, Map<string, CompileResult>> = {
  resource: new Map(),
  identity: new Map(),
  trust: new Map(),
};

/** Validates and compiles a policy text, reusing the result for text seen before. */
export function compilePolicy(text: string, kind: PolicyKind): CompileResult {
  const cache = caches[kind];
  const cached = cache.get(text);
  if (cached) {
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const parsed = parsePolicyDocument(text, kind);
  const result: CompileResult = parsed.ok
    ? { ok: true, policy: compileDocument(parsed.document, kind) }
    : { ok: false, problem: parsed.problem };
  cache.set(text, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}
