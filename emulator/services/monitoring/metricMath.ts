/**
 * A subset of CloudWatch metric math for GetMetricData: query ids, numbers, `+ - * /`, unary minus, parentheses,
 * and SUM, AVG, MIN, MAX (of a list `[m1, m2]`: a time series of the values at each timestamp; of one series: a
 * scalar), ABS. Series combine point by point on the timestamps both have, as CloudWatch combines them.
 * Hand-written: no library parses CloudWatch's expression language. Throws `MathError` with a sentence for an
 * expression it cannot evaluate.
 */

/** Timestamp (epoch ms) → value. */
export type Series = ReadonlyMap<number, number>;
export type MathValue =
  | { readonly kind: "series"; readonly series: Series }
  | { readonly kind: "scalar"; readonly value: number }
  | { readonly kind: "list"; readonly items: readonly Series[] };

export class MathError extends Error {}

type Token =
  { kind: "number"; value: number } | { kind: "name"; text: string } | { kind: "op"; text: string };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()[\],]))/y;
  let index = 0;
  while (index < expression.length) {
    if (/^\s*$/.test(expression.slice(index))) break;
    re.lastIndex = index;
    const match = re.exec(expression);
    if (match === null)
      throw new MathError(`Unexpected character at position ${index + 1} of "${expression}".`);
    index = re.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: "number", value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: "name", text: match[2] });
    else tokens.push({ kind: "op", text: match[3] });
  }
  return tokens;
}

const FUNCTIONS = new Set(["SUM", "AVG", "MIN", "MAX", "ABS"]);

/** Evaluates `expression`; `lookup` gives the series of a query id (or throws for an unknown one). */
export function evaluateExpression(expression: string, lookup: (id: string) => Series): MathValue {
  const tokens = tokenize(expression);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (text: string): boolean => {
    const token = peek();
    return token?.kind === "op" && token.text === text;
  };
  const expect = (text: string): void => {
    if (!isOp(text)) throw new MathError(`Expected "${text}" in "${expression}".`);
    position++;
  };

  const parseSum = (): MathValue => {
    let left = parseProduct();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[position++] as { text: string }).text;
      left = combine(left, parseProduct(), op === "+" ? (a, b) => a + b : (a, b) => a - b);
    }
    return left;
  };
  const parseProduct = (): MathValue => {
    let left = parseUnary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[position++] as { text: string }).text;
      left = combine(left, parseUnary(), op === "*" ? (a, b) => a * b : (a, b) => a / b);
    }
    return left;
  };
  const parseUnary = (): MathValue => {
    if (isOp("-")) {
      position++;
      return combine({ kind: "scalar", value: 0 }, parseUnary(), (a, b) => a - b);
    }
    return parseAtom();
  };
  const parseAtom = (): MathValue => {
    const token = peek();
    if (token === undefined) throw new MathError(`"${expression}" ends unexpectedly.`);
    position++;
    if (token.kind === "number") return { kind: "scalar", value: token.value };
    if (token.kind === "op" && token.text === "(") {
      const inner = parseSum();
      expect(")");
      return inner;
    }
    if (token.kind === "op" && token.text === "[") {
      const items: Series[] = [];
      do items.push(asSeries(parseSum()));
      while (isOp(",") && ++position);
      expect("]");
      return { kind: "list", items };
    }
    if (token.kind === "name" && FUNCTIONS.has(token.text)) {
      expect("(");
      const argument = parseSum();
      expect(")");
      return applyFunction(token.text, argument);
    }
    if (token.kind === "name") return { kind: "series", series: lookup(token.text) };
    throw new MathError(`Unexpected "${token.text}" in "${expression}".`);
  };

  const result = parseSum();
  if (position !== tokens.length)
    throw new MathError(`Unexpected input after position ${position} in "${expression}".`);
  return result;
}

function asSeries(value: MathValue): Series {
  if (value.kind !== "series") throw new MathError("A list may only hold time series.");
  return value.series;
}

function combine(a: MathValue, b: MathValue, op: (x: number, y: number) => number): MathValue {
  if (a.kind === "list" || b.kind === "list")
    throw new MathError("Arithmetic needs time series or numbers, not lists.");
  if (a.kind === "scalar" && b.kind === "scalar") return { kind: "scalar", value: op(a.value, b.value) };
  if (a.kind === "scalar" && b.kind === "series") return mapSeries(b.series, (y) => op(a.value, y));
  if (a.kind === "series" && b.kind === "scalar") return mapSeries(a.series, (x) => op(x, b.value));
  const left = (a as { series: Series }).series;
  const right = (b as { series: Series }).series;
  const out = new Map<number, number>();
  for (const [timestamp, x] of left) {
    const y = right.get(timestamp);
    if (y !== undefined) out.set(timestamp, op(x, y));
  }
  return { kind: "series", series: out };
}

function mapSeries(series: Series, f: (x: number) => number): MathValue {
  return { kind: "series", series: new Map([...series].map(([t, x]) => [t, f(x)])) };
}

const AGGREGATES: Record<string, (values: number[]) => number> = {
  SUM: (values) => values.reduce((a, b) => a + b, 0),
  AVG: (values) => values.reduce((a, b) => a + b, 0) / values.length,
  MIN: (values) => Math.min(...values),
  MAX: (values) => Math.max(...values),
};

function applyFunction(name: string, argument: MathValue): MathValue {
  if (name === "ABS") {
    if (argument.kind === "scalar") return { kind: "scalar", value: Math.abs(argument.value) };
    if (argument.kind === "series") return mapSeries(argument.series, Math.abs);
    throw new MathError("ABS takes a time series or a number.");
  }
  const aggregate = AGGREGATES[name];
  if (argument.kind === "series") {
    const values = [...argument.series.values()];
    if (values.length === 0) throw new MathError(`${name} of a time series without datapoints has no value.`);
    return { kind: "scalar", value: aggregate(values) };
  }
  if (argument.kind === "list") {
    const byTime = new Map<number, number[]>();
    for (const series of argument.items) {
      for (const [timestamp, value] of series) {
        const values = byTime.get(timestamp);
        if (values === undefined) byTime.set(timestamp, [value]);
        else values.push(value);
      }
    }
    return { kind: "series", series: new Map([...byTime].map(([t, values]) => [t, aggregate(values)])) };
  }
  throw new MathError(`${name} takes a time series or a list of them.`);
}
