import { App } from "cdktf";
import path from "node:path";
import { addEnvironments, environmentOptionsFrom } from "../../stacks/environments.js";

export interface SynthResult {
  readonly outdir: string;
  readonly milliseconds: number;
}

/** Synthesizes every environment the same way main.ts does, into `outdir`. */
export function synthesizeAll(outdir: string, env: NodeJS.ProcessEnv = process.env): SynthResult {
  const started = performance.now();
  const app = new App({ outdir });
  addEnvironments(app, environmentOptionsFrom(env));
  app.synth();
  return { outdir, milliseconds: Math.round(performance.now() - started) };
}

export function stackDir(outdir: string, stack: string): string {
  return path.join(outdir, "stacks", stack);
}
