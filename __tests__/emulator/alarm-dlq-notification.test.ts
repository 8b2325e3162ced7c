import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";
import {
  alarmClients,
  alarmState,
  deadLetterOneMessage,
  destroyClients,
  expectedNotification,
  receivedNotification,
  setUpDlqAlarm,
  visibleMessages,
  type AlarmClients,
} from "./support/dlq-alarm.js";
import { startEmulatorProcess, type EmulatorProcess } from "./support/emulator-process.js";
import { envelopeVerifies } from "./support/sns-envelope.js";

describe("a dead-lettered message sets off the DLQ alarm, whose notification reaches the alarm topic's queue", () => {
  describe("on the manual clock", () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    let emulator: RunningEmulator;
    let clients: AlarmClients;

    beforeAll(async () => {
      emulator = await startEmulator({ port: 0, clock, log: () => {} });
      clients = alarmClients(emulator.url);
    });

    afterAll(async () => {
      destroyClients(clients);
      await emulator.stop();
    });

    it("goes to ALARM at the end of the minute the DLQ received the message, and notifies through SNS", async () => {
      const scenario = await setUpDlqAlarm(clients);
      await deadLetterOneMessage(clients.sqs, scenario, () => {
        clock.advance(1_000);
        return Promise.resolve();
      });
      expect(await visibleMessages(clients.sqs, scenario.dlqUrl)).toBe(1);
      // Nothing is evaluated before the period is complete.
      expect(await alarmState(clients.cloudwatch, scenario.alarmName)).toBe("INSUFFICIENT_DATA");
      clock.set((Math.floor(clock.now() / 60_000) + 1) * 60_000 + 10_000);
      expect(await alarmState(clients.cloudwatch, scenario.alarmName)).toBe("ALARM");
      // CloudWatch publishes once SNS's interface resolves, a few microtasks after the evaluation.
      const envelope = await vi.waitFor(
        async () => {
          const received = await receivedNotification(clients.sqs, scenario.inboxUrl);
          if (received === undefined) throw new Error("no notification yet");
          return received;
        },
        { timeout: 10_000, interval: 50 },
      );
      const expected = expectedNotification(scenario);
      expect(envelope).toMatchObject({ Type: "Notification", TopicArn: scenario.topicArn });
      expect(envelope.Subject).toBe(expected.subject);
      expect(JSON.parse(envelope.Message)).toMatchObject(expected.message);
      expect(envelope.SigningCertURL.startsWith(`${emulator.url}/_eda/sns/`)).toBe(true);
      expect(await envelopeVerifies(envelope)).toBe(true);
    });
  });

  describe("in real time, with the clock 30 times as fast (--time-scale 30) and a data dir", () => {
    let dataDir: string;
    let emulator: EmulatorProcess;
    let clients: AlarmClients;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), "eda-alarm-"));
      emulator = await startEmulatorProcess(dataDir, ["--time-scale", "30"]);
      clients = alarmClients(emulator.url);
    });

    afterAll(async () => {
      destroyClients(clients);
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("a 60-second AWS/SQS period passes in two real seconds and the notification arrives", async () => {
      const scenario = await setUpDlqAlarm(clients);
      // One emulator second of visibility timeout is a thirtieth of a real one.
      await deadLetterOneMessage(clients.sqs, scenario, () => sleep(100));
      expect(await visibleMessages(clients.sqs, scenario.dlqUrl)).toBe(1);
      const envelope = await vi.waitFor(
        async () => {
          const received = await receivedNotification(clients.sqs, scenario.inboxUrl);
          if (received === undefined) throw new Error("no notification yet");
          return received;
        },
        { timeout: 30_000, interval: 200 },
      );
      const expected = expectedNotification(scenario);
      expect(envelope.Subject).toBe(expected.subject);
      expect(JSON.parse(envelope.Message)).toMatchObject(expected.message);
      expect(await alarmState(clients.cloudwatch, scenario.alarmName)).toBe("ALARM");
    });
  });
});
