/** Regenerates the README's variables and outputs tables from the stacks. Usage: tsx scripts/readme/write.ts */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../terraform/workspace.js";
import { withReferenceTables } from "./reference-tables.js";

const readmePath = path.join(PROJECT_ROOT, "README.md");
writeFileSync(readmePath, await withReferenceTables(readFileSync(readmePath, "utf8"), readmePath));
console.error("• README.md: variables and outputs tables regenerated");
