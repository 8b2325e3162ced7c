/**
 * Finds the botocore installations whose model data the generator reads. botocore ships the AWS service models
 * as data files inside the Python package, so each Python interpreter on the machine may carry a different
 * release; we ask each one where its botocore lives and which version it is.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { findModelFile, readModel } from "./botocore-model.js";

export interface BotocoreSource {
  version: string;
  /** `.../botocore/data`. */
  dataDir: string;
  /** The interpreter that imports it. */
  python: string;
}

/**
 * The interpreters asked, in order: `python3` on the PATH (where a pip-installed, current botocore lives) and
 * Debian's `/usr/bin/python3` (where the `python3-botocore` package lives). `EDA_BOTOCORE_PYTHONS`
 * (colon-separated) replaces the list.
 */
export function candidatePythons(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.EDA_BOTOCORE_PYTHONS;
  if (configured !== undefined && configured !== "") return configured.split(":");
  return ["python3", "/usr/bin/python3"];
}

const PROBE = "import botocore, os; print(botocore.__version__); print(os.path.dirname(botocore.__file__))";

function probe(python: string): BotocoreSource | undefined {
  try {
    const out = execFileSync(python, ["-c", PROBE], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [version, dir] = out.trim().split("\n");
    return version && dir ? { version, dataDir: join(dir, "data"), python } : undefined;
  } catch {
    return undefined;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Every distinct botocore the candidate interpreters import, newest first. */
export function findBotocoreSources(pythons: string[] = candidatePythons()): BotocoreSource[] {
  const found = new Map<string, BotocoreSource>();
  for (const python of pythons) {
    const source = probe(python);
    if (source && !found.has(source.dataDir)) found.set(source.dataDir, source);
  }
  return [...found.values()].sort((a, b) => compareVersions(b.version, a.version));
}

/** The source the shapes are generated from: the newest botocore found. */
export function newestSource(sources: BotocoreSource[] = findBotocoreSources()): BotocoreSource | undefined {
  return sources[0];
}

/**
 * A botocore old enough that its SQS model is still the query model (botocore rewrote SQS as a JSON service when SQS gained its JSON protocol),
 * i.e. one that still spells SQS's query wire names. The SQS overlay is checked against it.
 */
export function queryEraSqsSource(
  sources: BotocoreSource[] = findBotocoreSources(),
): BotocoreSource | undefined {
  return sources.find((source) => {
    const file = findModelFile(source.dataDir, "sqs");
    return file !== undefined && readModel(file).metadata.protocol === "query";
  });
}
