import type { FunctionExecutor } from "../execution.js";
import { WorkerExecutor, type ExecutorOptions } from "./executor.js";

export type { ExecutorOptions } from "./executor.js";

/**
 * Lambda's runtime: worker processes behind the Lambda Runtime API. The service layer creates one per
 * service instance and closes it with the service.
 */
export function createFunctionExecutor(options: ExecutorOptions): FunctionExecutor {
  return new WorkerExecutor(options);
}
