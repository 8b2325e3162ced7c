/**
 * Regenerates emulator/generated/<service>.ts from the newest botocore on this machine:
 * `npx tsx emulator/generator/generate.ts [outDir]` (or `npm run generate:shapes`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DIR, renderService } from "./render.js";
import { GENERATED_SERVICES } from "./services.js";
import { candidatePythons, describeCandidate, newestSource, type BotocoreSource } from "./sources.js";

export async function generateAll(source: BotocoreSource, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const service of GENERATED_SERVICES) {
    const path = join(outDir, `${service.module}.ts`);
    writeFileSync(path, await renderService(service, source));
    written.push(path);
  }
  return written;
}

async function main(): Promise<void> {
  const source = newestSource();
  if (source === undefined) {
    console.error(
      `No botocore found: none of ${candidatePythons().map(describeCandidate).join(", ")} can import it. ` +
        "Run scripts/install-model-sources.sh, or name interpreters in EDA_BOTOCORE_PYTHONS.",
    );
    process.exitCode = 1;
    return;
  }
  const outDir = process.argv[2] ?? GENERATED_DIR;
  for (const path of await generateAll(source, outDir)) console.log(`wrote ${path}`);
  console.log(`from botocore ${source.version} (${source.python})`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  await main();
}
