import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateAll } from "./generate.js";
import { GENERATED_DIR } from "./render.js";
import { candidatePythons, describeCandidate, findBotocoreSources } from "./sources.js";

const sources = findBotocoreSources();
const outDir = mkdtempSync(join(tmpdir(), "eda-regenerate-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The botocore version a committed module says it was generated from. */
function committedVersion(): string | undefined {
  const header = readFileSync(join(GENERATED_DIR, "sqs.ts"), "utf8").split("\n", 1)[0];
  return /botocore (\S+)/.exec(header)?.[1];
}

describe("emulator/generated", () => {
  it("is exactly what the generator writes from the model source", async (ctx) => {
    const wanted = committedVersion();
    if (sources.length === 0) {
      const asked = candidatePythons().map(describeCandidate).join(", ");
      ctx.skip(
        `Cannot regenerate: no botocore found (asked ${asked}); the committed modules come from botocore ${wanted}. ` +
          "scripts/install-model-sources.sh installs it.",
      );
      return;
    }
    const source = sources.find((candidate) => candidate.version === wanted);
    if (source === undefined) {
      const found = sources.map((candidate) => `${candidate.version} (${candidate.python})`).join(", ");
      expect.fail(
        `emulator/generated comes from botocore ${wanted} but this machine has ${found}: run ` +
          "`npm run generate:shapes` and review the diff, or run scripts/install-model-sources.sh.",
      );
    }
    const written = (await generateAll(source, outDir)).map((path) => path.slice(outDir.length + 1)).sort();
    const committed = readdirSync(GENERATED_DIR).sort();
    expect(committed).toEqual(written);
    for (const file of written) {
      const fresh = readFileSync(join(outDir, file), "utf8");
      const kept = readFileSync(join(GENERATED_DIR, file), "utf8");
      expect(kept === fresh, `emulator/generated/${file} differs from a fresh generation`).toBe(true);
    }
  });
});
