import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import { SqsKit } from "./testKit.js";

const STANDARD_COUNT = 200;
const FIFO_COUNT = 60;
const GROUPS = 4;
const IN_FLIGHT = 5;
const VISIBILITY_SECONDS = 30;

/**
 * The writer runs in its own process so it can be killed with SIGKILL: nothing gets flushed or closed. It prints
 * READY only after every call it made has returned, i.e. was acknowledged.
 */
const WRITER = `
import { systemClock } from ${JSON.stringify(fileURLToPath(new URL("../../core/clock.ts", import.meta.url)))};
import { SqsKit } from ${JSON.stringify(fileURLToPath(new URL("./testKit.ts", import.meta.url)))};
const sqs = await SqsKit.start(systemClock, process.argv[1]);
const standard = await sqs.createQueue("durable", { VisibilityTimeout: "${VISIBILITY_SECONDS}" });
const fifo = await sqs.createQueue("durable.fifo", { FifoQueue: "true", ContentBasedDeduplication: "true" });
for (let i = 0; i < ${STANDARD_COUNT}; i += 10) {
  const Entries = Array.from({ length: 10 }, (_, j) => ({ Id: "e" + j, MessageBody: "s" + (i + j) }));
  await sqs.call("SendMessageBatch", { QueueUrl: standard, Entries });
}
for (let i = 0; i < ${FIFO_COUNT}; i++) {
  await sqs.call("SendMessage", { QueueUrl: fifo, MessageBody: "f" + i, MessageGroupId: "g" + (i % ${GROUPS}) });
}
const received = await sqs.call("ReceiveMessage", { QueueUrl: standard, MaxNumberOfMessages: ${IN_FLIGHT} });
process.stdout.write("READY " + JSON.stringify({ inFlight: received.Messages.map((m) => m.Body), at: Date.now() }) + "\\n");
setInterval(() => {}, 1000);
`;

interface WriterReport {
  inFlight: string[];
  at: number;
}

function runWriterAndKill(dataDir: string): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WRITER, dataDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /READY (.*)\n/.exec(stdout);
      if (line) {
        child.kill("SIGKILL");
        child.on("exit", () => resolve(JSON.parse(line[1]) as WriterReport));
      }
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

async function drain(sqs: SqsKit, QueueUrl: string): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const received = await sqs.call("ReceiveMessage", { QueueUrl, MaxNumberOfMessages: 10 });
    const messages = (received.Messages as { Body: string; ReceiptHandle: string }[] | undefined) ?? [];
    if (messages.length === 0) return out;
    out.push(...messages.map((m) => m.Body));
    await sqs.call("DeleteMessageBatch", {
      QueueUrl,
      Entries: messages.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
    });
  }
}

describe("durability across kill -9", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "sqs-durable-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("restores every acknowledged message, FIFO order and in-flight visibility after SIGKILL", async () => {
    const report = await runWriterAndKill(dataDir);
    const clock = new ManualClock(report.at);
    const sqs = await SqsKit.start(clock, dataDir);
    try {
      const standard = "http://127.0.0.1:4566/000000000000/durable";
      const fifo = "http://127.0.0.1:4566/000000000000/durable.fifo";

      const visibleNow = await drain(sqs, standard);
      expect(visibleNow).toHaveLength(STANDARD_COUNT - IN_FLIGHT);
      expect(visibleNow).not.toEqual(expect.arrayContaining(report.inFlight));

      clock.advance(VISIBILITY_SECONDS * 1000);
      expect((await drain(sqs, standard)).sort()).toEqual([...report.inFlight].sort());

      const fifoBodies = await drain(sqs, fifo);
      expect(fifoBodies).toHaveLength(FIFO_COUNT);
      for (let group = 0; group < GROUPS; group++) {
        const inGroup = fifoBodies
          .filter((body) => Number(body.slice(1)) % GROUPS === group)
          .map((body) => Number(body.slice(1)));
        expect(inGroup).toEqual([...inGroup].sort((a, b) => a - b));
      }

      // Deduplication ids survived too: re-sending an already-sent body within five minutes enqueues nothing.
      await sqs.call("SendMessage", { QueueUrl: fifo, MessageBody: "f0", MessageGroupId: "g0" });
      expect(await drain(sqs, fifo)).toEqual([]);
    } finally {
      await sqs.close();
    }
  });
});
