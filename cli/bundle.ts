/**
 * Bundles the compiled emulator command, run after `tsc` (`node dist/cli/bundle.js`). Node 20's ESM loader
 * resolves, reads and compiles every module separately; for the ~60 modules behind `eda emulator` that was most
 * of the start-up time. npm packages stay external (better-sqlite3 is native). Code splitting keeps the lazy
 * services lazy: each service (and the SQLite store) is a chunk of its own under `chunks/`, read only when its
 * dynamic import runs, so the entry stays small however many services are registered.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUNDLE_NAME } from "./bundle-name.js";

const here = fileURLToPath(new URL(".", import.meta.url));

// Chunk names carry content hashes: clear the previous build's, so only this build's chunks remain.
rmSync(`${here}chunks`, { recursive: true, force: true });

await build({
  entryPoints: { [BUNDLE_NAME.replace(/\.js$/, "")]: `${here}emulator-command.js` },
  outdir: here,
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
