import { describe, expect, it } from "vitest";
import { FormParams } from "./form-params.js";

/** What URLSearchParams makes of the same texts, one after the other. */
function reference(...texts: string[]): [string, string][] {
  return texts.flatMap((text) => [...new URLSearchParams(text)]);
}

const SAME_AS_URL_SEARCH_PARAMS: Record<string, string[]> = {
  "a plain form": ["Action=Publish&Version=2010-03-31"],
  "percent-encoded JSON and ARNs": [
    "TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Aorders&Message=%7B%22a%22%3A1%7D",
  ],
  "plus signs as spaces, and an encoded plus": ["Message=hello+world%2B1&Subject=a+b"],
  "UTF-8 sequences": ["Message=%C3%A9t%C3%A9%20%E2%9C%93%F0%9F%98%80"],
  "characters outside ASCII left unencoded": ["Message=été ✓"],
  "empty pairs, a name without a value and an empty value": ["&&a&b=&=c&&"],
  "an encoded name": ["Attributes.entry.1.key=Policy&MessageAttributes.entry.1.Name=a%2Eb"],
  "repeated names": ["a=1&a=2"],
  "equals signs inside a value": ["a=b=c&d==e"],
  "a malformed percent sequence": ["a=100%&b=%zz&c=%4"],
  "encoded bytes that are not UTF-8": ["a=%FF%FE&b=%C3"],
  "an encoded surrogate half": ["a=%ED%A0%80"],
  "a query string and a body": ["Action=ListTopics", "NextToken=abc%3D&Version=2010-03-31"],
  "a malformed query string before a good body": ["a=%zz", "b=%C3%A9"],
  "a leading question mark, dropped once": ["?a=1&?b=2", "??c=3"],
  "nothing at all": ["", ""],
};

describe("FormParams", () => {
  for (const [what, texts] of Object.entries(SAME_AS_URL_SEARCH_PARAMS)) {
    it(`decodes ${what} exactly as URLSearchParams does`, () => {
      expect([...FormParams.parse(...texts)]).toEqual(reference(...texts));
    });
  }

  it("answers get with the first value of a name, and null for a missing one", () => {
    const params = FormParams.parse("a=1&b=2&a=3");
    expect(params.get("a")).toBe("1");
    expect(params.get("b")).toBe("2");
    expect(params.get("c")).toBeNull();
  });
});
