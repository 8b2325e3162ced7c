import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PATH_AWS_CLI, runCli } from "./support/cli-transport.js";
import { DEBIAN_PYTHON } from "./support/boto3-transport.js";
import { createQueue, receiveAll, useSnsEmulator } from "./support/sns-fixture.js";

const boto3Scenario = fileURLToPath(new URL("./support/sns_boto3_scenario.py", import.meta.url));

function runPython(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      DEBIAN_PYTHON,
      args,
      {
        env: {
          PATH: process.env.PATH ?? "",
          AWS_CONFIG_FILE: "/dev/null",
          AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
        },
        timeout: 90_000,
      },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

describe("SNS with the aws CLI and Debian's boto3 (query protocol)", () => {
  const ctx = useSnsEmulator();

  async function cli(...args: string[]): Promise<Record<string, unknown>> {
    const run = await runCli(PATH_AWS_CLI, [
      "--endpoint-url",
      ctx.emulator.url,
      "--output",
      "json",
      "sns",
      ...args,
    ]);
    if (run.exitCode !== 0) throw new Error(`aws sns ${args[0]} failed: ${run.stderr}`);
    return run.stdout.trim() === "" ? {} : (JSON.parse(run.stdout) as Record<string, unknown>);
  }

  it("the CLI creates a topic, subscribes a queue and publishes into it with attributes", async () => {
    const queue = await createQueue(ctx.sqs, "cli-q");
    const { TopicArn } = (await cli("create-topic", "--name", "cli-topic")) as { TopicArn: string };
    await cli(
      "subscribe",
      "--topic-arn",
      TopicArn,
      "--protocol",
      "sqs",
      "--notification-endpoint",
      queue.arn,
      "--attributes",
      "RawMessageDelivery=true",
    );
    const published = (await cli(
      "publish",
      "--topic-arn",
      TopicArn,
      "--message",
      "from the cli",
      "--message-attributes",
      '{"source":{"DataType":"String","StringValue":"cli"}}',
    )) as { MessageId: string };
    expect(published.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const [message] = await receiveAll(ctx.sqs, queue.url, 1);
    expect(message.Body).toBe("from the cli");
    expect(message.MessageAttributes?.source.StringValue).toBe("cli");
    const listed = (await cli("list-subscriptions-by-topic", "--topic-arn", TopicArn)) as {
      Subscriptions: { Endpoint: string }[];
    };
    expect(listed.Subscriptions.map((s) => s.Endpoint)).toEqual([queue.arn]);
  });

  it("the CLI reports NotFound for an unknown topic", async () => {
    const run = await runCli(PATH_AWS_CLI, [
      "--endpoint-url",
      ctx.emulator.url,
      "sns",
      "get-topic-attributes",
      "--topic-arn",
      "arn:aws:sns:us-east-1:000000000000:no-such-topic",
    ]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("(NotFound)");
    expect(run.stderr).toContain("Topic does not exist");
  });

  it("boto3 1.26 creates, subscribes with a filter, publishes a batch with a failed entry and reads errors", async () => {
    const queue = await createQueue(ctx.sqs, "boto3-q");
    const seen = JSON.parse(await runPython([boto3Scenario, ctx.emulator.url, queue.arn])) as {
      topicArn: string;
      displayName: string;
      subscriptionArn: string;
      successful: string[];
      failed: { Id: string; Code: string; SenderFault: boolean }[];
      subscriptions: string[];
      missing: { code: string; status: number };
    };
    expect(seen.displayName).toBe("from boto3");
    expect(seen.subscriptions).toEqual([seen.subscriptionArn]);
    expect(seen.successful).toEqual(["drop", "keep"]);
    expect(seen.failed).toEqual([{ Id: "bad", Code: "InvalidParameter", SenderFault: true }]);
    expect(seen.missing).toEqual({ code: "NotFound", status: 404 });
    const received = await receiveAll(ctx.sqs, queue.url, 1);
    expect(received.map((m) => m.Body)).toEqual(["kept"]);
  });
});
