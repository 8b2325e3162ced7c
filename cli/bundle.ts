/**
 * Bundles the compiled emulator command into one file, run after `tsc` (`node dist/cli/bundle.js`). Node 20's
 * ESM loader resolves, reads and compiles every module separately; for the ~60 modules behind
 * `eda emulator` that was most of the start-up time. npm packages stay external (better-sqlite3 is native).
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { BUNDLE_NAME } from "./bundle-name.js";

const here = fileURLToPath(new URL(".", import.meta.url));

await build({
  entryPoints: [`${here}emulator-command.js`],
  outfile: `${here}${BUNDLE_NAME}`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
