import type { Matcher } from "./wildcard.js";
import { parseOperator, type ParsedOperator } from "./operators.js";

/**
 * The Condition element: every operator and every key in it must hold (AND); the values listed for one key
 * are alternatives (OR, or NOR for a negated operator). Key names are case-insensitive, values are compared
 * as each operator says.
 */

/** A request's values for one key, already as strings; multivalued keys (aws:TagKeys) have several. */
export type ContextLookup = (lowerCaseKey: string) => readonly string[] | undefined;

export interface CompiledCondition {
  readonly operator: ParsedOperator;
  readonly key: string;
  readonly lowerCaseKey: string;
  readonly values: readonly string[];
  /** The compiled test; undefined when values hold policy variables and are resolved per request. */
  readonly test: Matcher | undefined;
}

/** `${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, and the escapes `${*}`, `${?}`, `${$}`. */
const VARIABLE = /\$\{([^}]*)\}/g;

export function hasVariables(value: string): boolean {
  return value.includes("${");
}

/**
 * Substitutes policy variables from the request; undefined when one names a key the request lacks and gives no
 * default, which AWS treats as a value that matches nothing. The escapes become the plain characters, so
 * `${*}` ends up a wildcard here rather than a literal asterisk.
 */
export function substituteVariables(value: string, lookup: ContextLookup): string | undefined {
  let missing = false;
  const result = value.replace(VARIABLE, (_whole, inner: string) => {
    const body = inner.trim();
    if (body === "*" || body === "?" || body === "$") return body;
    const [, name = body, fallback] = /^([^,]+?)\s*,\s*'([^']*)'$/.exec(body) ?? [];
    const values = lookup(name.trim().toLowerCase());
    if (values?.length === 1 && values[0] !== undefined) return values[0];
    if (fallback !== undefined) return fallback;
    missing = true;
    return "";
  });
  return missing ? undefined : result;
}

/**
 * Compiles one validated Condition element (`{operator: {key: [values]}}`). Callers validate first
 * (document.ts), so unknown operators and bad values cannot reach here.
 */
export function compileConditions(
  condition: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  variables: boolean,
): CompiledCondition[] {
  const compiled: CompiledCondition[] = [];
  for (const [operatorText, keys] of Object.entries(condition)) {
    const operator = parseOperator(operatorText);
    if (!operator) throw new Error(`unvalidated condition operator ${operatorText}`);
    for (const [key, values] of Object.entries(keys)) {
      const perRequest = variables && operator.base?.takesVariables === true && values.some(hasVariables);
      const built = operator.base && !perRequest ? operator.base.compile(values) : undefined;
      const test = typeof built === "function" ? built : undefined;
      compiled.push({ operator, key, lowerCaseKey: key.toLowerCase(), values, test });
    }
  }
  return compiled;
}

function testWithVariables(condition: CompiledCondition, lookup: ContextLookup): Matcher {
  const resolved = condition.values
    .map((value) => substituteVariables(value, lookup))
    .filter((value): value is string => value !== undefined);
  const built = resolved.length > 0 ? condition.operator.base?.compile(resolved) : undefined;
  return typeof built === "function" ? built : () => false;
}

export function conditionHolds(condition: CompiledCondition, lookup: ContextLookup): boolean {
  const requestValues = lookup(condition.lowerCaseKey);
  const present = requestValues !== undefined && requestValues.length > 0;
  const { base, qualifier, ifExists } = condition.operator;
  if (!base) {
    // Null: "true" asks for the key to be absent, "false" for it to be present.
    return condition.values.some((value) => (value.toLowerCase() === "true") === !present);
  }
  if (!present) {
    if (ifExists) return true;
    // ForAllValues holds over an empty set; ForAnyValue needs at least one value; plain negated
    // operators hold when the key is absent, plain positive ones do not.
    if (qualifier === "ForAllValues") return true;
    if (qualifier === "ForAnyValue") return false;
    return base.negated;
  }
  const matchesAny = condition.test ?? testWithVariables(condition, lookup);
  const satisfies = (value: string): boolean => matchesAny(value) !== base.negated;
  if (qualifier === "ForAllValues") return requestValues.every(satisfies);
  if (qualifier === "ForAnyValue") return requestValues.some(satisfies);
  return base.negated ? requestValues.every(satisfies) : requestValues.some(satisfies);
}

export function allConditionsHold(conditions: readonly CompiledCondition[], lookup: ContextLookup): boolean {
  return conditions.every((condition) => conditionHolds(condition, lookup));
}
