import { wildcardMatcher, type Matcher } from "./wildcard.js";

/**
 * ARN patterns as the Resource element and the Arn* condition operators read them: the six colon-separated
 * parts (`arn:partition:service:region:account:resource`) are compared one by one, case-sensitively, so a
 * wildcard never spans a part boundary, except in the last part, which may itself contain colons.
 */
const ARN_PARTS = 6;

/** Splits an ARN into its six parts, the last keeping any further colons; undefined when it has fewer. */
export function splitArn(arn: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < ARN_PARTS - 1; i += 1) {
    const colon = arn.indexOf(":", start);
    if (colon < 0) return undefined;
    parts.push(arn.slice(start, colon));
    start = colon + 1;
  }
  parts.push(arn.slice(start));
  return parts;
}

export function arnMatcher(pattern: string): Matcher {
  const patternParts = splitArn(pattern);
  // "*" matches everything; any other pattern short of six parts can only equal itself.
  if (!patternParts) return pattern === "*" ? () => true : (value) => value === pattern;
  if (!pattern.includes("*") && !pattern.includes("?")) return (value) => value === pattern;
  const partMatchers = patternParts.map((part) => wildcardMatcher(part, false));
  return (value) => {
    const valueParts = splitArn(value);
    if (!valueParts) return false;
    return partMatchers.every((matches, i) => matches(valueParts[i] ?? ""));
  };
}

export function anyArnMatcher(patterns: readonly string[]): Matcher {
  if (patterns.includes("*")) return () => true;
  const matchers = patterns.map(arnMatcher);
  return (value) => matchers.some((matches) => matches(value));
}
