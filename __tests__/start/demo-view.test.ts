import { describe, expect, it } from "vitest";
import { renderDemo, type DemoState } from "../../scripts/start/demo-view.js";

const STATE: DemoState = {
  elapsedMs: 12_000,
  ratePerSecond: 20,
  published: 240,
  malformed: 12,
  publishFailures: 0,
  queues: [{ label: "orders", visible: 1, inFlight: 0, delivered: 80, dlqVisible: 2 }],
  subscriptionDlqVisible: 0,
  streamRecords: 240,
  alarms: [{ name: "eda-local-orders-dlq-not-empty", state: "ALARM" }],
};

const lines = (state: DemoState) => renderDemo(state).split("\n");

describe("the npm start demo screen", () => {
  it("says the Lambda is not deployed when the stack has none", () => {
    expect(lines(STATE)).toContain("lambda       not deployed (the stack has no Lambda consumer)");
  });

  it("shows the Lambda's invocations, errors and iterator age, the failure queue and the mapping's state", () => {
    const screen = lines({
      ...STATE,
      lambda: {
        invocations: 31,
        errors: 2,
        failureQueueVisible: 1,
        iteratorAgeMs: 4,
        mapping: { state: "Enabled", lastProcessingResult: "OK" },
      },
    });
    expect(screen).toEqual(
      expect.arrayContaining([
        "lambda       31 invocations (batches of records), 2 errors, iterator age 4 ms",
        "on failure   1 in the failure queue",
        "mapping      Enabled, last result OK",
      ]),
    );
  });

  it("says the mapping is not listed yet before Lambda lists it", () => {
    const screen = lines({ ...STATE, lambda: { invocations: 0, errors: 0, failureQueueVisible: 0 } });
    expect(screen).toContain("mapping      not listed yet");
  });
});
