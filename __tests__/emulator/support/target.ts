/**
 * Which SQS endpoint the suite runs against. By default our emulator, started in this process on port 0 (each
 * describe block gets its own, so files run in parallel without sharing state). `EDA_TEST_TARGET=<url>`
 * points the suite at any running endpoint instead, e.g. `moto_server` as a reference implementation.
 */
export const externalTargetUrl = process.env.EDA_TEST_TARGET?.trim() || undefined;

/** True when the suite runs against our emulator, where AWS's documented behaviour is the expectation. */
export const targetIsEmulator = externalTargetUrl === undefined;

export interface RunningTarget {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startTarget(): Promise<RunningTarget> {
  if (externalTargetUrl !== undefined) {
    return { url: externalTargetUrl.replace(/\/$/, ""), stop: () => Promise.resolve() };
  }
  // Loaded only when needed, so pointing the suite elsewhere does not depend on the emulator's code.
  const { startEmulator } = await import("../../../emulator/index.js");
  const emulator = await startEmulator({ port: 0 });
  return { url: emulator.url.replace(/\/$/, ""), stop: () => emulator.stop() };
}
