import { describe, expect, it } from "vitest";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps } from "../../stacks/environments.js";
import { SETTINGS } from "../../stacks/settings.js";
import { StackConfigError } from "../../stacks/validate-config.js";
import { withProp } from "./props.js";
import { synthProps } from "./synth.js";

const dev = environmentProps().dev;

function problemsOf(props: EventDrivenStackProps): readonly string[] {
  try {
    synthProps(props);
  } catch (error) {
    if (error instanceof StackConfigError) return error.problems;
    throw error;
  }
  throw new Error("synth succeeded");
}

describe("configuration rejected at synth", () => {
  it("refuses a maximum record age above the stream retention and says what to change", () => {
    const problems = problemsOf({
      ...dev,
      stream: { retentionHours: 24 },
      lambda: { eventSourceMapping: { maximumRecordAgeSeconds: 172_800 } },
    });
    expect(problems).toEqual([
      "lambda.eventSourceMapping.maximumRecordAgeSeconds (172800) is above the stream retention (24 h = 86400 s); lower it or raise stream.retentionHours, or records expire before Lambda gives up on them.",
    ]);
  });

  it("refuses a batching window outside 0-300 seconds", () => {
    expect(
      problemsOf({ ...dev, lambda: { eventSourceMapping: { maximumBatchingWindowSeconds: 301 } } }),
    ).toEqual([
      "lambda.eventSourceMapping.maximumBatchingWindowSeconds is 301; set it to a whole number from 0 to 300.",
    ]);
  });

  it("refuses a FIFO queue subscribed to a standard topic", () => {
    expect(problemsOf({ ...dev, fifo: false, queues: [{ name: "orders", fifo: true }] })).toEqual([
      'Queue "orders" is FIFO but the topic is standard; SNS delivers to FIFO queues only from FIFO topics. Set fifo: true on the stack or fifo: false on the queue.',
    ]);
  });

  it("refuses a queue name longer than SQS's 80 characters, counting the .fifo suffix", () => {
    const name = "q".repeat(64);
    const problems = problemsOf({ ...dev, fifo: true, queues: [{ name, fifo: true }] });
    expect(problems).toContain(
      `sqsQueue name "eda-dev-${name}-dlq.fifo" is 81 characters; AWS allows 80. Shorten namePrefix or the queue name.`,
    );
  });

  it("refuses a prefix that makes the IAM role name longer than 64 characters", () => {
    const namePrefix = "p".repeat(51);
    expect(problemsOf({ ...dev, namePrefix, queues: [{ name: "q" }] })).toEqual([
      `iamRole name "${namePrefix}-consumer-role" is 65 characters; AWS allows 64. Shorten namePrefix or the queue name.`,
    ]);
  });

  it("refuses a maximum message size the 5.100.0 provider would reject", () => {
    expect(problemsOf({ ...dev, queueSettings: { maxMessageSizeBytes: 1_048_576 } })).toEqual([
      "queueSettings.maxMessageSizeBytes is 1048576; set it to a whole number from 1024 to 262144.",
    ]);
  });

  it("refuses an alarm topic that CloudWatch could not publish to", () => {
    expect(problemsOf({ ...dev, encryption: "aws-managed", alarms: { createTopic: true } })).toEqual([
      'alarms.createTopic needs encryption: "customer-kms": CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key.',
    ]);
  });

  it.each(Object.values(SETTINGS))("refuses $prop above $max, naming the range", (setting) => {
    expect(problemsOf(withProp(dev, setting.prop, setting.max + 1))).toContain(
      `${setting.prop} is ${setting.max + 1}; set it to a whole number from ${setting.min} to ${setting.max}.`,
    );
  });

  it("refuses a fractional value where AWS takes whole numbers", () => {
    expect(problemsOf(withProp(dev, "lambda.memoryMb", 256.5))).toEqual([
      "lambda.memoryMb is 256.5; set it to a whole number from 128 to 10240.",
    ]);
  });

  it("refuses a log retention CloudWatch Logs does not offer", () => {
    expect(problemsOf(withProp(dev, "lambda.logRetentionDays", 10))).toEqual([
      "lambda.logRetentionDays is 10; use one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653.",
    ]);
  });

  it("refuses an alarm period CloudWatch does not accept", () => {
    expect(problemsOf(withProp(dev, "alarms.periodSeconds", 90))).toEqual([
      "alarms.periodSeconds is 90; use 10, 30 or a multiple of 60.",
    ]);
  });

  it("refuses a DLQ that keeps messages no longer than its source queue", () => {
    expect(problemsOf({ ...dev, queueSettings: { messageRetentionSeconds: 1_209_600 } })).toEqual([
      "queueSettings.dlqMessageRetentionSeconds (1209600) must be longer than messageRetentionSeconds (1209600): a DLQ keeps each message's original enqueue time.",
    ]);
  });

  it("refuses a name prefix with characters AWS names do not allow", () => {
    expect(problemsOf({ ...dev, namePrefix: "team x" })).toEqual([
      'namePrefix "team x" may only use letters, digits, "-" and "_", starting with a letter or digit.',
    ]);
  });

  it("refuses two queues with the same name", () => {
    expect(problemsOf({ ...dev, queues: [{ name: "orders" }, { name: "orders" }] })).toEqual([
      'Queue names must be unique; "orders" appears more than once.',
    ]);
  });

  it("refuses a stack without queues", () => {
    expect(problemsOf({ ...dev, queues: [] })).toEqual([
      "queues is empty; configure at least one queue to subscribe to the topic.",
    ]);
  });

  it("refuses an account id that is not 12 digits", () => {
    expect(problemsOf({ ...dev, accountId: "12345" })).toEqual(['Account id "12345" must be 12 digits.']);
  });

  it("refuses an account the provider guard would reject", () => {
    expect(problemsOf({ ...dev, accountId: "123456789012", allowedAccountIds: ["210987654321"] })).toEqual([
      "accountId 123456789012 is not in allowedAccountIds; add it or remove the restriction.",
    ]);
  });

  it("refuses account discovery without an emulator endpoint", () => {
    expect(problemsOf({ ...dev, emulatorAccountDiscovery: true })).toEqual([
      "emulatorAccountDiscovery applies only with emulatorEndpoint (against AWS the provider always looks the account up); set emulatorEndpoint or remove it.",
    ]);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      ...dev,
      queues: [{ name: "a", fifo: true }],
      lambda: { memoryMb: 64, eventSourceMapping: { parallelizationFactor: 11 } },
    });
    expect(problems).toHaveLength(3);
  });
});

describe("configuration accepted", () => {
  it("synthesizes a FIFO topic with FIFO and standard queues", () => {
    const { config } = synthProps({
      ...dev,
      fifo: true,
      queues: [{ name: "ordered", fifo: true }, { name: "audit" }],
    });
    const names = Object.values(config.resource.aws_sqs_queue ?? {}).map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "${var.name_prefix}-ordered.fifo",
        "${var.name_prefix}-ordered-dlq.fifo",
        "${var.name_prefix}-audit",
        "${var.name_prefix}-events-sub-dlq.fifo",
      ]),
    );
  });

  it.each(Object.values(SETTINGS))("gives the $variable variable the same range as $prop", (setting) => {
    const { config } = synthProps(dev);
    const [range] = config.variable[setting.variable]?.validation ?? [];
    const name = `var.${setting.variable}`;
    expect(range?.condition).toBe(
      `\${${name} >= ${setting.min} && ${name} <= ${setting.max} && floor(${name}) == ${name}}`,
    );
  });

  it("bounds the name_prefix variable so every derived name fits its AWS limit", () => {
    const { config } = synthProps({ ...dev, queues: [{ name: "q" }] });
    const [rule] = config.variable.name_prefix?.validation ?? [];
    // The role "<prefix>-consumer-role" is the tightest limit: 64 - 14 characters.
    expect(rule?.condition).toContain("length(var.name_prefix) <= 50");
  });
});
