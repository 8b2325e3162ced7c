import type { FunctionVersionSpec, InvocationRequest } from "../execution.js";

/** What a worker's environment depends on beyond the function's own configuration. */
export interface WorkerPlacement {
  readonly taskRoot: string;
  readonly runtimeDir: string;
  readonly logStreamName: string;
  /** Folders the runtime puts on NODE_PATH / PYTHONPATH after the task root (its bundled libraries). */
  readonly libraryPaths: readonly string[];
}

/**
 * The reserved variables AWS documents for a function's execution environment ("Defined runtime environment
 * variables"), over the function's own variables, which may not replace them. The worker adds
 * AWS_LAMBDA_RUNTIME_API, the address of its own Runtime API.
 */
export function workerEnvironment(
  spec: FunctionVersionSpec,
  request: Pick<InvocationRequest, "credentials" | "endpointUrl">,
  placement: WorkerPlacement,
): Record<string, string> {
  const libraries = [placement.taskRoot, ...placement.libraryPaths].join(":");
  const reserved: Record<string, string> = {
    _HANDLER: spec.handler,
    AWS_REGION: spec.region,
    AWS_DEFAULT_REGION: spec.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${spec.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memorySizeMb),
    AWS_LAMBDA_FUNCTION_VERSION: spec.version,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: spec.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: placement.logStreamName,
    AWS_ACCESS_KEY_ID: request.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: request.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: request.credentials.sessionToken,
    LAMBDA_TASK_ROOT: placement.taskRoot,
    LAMBDA_RUNTIME_DIR: placement.runtimeDir,
    TZ: ":UTC",
    LANG: "en_US.UTF-8",
    // The machine's own PATH: the runtimes here are the machine's node and python3.
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    NODE_PATH: libraries,
    PYTHONPATH: libraries,
    // The emulator's addition: the SDKs a function uses send their calls here, not to AWS.
    AWS_ENDPOINT_URL: request.endpointUrl,
  };
  if (spec.logFormat === "JSON") reserved.AWS_LAMBDA_LOG_FORMAT = "JSON";
  return { ...spec.environment, ...reserved };
}
