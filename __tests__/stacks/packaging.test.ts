import { readFileSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Testing } from "cdktf";
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from "aws-lambda";
import { describe, expect, it, vi } from "vitest";
import { environmentProps } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";
import { BUNDLE_FILE, bundleLambda } from "../../stacks/lambda-package.js";
import { cloudEvent, kinesisEvent, kinesisRecord, sequenceNumber } from "../lambda/kinesis-event.js";
import type { LambdaPackaging } from "../../stacks/config.js";
import { onlyResource, synthProps, type TerraformJson } from "./synth.js";

interface Packaged {
  readonly zip: Buffer;
  readonly filename: unknown;
  readonly sourceCodeHash: unknown;
}

const dev = environmentProps().dev;
const devWith = (packaging: LambdaPackaging) => ({ ...dev, lambda: { ...dev.lambda, packaging } });

/** A full synth into a fresh directory, as `cdktf synth` does. */
function fullSynth(packaging: LambdaPackaging): { stackDir: string; config: TerraformJson } {
  const stack = new EventDrivenStack(Testing.app(), "dev", devWith(packaging));
  const stackDir = path.join(Testing.fullSynth(stack), "stacks", "dev");
  return {
    stackDir,
    config: JSON.parse(readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8")) as TerraformJson,
  };
}

/** The default (asset) packaging's zip as it lands in the stack folder. */
function fullSynthDev(): Packaged {
  const { stackDir, config } = fullSynth("asset");
  const [fn] = Object.values(config.resource.aws_lambda_function ?? {});
  if (!fn) throw new Error("no function synthesized");
  return {
    zip: readFileSync(path.join(stackDir, String(fn.filename))),
    filename: fn.filename,
    sourceCodeHash: fn.source_code_hash,
  };
}

/** Files under `root`, relative to it, with their permission bits. */
function filesUnder(root: string): Record<string, number> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => statSync(path.join(root, file)).isFile())
      .map((file) => [file, statSync(path.join(root, file)).mode & 0o777]),
  );
}

describe("Lambda package (default asset packaging)", () => {
  it("is byte-for-byte identical across two synths of the same source", () => {
    const first = fullSynthDev();
    const second = fullSynthDev();
    expect(first.zip.length).toBeGreaterThan(0);
    expect(second.zip.equals(first.zip)).toBe(true);
  });

  it("declares source_code_hash as Terraform's base64 SHA-256 of the very zip it ships", () => {
    const { filename, sourceCodeHash } = fullSynthDev();
    expect(filename).toMatch(/^assets\/.+\/archive\.zip$/);
    expect(sourceCodeHash).toBe(`\${filebase64sha256(${JSON.stringify(filename)})}`);
  });

  it("needs no provider besides AWS and no data source that zips", () => {
    const { config } = synthProps(devWith("asset"));
    expect(Object.keys(config.terraform.required_providers as object)).toEqual(["aws"]);
    expect(config.data?.archive_file).toBeUndefined();
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

describe("Lambda package with archive-file packaging", () => {
  it("zips the bundle with archive_file at plan time, with a fixed file mode", () => {
    const synthesized = synthProps(devWith("archive-file"));
    const [archive, ...others] = Object.values(synthesized.config.data?.archive_file ?? {});
    expect(others).toEqual([]);
    expect(archive).toEqual({
      type: "zip",
      source_dir: expect.stringMatching(/^assets\/.+\/[0-9A-F]{32}$/) as unknown,
      output_path: "${path.module}/build/consumer.zip",
      output_file_mode: "0644",
    });
  });

  it("deploys the archive's output and Lambda's hash of it", () => {
    const synthesized = synthProps(devWith("archive-file"));
    const [id] = Object.keys(synthesized.config.data?.archive_file ?? {});
    const fn = onlyResource(synthesized, "aws_lambda_function");
    expect(fn.filename).toBe(`\${data.archive_file.${id}.output_path}`);
    expect(fn.source_code_hash).toBe(`\${data.archive_file.${id}.output_base64sha256}`);
  });

  it("pins the hashicorp/archive provider next to AWS", () => {
    const { config } = synthProps(devWith("archive-file"));
    expect(config.terraform.required_providers).toMatchObject({
      archive: { source: "hashicorp/archive", version: "2.7.1" },
      aws: { source: "hashicorp/aws", version: "5.100.0" },
    });
    expect(config.provider).toHaveProperty("archive");
  });

  it("ships the bundled handler, and only it, with mode 0644 in the stack folder", () => {
    const { stackDir, config } = fullSynth("archive-file");
    const [archive] = Object.values(
      (config.data?.archive_file ?? {}) as Record<string, { source_dir: string }>,
    );
    if (!archive) throw new Error("no archive_file synthesized");
    expect(filesUnder(path.join(stackDir, archive.source_dir))).toEqual({ [BUNDLE_FILE]: 0o644 });
  });
});
