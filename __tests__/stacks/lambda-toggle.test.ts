import { describe, expect, it } from "vitest";
import { environmentProps } from "../../stacks/environments.js";
import { resourceCounts, resourcesOf, synthProps } from "./synth.js";

const withLambda = synthProps(environmentProps().dev);
const withoutLambda = synthProps({ ...environmentProps().dev, lambda: false });

describe("Lambda switched off", () => {
  it("leaves out the function, its role, logs, mapping and failure queue", () => {
    const counts = resourceCounts(withoutLambda);
    for (const type of [
      "aws_lambda_function",
      "aws_lambda_event_source_mapping",
      "aws_iam_role",
      "aws_iam_role_policy",
      "aws_cloudwatch_log_group",
    ]) {
      expect(counts[type], type).toBeUndefined();
    }
    expect(counts.aws_sqs_queue).toBe((resourceCounts(withLambda).aws_sqs_queue ?? 0) - 1);
  });

  it("leaves out the function's variables, outputs and alarms", () => {
    const variables = Object.keys(withoutLambda.config.variable);
    expect(variables.filter((name) => /^(lambda_|esm_|alarm_lambda_)/.test(name))).toEqual([]);
    expect(
      Object.keys(withoutLambda.config.output).filter((name) => /function|mapping|failure/.test(name)),
    ).toEqual([]);
    const metrics = resourcesOf(withoutLambda, "aws_cloudwatch_metric_alarm").map((a) => a.metric_name);
    expect(metrics).not.toContain("IteratorAge");
    expect(metrics).not.toContain("Errors");
  });

  it("keeps the stream's own iterator-age alarm", () => {
    const metrics = resourcesOf(withoutLambda, "aws_cloudwatch_metric_alarm").map((a) => a.metric_name);
    expect(metrics).toContain("GetRecords.IteratorAgeMilliseconds");
  });
});
