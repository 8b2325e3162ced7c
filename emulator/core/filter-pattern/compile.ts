/**
 * The filter-pattern grammar shared by SNS filter policies and Lambda's event filtering (both a dialect of
 * EventBridge's patterns): exact values, prefix, suffix, equals-ignore-case, wildcard, anything-but, numeric,
 * cidr, exists and `$or`. Each service maps `FilterPatternError` to its own error codes and messages.
 */
import { BlockList, isIP } from "node:net";

/** A value a filter condition sees: a JSON scalar from the body, a String/Number attribute or array element. */
export type FilterValue = string | number | boolean | null;

/**
 * Where a policy's keys are looked up: the candidates of a key path (an array's elements each count), or
 * undefined when the path is absent.
 */
export type FilterLookup = (path: readonly string[]) => readonly FilterValue[] | undefined;

/**
 * `MessageAttributes`: flat keys, at most 5 (SNS's attribute scope). `MessageBody`: nested keys into a JSON
 * document (SNS's body scope, and Lambda's patterns over an event's fields).
 */
export type FilterPolicyScope = "MessageAttributes" | "MessageBody";

/**
 * Why a pattern was refused: `syntax` (the message is the reason, services prefix it with their parameter's
 * name), `scope` (a whole sentence), `limit` (a whole sentence; too many keys).
 */
export class FilterPatternError extends Error {
  constructor(
    readonly kind: "syntax" | "scope" | "limit",
    message: string,
  ) {
    super(message);
    this.name = "FilterPatternError";
  }
}

export interface CompiledFilterPolicy {
  matches(lookup: FilterLookup): boolean;
}

type Condition = (value: FilterValue) => boolean;

interface Leaf {
  readonly path: readonly string[];
  /** `exists` conditions: whether the key must be present. */
  readonly exists: readonly boolean[];
  readonly conditions: readonly Condition[];
}

interface Node {
  readonly leaves: Leaf[];
  /** Each `$or` is a list of alternative sub-policies. */
  readonly ors: Node[][];
}

/** AWS's limits on a filter policy. */
const MAX_KEYS = 5;
const MAX_COMBINATIONS = 150;
const MAX_POLICY_BYTES = 256 * 1024;
const NUMBER_LIMIT = 1e9;

function policyError(reason: string): Error {
  return new FilterPatternError("syntax", reason);
}

/**
 * Parses, validates and compiles a filter pattern for its scope; throws `FilterPatternError`. Written by hand:
 * no library implements this dialect (EventBridge's own patterns differ in operators and limits).
 */
export function compileFilterPolicy(text: string, scope: FilterPolicyScope): CompiledFilterPolicy {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) throw policyError("Filter policy is too large");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw policyError(`failed to parse JSON. ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw policyError("Filter policy must be a JSON object");
  const counts = { keys: 0 };
  const node = compileNode(parsed, [], scope, counts);
  if (Object.keys(parsed).length === 0) return { matches: () => true };
  if (counts.keys > MAX_KEYS && scope === "MessageAttributes") {
    throw new FilterPatternError(
      "limit",
      "Filter policy scope MessageAttributes can not have more than 5 keys",
    );
  }
  if (combinations(node) > MAX_COMBINATIONS) throw policyError("Filter policy is too complex");
  return { matches: (lookup) => matchNode(node, lookup) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function compileNode(
  policy: Record<string, unknown>,
  prefix: readonly string[],
  scope: FilterPolicyScope,
  counts: { keys: number },
): Node {
  const node: Node = { leaves: [], ors: [] };
  for (const [key, value] of Object.entries(policy)) {
    if (key === "$or") {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) {
        throw policyError("$or must be an array of at least 2 objects");
      }
      node.ors.push(value.map((branch) => compileNode(branch, prefix, scope, counts)));
      continue;
    }
    const path = [...prefix, key];
    if (Array.isArray(value)) {
      counts.keys++;
      node.leaves.push(compileLeaf(path, value));
    } else if (isObject(value)) {
      if (scope === "MessageAttributes") {
        throw new FilterPatternError(
          "scope",
          "Filter policy scope MessageAttributes does not support nested filter policy",
        );
      }
      const child = compileNode(value, path, scope, counts);
      node.leaves.push(...child.leaves);
      node.ors.push(...child.ors);
    } else {
      throw policyError(`"${key}" must be an object or an array`);
    }
  }
  return node;
}

function compileLeaf(path: readonly string[], values: readonly unknown[]): Leaf {
  if (values.length === 0) throw policyError("Empty arrays are not allowed");
  const exists: boolean[] = [];
  const conditions: Condition[] = [];
  for (const value of values) {
    if (isObject(value) && "exists" in value) {
      if (Object.keys(value).length !== 1 || typeof value.exists !== "boolean") {
        throw policyError("exists match pattern must be either true or false.");
      }
      exists.push(value.exists);
    } else {
      conditions.push(compileCondition(value));
    }
  }
  return { path, exists, conditions };
}

function compileCondition(value: unknown): Condition {
  if (typeof value === "string") return (candidate) => candidate === value;
  if (typeof value === "number") {
    checkNumber(value);
    return (candidate) => typeof candidate === "number" && candidate === value;
  }
  if (typeof value === "boolean" || value === null) return (candidate) => candidate === value;
  if (!isObject(value)) throw policyError("Match value must be String, number, true, false, or null");
  const entries = Object.entries(value);
  if (entries.length !== 1) throw policyError("Only one key allowed in match expression");
  const [operator, operand] = entries[0];
  switch (operator) {
    case "prefix":
      return stringCondition(operator, operand, (candidate, text) => candidate.startsWith(text), true);
    case "suffix":
      return stringCondition(operator, operand, (candidate, text) => candidate.endsWith(text), true);
    case "equals-ignore-case":
      return stringCondition(operator, operand, (candidate, text) => candidate.toLowerCase() === text, false);
    case "wildcard": {
      const pattern = wildcardPattern(operand);
      return (candidate) => typeof candidate === "string" && pattern.test(candidate);
    }
    case "anything-but":
      return anythingBut(operand);
    case "numeric":
      return numericCondition(operand);
    case "cidr":
      return cidrCondition(operand);
    default:
      throw policyError(`Unrecognized match type ${operator}`);
  }
}

/** prefix/suffix/equals-ignore-case; prefix and suffix also take `{"equals-ignore-case": "..."}`. */
function stringCondition(
  operator: string,
  operand: unknown,
  test: (candidate: string, text: string) => boolean,
  allowIgnoreCase: boolean,
): Condition {
  if (typeof operand === "string") {
    const text = operator === "equals-ignore-case" ? operand.toLowerCase() : operand;
    return (candidate) => typeof candidate === "string" && test(candidate, text);
  }
  if (allowIgnoreCase && isObject(operand) && typeof operand["equals-ignore-case"] === "string") {
    const text = operand["equals-ignore-case"].toLowerCase();
    return (candidate) => typeof candidate === "string" && test(candidate.toLowerCase(), text);
  }
  throw policyError(`${operator} match pattern must be a string`);
}

function wildcardPattern(operand: unknown): RegExp {
  if (typeof operand !== "string") throw policyError("wildcard match pattern must be a string");
  const consecutive = operand.indexOf("**");
  if (consecutive !== -1) throw policyError(`Consecutive wildcard characters at pos ${consecutive + 1}`);
  const body = operand
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`, "s");
}

function anythingBut(operand: unknown): Condition {
  if (typeof operand === "string" || typeof operand === "number") return anythingBut([operand]);
  if (Array.isArray(operand)) {
    if (operand.length === 0) throw policyError("Empty arrays are not allowed");
    const strings = operand.every((item) => typeof item === "string");
    const numbers = operand.every((item) => typeof item === "number");
    if (!strings && !numbers) {
      throw policyError("Inside anything but list, start|null|boolean is not supported.");
    }
    if (numbers) operand.forEach(checkNumber);
    const excluded = new Set<FilterValue>(operand as FilterValue[]);
    return (candidate) => !excluded.has(candidate);
  }
  if (isObject(operand)) {
    const entries = Object.entries(operand);
    if (entries.length === 1) {
      const [operator, inner] = entries[0];
      if (operator === "prefix" || operator === "suffix" || operator === "wildcard") {
        const positive = compileCondition({ [operator]: inner });
        return (candidate) => typeof candidate === "string" && !positive(candidate);
      }
    }
    throw policyError("Unsupported anything-but pattern");
  }
  throw policyError("Value of anything-but must be an array or single string/number value.");
}

const LOWER = new Set([">", ">="]);
const UPPER = new Set(["<", "<="]);

function numericCondition(operand: unknown): Condition {
  if (!Array.isArray(operand) || operand.length === 0) {
    throw policyError("Value of numeric must be an array.");
  }
  const tests: ((candidate: number) => boolean)[] = [];
  let lower: number | undefined;
  let upper: number | undefined;
  for (let i = 0; i < operand.length; i += 2) {
    const operator: unknown = operand[i];
    const bound: unknown = operand[i + 1];
    if (typeof operator !== "string" || !(["=", ...LOWER, ...UPPER] as string[]).includes(operator)) {
      throw policyError(`Unrecognized numeric range operator: ${String(operator)}`);
    }
    if (typeof bound !== "number") throw policyError(`Value of ${operator} must be numeric`);
    checkNumber(bound);
    if (operator === "=") {
      if (operand.length !== 2) throw policyError("Too many elements in numeric expression");
      tests.push((candidate) => candidate === bound);
    } else if (LOWER.has(operator)) {
      if (lower !== undefined || i !== 0) throw policyError(`Bad numeric range operator: ${operator}`);
      lower = bound;
      tests.push(operator === ">" ? (c) => c > bound : (c) => c >= bound);
    } else {
      if (upper !== undefined) throw policyError(`Bad numeric range operator: ${operator}`);
      upper = bound;
      tests.push(operator === "<" ? (c) => c < bound : (c) => c <= bound);
    }
  }
  if (operand.length > 4) throw policyError("Too many elements in numeric expression");
  if (lower !== undefined && upper !== undefined && lower >= upper) {
    throw policyError("Bottom must be less than top");
  }
  return (candidate) => typeof candidate === "number" && tests.every((test) => test(candidate));
}

function cidrCondition(operand: unknown): Condition {
  if (typeof operand !== "string") throw policyError("cidr match pattern must be a string");
  const parts = operand.split("/");
  if (parts.length !== 2) throw policyError("Malformed CIDR, one '/' required");
  const [address, bits] = parts;
  const family = isIP(address);
  const prefix = Number(bits);
  const maxPrefix = family === 6 ? 128 : 32;
  if (family === 0 || !/^\d+$/.test(bits) || prefix > maxPrefix) {
    throw policyError(`Nonstandard IP address: ${address}`);
  }
  const list = new BlockList();
  const type = family === 6 ? "ipv6" : "ipv4";
  list.addSubnet(address, prefix, type);
  return (candidate) =>
    typeof candidate === "string" && isIP(candidate) === family && list.check(candidate, type);
}

function checkNumber(value: number): void {
  if (!Number.isFinite(value) || Math.abs(value) > NUMBER_LIMIT) {
    throw policyError("Match value must be a number between -1.0E9 and 1.0E9 inclusive");
  }
  const decimals = String(value).split(".")[1];
  if (decimals !== undefined && decimals.length > 5) {
    throw policyError("Match value must have at most 5 decimal places");
  }
}

/** Value combinations as AWS counts them: values of a key multiply across keys; `$or` branches add up. */
function combinations(node: Node): number {
  let total = 1;
  for (const leaf of node.leaves) total *= leaf.exists.length + leaf.conditions.length;
  for (const branches of node.ors) total *= branches.reduce((sum, branch) => sum + combinations(branch), 0);
  return total;
}

function matchNode(node: Node, lookup: FilterLookup): boolean {
  for (const leaf of node.leaves) if (!matchLeaf(leaf, lookup(leaf.path))) return false;
  for (const branches of node.ors) if (!branches.some((branch) => matchNode(branch, lookup))) return false;
  return true;
}

function matchLeaf(leaf: Leaf, candidates: readonly FilterValue[] | undefined): boolean {
  const present = candidates !== undefined;
  if (leaf.exists.some((want) => want === present)) return true;
  if (!present) return false;
  return candidates.some((candidate) => leaf.conditions.some((condition) => condition(candidate)));
}
