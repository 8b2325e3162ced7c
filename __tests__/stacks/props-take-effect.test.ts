import { describe, expect, it } from "vitest";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps } from "../../stacks/environments.js";
import { documentedProps } from "./documented-props.js";
import { withProp } from "./props.js";
import { synthProps } from "./synth.js";

const dev = environmentProps().dev;
/** Bases where a prop that depends on another one applies. */
const fifoTopic: EventDrivenStackProps = { ...dev, fifo: true };
const customerKey: EventDrivenStackProps = { ...dev, encryption: "customer-kms" };
const local = environmentProps().local;

interface Change {
  /** A value different from what the base resolves to. */
  readonly value: unknown;
  readonly base?: EventDrivenStackProps;
}

/** One non-default value per documented prop; the test below fails for a prop missing here. */
const CHANGES: Record<string, Change> = {
  environment: { value: "qa" },
  namePrefix: { value: "team-x" },
  region: { value: "eu-central-1" },
  accountId: { value: "123456789012" },
  allowedAccountIds: { value: ["000000000000"] },
  fifo: { value: true },
  encryption: { value: "customer-kms" },
  queues: { value: [{ name: "other" }] },
  "queues[].name": { value: "renamed" },
  "queues[].fifo": { value: true, base: fifoTopic },
  "queues[].filterPolicy": { value: { type: ["com.example.other"] } },
  "queues[].filterPolicyScope": { value: "MessageBody" },
  "queues[].rawMessageDelivery": { value: false },
  "queueSettings.visibilityTimeoutSeconds": { value: 120 },
  "queueSettings.messageRetentionSeconds": { value: 86_400 },
  "queueSettings.maxMessageSizeBytes": { value: 65_536 },
  "queueSettings.receiveWaitTimeSeconds": { value: 10 },
  "queueSettings.maxReceiveCount": { value: 7 },
  "queueSettings.dlqMessageRetentionSeconds": { value: 604_800 },
  "stream.mode": { value: "ON_DEMAND" },
  "stream.shardCount": { value: 2 },
  "stream.retentionHours": { value: 48 },
  lambda: { value: false },
  "lambda.architecture": { value: "x86_64" },
  "lambda.memoryMb": { value: 1024 },
  "lambda.timeoutSeconds": { value: 60 },
  "lambda.reservedConcurrency": { value: 5 },
  "lambda.logRetentionDays": { value: 14 },
  "lambda.logLevel": { value: "WARN" },
  "lambda.tracing": { value: false },
  "lambda.acceptedEventTypePrefixes": { value: "com.example.order." },
  "lambda.packaging": { value: "archive-file" },
  "lambda.eventSourceMapping.batchSize": { value: 50 },
  "lambda.eventSourceMapping.maximumBatchingWindowSeconds": { value: 10 },
  "lambda.eventSourceMapping.startingPosition": { value: "LATEST" },
  "lambda.eventSourceMapping.parallelizationFactor": { value: 4 },
  "lambda.eventSourceMapping.maximumRetryAttempts": { value: 8 },
  "lambda.eventSourceMapping.maximumRecordAgeSeconds": { value: 7200 },
  "alarms.createTopic": { value: true, base: customerKey },
  "alarms.periodSeconds": { value: 60 },
  "alarms.queueOldestMessageAgeSeconds": { value: 600 },
  "alarms.iteratorAgeMs": { value: 60_000 },
  "alarms.lambdaErrors": { value: 3 },
  "alarms.lambdaThrottles": { value: 2 },
  "alarms.snsNotificationsFailed": { value: 1 },
  "alarms.treatMissingData": { value: "breaching" },
  preventDestroy: { value: true },
  backend: { value: { kind: "s3", bucket: "state", key: "eda.tfstate", region: "eu-west-1" } },
  tags: { value: { Team: "payments" } },
  emulatorEndpoint: { value: "http://127.0.0.1:4567" },
  emulatorAccountDiscovery: { value: true, base: local },
};

const props = documentedProps();

const synthesizedBases = new Map<EventDrivenStackProps, string>();
/** Each base is synthesized once for all the props compared against it. */
function baseJson(base: EventDrivenStackProps): string {
  const json = synthesizedBases.get(base) ?? synthProps(base).json;
  synthesizedBases.set(base, json);
  return json;
}

describe("documented props", () => {
  it("are each documented in stacks/config.ts and each have a non-default value to try", () => {
    expect(props.filter((prop) => !prop.documented).map((prop) => prop.path)).toEqual([]);
    expect(props.map((prop) => prop.path).sort()).toEqual(Object.keys(CHANGES).sort());
  });

  it.each(props.map((prop) => prop.path))("%s changes the synthesized output", (path) => {
    const change = CHANGES[path];
    if (!change) throw new Error(`no non-default value for ${path} in CHANGES`);
    const base = change.base ?? dev;
    expect(synthProps(withProp(base, path, change.value)).json).not.toBe(baseJson(base));
  });
});
