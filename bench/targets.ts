import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { waitForStatus } from "./http-probe.js";
import type { TargetName } from "./model.js";
import { CEILING_SERVER, EMULATOR_CLI, KINESALITE_SERVER, KINESIS_CEILING_SERVER } from "./paths.js";
import { makeTempDir, removeTempDir, spawnTracked, stopProcess, waitForLine } from "./processes.js";

/** A server under test, running as its own process so its CPU and memory can be read from /proc. */
export interface RunningTarget {
  readonly name: TargetName;
  readonly endpoint: string;
  readonly pid: number;
  stop(): Promise<void>;
}

const URL_IN_LINE = /(https?:\/\/[^\s"',]+:\d+)/;

function running(name: TargetName, child: ChildProcess, endpoint: string, dataDir?: string): RunningTarget {
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  return {
    name,
    endpoint: endpoint.replace(/\/$/, ""),
    pid: child.pid,
    async stop() {
      await stopProcess(child);
      if (dataDir !== undefined) removeTempDir(dataDir);
    },
  };
}

export async function startCeiling(): Promise<RunningTarget> {
  const child = spawnTracked(process.execPath, [CEILING_SERVER, "0"]);
  const [, endpoint] = await waitForLine(child, URL_IN_LINE, 10_000);
  return running("ceiling", child, endpoint);
}

/** The Kinesis rows' ceiling: fixed Kinesis replies over HTTP/1.1 and h2c (the SQS/SNS ceiling speaks neither). */
export async function startKinesisCeiling(): Promise<RunningTarget> {
  const child = spawnTracked(process.execPath, [KINESIS_CEILING_SERVER, "0"]);
  const [, endpoint] = await waitForLine(child, URL_IN_LINE, 10_000);
  return running("ceiling", child, endpoint);
}

export async function startKinesalite(): Promise<RunningTarget> {
  const child = spawnTracked(process.execPath, [KINESALITE_SERVER, "0"]);
  const [, endpoint] = await waitForLine(child, URL_IN_LINE, 10_000);
  return running("kinesalite", child, endpoint);
}

/** The Node flags the `eda` bin's shebang runs the emulator with, so the bench measures what users run. */
const EMULATOR_NODE_FLAGS = ["--max-semi-space-size=2"];

export function emulatorArgs(dataDir: string | undefined): string[] {
  return [
    ...EMULATOR_NODE_FLAGS,
    EMULATOR_CLI,
    "emulator",
    "--port",
    "0",
    ...(dataDir === undefined ? [] : ["--data-dir", dataDir]),
  ];
}

export async function startEmulator(durable: boolean): Promise<RunningTarget> {
  const dataDir = durable ? makeTempDir("eda-bench-data-") : undefined;
  const child = spawnTracked(process.execPath, emulatorArgs(dataDir));
  const [, endpoint] = await waitForLine(child, URL_IN_LINE, 30_000);
  await waitForStatus(`${endpoint}/_eda/health`, (status) => status === 200, 30_000);
  return running(durable ? "emulator-durable" : "emulator-memory", child, endpoint, dataDir);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startMoto(): Promise<RunningTarget> {
  const port = await freePort();
  const child = spawnTracked("moto_server", ["-H", "127.0.0.1", "-p", String(port)]);
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`moto_server exited with ${code}`))),
  );
  exited.catch(() => undefined); // Its later, deliberate exit is not an error.
  // moto answers its own dashboard path once Flask is up.
  await Promise.race([waitForStatus(`${endpoint}/moto-api/`, () => true, 30_000, 50), exited]);
  child.stdout?.resume();
  child.stderr?.resume();
  return running("moto", child, endpoint);
}

const STARTERS: Record<TargetName, () => Promise<RunningTarget>> = {
  ceiling: startCeiling,
  "emulator-durable": () => startEmulator(true),
  "emulator-memory": () => startEmulator(false),
  moto: startMoto,
  kinesalite: startKinesalite,
};

export function startTarget(name: TargetName): Promise<RunningTarget> {
  return STARTERS[name]();
}
