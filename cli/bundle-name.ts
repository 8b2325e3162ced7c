/** File name of the single-file emulator bundle, next to the compiled CLI: written by `bundle.ts`, loaded by `eda.ts`. */
export const BUNDLE_NAME = "emulator-command.bundle.js";
