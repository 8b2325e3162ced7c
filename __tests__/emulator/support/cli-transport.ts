import { execFile } from "node:child_process";
import type { JsonObject, SqsAction, SqsTransport, WireProtocol } from "./transport.js";
import { SqsCallError, TEST_ACCESS_KEY_ID, TEST_REGION, TEST_SECRET_ACCESS_KEY } from "./transport.js";

/** Debian's AWS CLI v2.9: its bundled botocore predates SQS's JSON switch, so it speaks the query protocol. */
export const DEBIAN_AWS_CLI = process.env.EDA_QUERY_AWS_CLI ?? "/usr/bin/aws";
/** The `aws` first on PATH: on these machines the pyenv AWS CLI v1 with a current botocore (JSON protocol). */
export const PATH_AWS_CLI = process.env.EDA_JSON_AWS_CLI ?? "aws";

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function cliEnvironment(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY,
    AWS_DEFAULT_REGION: TEST_REGION,
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_PAGER: "",
    AWS_MAX_ATTEMPTS: "1",
    AWS_RETRY_MODE: "standard",
  };
}

export function runCli(executable: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      args,
      { env: cliEnvironment(), maxBuffer: 64 * 1024 * 1024, timeout: 90_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`${executable} could not run: ${error.message}`));
          return;
        }
        resolve({ stdout, stderr, exitCode: typeof error?.code === "number" ? error.code : 0 });
      },
    );
  });
}

function kebabCase(action: SqsAction): string {
  return action.replace(/(?<!^)([A-Z])/g, "-$1").toLowerCase();
}

/** The CLI's debug log names the status of each HTTP exchange (`"POST / HTTP/1.1" 400 321`); the last one counts. */
function lastHttpStatus(debugLog: string): number {
  const statuses = [...debugLog.matchAll(/"(?:POST|GET) [^"]* HTTP\/1\.1" (\d{3})/g)].map((m) =>
    Number(m[1]),
  );
  return statuses.at(-1) ?? 0;
}

/**
 * One `aws sqs <op>` process per call, API-shaped input through `--cli-input-json`. `--debug` is on so a
 * failed call's HTTP status can be read from the log (the CLI prints only the code otherwise).
 */
export function createCliTransport(
  executable: string,
  label: string,
  protocol: WireProtocol,
  endpoint: string,
): SqsTransport {
  return {
    label,
    protocol,
    async call(action: SqsAction, input: JsonObject): Promise<JsonObject> {
      const run = await runCli(executable, [
        "sqs",
        kebabCase(action),
        "--endpoint-url",
        endpoint,
        "--output",
        "json",
        "--no-paginate",
        "--debug",
        "--cli-input-json",
        JSON.stringify(input),
      ]);
      if (run.exitCode !== 0) {
        const reported = /An error occurred \(([^)]+)\)[^:]*: (.*)/.exec(run.stderr);
        if (!reported)
          throw new Error(`${label} ${action} failed (exit ${run.exitCode}): ${run.stderr.slice(-2000)}`);
        throw new SqsCallError(reported[1] ?? "", lastHttpStatus(run.stderr), reported[2] ?? "");
      }
      return run.stdout.trim() === "" ? {} : (JSON.parse(run.stdout) as JsonObject);
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
}
