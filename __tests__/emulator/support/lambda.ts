import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  type CreateFunctionCommandInput,
  type CreateFunctionCommandOutput,
} from "@aws-sdk/client-lambda";
import { zipSync } from "fflate";
import type { RunningEmulator } from "../../../emulator/index.js";
import { DEFAULT_CREDENTIALS } from "./iam-clients.js";

export const LAMBDA_TRUST_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

/** A deployment package with the given files (path → source text), as a build would zip them. */
export function zipOf(files: Readonly<Record<string, string>>): Buffer {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, Buffer.from(text)]));
  return Buffer.from(zipSync(entries, { mtime: new Date("2024-01-01T00:00:00Z") }));
}

/** A Node handler that answers `{ echoed: event }`. */
export const ECHO_ZIP = zipOf({
  "index.mjs": "export const handler = async (event) => ({ echoed: event });\n",
});

/** SDK clients for Lambda and IAM against one emulator, destroyed together. */
export class LambdaClients {
  readonly lambda: LambdaClient;
  readonly iam: IAMClient;

  /** `maxAttempts` 1 turns the SDK's retries off, so each throttled call is seen once. */
  constructor(emulator: Pick<RunningEmulator, "url">, options: { maxAttempts?: number } = {}) {
    const config = { endpoint: emulator.url, region: "us-east-1", credentials: DEFAULT_CREDENTIALS };
    this.lambda = new LambdaClient({ ...config, ...options });
    this.iam = new IAMClient(config);
  }

  /** An execution role Lambda may assume (or, with `trust`, one trusting someone else). */
  async role(name: string, trust = LAMBDA_TRUST_POLICY): Promise<string> {
    const out = await this.iam.send(
      new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }),
    );
    return out.Role?.Arn ?? "";
  }

  /** Creates a Node.js function (the echo handler unless `settings` say otherwise) with `role`. */
  createFunction(
    name: string,
    role: string,
    settings: Partial<CreateFunctionCommandInput> = {},
  ): Promise<CreateFunctionCommandOutput> {
    return this.lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: "nodejs22.x",
        Handler: "index.handler",
        Role: role,
        Code: { ZipFile: ECHO_ZIP },
        ...settings,
      }),
    );
  }

  /** Polls GetFunction until `$LATEST` is Active and its last update Successful, as clients' waiters do. */
  async waitUntilActive(functionName: string): Promise<void> {
    for (;;) {
      const out = await this.lambda.send(new GetFunctionCommand({ FunctionName: functionName }));
      const config = out.Configuration;
      if (config?.State === "Active" && config.LastUpdateStatus === "Successful") return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  destroy(): void {
    this.lambda.destroy();
    this.iam.destroy();
  }
}
