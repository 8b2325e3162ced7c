import { afterEach, describe, expect, it } from "vitest";
import { PollerFixture, succeed, type SeenEvent } from "./testHost.js";

const fixtures: PollerFixture[] = [];
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) await fixture.close();
});

/** A function that counts records in its window's state, as AWS's tumbling-window example does. */
const counting = (event: SeenEvent) => {
  const state = event.document.state as { count?: number };
  return succeed({ state: { count: (state.count ?? 0) + event.records.length } });
};

describe("Kinesis poller: tumbling windows", () => {
  it("carries the state between invocations of a window and sends a final invocation at its end", async () => {
    const f = await PollerFixture.create();
    fixtures.push(f);
    f.host.respond = counting;
    await f.start({ TumblingWindowInSeconds: 60 });
    await f.put("a", "b");
    await f.advance(10_000);
    await f.put("c");
    await f.advance(60_000);
    const documents = f.host.events.map((event) => event.document);
    expect(documents.map((document) => [document.state, document.isFinalInvokeForWindow])).toEqual([
      [{}, false],
      [{ count: 2 }, false],
      [{ count: 3 }, true],
    ]);
    expect(documents[2]).toMatchObject({
      Records: [],
      window: { start: "2026-01-01T00:00:00Z", end: "2026-01-01T00:01:00Z" },
      shardId: "shardId-000000000000",
      eventSourceARN: f.streamArn,
      isWindowTerminatedEarly: false,
    });
  });

  it("starts the next window with a fresh state after the final invocation", async () => {
    const f = await PollerFixture.create();
    fixtures.push(f);
    f.host.respond = counting;
    await f.start({ TumblingWindowInSeconds: 60 });
    await f.put("a");
    await f.advance(60_000);
    await f.put("b");
    const last = f.host.events.at(-1)?.document;
    expect(last).toMatchObject({ state: {}, window: { start: "2026-01-01T00:01:00Z" } });
  });

  it("treats a response without state as a failed invocation and retries the batch", async () => {
    const f = await PollerFixture.create();
    fixtures.push(f);
    f.host.respond = (event, call) => (call === 1 ? succeed({}) : counting(event));
    await f.start({ TumblingWindowInSeconds: 60 });
    await f.put("a");
    await f.advance(1_000);
    expect(f.host.batches()).toEqual([["a"], ["a"]]);
  });
});
