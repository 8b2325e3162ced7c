import { describe, expect, it } from "vitest";
import { batchVerdict } from "./batchResponse.js";

const ids = new Set(["m1", "m2"]);
const verdict = (text: string) => batchVerdict(Buffer.from(text), ids);

describe("a ReportBatchItemFailures response", () => {
  it("is a complete success when empty, null, without failures or with an empty or null list", () => {
    for (const text of ["", "null", "{}", '{"batchItemFailures":[]}', '{"batchItemFailures":null}'])
      expect(verdict(text)).toEqual({ kind: "all-succeeded" });
  });

  it("names the failed messages by itemIdentifier", () => {
    expect(verdict('{"batchItemFailures":[{"itemIdentifier":"m2"}]}')).toEqual({
      kind: "some-failed",
      failed: new Set(["m2"]),
    });
  });

  it("fails the whole batch when it is not JSON", () => {
    expect(verdict("{oops")).toMatchObject({ kind: "invalid" });
  });

  it("fails the whole batch for an empty, null, misspelt or unknown itemIdentifier", () => {
    for (const failure of [
      '{"itemIdentifier":""}',
      '{"itemIdentifier":null}',
      '{"itemIdentifer":"m1"}',
      '{"itemIdentifier":"m9"}',
    ])
      expect(verdict(`{"batchItemFailures":[${failure}]}`)).toMatchObject({ kind: "invalid" });
  });

  it("fails the whole batch when batchItemFailures is not a list", () => {
    expect(verdict('{"batchItemFailures":"m1"}')).toMatchObject({ kind: "invalid" });
  });
});
