import { parseArgs } from "node:util";
import { OPERATIONS } from "./model.js";
import type { ClientKind, Operation } from "./model.js";

export const SECTIONS = [
  ...OPERATIONS,
  "sns-latency",
  "kinesis",
  "terraform",
  "startup",
  "lambda-runtime",
  "lambda",
  "kinesis-lambda",
  "sns-sqs-lambda",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly sections: ReadonlySet<Section>;
  readonly clients: readonly ClientKind[];
  /** Seconds per row. */
  readonly duration: number;
  /** Seconds per moto row: it completes only a few receive calls per second, so its rows need longer. */
  readonly motoDuration: number;
  readonly skipMoto: boolean;
  readonly skipMemoryEmulator: boolean;
  readonly startupRuns: number;
  readonly sdkConcurrency: number;
  readonly wrkConnections: number;
  /**
   * Calls in flight against moto, for both clients. moto serialises requests, so more only queue up: at 32 its
   * receive calls take longer than a whole row. Giving moto its best setting keeps the ratios conservative.
   */
  readonly motoConcurrency: number;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --only=LIST            comma-separated subset of: ${SECTIONS.join(", ")} (default: all)
  --clients=LIST         sdk, wrk or both (default: sdk,wrk)
  --duration=SECONDS     length of each timed row (default: 5)
  --moto-duration=SEC    length of each moto_server row (default: 10)
  --skip-moto            for machines without moto_server: no moto rows, no ratios
  --skip-memory          no in-memory emulator rows (the data-dir rows always run)
  --startup-runs=N       emulator starts, and Lambda cold starts, to time (default: 20)
  --sdk-concurrency=N    calls in flight for the AWS SDK client (default: 16)
  --connections=N        wrk connections (default: 32)
  --moto-concurrency=N   calls in flight against moto_server, for both clients (default: 4)
`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new Error(`--${name} must be a positive number, got ${value}`);
  return parsed;
}

function list<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const items = value.split(",").map((item) => item.trim());
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0)
    throw new Error(`--${name}: unknown ${unknown.join(", ")}; choose from ${allowed.join(", ")}`);
  return items as T[];
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: "string" },
      clients: { type: "string" },
      duration: { type: "string" },
      "moto-duration": { type: "string" },
      "skip-moto": { type: "boolean", default: false },
      "skip-memory": { type: "boolean", default: false },
      "startup-runs": { type: "string" },
      "sdk-concurrency": { type: "string" },
      connections: { type: "string" },
      "moto-concurrency": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  return {
    sections: new Set(list("only", values.only, SECTIONS)),
    clients: list<ClientKind>("clients", values.clients, ["sdk", "wrk"]),
    duration: positive("duration", values.duration, 5),
    motoDuration: positive("moto-duration", values["moto-duration"], 10),
    skipMoto: values["skip-moto"],
    skipMemoryEmulator: values["skip-memory"],
    startupRuns: Math.round(positive("startup-runs", values["startup-runs"], 20)),
    sdkConcurrency: Math.round(positive("sdk-concurrency", values["sdk-concurrency"], 16)),
    wrkConnections: Math.round(positive("connections", values.connections, 32)),
    motoConcurrency: Math.round(positive("moto-concurrency", values["moto-concurrency"], 4)),
    help: values.help,
  };
}

export function selectedOperations(options: BenchOptions): Operation[] {
  return OPERATIONS.filter((operation) => options.sections.has(operation));
}
