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

interface EmulatorModule {
  startEmulator: (options: {
    port: number;
    dataDir?: string;
    region?: string;
    accountId?: string;
  }) => Promise<{
    url: string;
    port: number;
    stop(): Promise<void>;
  }>;
}

// The emulator module is resolved at run time so this suite can be aimed at other endpoints before it exists.
const emulatorModulePath = "../../../emulator/index.js";

export async function startTarget(): Promise<RunningTarget> {
  if (externalTargetUrl !== undefined) {
    return { url: externalTargetUrl.replace(/\/$/, ""), stop: () => Promise.resolve() };
  }
  const { startEmulator } = (await import(emulatorModulePath)) as EmulatorModule;
  const emulator = await startEmulator({ port: 0 });
  return { url: emulator.url.replace(/\/$/, ""), stop: () => emulator.stop() };
}
