/**
 * The `name=value` pairs of an `application/x-www-form-urlencoded` text, decoded exactly as URLSearchParams
 * decodes them. Written by hand because URLSearchParams walks the text character by character in JavaScript:
 * it was a tenth of the emulator's CPU per SNS Publish, whose JSON message arrives percent-encoded. This splits
 * on `&` and `=` and lets the engine's native decodeURIComponent do the decoding; text it refuses (malformed
 * `%` sequences, encoded bytes that are not UTF-8), which URLSearchParams keeps or replaces instead, is handed
 * to URLSearchParams whole, so the result never differs.
 */
export class FormParams implements Iterable<[string, string]> {
  private constructor(private readonly pairs: readonly [string, string][]) {}

  /** The pairs of each text in turn (a query string, then a body), skipping empty ones. */
  static parse(...texts: string[]): FormParams {
    const pairs: [string, string][] = [];
    for (const text of texts) {
      try {
        appendPairs(text, pairs);
      } catch (error) {
        if (!(error instanceof URIError)) throw error;
        pairs.length = 0;
        for (const each of texts) for (const pair of new URLSearchParams(each)) pairs.push(pair);
        break;
      }
    }
    return new FormParams(pairs);
  }

  /** The first value of `name`, or null, as URLSearchParams answers. */
  get(name: string): string | null {
    for (const [key, value] of this.pairs) if (key === name) return value;
    return null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.pairs[Symbol.iterator]();
  }
}

function appendPairs(text: string, pairs: [string, string][]): void {
  // URLSearchParams drops one leading "?" of a text, as of a URL's search part.
  let start = text.startsWith("?") ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf("&", start);
    if (end === -1) end = text.length;
    if (end > start) {
      const equals = text.indexOf("=", start);
      const split = equals === -1 || equals > end ? end : equals;
      const name = decodeComponent(text.slice(start, split));
      pairs.push([name, split === end ? "" : decodeComponent(text.slice(split + 1, end))]);
    }
    start = end + 1;
  }
}

/** `+` is a space; `%XX` sequences are UTF-8 bytes (throws URIError when they are not). */
function decodeComponent(text: string): string {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  return spaced.includes("%") ? decodeURIComponent(spaced) : spaced;
}
