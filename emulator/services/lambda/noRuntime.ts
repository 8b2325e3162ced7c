import type { FunctionExecutor } from "./execution.js";

/**
 * The executor of a build without the Lambda runtime: the control plane works, invocations are refused with a
 * sentence saying so. Replaced by the runtime's worker executor once that is part of the emulator.
 */
export function noRuntime(): FunctionExecutor {
  return {
    invoke: () =>
      Promise.reject(new Error("This emulator build has no Lambda runtime to run function code.")),
    retire: () => {},
    close: () => Promise.resolve(),
  };
}
