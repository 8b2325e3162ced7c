/**
 * CloudWatch Logs' filter-pattern syntax, as "Filter pattern syntax for metric filters, subscription filters and
 * filter log events" documents it: terms (`ERROR`, `"quoted phrase"`, `-excluded`, `?either ?or`), JSON patterns
 * (`{ $.level = "ERROR" && $.latency > 100 }`), space-delimited patterns (`[ip, user, ..., status = 404]`) and
 * regular expressions (`%ERROR [0-9]+%`). Hand-written: no library implements this AWS-specific grammar.
 * `compileFilterPattern` throws an InvalidParameterException sentence for a pattern AWS would reject.
 */
import { LogsErrors } from "./errors.js";

export type LogMatcher = (message: string) => boolean;

export function compileFilterPattern(pattern: string | undefined): LogMatcher {
  const text = (pattern ?? "").trim();
  if (text === "") return () => true;
  if (text.startsWith("{")) return compileJsonPattern(text);
  if (text.startsWith("[")) return compileDelimitedPattern(text);
  if (text.length > 1 && text.startsWith("%") && text.endsWith("%"))
    return compileRegexPattern(text.slice(1, -1));
  return compileTermPattern(text);
}

function invalid(): Error {
  return LogsErrors.invalidParameter("Invalid filter pattern");
}

// --- terms ----------------------------------------------------------------------------------------------------

/** Plain terms must all appear, `-terms` must not, and with `?terms` any one of them is enough. */
function compileTermPattern(text: string): LogMatcher {
  const required: string[] = [];
  const excluded: string[] = [];
  const optional: string[] = [];
  const tokens = text.match(/[-?]?"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  for (const token of tokens) {
    const sign = token[0] === "-" || token[0] === "?" ? token[0] : "";
    let term = sign === "" ? token : token.slice(1);
    if (term.startsWith('"')) {
      if (!term.endsWith('"') || term.length < 2) throw invalid();
      term = term.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    if (term === "") throw invalid();
    (sign === "-" ? excluded : sign === "?" ? optional : required).push(term);
  }
  return (message) =>
    required.every((term) => message.includes(term)) &&
    !excluded.some((term) => message.includes(term)) &&
    (optional.length === 0 || optional.some((term) => message.includes(term)));
}

// --- regular expressions ---------------------------------------------------------------------------------------

function compileRegexPattern(source: string): LogMatcher {
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch {
    throw invalid();
  }
  return (message) => regex.test(message);
}

// --- shared comparison -------------------------------------------------------------------------------------

type Operator = "=" | "!=" | "<" | ">" | "<=" | ">=";

interface Comparison {
  readonly operator: Operator;
  /** A number compares numerically; a string compares as text, `*` matching any run of characters. */
  readonly value: number | string;
}

function compare(actual: unknown, { operator, value }: Comparison): boolean {
  if (typeof value === "number") {
    const number =
      typeof actual === "number"
        ? actual
        : typeof actual === "string" && actual.trim() !== ""
          ? Number(actual)
          : NaN;
    if (Number.isNaN(number)) return false;
    switch (operator) {
      case "=":
        return number === value;
      case "!=":
        return number !== value;
      case "<":
        return number < value;
      case ">":
        return number > value;
      case "<=":
        return number <= value;
      case ">=":
        return number >= value;
    }
  }
  if (typeof actual !== "string" && typeof actual !== "number" && typeof actual !== "boolean") return false;
  const matched = wildcard(value).test(String(actual));
  if (operator === "=") return matched;
  if (operator === "!=") return !matched;
  return false;
}

function wildcard(value: string): RegExp {
  const source = value
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`, "s");
}

// --- a tiny tokenizer for the JSON and space-delimited grammars -----------------------------------------------

type Token = { kind: "word"; text: string } | { kind: "string"; text: string } | { kind: "op"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A JSON selector (`$.items[0].id`) is one word, brackets included.
  const re =
    /\s*(?:(\$(?:\.[^\s&|!=<>(),{}[\]".]+|\[\d+\])*)|(&&|\|\||!=|<=|>=|=|<|>|\(|\)|,|\{|\}|\[|\])|"((?:[^"\\]|\\.)*)"|([^\s&|!=<>(),{}[\]"]+))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    re.lastIndex = index;
    const match = re.exec(text);
    if (match === null) throw invalid();
    index = re.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: "word", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "op", text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: "string", text: match[3].replace(/\\(.)/g, "$1") });
    else tokens.push({ kind: "word", text: match[4] });
  }
  return tokens;
}

class Tokens {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.position];
  }

  next(): Token {
    const token = this.tokens[this.position++];
    if (token === undefined) throw invalid();
    return token;
  }

  accept(op: string): boolean {
    const token = this.peek();
    if (token?.kind === "op" && token.text === op) {
      this.position++;
      return true;
    }
    return false;
  }

  expect(op: string): void {
    if (!this.accept(op)) throw invalid();
  }

  get done(): boolean {
    return this.position >= this.tokens.length;
  }
}

const OPERATORS = new Set(["=", "!=", "<", ">", "<=", ">="]);

function comparisonValue(token: Token): number | string {
  if (token.kind === "string") return token.text;
  if (token.kind === "word") {
    const number = Number(token.text);
    return token.text !== "" && !Number.isNaN(number) ? number : token.text;
  }
  throw invalid();
}

/** `a && b || c` with parentheses; && binds tighter than ||. */
function parseBoolean<T>(tokens: Tokens, term: () => (input: T) => boolean): (input: T) => boolean {
  const parseOr = (): ((input: T) => boolean) => {
    let left = parseAnd();
    while (tokens.accept("||")) {
      const a = left;
      const b = parseAnd();
      left = (input) => a(input) || b(input);
    }
    return left;
  };
  const parseAnd = (): ((input: T) => boolean) => {
    let left = parseUnit();
    while (tokens.accept("&&")) {
      const a = left;
      const b = parseUnit();
      left = (input) => a(input) && b(input);
    }
    return left;
  };
  const parseUnit = (): ((input: T) => boolean) => {
    if (tokens.accept("(")) {
      const inner = parseOr();
      tokens.expect(")");
      return inner;
    }
    return term();
  };
  return parseOr();
}

// --- JSON patterns ---------------------------------------------------------------------------------------------

/** `$.a.b[0].c` → ["a", "b", 0, "c"]. */
function parseSelector(text: string): (string | number)[] {
  if (!text.startsWith("$")) throw invalid();
  const steps: (string | number)[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/y;
  let index = 1;
  while (index < text.length) {
    re.lastIndex = index;
    const match = re.exec(text);
    if (match === null) throw invalid();
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
    index = re.lastIndex;
  }
  return steps;
}

const MISSING = Symbol("missing");

function select(document: unknown, steps: readonly (string | number)[]): unknown {
  let current: unknown = document;
  for (const step of steps) {
    if (typeof step === "number") {
      if (!Array.isArray(current) || step >= current.length) return MISSING;
      current = current[step];
    } else {
      if (typeof current !== "object" || current === null || Array.isArray(current) || !(step in current))
        return MISSING;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}

function compileJsonPattern(text: string): LogMatcher {
  const tokens = new Tokens(tokenize(text));
  tokens.expect("{");
  const condition = parseBoolean<unknown>(tokens, () => jsonTerm(tokens));
  tokens.expect("}");
  if (!tokens.done) throw invalid();
  return (message) => {
    let document: unknown;
    try {
      document = JSON.parse(message);
    } catch {
      return false;
    }
    return typeof document === "object" && document !== null && condition(document);
  };
}

function jsonTerm(tokens: Tokens): (document: unknown) => boolean {
  const selectorToken = tokens.next();
  if (selectorToken.kind !== "word") throw invalid();
  const steps = parseSelector(selectorToken.text);
  const next = tokens.peek();
  if (next?.kind === "word" && next.text.toUpperCase() === "IS") {
    tokens.next();
    const what = tokens.next();
    const expected = what.kind === "word" ? what.text.toUpperCase() : "";
    if (expected === "TRUE") return (document) => select(document, steps) === true;
    if (expected === "FALSE") return (document) => select(document, steps) === false;
    if (expected === "NULL") return (document) => select(document, steps) === null;
    throw invalid();
  }
  if (next?.kind === "word" && next.text.toUpperCase() === "NOT") {
    tokens.next();
    const exists = tokens.next();
    if (exists.kind !== "word" || exists.text.toUpperCase() !== "EXISTS") throw invalid();
    return (document) => select(document, steps) === MISSING;
  }
  if (next?.kind === "word" && next.text.toUpperCase() === "EXISTS") {
    tokens.next();
    return (document) => select(document, steps) !== MISSING;
  }
  const operator = tokens.next();
  if (operator.kind !== "op" || !OPERATORS.has(operator.text)) throw invalid();
  const comparison: Comparison = {
    operator: operator.text as Operator,
    value: comparisonValue(tokens.next()),
  };
  return (document) => {
    const actual = select(document, steps);
    return actual !== MISSING && compare(actual, comparison);
  };
}

// --- space-delimited patterns --------------------------------------------------------------------------------

interface DelimitedField {
  /** `...`: any number of fields. */
  readonly ellipsis: boolean;
  readonly condition?: (fields: ReadonlyMap<string, string>) => boolean;
  readonly name?: string;
}

function compileDelimitedPattern(text: string): LogMatcher {
  const tokens = new Tokens(tokenize(text));
  tokens.expect("[");
  const fields: DelimitedField[] = [];
  if (!tokens.accept("]")) {
    do fields.push(delimitedField(tokens, fields.length));
    while (tokens.accept(","));
    tokens.expect("]");
  }
  if (!tokens.done) throw invalid();
  return (message) => {
    const values = splitFields(message);
    const bound = bindFields(fields, values);
    return (
      bound !== undefined && fields.every((field) => field.condition === undefined || field.condition(bound))
    );
  };
}

function delimitedField(tokens: Tokens, position: number): DelimitedField {
  const first = tokens.peek();
  if (first?.kind === "word" && first.text === "...") {
    tokens.next();
    return { ellipsis: true };
  }
  const name = first?.kind === "word" ? first.text : `$${position + 1}`;
  const known = new Set<string>([name]);
  const condition = parseBoolean<ReadonlyMap<string, string>>(tokens, () => {
    const field = tokens.next();
    if (field.kind !== "word") throw invalid();
    known.add(field.text);
    const operator = tokens.peek();
    if (operator?.kind !== "op" || !OPERATORS.has(operator.text)) return () => true;
    tokens.next();
    const comparison: Comparison = {
      operator: operator.text as Operator,
      value: comparisonValue(tokens.next()),
    };
    return (values) => {
      const actual = values.get(field.text);
      return actual !== undefined && compare(actual, comparison);
    };
  });
  return { ellipsis: false, name, condition };
}

/** Fields split on spaces; a field in double quotes or square brackets is one field, as AWS parses them. */
function splitFields(message: string): string[] {
  return (message.match(/"[^"]*"|\[[^\]]*\]|\S+/g) ?? []).map((field) =>
    (field.startsWith('"') && field.endsWith('"')) || (field.startsWith("[") && field.endsWith("]"))
      ? field.slice(1, -1)
      : field,
  );
}

/** Assigns values to named fields; `...` absorbs what the others leave. Undefined when the count cannot fit. */
function bindFields(
  fields: readonly DelimitedField[],
  values: readonly string[],
): Map<string, string> | undefined {
  const ellipses = fields.filter((field) => field.ellipsis).length;
  const named = fields.length - ellipses;
  if (ellipses === 0 ? values.length !== named : values.length < named) return undefined;
  const bound = new Map<string, string>();
  const spare = values.length - named;
  let index = 0;
  let firstEllipsis = true;
  for (const [position, field] of fields.entries()) {
    if (field.ellipsis) {
      // The first ellipsis takes all the spare fields; later ones match none.
      if (firstEllipsis) index += spare;
      firstEllipsis = false;
      continue;
    }
    bound.set(field.name ?? `$${position + 1}`, values[index]);
    index++;
  }
  return bound;
}
