import type { FilterCriteria } from "../../../generated/lambda.js";
import { LambdaErrors } from "../errors.js";

/** Lambda's quota of filters per event source mapping. */
const MAX_FILTERS = 5;

/**
 * Checks FilterCriteria against the grammar of Lambda's event filtering documentation: each pattern is a JSON
 * object whose keys lead to nested objects or to a non-empty array of values (strings, numbers, null) and
 * comparison operators (prefix, suffix, equals-ignore-case, anything-but, numeric, exists). Written here
 * because no library validates Lambda's variant of the grammar (it differs from EventBridge's and SNS's).
 */
export function checkFilterCriteria(criteria: FilterCriteria | undefined): void {
  const filters = criteria?.Filters ?? [];
  if (filters.length > MAX_FILTERS) {
    throw LambdaErrors.invalidParameterValue(
      `The filter criteria has ${filters.length} filters; at most ${MAX_FILTERS} are allowed per event source mapping.`,
    );
  }
  for (const filter of filters) {
    const problem = patternProblem(filter.Pattern);
    if (problem !== undefined) {
      throw LambdaErrors.invalidParameterValue(`Invalid filter pattern definition: ${problem}.`);
    }
  }
}

function patternProblem(text: string | undefined): string | undefined {
  if (text === undefined) return "each filter needs a Pattern";
  let pattern: unknown;
  try {
    pattern = JSON.parse(text);
  } catch {
    return `${text} is not valid JSON`;
  }
  if (!isObject(pattern)) return "a pattern must be a JSON object";
  return objectProblem(pattern, "");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectProblem(object: Record<string, unknown>, path: string): string | undefined {
  const keys = Object.keys(object);
  if (keys.length === 0) return `the object at ${path || "the top"} is empty`;
  for (const key of keys) {
    const value = object[key];
    const at = path === "" ? key : `${path}.${key}`;
    const problem = isObject(value)
      ? objectProblem(value, at)
      : Array.isArray(value)
        ? leafProblem(value, at)
        : `${at} must be an object or an array of values`;
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function leafProblem(values: readonly unknown[], at: string): string | undefined {
  if (values.length === 0) return `${at} must list at least one value`;
  for (const value of values) {
    if (value === null || typeof value === "string" || typeof value === "number") continue;
    if (!isObject(value)) return `${at} holds ${JSON.stringify(value)}, which is not a value or an operator`;
    const problem = operatorProblem(value, at);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

const NUMERIC_OPERATORS = new Set(["=", "<", "<=", ">", ">="]);

function operatorProblem(operator: Record<string, unknown>, at: string): string | undefined {
  const keys = Object.keys(operator);
  if (keys.length !== 1) return `${at}: an operator object holds exactly one operator`;
  const [name] = keys as [string];
  const operand = operator[name];
  switch (name) {
    case "prefix":
    case "suffix":
      return typeof operand === "string" ||
        (isObject(operand) && typeof operand["equals-ignore-case"] === "string")
        ? undefined
        : `${at}: ${name} takes a string`;
    case "equals-ignore-case":
      return typeof operand === "string" ? undefined : `${at}: equals-ignore-case takes a string`;
    case "exists":
      return typeof operand === "boolean" ? undefined : `${at}: exists takes true or false`;
    case "anything-but":
      return anythingButProblem(operand, at);
    case "numeric":
      return numericProblem(operand, at);
    default:
      return `${at}: ${name} is not a filter operator`;
  }
}

function anythingButProblem(operand: unknown, at: string): string | undefined {
  if (typeof operand === "string" || typeof operand === "number") return undefined;
  if (Array.isArray(operand) && operand.length > 0) {
    const kinds = new Set(operand.map((value) => typeof value));
    if (kinds.size === 1 && (kinds.has("string") || kinds.has("number"))) return undefined;
  }
  if (isObject(operand) && Object.keys(operand).length === 1) {
    const [inner] = Object.keys(operand) as [string];
    if (["prefix", "suffix", "equals-ignore-case"].includes(inner)) return operatorProblem(operand, at);
  }
  return `${at}: anything-but takes a value, a list of strings or of numbers, or a prefix/suffix`;
}

function numericProblem(operand: unknown, at: string): string | undefined {
  const valid =
    Array.isArray(operand) &&
    (operand.length === 2 || (operand.length === 4 && operand[0] !== "=" && operand[2] !== "=")) &&
    operand.every((item, index) =>
      index % 2 === 0 ? NUMERIC_OPERATORS.has(String(item)) : typeof item === "number",
    );
  return valid
    ? undefined
    : `${at}: numeric takes ["=", n], [op, n] or a range [">", n, "<", m] with <, <=, >, >=`;
}
