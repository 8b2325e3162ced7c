/** Where the `local` environment and the `eda --local` commands find the emulator unless told otherwise. */
export const DEFAULT_EMULATOR_ENDPOINT = "http://127.0.0.1:4566";
