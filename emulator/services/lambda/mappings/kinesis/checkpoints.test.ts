import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../../core/clock.js";
import { KinesisKit } from "../../../kinesis/testKit.js";
import type { MappingInvokeResult } from "../poller.js";
import { CheckpointTable } from "./checkpoints.js";
import { kinesisPollerKind } from "./kind.js";
import { PollerFixture, succeed, UUID, type SeenEvent } from "./testHost.js";

const SHARD = "shardId-000000000000";
const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fixture(options: Parameters<typeof PollerFixture.create>[0] = {}): Promise<PollerFixture> {
  const created = await PollerFixture.create(options);
  cleanups.push(() => created.close(options.kit !== undefined));
  return created;
}

describe("Kinesis poller: checkpoints", () => {
  it("resumes from the committed checkpoint after the store is reopened, resending the batch in flight", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "eda-kinesis-poller-"));
    dirs.push(dataDir);
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    cleanups.push(() => kit.close());
    await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    clock.advance(10);

    const before = await PollerFixture.create({ dataDir, clock, kit });
    before.host.respond = (_event, call) =>
      call === 1 ? succeed() : new Promise<MappingInvokeResult>(() => {});
    await before.start({ BatchSize: 1 });
    await before.put("a", "b", "c");
    expect(before.host.batches()).toEqual([["a"], ["b"]]);
    await before.close(true);

    const after = await fixture({ dataDir, clock, kit });
    await after.start({ BatchSize: 1 });
    await after.put("d");
    expect(after.host.batches()).toEqual([["b"], ["c"], ["d"]]);
  });

  it("keeps a tumbling window's state with the checkpoint across a store reopen", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "eda-kinesis-window-"));
    dirs.push(dataDir);
    const clock = new ManualClock();
    const kit = await KinesisKit.start(clock);
    cleanups.push(() => kit.close());
    await kit.call("CreateStream", { StreamName: "s", ShardCount: 1 });
    clock.advance(10);
    const counting = (event: SeenEvent) => {
      const state = event.document.state as { count?: number };
      return succeed({ state: { count: (state.count ?? 0) + event.records.length } });
    };

    const before = await PollerFixture.create({ dataDir, clock, kit });
    before.host.respond = counting;
    await before.start({ TumblingWindowInSeconds: 300 });
    await before.put("a", "b");
    await before.close(true);

    const after = await fixture({ dataDir, clock, kit });
    after.host.respond = counting;
    await after.start({ TumblingWindowInSeconds: 300 });
    await after.put("c");
    expect(after.host.events.map((event) => event.document.state)).toEqual([{ count: 2 }]);
  });

  it("writes the resolved starting position before the first batch, one checkpoint per slot", async () => {
    const f = await fixture();
    const [sequence] = await f.put("a");
    await f.start({ StartingPosition: "LATEST", ParallelizationFactor: 3 });
    const rows = CheckpointTable.of(f.store).load(UUID, SHARD);
    expect(rows.map((row) => [row.slot, row.slots, row.afterSequenceNumber, row.ended])).toEqual([
      [0, 3, sequence, false],
      [1, 3, sequence, false],
      [2, 3, sequence, false],
    ]);
  });

  it("restarts every slot at the earliest one when the ParallelizationFactor changes", async () => {
    const f = await fixture();
    const poller = await f.start({ ParallelizationFactor: 2 });
    await f.put("a", "b", "c", "d");
    const table = CheckpointTable.of(f.store);
    const start = f.api.position(f.streamArn, SHARD, { type: "TRIM_HORIZON" });
    if (!start.ok) throw new Error(start.detail);
    // As if slot 0 had not got anywhere yet: the new single slot must start there, not at slot 1's checkpoint.
    table.save(UUID, SHARD, { slot: 0, slots: 2, ...start.position, ended: false });
    poller.update(f.settings({ ParallelizationFactor: 1 }));
    await f.advance(0);
    expect(table.load(UUID, SHARD).map((row) => row.slots)).toEqual([1]);
    expect(f.host.batches().at(-1)).toEqual(["a", "b", "c", "d"]);
  });

  it("applies updated settings to the next batch", async () => {
    const f = await fixture();
    const poller = await f.start({ BatchSize: 1 });
    poller.update(f.settings({ BatchSize: 10 }));
    await f.put("a", "b");
    expect(f.host.batches()).toEqual([["a", "b"]]);
  });

  it("forgets a deleted mapping's checkpoints", async () => {
    const f = await fixture();
    const poller = await f.start();
    await f.put("a");
    await poller.stop();
    kinesisPollerKind.forget(UUID, f.host);
    expect(CheckpointTable.of(f.store).load(UUID, SHARD)).toEqual([]);
  });
});
