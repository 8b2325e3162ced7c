/**
 * CPU per SNS publish without HTTP: the Publish action, SNS, SQS and the store with a data dir, in this process.
 * On a shared machine rates move with everyone else's work; CPU time per publish moves much less, and this
 * leaves out the HTTP and query layers, so it shows what the publish path itself costs.
 *
 *   npm run build && node dist/bench/publish-cpu.js [raw|envelope] [--runs=N] [--publishes=N]
 *
 * Prints the median, minimum and maximum of the runs' microseconds of CPU (user + system, every thread: RSA
 * signing runs on libuv's pool) per publish to a topic with two subscribed queues.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator, type ServiceInstance } from "../emulator/index.js";
import { testRequestContext } from "../emulator/testing/standalone.js";
import { topicMayDeliver } from "./sns-load.js";

/** Publishes in flight per event-loop turn, as 32 load-generator connections give. */
const IN_FLIGHT = 32;
const MESSAGE = "hello world this is a bench message";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { runs: { type: "string", default: "5" }, publishes: { type: "string", default: "20000" } },
    allowPositionals: true,
  });
  const raw = positionals[0] !== "envelope";
  const runs = Number(values.runs);
  const publishes = Number(values.publishes);
  const dataDir = mkdtempSync(join(tmpdir(), "eda-publish-cpu-"));
  const emulator = await startEmulator({ port: 0, dataDir, log: () => {} });
  try {
    const [sns, sqs] = [await emulator.service("sns"), await emulator.service("sqs")];
    const ctx = testRequestContext({ baseUrl: emulator.url });
    const call = (service: ServiceInstance, action: string, input: Record<string, unknown>) => {
      const definition = service.definition.actions.get(action);
      if (definition === undefined) throw new Error(`no action ${action}`);
      return Promise.resolve(definition.handle(input, ctx));
    };
    const { TopicArn } = (await call(sns, "CreateTopic", { Name: "publish-cpu" })) as { TopicArn: string };
    for (const name of ["publish-cpu-1", "publish-cpu-2"]) {
      const { QueueUrl } = (await call(sqs, "CreateQueue", { QueueName: name })) as { QueueUrl: string };
      const queueArn = `arn:aws:sqs:${ctx.region}:${ctx.accountId}:${name}`;
      const Policy = topicMayDeliver(queueArn, TopicArn);
      await call(sqs, "SetQueueAttributes", { QueueUrl, Attributes: { Policy } });
      await call(sns, "Subscribe", {
        TopicArn,
        Protocol: "sqs",
        Endpoint: queueArn,
        Attributes: { RawMessageDelivery: String(raw) },
      });
    }
    const publishAll = async (count: number): Promise<void> => {
      for (let done = 0; done < count; done += IN_FLIGHT) {
        await Promise.all(
          Array.from({ length: IN_FLIGHT }, () => call(sns, "Publish", { TopicArn, Message: MESSAGE })),
        );
        // Lets the store's group commit run, as it does between the server's event-loop turns.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await publishAll(publishes); // JIT warm-up
    const perPublish: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = process.cpuUsage();
      await publishAll(publishes);
      const used = process.cpuUsage(before);
      perPublish.push((used.user + used.system) / publishes);
    }
    perPublish.sort((a, b) => a - b);
    const median = perPublish[Math.floor(perPublish.length / 2)] ?? 0;
    process.stdout.write(
      `Publish → 2 queues, ${raw ? "raw" : "envelope"}, data dir: ${median.toFixed(1)} µs CPU per publish ` +
        `(median of ${runs} runs of ${publishes}; min ${(perPublish[0] ?? 0).toFixed(1)}, ` +
        `max ${(perPublish.at(-1) ?? 0).toFixed(1)}); load average ${loadavg()[0].toFixed(2)}\n`,
    );
  } finally {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
