import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { DEBIAN_AWS_CLI, PATH_AWS_CLI, runCli } from "./support/cli-transport.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
});

afterAll(async () => {
  await emulator.stop();
});

async function logs(cli: string, args: string[]): Promise<unknown> {
  const run = await runCli(cli, ["--endpoint-url", emulator.url, "--output", "json", "logs", ...args]);
  if (run.exitCode !== 0) throw new Error(`aws logs ${args[0]} failed: ${run.stderr.trim()}`);
  return run.stdout.trim() === "" ? undefined : JSON.parse(run.stdout);
}

describe.each([
  { label: "Debian's AWS CLI v2.9", cli: DEBIAN_AWS_CLI, group: "/cli/v2" },
  { label: "the AWS CLI v1 on PATH", cli: PATH_AWS_CLI, group: "/cli/v1" },
])("CloudWatch Logs via $label", ({ cli, group }) => {
  it("a group with retention, a stream and events read back, and a JSON filter pattern finds one event", async () => {
    await logs(cli, ["create-log-group", "--log-group-name", group, "--tags", "env=local"]);
    await logs(cli, ["put-retention-policy", "--log-group-name", group, "--retention-in-days", "7"]);
    await logs(cli, ["create-log-stream", "--log-group-name", group, "--log-stream-name", "s"]);
    const now = Date.now();
    const events = JSON.stringify([
      { timestamp: now, message: JSON.stringify({ level: "INFO", ms: 5 }) },
      { timestamp: now + 1, message: JSON.stringify({ level: "ERROR", ms: 900 }) },
    ]);
    await logs(cli, [
      "put-log-events",
      "--log-group-name",
      group,
      "--log-stream-name",
      "s",
      "--log-events",
      events,
    ]);
    expect(await logs(cli, ["describe-log-groups", "--log-group-name-prefix", group])).toMatchObject({
      logGroups: [
        {
          logGroupName: group,
          retentionInDays: 7,
          arn: `arn:aws:logs:us-east-1:000000000000:log-group:${group}:*`,
        },
      ],
    });
    const found = (await logs(cli, [
      "filter-log-events",
      "--log-group-name",
      group,
      "--filter-pattern",
      '{ $.level = "ERROR" && $.ms > 500 }',
    ])) as { events: { message: string; logStreamName: string }[] };
    expect(found.events.map((e): [string, unknown] => [e.logStreamName, JSON.parse(e.message)])).toEqual([
      ["s", { level: "ERROR", ms: 900 }],
    ]);
  });

  it("DeleteLogGroup of a missing group fails with ResourceNotFoundException", async () => {
    const run = await runCli(cli, [
      "--endpoint-url",
      emulator.url,
      "logs",
      "delete-log-group",
      "--log-group-name",
      `${group}/none`,
    ]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("(ResourceNotFoundException)");
  });
});
