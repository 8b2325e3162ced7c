/**
 * A stand-in for the emulator process in the process-death test: it starts an executor, invokes a function that
 * records its pid and spins forever, prints `ready`, and waits to be killed.
 */
import { functionSpec, invocationRequest, testExecutor, zipOf } from "./testKit.js";

const pidFile = process.argv[2];
const { executor } = testExecutor({ poolSize: 1 });
const spec = functionSpec(
  zipOf({
    "index.mjs":
      'import { writeFileSync } from "node:fs";\nexport const handler = async (event) => { writeFileSync(event.pidFile, String(process.pid)); for (;;) {} };',
  }),
  { timeoutSeconds: 300 },
);
void executor.invoke(spec, invocationRequest({ pidFile }));
await executor.poolReady();
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
