import { createHash } from "node:crypto";
import { readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Testing } from "cdktf";
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from "aws-lambda";
import { describe, expect, it, vi } from "vitest";
import { environmentProps } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";
import { BUNDLE_FILE, bundleLambda } from "../../stacks/lambda-package.js";
import { cloudEvent, kinesisEvent, kinesisRecord, sequenceNumber } from "../lambda/kinesis-event.js";
import type { TerraformJson } from "./synth.js";

interface Packaged {
  readonly zip: Buffer;
  readonly sourceCodeHash: unknown;
}

/** A full synth into a fresh directory, as `cdktf synth` does, returning the zip it wrote. */
function fullSynthDev(): Packaged {
  const stack = new EventDrivenStack(Testing.app(), "dev", environmentProps().dev);
  const stackDir = path.join(Testing.fullSynth(stack), "stacks", "dev");
  const config = JSON.parse(readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8")) as TerraformJson;
  const [fn] = Object.values(config.resource.aws_lambda_function ?? {});
  if (!fn) throw new Error("no function synthesized");
  return { zip: readFileSync(path.join(stackDir, String(fn.filename))), sourceCodeHash: fn.source_code_hash };
}

const sha256Base64 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("base64");

describe("Lambda package", () => {
  it("is byte-for-byte identical across two synths of the same source", () => {
    const first = fullSynthDev();
    const second = fullSynthDev();
    expect(first.zip.length).toBeGreaterThan(0);
    expect(second.zip.equals(first.zip)).toBe(true);
  });

  it("declares source_code_hash as the base64 SHA-256 of the zip it ships", () => {
    const { zip, sourceCodeHash } = fullSynthDev();
    expect(sourceCodeHash).toBe(sha256Base64(zip));
  });

  it("ignores the bundled file's timestamp, as after a fresh checkout", () => {
    const before = fullSynthDev();
    const bundled = path.join(bundleLambda("lambda-src/handler.ts").directory, BUNDLE_FILE);
    utimesSync(bundled, new Date(), new Date());
    const after = fullSynthDev();
    expect(after.zip.equals(before.zip)).toBe(true);
  });

  it("runs: the bundled handler reports a poison record by sequence number", async () => {
    vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "true");
    vi.stubEnv("POWERTOOLS_LOG_LEVEL", "CRITICAL");
    const bundled = path.join(bundleLambda("lambda-src/handler.ts").directory, BUNDLE_FILE);
    const { handler } = (await import(pathToFileURL(bundled).href)) as {
      handler: (event: KinesisStreamEvent) => Promise<KinesisStreamBatchResponse>;
    };
    const response = await handler(
      kinesisEvent(
        kinesisRecord(sequenceNumber(1), cloudEvent("ok", "com.example.order.created")),
        kinesisRecord(sequenceNumber(2), "not json"),
      ),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumber(2) }] });
  });
});
