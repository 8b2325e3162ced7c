import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the background connection copies committed WAL frames into the database file. */
const CHECKPOINT_INTERVAL_MS = 250;
/** Checkpoints in a row at most, while the writer keeps appending during each. */
const CHECKPOINT_ROUNDS = 8;
/** Ticks in a row with nothing to copy after which the thread ends (2 s): an idle emulator keeps no thread. */
const IDLE_TICKS = 8;
/** How long `stop` waits for the worker to finish a checkpoint under way and close its connection. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * The worker's code, evaluated as a CommonJS script: a worker needs JavaScript source, and the emulator runs
 * from TypeScript in tests and from a bundle in dist, so the source travels with this module rather than as a
 * file beside it. The shared flag reads 0 while it runs, 1 once it ended (idle or stopped), 2 if it could not
 * open the database. It checkpoints PASSIVE (never waits on the writer, never blocks it) on a timer, and ends
 * when idle or told to stop, closing its connection and saying so through the shared flag `stop` waits on.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ended = new Int32Array(workerData.ended);
let db;
let timer;
function end(state = 1) {
  clearInterval(timer);
  db?.close();
  db = undefined;
  Atomics.store(ended, 0, state);
  Atomics.notify(ended, 0);
  parentPort.close();
}
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file, { timeout: 0 });
  db.pragma("wal_autocheckpoint = 0");
} catch (error) {
  parentPort.postMessage(String(error.message || error));
  end(2);
}
let idleTicks = 0;
let lastLength = -1;
if (db !== undefined) {
  timer = setInterval(() => {
    try {
      // Frames the writer appended while a checkpoint ran are left for the next one: a few more rounds, each
      // shorter, so one can end between two commits; only a fully copied WAL lets the writer restart it.
      let progress;
      for (let round = 0; round < workerData.maxRounds; round++) {
        [progress] = db.pragma("wal_checkpoint(PASSIVE)");
        if (progress.busy !== 0 || progress.checkpointed >= progress.log) break;
      }
      // Idle: the WAL neither grew nor restarted since the last tick, and all of it is copied.
      const idle = progress.log === lastLength && progress.checkpointed >= progress.log;
      lastLength = progress.log;
      idleTicks = idle ? idleTicks + 1 : 0;
      if (idleTicks >= workerData.idleTicks) end();
    } catch (error) {
      // SQLITE_BUSY: the writer's own fallback checkpoint is running; the next tick catches up.
      if (error.code !== "SQLITE_BUSY") parentPort.postMessage(String(error.message || error));
    }
  }, workerData.intervalMs);
  parentPort.on("message", end);
}
`;

/**
 * Checkpoints the database's WAL from a worker thread with a connection of its own, so the copy of committed
 * pages into the database file and its fsync never stall the event loop that answers requests (SQLite's
 * automatic checkpoint runs inside the COMMIT that crosses its threshold: 30–60 ms here every 16 MB of WAL,
 * the emulator's worst latencies under load). The writer keeps a far higher automatic threshold as a fallback:
 * under a write load that never pauses, its own checkpoint is what lets the WAL restart from the beginning,
 * and it finds little left to copy. The thread (about 11 MB) ends by itself after two idle seconds; the store
 * starts another with its next commit.
 */
export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private readonly ended = new Int32Array(new SharedArrayBuffer(4));

  /** `report` receives each failure's message (a worker that cannot open the database, a failed checkpoint). */
  constructor(file: string, report: (why: string) => void) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve("better-sqlite3"),
        file,
        intervalMs: CHECKPOINT_INTERVAL_MS,
        maxRounds: CHECKPOINT_ROUNDS,
        idleTicks: IDLE_TICKS,
        ended: this.ended.buffer,
      },
    });
    this.worker.on("message", (why: string) => report(why));
    this.worker.on("error", (error) => report(error.message));
    this.worker.unref();
  }

  /** False once the thread has ended, idle or stopped: the store then starts another when it commits. */
  get running(): boolean {
    return Atomics.load(this.ended, 0) === 0;
  }

  /**
   * False when the thread could not open the database (reported once): starting another at every commit would
   * put a thread start on the hot path, so the store leaves checkpoints to the writer's own threshold instead.
   */
  get available(): boolean {
    return Atomics.load(this.ended, 0) !== 2;
  }

  /** Stops checkpointing and closes the worker's connection before returning. */
  stop(): void {
    if (this.running) {
      this.worker.postMessage("stop");
      Atomics.wait(this.ended, 0, 0, STOP_TIMEOUT_MS);
    }
    void this.worker.terminate();
  }
}
