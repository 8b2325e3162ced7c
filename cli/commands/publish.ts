import { readFile } from "node:fs/promises";
import {
  configFromOutputs,
  Producer,
  sampleEvents,
  type ProducerEvent,
  type PublishResult,
} from "../../producer/index.js";
import { publishSteadily } from "../../producer/steady-load.js";
import type { ClientConfig } from "../connection.js";
import { emit, UserError, type CommandIo } from "../io.js";
import { readOutputs } from "../outputs.js";

export interface PublishOptions {
  readonly event?: string;
  readonly file?: string;
  readonly count?: number;
  readonly rate?: number;
  readonly duration?: number;
  readonly malformed?: number;
  readonly topicArn?: string;
  readonly streamName?: string;
  readonly outputs?: string;
  readonly json?: boolean;
}

/**
 * `eda publish`: one event (`--event`), a file of events (`--file`, a JSON array or one event per line), or
 * generated sample events (`--count`, or `--rate` per second for `--duration` seconds) to the topic and the
 * stream. Exit 1 when any event failed at any target.
 */
export async function publishCommand(
  options: PublishOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const targets = await publishTargets(options);
  const producer = new Producer({ ...targets, ...client });
  const validate = options.malformed === undefined;
  const tally = { published: 0, failed: 0 };
  const report = (results: readonly PublishResult[]) => {
    for (const result of results) {
      const ok = result.topic?.ok !== false && result.stream?.ok !== false;
      tally[ok ? "published" : "failed"]++;
      if (options.json === true || !ok) emit(io, options.json === true, result, () => failureLine(result));
    }
  };
  try {
    if (options.rate !== undefined) {
      await publishSteadily(producer, {
        ratePerSecond: options.rate,
        malformedShare: options.malformed ?? 0,
        durationMs: (options.duration ?? 10) * 1000,
        signal: io.signal,
        onResults: (_events, results) => report(results),
      });
    } else {
      report(await producer.publish(await eventsToPublish(options), { validate }));
    }
  } finally {
    producer.close();
  }
  if (options.json !== true) io.err(`published ${tally.published}, failed ${tally.failed}\n`);
  return tally.failed > 0 ? 1 : 0;
}

function failureLine(result: PublishResult): string {
  const parts = (["topic", "stream"] as const).flatMap((target) => {
    const delivery = result[target];
    return delivery && !delivery.ok ? [`${target}: ${delivery.code}: ${delivery.message}`] : [];
  });
  return `failed ${result.id}: ${parts.join("; ")}`;
}

async function publishTargets(options: PublishOptions): Promise<{ topicArn?: string; streamName?: string }> {
  const fromOutputs =
    options.outputs !== undefined ? configFromOutputs(await readOutputs(options.outputs)) : {};
  const topicArn = options.topicArn ?? fromOutputs.topicArn;
  const streamName = options.streamName ?? fromOutputs.streamName;
  if (topicArn === undefined && streamName === undefined)
    throw new UserError(
      "say where to publish: --topic-arn, --stream-name, or --outputs with the stack's terraform output -json.",
    );
  return { topicArn, streamName };
}

async function eventsToPublish(options: PublishOptions): Promise<ProducerEvent[]> {
  const sources = [options.event, options.file, options.count].filter(
    (source) => source !== undefined,
  ).length;
  if (sources !== 1) throw new UserError("give exactly one of --event, --file, --count or --rate.");
  if (options.count !== undefined) return sampleEvents(options.count, options.malformed ?? 0);
  if (options.event !== undefined) return [parseEvent(options.event, "--event")];
  const path = options.file!;
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${path}: ${error.code ?? error.message}.`);
  });
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const parsed = parseJson(trimmed, path);
    if (!Array.isArray(parsed)) throw new UserError(`${path} is not a JSON array of events.`);
    return parsed as ProducerEvent[];
  }
  return trimmed
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, n) => parseEvent(line, `${path} line ${n + 1}`));
}

function parseEvent(text: string, where: string): ProducerEvent {
  const parsed = parseJson(text, where);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UserError(`${where} is not a JSON object: give one CloudEvent per line, or a JSON array.`);
  return parsed as ProducerEvent;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`${where} is not valid JSON (${(error as Error).message}).`);
  }
}
