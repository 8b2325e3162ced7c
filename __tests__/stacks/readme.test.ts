import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { variablesTable, withReferenceTables } from "../../scripts/readme/reference-tables.js";
import { synthEnvironment } from "./synth.js";

const README = fileURLToPath(new URL("../../README.md", import.meta.url));

describe("README reference tables", () => {
  it("match the variables and outputs the stacks synthesize (regenerate: npx tsx scripts/readme/write.ts)", async () => {
    const readme = readFileSync(README, "utf8");
    expect(readme).toBe(await withReferenceTables(readme, README));
  });

  it("list every variable of the dev stack, each once", () => {
    const rows = variablesTable()
      .split("\n")
      .slice(2)
      .map((row) => /^\| `([a-z0-9_]+)`/.exec(row)?.[1]);
    expect(rows.sort()).toEqual(Object.keys(synthEnvironment("dev").config.variable).sort());
  });
});
