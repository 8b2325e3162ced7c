import { afterEach, describe, expect, it } from "vitest";
import { CheckpointTable } from "./checkpoints.js";
import {
  FUNCTION_ARN,
  functionError,
  PollerFixture,
  QUEUE_ARN,
  succeed,
  UUID,
  type SeenEvent,
} from "./testHost.js";

const fixtures: PollerFixture[] = [];
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) await fixture.close();
});

async function fixture(): Promise<PollerFixture> {
  const created = await PollerFixture.create();
  fixtures.push(created);
  return created;
}

const onFailure = { DestinationConfig: { OnFailure: { Destination: QUEUE_ARN } } };
const failsOn = (poison: string) => (event: SeenEvent) =>
  event.records.some((record) => record.key === poison) ? functionError() : succeed();

describe("Kinesis poller: errors, retries and bisect", () => {
  it("retries a failing batch until MaximumRetryAttempts, discards it, and goes on with later records", async () => {
    const f = await fixture();
    f.host.respond = failsOn("bad");
    await f.start({ MaximumRetryAttempts: 2, BatchSize: 2, ...onFailure });
    await f.put("bad", "x");
    await f.drain();
    await f.put("later");
    expect(f.host.batches()).toEqual([["bad", "x"], ["bad", "x"], ["bad", "x"], ["later"]]);
    expect(f.host.failureRecords).toHaveLength(1);
  });

  it("blocks the shard while a batch is retried: later records wait behind the same batch", async () => {
    const f = await fixture();
    let failing = true;
    f.host.respond = (event) => (failing && event.records[0].key === "first" ? functionError() : succeed());
    await f.start();
    await f.put("first");
    await f.drain();
    await f.put("second");
    await f.drain();
    expect(f.host.batches().flat().includes("second")).toBe(false);
    failing = false;
    await f.put("third");
    await f.drain();
    expect(f.host.batches().slice(-2)).toEqual([["first"], ["second", "third"]]);
    expect(
      f.host
        .batches()
        .slice(0, -2)
        .every((batch) => batch.join() === "first"),
    ).toBe(true);
  });

  it("bisects a failing batch down to the poison record; splits do not count as retries", async () => {
    const f = await fixture();
    f.host.respond = failsOn("c");
    await f.start({ BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1, ...onFailure });
    await f.put("a", "b", "c", "d");
    await f.drain();
    expect(f.host.batches()).toEqual([["a", "b", "c", "d"], ["a", "b"], ["c", "d"], ["c"], ["c"], ["d"]]);
    expect(f.host.failureRecords).toHaveLength(1);
    const info = f.host.failureRecords[0].KinesisBatchInfo as { batchSize: number };
    expect(info.batchSize).toBe(1);
    expect(f.host.failureRecords[0].requestContext).toMatchObject({
      condition: "RetryAttemptsExhausted",
      approximateInvokeCount: 4,
    });
  });

  it("with MaximumRetryAttempts 0 and bisect, discards only the poison record", async () => {
    const f = await fixture();
    f.host.respond = failsOn("b");
    await f.start({ BisectBatchOnFunctionError: true, MaximumRetryAttempts: 0, ...onFailure });
    await f.put("a", "b", "c");
    expect(f.host.batches()).toEqual([["a", "b", "c"], ["a", "b"], ["a"], ["b"], ["c"]]);
    expect(f.host.failureRecords).toHaveLength(1);
    expect(f.host.failureRecords[0].KinesisBatchInfo).toMatchObject({ batchSize: 1 });
  });

  it("sends the failure record in AWS's format to the OnFailure destination", async () => {
    const f = await fixture();
    f.host.respond = () => functionError();
    await f.start({ MaximumRetryAttempts: 0, ...onFailure });
    const [first, , last] = await f.put("a", "b", "c");
    expect(f.host.failureRecords).toHaveLength(1);
    const arrival = new Date(f.clock.now()).toISOString();
    expect(f.host.failureRecords[0]).toEqual({
      requestContext: {
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        functionArn: FUNCTION_ARN,
        condition: "RetryAttemptsExhausted",
        approximateInvokeCount: 1,
      },
      responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
      version: "1.0",
      timestamp: arrival,
      KinesisBatchInfo: {
        shardId: "shardId-000000000000",
        startSequenceNumber: first,
        endSequenceNumber: last,
        approximateArrivalOfFirstRecord: arrival,
        approximateArrivalOfLastRecord: arrival,
        batchSize: 3,
        streamArn: f.streamArn,
      },
    });
  });

  it("discards records older than MaximumRecordAgeInSeconds with condition RecordAgeExceeded", async () => {
    const f = await fixture();
    f.host.respond = (event) => (event.records[0].key === "old" ? functionError() : succeed());
    await f.start({ MaximumRecordAgeInSeconds: 60, ...onFailure });
    await f.put("old");
    await f.drain(13);
    await f.put("fresh");
    expect(f.host.failureRecords.map((record) => record.requestContext)).toEqual([
      expect.objectContaining({ condition: "RecordAgeExceeded" }),
    ]);
    expect(f.host.batches().at(-1)).toEqual(["fresh"]);
  });

  it("with no retry or age limit, retries a failing batch until its records expire from the stream", async () => {
    const f = await fixture();
    f.host.respond = (event) => (event.records[0].key === "stuck" ? functionError() : succeed());
    await f.start({ ...onFailure });
    await f.put("stuck");
    await f.drain();
    expect(f.host.failureRecords).toHaveLength(0);
    await f.advance(25 * 3_600_000);
    await f.drain(1);
    expect(f.host.failureRecords.map((record) => record.requestContext)).toEqual([
      expect.objectContaining({ condition: "RecordAgeExceeded" }),
    ]);
    await f.put("next");
    expect(f.host.batches().at(-1)).toEqual(["next"]);
  });

  it("retries without counting an attempt when the function cannot be invoked, and reports the PROBLEM", async () => {
    const f = await fixture();
    f.host.respond = () => ({ kind: "not-invoked", reason: "Throttled", detail: "Rate exceeded." });
    await f.start({ MaximumRetryAttempts: 0, ...onFailure });
    await f.put("a");
    await f.advance(100);
    await f.advance(200);
    expect(f.host.events.length).toBeGreaterThanOrEqual(3);
    expect(f.host.results.at(-1)).toBe("PROBLEM: Throttled: Rate exceeded.");
    expect(f.host.failureRecords).toHaveLength(0);
    f.host.respond = () => succeed();
    await f.advance(400);
    expect(f.host.results.at(-1)).toBe("OK");
  });
});

describe("Kinesis poller: ReportBatchItemFailures", () => {
  const partial = { FunctionResponseTypes: ["ReportBatchItemFailures"] };

  it("checkpoints before the lowest failed sequence number and retries from it", async () => {
    const f = await fixture();
    await f.start(partial);
    f.host.respond = (event, call) =>
      call === 1
        ? succeed({
            batchItemFailures: [
              { itemIdentifier: event.records[3].sequenceNumber },
              { itemIdentifier: event.records[2].sequenceNumber },
            ],
          })
        : succeed({ batchItemFailures: [] });
    const sequences = await f.put("a", "b", "c", "d");
    await f.drain();
    expect(f.host.batches()).toEqual([
      ["a", "b", "c", "d"],
      ["c", "d"],
    ]);
    const [checkpoint] = CheckpointTable.of(f.store).load(UUID, "shardId-000000000000");
    expect(checkpoint.afterSequenceNumber).toBe(sequences[3]);
  });

  it("reports LastProcessingResult OK after a partial batch response and PROBLEM after a function error", async () => {
    const f = await fixture();
    await f.start({ ...partial, MaximumRetryAttempts: 0 });
    f.host.respond = (event, call) =>
      call === 1
        ? succeed({ batchItemFailures: [{ itemIdentifier: event.records[1].sequenceNumber }] })
        : functionError();
    await f.put("a", "b");
    await f.drain();
    expect(f.host.results).toEqual(["OK"]);
    await f.put("c");
    await f.drain();
    expect(f.host.results).toEqual(["OK", "PROBLEM: Function call failed"]);
  });

  it("treats an identifier that is not in the batch as a failure of the whole batch", async () => {
    const f = await fixture();
    await f.start(partial);
    f.host.respond = (_event, call) =>
      call === 1 ? succeed({ batchItemFailures: [{ itemIdentifier: "12345" }] }) : succeed(null);
    await f.put("a", "b");
    await f.drain();
    expect(f.host.batches()).toEqual([
      ["a", "b"],
      ["a", "b"],
    ]);
  });

  it("treats a response that is not JSON as a failure of the whole batch", async () => {
    const f = await fixture();
    await f.start(partial);
    f.host.respond = (_event, call) =>
      call === 1 ? { kind: "success", payload: Buffer.from("{not json") } : succeed({});
    await f.put("a");
    await f.drain();
    expect(f.host.batches()).toEqual([["a"], ["a"]]);
  });

  it("treats an empty or null batchItemFailures as complete success", async () => {
    const f = await fixture();
    await f.start(partial);
    f.host.respond = (_event, call) => succeed({ batchItemFailures: call === 1 ? [] : null });
    await f.put("a");
    await f.put("b");
    expect(f.host.batches()).toEqual([["a"], ["b"]]);
  });

  it("ignores batchItemFailures when the mapping did not ask for them", async () => {
    const f = await fixture();
    await f.start();
    f.host.respond = (event) =>
      succeed({ batchItemFailures: [{ itemIdentifier: event.records[0].sequenceNumber }] });
    await f.put("a");
    await f.put("b");
    expect(f.host.batches()).toEqual([["a"], ["b"]]);
  });

  it("counts a partial retry against MaximumRetryAttempts", async () => {
    const f = await fixture();
    await f.start({ ...partial, MaximumRetryAttempts: 1, ...onFailure });
    f.host.respond = (event) =>
      succeed({ batchItemFailures: [{ itemIdentifier: event.records.at(-1)?.sequenceNumber }] });
    await f.put("a", "b");
    await f.drain();
    expect(f.host.batches()).toEqual([["a", "b"], ["b"]]);
    expect(f.host.failureRecords).toHaveLength(1);
    expect(
      (f.host.failureRecords[0].responseContext as Record<string, unknown>).functionError,
    ).toBeUndefined();
  });
});
