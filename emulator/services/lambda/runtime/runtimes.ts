import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** How a worker process of a runtime is started. */
export interface RuntimeLaunch {
  readonly command: string;
  readonly args: readonly string[];
  /** Node workers can start before their function is known (the pre-started pool). */
  readonly prestartable: boolean;
  /**
   * The emulator's own runtime clients mark the end of each invocation's output on stdout and stderr, so its
   * log is complete before END; a custom runtime's output is taken as it comes.
   */
  readonly marksInvocationEnd: boolean;
}

const BOOTSTRAP_FOLDER = join("emulator", "services", "lambda", "runtime", "bootstrap");
const NODE_RUNTIME = /^nodejs(18|20|22|24)\.x$/;
const PYTHON_RUNTIME = /^python3\.\d+$/;
const CUSTOM_RUNTIME = /^provided(\.al2|\.al2023)?$/;

/**
 * The folder of the runtime clients and the reaper. They run as processes of their own, so they are files,
 * found from this module upwards: beside it in the source tree, and above the compiled or bundled emulator
 * (dist/…) in a checkout.
 */
export function bootstrapFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  if (existsSync(join(folder, "bootstrap", "node-runtime.mjs"))) return join(folder, "bootstrap");
  for (;;) {
    const candidate = join(folder, BOOTSTRAP_FOLDER);
    if (existsSync(join(candidate, "node-runtime.mjs"))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("the Lambda runtime clients (bootstrap/) were not found");
    folder = parent;
  }
}

/**
 * The heap limits AWS's Node.js runtime gives V8 for a function's memory size: 5 % for the young generation,
 * the rest of 90 % for the old one, so the heap runs out before the sandbox does.
 */
export function nodeHeapFlags(memorySizeMb: number): string[] {
  const semiSpace = Math.max(1, Math.floor((memorySizeMb * 5) / 100));
  const oldSpace = Math.max(16, Math.floor((memorySizeMb * 90) / 100) - semiSpace);
  return [`--max-semi-space-size=${semiSpace}`, `--max-old-space-size=${oldSpace}`];
}

let python: string | null | undefined;

/** `python3` when the machine has one. */
export function pythonCommand(): string | undefined {
  if (python === undefined) {
    try {
      execFileSync("python3", ["-c", "pass"], { stdio: "ignore" });
      python = "python3";
    } catch {
      python = null;
    }
  }
  return python ?? undefined;
}

/** A Node worker with the heap of `memorySizeMb` (known before its function is: the pre-started pool). */
export function nodeLaunch(memorySizeMb: number): RuntimeLaunch {
  return {
    command: process.execPath,
    args: [...nodeHeapFlags(memorySizeMb), join(bootstrapFolder(), "node-runtime.mjs")],
    prestartable: true,
    marksInvocationEnd: true,
  };
}

/** The launch of `runtime`, or a sentence saying why this machine cannot run it. */
export function launchFor(
  runtime: string,
  memorySizeMb: number,
  taskRoot: string,
): RuntimeLaunch | { readonly unavailable: string } {
  const folder = bootstrapFolder();
  // Every Node.js runtime runs on the machine's own Node, whatever its version.
  if (NODE_RUNTIME.test(runtime)) return nodeLaunch(memorySizeMb);
  if (PYTHON_RUNTIME.test(runtime)) {
    const command = pythonCommand();
    if (command === undefined) {
      return { unavailable: `${runtime} needs python3, which is not installed on this machine.` };
    }
    return {
      command,
      args: [join(folder, "python-runtime.py")],
      prestartable: false,
      marksInvocationEnd: true,
    };
  }
  if (CUSTOM_RUNTIME.test(runtime)) {
    if (!existsSync(join(taskRoot, "bootstrap"))) {
      return { unavailable: "Couldn't find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]" };
    }
    return {
      command: join(taskRoot, "bootstrap"),
      args: [],
      prestartable: false,
      marksInvocationEnd: false,
    };
  }
  return {
    unavailable: `The runtime ${runtime} cannot run in this emulator: use nodejs18.x to nodejs24.x or python3.x.`,
  };
}
