import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseEmulatorArgs } from "./emulator-command.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

/** Runs the CLI from source through tsx (the compiled build is what the start-up measurement uses). */
function eda(...args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ["--import", "tsx", "cli/eda.ts", ...args], { cwd: ROOT });
  children.push(child);
  return child;
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function finished(child: ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** Resolves with the URL from the ready line. */
function ready(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^eda emulator ready at (http:\/\/\S+) \(started in \d+ ms\)$/m.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.on("close", (code) => reject(new Error(`exited with ${code} before ready: ${stdout}`)));
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("eda emulator", () => {
  it("prints one ready line with its URL, serves health, and stops cleanly on SIGTERM", async () => {
    const child = eda("emulator", "--port", "0");
    const done = finished(child);
    const url = await ready(child);
    const health = await fetch(`${url}/_eda/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ready", services: { sqs: { status: "ready" } } });
    child.kill("SIGTERM");
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(await portIsFree(Number(new URL(url).port))).toBe(true);
  });

  it("stops cleanly on SIGINT", async () => {
    const child = eda("emulator", "--port", "0");
    const done = finished(child);
    await ready(child);
    child.kill("SIGINT");
    expect((await done).code).toBe(0);
  });

  it("serves SQS with the configured account and region, logging each request with --debug", async () => {
    const child = eda(
      "emulator",
      "--port",
      "0",
      "--account-id",
      "123456789012",
      "--region",
      "eu-west-3",
      "--debug",
    );
    const done = finished(child);
    const url = await ready(child);
    const response = await fetch(`${url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "Action=CreateQueue&Version=2012-11-05&QueueName=cli-test",
    });
    expect(await response.text()).toContain(`<QueueUrl>${url}/123456789012/cli-test</QueueUrl>`);
    child.kill("SIGTERM");
    const { stdout } = await done;
    expect(stdout).toMatch(/^POST sqs CreateQueue 200 \d+\.\dms$/m);
  });

  it("exits 1 with a one-line message when the port is in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const result = await finished(eda("emulator", "--port", String(port)));
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`eda emulator: port 127.0.0.1:${port} is already in use\n`);
  });

  it("prints its options for --help and exits 0", async () => {
    const result = await finished(eda("emulator", "--help"));
    expect(result.code).toBe(0);
    for (const flag of [
      "--port",
      "--host",
      "--data-dir",
      "--region",
      "--account-id",
      "--enforce-iam",
      "--debug",
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--port", "http"], "--port must be 0-65535, got 'http'"],
    [["--port", "70000"], "--port must be 0-65535"],
    [["--account-id", "42"], "--account-id must be 12 digits"],
    [["extra"], "Unexpected argument 'extra'"],
  ])("rejects %j with exit code 2 and says why", async (args, reason) => {
    const result = await finished(eda("emulator", ...args));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(reason);
  });
});

describe("eda", () => {
  it("rejects an unknown command with exit code 2 and the usage", async () => {
    const result = await finished(eda("frobnicate"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(result.stderr).toContain("emulator");
  });
});

describe("parseEmulatorArgs", () => {
  it("turns every flag into its emulator option", () => {
    expect(
      parseEmulatorArgs([
        "--port=0",
        "--host",
        "0.0.0.0",
        "--data-dir",
        "/tmp/eda-data",
        "--region",
        "ap-southeast-2",
        "--account-id",
        "111122223333",
        "--debug",
        "--enforce-iam",
        "--sigv4",
        "AKID:secret:with:colons",
        "--sigv4",
        "AKID2:s2",
      ]),
    ).toEqual({
      port: 0,
      host: "0.0.0.0",
      dataDir: "/tmp/eda-data",
      region: "ap-southeast-2",
      accountId: "111122223333",
      debug: true,
      enforceIam: true,
      sigv4: {
        credentials: [
          { accessKeyId: "AKID", secretAccessKey: "secret:with:colons" },
          { accessKeyId: "AKID2", secretAccessKey: "s2" },
        ],
      },
    });
  });

  it("leaves IAM enforcement off unless --enforce-iam is given", () => {
    expect(parseEmulatorArgs([])).toMatchObject({ enforceIam: false });
  });

  it("resolves a relative data dir against the working directory", () => {
    expect(parseEmulatorArgs(["--data-dir", "state"])).toMatchObject({ dataDir: `${process.cwd()}/state` });
  });

  it("rejects a --sigv4 value without a key and a secret", () => {
    expect(() => parseEmulatorArgs(["--sigv4", "AKIDONLY"])).toThrow("--sigv4 takes");
    expect(() => parseEmulatorArgs(["--sigv4", ":secret"])).toThrow("--sigv4 takes");
  });

  it("rejects a region that does not look like one", () => {
    expect(() => parseEmulatorArgs(["--region", "mars"])).toThrow("--region");
  });
});
