import { spawn, spawnSync } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { serviceRegistrations } from "../emulator/services/registry.js";
import { parseEmulatorArgs } from "./emulator-command.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

/** Runs the CLI from source through tsx (the compiled build is what the start-up measurement uses). */
function eda(...args: string[]): ChildProcessWithoutNullStreams {
  return spawnEda(args, {});
}

/** `nobody`: mode bits do not stop root, so tests of them run the CLI as this user when the tests run as root. */
const NOBODY = 65534;

/**
 * Whether the unprivileged user can run the CLI from this checkout (it must reach the repo and its modules):
 * not when the checkout sits in a folder only root may enter, such as a root CI's home.
 */
const unprivilegedCanRun =
  process.getuid?.() !== 0 ||
  (spawnSync(process.execPath, ["-e", "0"], { cwd: ROOT, uid: NOBODY, gid: NOBODY }).status === 0 &&
    spawnSync(process.execPath, ["--import", "tsx", "cli/eda.ts", "--version"], {
      cwd: ROOT,
      uid: NOBODY,
      gid: NOBODY,
    }).status === 0);

function edaUnprivileged(...args: string[]): ChildProcessWithoutNullStreams {
  return spawnEda(args, process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {});
}

function spawnEda(args: string[], user: { uid?: number; gid?: number }): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ["--import", "tsx", "cli/eda.ts", ...args], { cwd: ROOT, ...user });
  children.push(child);
  return child;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function finished(child: ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** The result, or undefined if the process is still running after `ms` (a bound, so a hang fails with a message). */
function exitedWithin(done: Promise<Finished>, ms: number): Promise<Finished | undefined> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    done,
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms))),
  ]).finally(() => clearTimeout(timer));
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
    // Ready before any request: every service loads on its first call, and health says so.
    const notLoaded = { status: "not loaded", detail: "loads on its first request" };
    expect(await health.json()).toEqual({
      status: "ready",
      services: Object.fromEntries(serviceRegistrations.map(({ name }) => [name, notLoaded])),
    });
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

  it("stops cleanly on SIGINT with a long poll open, answering the poll with no messages", async () => {
    const child = eda("emulator", "--port", "0");
    const done = finished(child);
    const url = await ready(child);
    const query = (params: string): Promise<Response> =>
      fetch(`${url}/`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `Version=2012-11-05&${params}`,
      });
    await query("Action=CreateQueue&QueueName=polled");
    const poll = query(`Action=ReceiveMessage&QueueUrl=${url}/000000000000/polled&WaitTimeSeconds=20`);
    // Nothing tells a client that its poll is parked; a pause long enough for it to arrive orders the two.
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill("SIGINT");
    const answer = await poll;
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain("<Message>");
    expect((await done).code).toBe(0);
  });

  it.each([0, 150, 300, 450])(
    "stops on a SIGINT sent %i ms after launch, whatever stage start-up has reached",
    async (delayMs) => {
      const child = eda("emulator", "--port", "0");
      const done = finished(child);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill("SIGINT");
      const result = await exitedWithin(done, 10_000);
      expect(result).toBeDefined();
      // Before the handler is installed Node's default action ends the process by the signal itself.
      expect(result?.code === 0 || result?.signal === "SIGINT").toBe(true);
    },
  );

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
    const flags = [
      "--port",
      "--host",
      "--data-dir",
      "--region",
      "--account-id",
      "--debug",
      "--admin-from-any-host",
      "--literal-secure-transport",
      "--enforce-iam",
      "--kinesis-throughput-limits",
      "--time-scale",
    ];
    for (const flag of flags) {
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

/** One Kinesis call in awsJson 1.1, as the SDK sends it unsigned; resolves with the status and parsed body. */
async function kinesis<Output>(
  url: string,
  action: string,
  input: object,
): Promise<{ status: number; body: Output }> {
  const response = await fetch(`${url}/`, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `Kinesis_20131202.${action}` },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Output };
}

interface PutRecordsOutput {
  FailedRecordCount: number;
  Records: { SequenceNumber?: string; ErrorCode?: string; ErrorMessage?: string }[];
}

/**
 * One PutRecords of 500 records of 8 KiB (4 MB) into a new one-shard stream, whose write limit is 1 MiB a
 * second: more than a call can fit in even if it straddled two second boundaries.
 */
async function putPastOneShardsLimit(url: string): Promise<PutRecordsOutput> {
  await kinesis(url, "CreateStream", { StreamName: "limited", ShardCount: 1 });
  let status = "CREATING";
  while (status !== "ACTIVE") {
    const summary = await kinesis<{ StreamDescriptionSummary: { StreamStatus: string } }>(
      url,
      "DescribeStreamSummary",
      { StreamName: "limited" },
    );
    status = summary.body.StreamDescriptionSummary.StreamStatus;
  }
  const data = Buffer.alloc(8 * 1024, "x").toString("base64");
  const records = Array.from({ length: 500 }, (_, i) => ({ Data: data, PartitionKey: `key-${i}` }));
  const put = await kinesis<PutRecordsOutput>(url, "PutRecords", { StreamName: "limited", Records: records });
  expect(put.status).toBe(200);
  return put.body;
}

describe("eda emulator --kinesis-throughput-limits", () => {
  it("refuses a shard's writes past 1 MiB a second with ProvisionedThroughputExceededException", async () => {
    const child = eda("emulator", "--port", "0", "--kinesis-throughput-limits");
    const url = await ready(child);
    const put = await putPastOneShardsLimit(url);
    expect(put.FailedRecordCount).toBeGreaterThan(0);
    const refused = put.Records.at(-1);
    expect(refused?.ErrorCode).toBe("ProvisionedThroughputExceededException");
    expect(refused?.ErrorMessage).toMatch(/^Rate exceeded for shard shardId-000000000000 in stream limited /);
  });

  it("takes the same writes without limits when the flag is left out", async () => {
    const child = eda("emulator", "--port", "0");
    const url = await ready(child);
    const put = await putPastOneShardsLimit(url);
    expect(put.FailedRecordCount).toBe(0);
  });
});

describe("eda emulator --data-dir", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  async function scratch(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "eda-cli-"));
    dirs.push(dir);
    return dir;
  }

  it("refuses a data dir another emulator holds, with a sentence, and leaves that emulator serving", async () => {
    const dataDir = await scratch();
    const first = eda("emulator", "--port", "0", "--data-dir", dataDir);
    const url = await ready(first);
    const second = await finished(eda("emulator", "--port", "0", "--data-dir", dataDir));
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `eda emulator: Data dir ${dataDir} is in use by another emulator (its database is locked); stop it or use another --data-dir.\n`,
    );
    expect((await fetch(`${url}/_eda/health`)).status).toBe(200);
  });

  it("refuses a data dir that is a file", async () => {
    const file = join(await scratch(), "state");
    await writeFile(file, "not a directory");
    const result = await finished(eda("emulator", "--port", "0", "--data-dir", file));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `eda emulator: Data dir ${file} is a file, not a directory; remove it or use another --data-dir.\n`,
    );
  });

  it("refuses a data dir that cannot be created because a parent is a file", async () => {
    const file = join(await scratch(), "state");
    await writeFile(file, "not a directory");
    const result = await finished(eda("emulator", "--port", "0", "--data-dir", join(file, "sqs")));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `eda emulator: Data dir ${file}/sqs cannot be created: ${file} is a file; use another --data-dir.\n`,
    );
  });

  // Root ignores mode bits, so this runs the CLI as `nobody`; skipped only where `nobody` cannot read the checkout.
  it.skipIf(!unprivilegedCanRun)("refuses a data dir it may not write", async () => {
    const parent = await scratch();
    const dataDir = join(parent, "read-only");
    await mkdir(dataDir);
    await chmod(dataDir, 0o555);
    await chmod(parent, 0o755);
    const result = await finished(edaUnprivileged("emulator", "--port", "0", "--data-dir", dataDir));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `eda emulator: Data dir ${dataDir} is not writable: permission denied; make it writable or use another --data-dir.\n`,
    );
  });
});

describe("eda", () => {
  it("prints the package version for --version and exits 0", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = await finished(eda("--version"));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it("rejects an unknown command with exit code 2 and the usage", async () => {
    const result = await finished(eda("frobnicate"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(result.stderr).toContain("eda --help");
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
        "--admin-from-any-host",
        "--enforce-iam",
        "--kinesis-throughput-limits",
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
      adminFromAnyHost: true,
      enforceIam: true,
      kinesisThroughputLimits: true,
      sigv4: {
        credentials: [
          { accessKeyId: "AKID", secretAccessKey: "secret:with:colons" },
          { accessKeyId: "AKID2", secretAccessKey: "s2" },
        ],
      },
    });
  });

  it("makes aws:SecureTransport literal with --literal-secure-transport, and leaves it out otherwise", () => {
    expect(parseEmulatorArgs(["--literal-secure-transport"])).toMatchObject({ literalSecureTransport: true });
    expect(parseEmulatorArgs([])).not.toHaveProperty("literalSecureTransport");
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

  it("runs the clock faster with --time-scale, and on the wall clock without it", () => {
    const before = Date.now();
    const options = parseEmulatorArgs(["--time-scale", "30"]);
    expect(options).toHaveProperty("clock");
    if (options === "help" || options.clock === undefined) throw new Error("no clock");
    // Starts at the wall-clock time.
    expect(options.clock.now()).toBeGreaterThanOrEqual(before);
    expect(parseEmulatorArgs([])).not.toHaveProperty("clock");
  });

  it("rejects a --time-scale that is not a number from 1 to 3600", () => {
    expect(() => parseEmulatorArgs(["--time-scale", "0.5"])).toThrow("--time-scale must be");
    expect(() => parseEmulatorArgs(["--time-scale", "fast"])).toThrow("--time-scale must be");
    expect(() => parseEmulatorArgs(["--time-scale", "7200"])).toThrow("--time-scale must be");
  });

  it("rejects a region that does not look like one", () => {
    expect(() => parseEmulatorArgs(["--region", "mars"])).toThrow("--region");
  });
});
