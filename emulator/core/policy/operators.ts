import { BlockList, isIP } from "node:net";
import { anyArnMatcher } from "./arn.js";
import { anyWildcardMatcher, type Matcher } from "./wildcard.js";

/**
 * The condition operators AWS documents, each reduced to one question: does this request value match any of
 * the policy's values? Negated operators (StringNotEquals, NotIpAddress, ArnNotLike, …) are the same test
 * answered "no", which is how AWS gets NOR over a negated operator's values.
 */
export interface BaseOperator {
  readonly name: string;
  readonly negated: boolean;
  /** Whether `${…}` policy variables are substituted in its values (string and ARN operators only). */
  readonly takesVariables: boolean;
  /** Builds the "matches any value" test, or returns the policy value AWS would reject. */
  compile(values: readonly string[]): Matcher | { readonly invalid: string };
}

type Compile = BaseOperator["compile"];

function family(
  names: readonly [positive: string, negative: string | undefined],
  compile: Compile,
  takesVariables = false,
): BaseOperator[] {
  const [positive, negative] = names;
  const operators: BaseOperator[] = [{ name: positive, negated: false, takesVariables, compile }];
  if (negative) operators.push({ name: negative, negated: true, takesVariables, compile });
  return operators;
}

const stringEquals: Compile = (values) => {
  const set = new Set(values);
  return (value) => set.has(value);
};
const stringEqualsIgnoreCase: Compile = (values) => {
  const set = new Set(values.map((v) => v.toLowerCase()));
  return (value) => set.has(value.toLowerCase());
};
const stringLike: Compile = (values) => anyWildcardMatcher(values, false);
const arnLike: Compile = (values) => anyArnMatcher(values);

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Dates are ISO 8601 (`2026-01-01T00:00:00Z`, or a bare date) or epoch seconds, as AWS accepts both. */
export function parseDate(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return undefined;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : ms;
}

function ordered(
  parse: (text: string) => number | undefined,
  test: (request: number, policy: number) => boolean,
) {
  return (values: readonly string[]): Matcher | { invalid: string } => {
    const parsed: number[] = [];
    for (const value of values) {
      const number = parse(value);
      if (number === undefined) return { invalid: value };
      parsed.push(number);
    }
    return (value) => {
      const request = parse(value);
      return request !== undefined && parsed.some((policy) => test(request, policy));
    };
  };
}

const comparisons = [
  ["Equals", "NotEquals", (a: number, b: number) => a === b],
  ["LessThan", undefined, (a: number, b: number) => a < b],
  ["LessThanEquals", undefined, (a: number, b: number) => a <= b],
  ["GreaterThan", undefined, (a: number, b: number) => a > b],
  ["GreaterThanEquals", undefined, (a: number, b: number) => a >= b],
] as const;

const bool: Compile = (values) => {
  const set = new Set(values.map((v) => v.toLowerCase()));
  return (value) => set.has(value.toLowerCase());
};

function decodeBase64(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(trimmed) || trimmed.length % 4 !== 0) return undefined;
  return Buffer.from(trimmed, "base64");
}

const binaryEquals: Compile = (values) => {
  const decoded: Buffer[] = [];
  for (const value of values) {
    const bytes = decodeBase64(value);
    if (!bytes) return { invalid: value };
    decoded.push(bytes);
  }
  return (value) => {
    const bytes = decodeBase64(value);
    return bytes !== undefined && decoded.some((policy) => policy.equals(bytes));
  };
};

/** `::ffff:10.0.0.1`, which dual-stack sockets report for IPv4 peers, compared as the IPv4 address it is. */
function unmapIpv4(address: string): string {
  return address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4
    ? address.slice(7)
    : address;
}

const ipAddress: Compile = (values) => {
  // node:net's BlockList does the IPv4 and IPv6 prefix arithmetic; no third-party library is needed.
  const ranges = new BlockList();
  for (const value of values) {
    const [address = "", prefixText, extra] = unmapIpv4(value.trim()).split("/");
    const version = isIP(address);
    const maxPrefix = version === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
    if (
      version === 0 ||
      extra !== undefined ||
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > maxPrefix
    ) {
      return { invalid: value };
    }
    ranges.addSubnet(address, prefix, version === 4 ? "ipv4" : "ipv6");
  }
  return (value) => {
    const address = unmapIpv4(value.trim());
    const version = isIP(address);
    return version !== 0 && ranges.check(address, version === 4 ? "ipv4" : "ipv6");
  };
};

const ALL: readonly BaseOperator[] = [
  ...family(["StringEquals", "StringNotEquals"], stringEquals, true),
  ...family(["StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"], stringEqualsIgnoreCase, true),
  ...family(["StringLike", "StringNotLike"], stringLike, true),
  ...comparisons.flatMap(([suffix, negative, test]) => [
    ...family([`Numeric${suffix}`, negative && `Numeric${negative}`], ordered(parseNumber, test)),
    ...family([`Date${suffix}`, negative && `Date${negative}`], ordered(parseDate, test)),
  ]),
  ...family(["Bool", undefined], bool),
  ...family(["BinaryEquals", undefined], binaryEquals),
  ...family(["IpAddress", "NotIpAddress"], ipAddress),
  // AWS documents ArnEquals and ArnLike as the same per-part wildcard match.
  ...family(["ArnEquals", "ArnNotEquals"], arnLike, true),
  ...family(["ArnLike", "ArnNotLike"], arnLike, true),
];

/** `Null` is special: it asks whether the key is absent, so it has no value test and no IfExists form. */
export const NULL_OPERATOR = "Null";

const BY_NAME = new Map(ALL.map((operator) => [operator.name.toLowerCase(), operator]));

export type SetQualifier = "ForAnyValue" | "ForAllValues";

export interface ParsedOperator {
  /** As written in the policy, for messages. */
  readonly text: string;
  /** Undefined for `Null`. */
  readonly base: BaseOperator | undefined;
  readonly qualifier: SetQualifier | undefined;
  readonly ifExists: boolean;
}

/** Reads `[ForAnyValue:|ForAllValues:]Operator[IfExists]`; undefined when AWS does not know the operator. */
export function parseOperator(text: string): ParsedOperator | undefined {
  let rest = text;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === "foranyvalue") qualifier = "ForAnyValue";
    else if (prefix === "forallvalues") qualifier = "ForAllValues";
    else return undefined;
    rest = rest.slice(colon + 1);
  }
  if (rest.toLowerCase() === NULL_OPERATOR.toLowerCase()) {
    return qualifier ? undefined : { text, base: undefined, qualifier, ifExists: false };
  }
  const ifExists = rest.toLowerCase().endsWith("ifexists");
  const base = BY_NAME.get((ifExists ? rest.slice(0, -"IfExists".length) : rest).toLowerCase());
  return base ? { text, base, qualifier, ifExists } : undefined;
}

/** Every operator name, for the README and the tests. */
export const OPERATOR_NAMES: readonly string[] = [...ALL.map((operator) => operator.name), NULL_OPERATOR];
