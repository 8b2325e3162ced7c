import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
import type { RunningEmulator } from "../../../emulator/index.js";

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export const DEFAULT_CREDENTIALS: Credentials = { accessKeyId: "test", secretAccessKey: "test" };

/** SDK clients for IAM and STS against one emulator, destroyed together. */
export class IamClients {
  private readonly made: { destroy(): void }[] = [];

  constructor(private readonly emulator: RunningEmulator) {}

  sts(credentials: Credentials = DEFAULT_CREDENTIALS): STSClient {
    const client = new STSClient({ endpoint: this.emulator.url, region: "us-east-1", credentials });
    this.made.push(client);
    return client;
  }

  iam(credentials: Credentials = DEFAULT_CREDENTIALS): IAMClient {
    const client = new IAMClient({ endpoint: this.emulator.url, region: "us-east-1", credentials });
    this.made.push(client);
    return client;
  }

  destroy(): void {
    for (const client of this.made.splice(0)) client.destroy();
  }
}

/** A trust policy that lets `principal` (an account id or ARN) assume the role. */
export function trustPolicy(principal: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole" }],
  });
}

/** The error an SDK call failed with: its name (the AWS code), HTTP status and message. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error("the call succeeded");
}
