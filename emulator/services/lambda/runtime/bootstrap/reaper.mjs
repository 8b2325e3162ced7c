/* global process */
// Stops the emulator's Lambda workers once the emulator is gone, however it went (kill -9 included). The emulator
// writes `+PID` for each worker it starts (each leads its own process group) and `-PID` when it ends; when the
// pipe from the emulator closes, every group still listed is killed. A separate process because a worker busy
// in a loop of its own code cannot watch anything, and Node offers no parent-death signal.
import { createInterface } from "node:readline";

const groups = new Set();
// Ctrl-C in the emulator's terminal stops the emulator, which then stops its workers itself.
process.on("SIGINT", () => {});
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const pid = Number(line.slice(1));
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (line.startsWith("+")) groups.add(pid);
  else groups.delete(pid);
});
lines.on("close", () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  process.exit(0);
});
