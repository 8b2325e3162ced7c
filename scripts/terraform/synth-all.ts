/**
 * `npm run synth`: synthesizes every environment into cdktf.out (or the folder given) exactly as main.ts
 * does, without the cdktf CLI, which runs terraform and calls HashiCorp's checkpoint service on every synth
 * and prints their errors when offline.
 * Usage: tsx scripts/terraform/synth-all.ts [outdir]
 */
import path from "node:path";
import { ENVIRONMENTS } from "../../stacks/environments.js";
import { synthesizeAll } from "./synth.js";
import { PROJECT_ROOT } from "./workspace.js";

const outdir = path.resolve(process.argv[2] ?? path.join(PROJECT_ROOT, "cdktf.out"));
const { milliseconds } = synthesizeAll(outdir);
console.error(
  `• synthesized ${ENVIRONMENTS.join(", ")} into ${path.relative(process.cwd(), outdir) || "."}: ${milliseconds} ms`,
);
