import { describe, expect, it } from "vitest";
import { candidatePythons, compareVersions, findBotocoreSources } from "./sources.js";

describe("botocore sources", () => {
  it("orders versions numerically, not as text", () => {
    expect(compareVersions("1.43.11", "1.43.9")).toBeGreaterThan(0);
    expect(compareVersions("1.29.27", "1.43.0")).toBeLessThan(0);
    expect(compareVersions("1.43", "1.43.0")).toBe(0);
  });

  it("asks only the interpreters EDA_BOTOCORE_PYTHONS names when it is set", () => {
    expect(candidatePythons({ EDA_BOTOCORE_PYTHONS: "/opt/a/python:/opt/b/python" })).toEqual([
      { python: "/opt/a/python" },
      { python: "/opt/b/python" },
    ]);
  });

  it("finds nothing through an interpreter that does not exist", () => {
    expect(findBotocoreSources([{ python: "/nonexistent/python3" }])).toEqual([]);
  });
});
