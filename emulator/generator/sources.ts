/**
 * Finds the botocore installations whose model data the generator reads. botocore ships the AWS service models
 * as data files inside the Python package, so each Python interpreter on the machine may carry a different
 * release; we ask each one where its botocore lives and which version it is.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findModelFile, readModel } from "./botocore-model.js";

export interface BotocoreSource {
  version: string;
  /** `.../botocore/data`. */
  dataDir: string;
  /** The interpreter that imports it, as shown in messages. */
  python: string;
}

/** A Python interpreter to ask, optionally with extra import paths. */
export interface PythonCandidate {
  python: string;
  pythonPath?: string;
}

/**
 * Where scripts/install-model-sources.sh installs the pinned botocore when the machine's own Python has another
 * version (`pip install --target`), so the system's packages stay untouched.
 */
export const MODEL_SOURCES_DIR = fileURLToPath(new URL("../../.eda/model-sources", import.meta.url));

/**
 * The interpreters asked, in order: `python3` on the PATH (where a pip-installed, current botocore lives),
 * Debian's `/usr/bin/python3` (where the `python3-botocore` package lives) and `python3` over
 * `.eda/model-sources` when that exists. `EDA_BOTOCORE_PYTHONS` (colon-separated interpreters) replaces the list.
 */
export function candidatePythons(env: NodeJS.ProcessEnv = process.env): PythonCandidate[] {
  const configured = env.EDA_BOTOCORE_PYTHONS;
  if (configured !== undefined && configured !== "")
    return configured.split(":").map((python) => ({ python }));
  const candidates: PythonCandidate[] = [{ python: "python3" }, { python: "/usr/bin/python3" }];
  if (existsSync(MODEL_SOURCES_DIR)) candidates.push({ python: "python3", pythonPath: MODEL_SOURCES_DIR });
  return candidates;
}

export function describeCandidate(candidate: PythonCandidate): string {
  return candidate.pythonPath === undefined
    ? candidate.python
    : `${candidate.python} with PYTHONPATH=${candidate.pythonPath}`;
}

const PROBE = "import botocore, os; print(botocore.__version__); print(os.path.dirname(botocore.__file__))";

function probe(candidate: PythonCandidate): BotocoreSource | undefined {
  const env = { ...process.env };
  if (candidate.pythonPath !== undefined) env.PYTHONPATH = candidate.pythonPath;
  try {
    const out = execFileSync(candidate.python, ["-c", PROBE], {
      encoding: "utf8",
      env,
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [version, dir] = out.trim().split("\n");
    return version && dir
      ? { version, dataDir: join(dir, "data"), python: describeCandidate(candidate) }
      : undefined;
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
export function findBotocoreSources(candidates: PythonCandidate[] = candidatePythons()): BotocoreSource[] {
  const found = new Map<string, BotocoreSource>();
  for (const candidate of candidates) {
    const source = probe(candidate);
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
