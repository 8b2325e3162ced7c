/**
 * IAM's wildcards: `*` matches any run of characters (including none) and `?` exactly one; every other
 * character is literal. Written by hand because glob libraries give `/`, `**`, braces, classes and dot-files
 * meanings that IAM patterns do not have.
 */
export type Matcher = (value: string) => boolean;

const SPECIAL = /[\\^$.|+()[\]{}]/g;

function hasWildcard(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

function wildcardSource(pattern: string): string {
  return pattern.replace(SPECIAL, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
}

/** One matcher for a single pattern; plain strings skip the regular expression. */
export function wildcardMatcher(pattern: string, ignoreCase: boolean): Matcher {
  if (pattern === "*") return () => true;
  if (!hasWildcard(pattern)) {
    if (!ignoreCase) return (value) => value === pattern;
    const lower = pattern.toLowerCase();
    return (value) => value.toLowerCase() === lower;
  }
  const regex = new RegExp(`^${wildcardSource(pattern)}$`, ignoreCase ? "is" : "s");
  return (value) => regex.test(value);
}

/** One matcher that is true when any of the patterns matches (IAM ORs the values of one element). */
export function anyWildcardMatcher(patterns: readonly string[], ignoreCase: boolean): Matcher {
  if (patterns.includes("*")) return () => true;
  if (patterns.length === 1) return wildcardMatcher(patterns[0], ignoreCase);
  const regex = new RegExp(`^(?:${patterns.map(wildcardSource).join("|")})$`, ignoreCase ? "is" : "s");
  return (value) => regex.test(value);
}
