import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { JsonObject, SqsAction, SqsTransport } from "./transport.js";
import { SqsCallError, TEST_REGION } from "./transport.js";

/**
 * Debian's Python, never the one first on PATH: Debian's boto3 1.26 speaks SQS's query protocol, while the
 * machine's newer boto3 speaks JSON, so a PATH lookup would silently test the wrong protocol.
 */
export const DEBIAN_PYTHON = process.env.EDA_QUERY_PYTHON ?? "/usr/bin/python3";

const driverScript = fileURLToPath(new URL("./boto3_driver.py", import.meta.url));

/** What the Python side reports about the client it built. */
export interface Boto3Facts {
  boto3: string;
  botocore: string;
  /** The protocol in botocore's SQS model: `query` before botocore 1.31.81, `json` after. */
  protocol: string;
}

interface Reply {
  id?: number;
  ready?: Boto3Facts;
  output?: JsonObject;
  error?: { code: string; status: number; message: string };
}

export interface Boto3Transport extends SqsTransport {
  readonly facts: Boto3Facts;
}

/** One long-lived boto3 client in a Python child process; calls travel as JSON lines and may overlap. */
export async function createBoto3Transport(endpoint: string): Promise<Boto3Transport> {
  const child = spawn(DEBIAN_PYTHON, [driverScript, endpoint, TEST_REGION], {
    stdio: ["pipe", "pipe", "pipe"],
    // Keep the user's AWS config and the pyenv site out of the child.
    env: {
      PATH: process.env.PATH ?? "",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    },
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });

  const pending = new Map<number, { resolve: (out: JsonObject) => void; reject: (err: unknown) => void }>();
  let nextId = 1;
  let exited: Error | undefined;

  const facts = await new Promise<Boto3Facts>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const reply = JSON.parse(line) as Reply;
      if (reply.ready) {
        resolve(reply.ready);
        return;
      }
      const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiter || reply.id === undefined) return;
      pending.delete(reply.id);
      if (reply.error) {
        waiter.reject(new SqsCallError(reply.error.code, reply.error.status, reply.error.message));
      } else {
        waiter.resolve(reply.output ?? {});
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      exited = new Error(`boto3 driver exited with ${code}: ${stderr}`);
      reject(exited);
      for (const waiter of pending.values()) waiter.reject(exited);
      pending.clear();
    });
  });

  return {
    label: `boto3 ${facts.boto3} (query)`,
    protocol: "query",
    facts,
    call(action: SqsAction, input: JsonObject): Promise<JsonObject> {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<JsonObject>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.stdin.write(`${JSON.stringify({ id, op: action, input })}\n`);
      });
    },
    close(): Promise<void> {
      if (exited) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.stdin.end();
        // In-flight long polls keep the pool busy; nothing of value is lost by not waiting for them.
        child.kill("SIGTERM");
      });
    },
  };
}
