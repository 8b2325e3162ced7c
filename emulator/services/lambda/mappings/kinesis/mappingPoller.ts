import type {
  KinesisInterface,
  KinesisShardInfo,
  KinesisShardPosition,
  KinesisStartingPosition,
} from "../../../../core/interfaces.js";
import type { Timer } from "../../../../core/clock.js";
import type { MappingSettings, PollerHost, SourcePoller } from "../poller.js";
import { CheckpointTable, type SlotCheckpoint } from "./checkpoints.js";
import { pollerOptions, type KinesisPollerOptions } from "./settings.js";
import { SlotPoller, type MappingRuntime } from "./slotPoller.js";

/** How soon a mapping looks for its stream again when it is not there (or not readable yet). */
const STREAM_RETRY_MS = 1_000;

/**
 * One enabled Kinesis mapping: a slot poller per shard and ParallelizationFactor lane. A shard is started once
 * its parents (split or merge) were read to their end.
 */
export class KinesisMappingPoller implements SourcePoller {
  private settings: MappingSettings;
  private options: KinesisPollerOptions;
  private readonly checkpoints: CheckpointTable;
  private readonly slots = new Map<string, SlotPoller[]>();
  private readonly finished = new Set<string>();
  private api: KinesisInterface | undefined;
  private unwatch: (() => void) | undefined;
  private retry: Timer | undefined;
  private stopped = false;
  private readonly started: Promise<void>;

  constructor(
    settings: MappingSettings,
    private readonly host: PollerHost,
  ) {
    this.settings = settings;
    this.options = pollerOptions(settings);
    this.checkpoints = CheckpointTable.of(host.core.store);
    this.started = this.begin();
  }

  update(settings: MappingSettings): void {
    const previous = this.options;
    this.settings = settings;
    this.options = pollerOptions(settings);
    if (
      previous.parallelizationFactor !== this.options.parallelizationFactor ||
      previous.streamArn !== this.options.streamArn
    ) {
      void this.restart(previous.streamArn);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.retry?.cancel();
    await this.started;
    this.unwatch?.();
    await this.stopSlots();
  }

  private async begin(): Promise<void> {
    try {
      this.api = await this.host.core.use("kinesis");
    } catch (error) {
      this.host.reportProcessingResult(
        this.uuid,
        `PROBLEM: Kinesis is unavailable: ${(error as Error).message}`,
      );
      return;
    }
    if (this.stopped) return;
    this.watch();
    this.discover();
  }

  private get uuid(): string {
    return this.settings.config.UUID;
  }

  private watch(): void {
    this.unwatch = this.api?.watch(this.options.streamArn, (shardId) => {
      const slots = this.slots.get(shardId);
      if (slots === undefined) this.discover();
      else for (const slot of slots) slot.wake();
    });
  }

  private async restart(previousArn: string): Promise<void> {
    await this.started;
    if (previousArn !== this.options.streamArn) {
      this.unwatch?.();
      this.watch();
    }
    await this.stopSlots();
    this.finished.clear();
    if (!this.stopped) this.discover();
  }

  private async stopSlots(): Promise<void> {
    const running = [...this.slots.values()].flat();
    this.slots.clear();
    await Promise.all(running.map((slot) => slot.stop()));
  }

  /** Starts the shards that are ready: not running, not finished, parents read to their end. */
  private discover(): void {
    const api = this.api;
    if (api === undefined || this.stopped) return;
    const shards = api.shards(this.options.streamArn);
    if (shards === undefined) {
      this.host.reportProcessingResult(
        this.uuid,
        `PROBLEM: Stream ${this.options.streamArn} does not exist or is not readable yet.`,
      );
      this.retry?.cancel();
      this.retry = this.host.clock.after(STREAM_RETRY_MS, () => this.discover());
      return;
    }
    if (!shards.some((shard) => this.checkpoints.known(this.uuid, shard.shardId))) {
      if (!this.resolveStartingPositions(api, shards)) return;
    }
    const present = new Set(shards.map((shard) => shard.shardId));
    const parentDone = (parent: string | undefined): boolean =>
      parent === undefined ||
      !present.has(parent) ||
      this.finished.has(parent) ||
      this.checkpoints.ended(this.uuid, parent);
    for (const shard of shards) {
      if (this.slots.has(shard.shardId) || this.finished.has(shard.shardId)) continue;
      if (!parentDone(shard.parentShardId) || !parentDone(shard.adjacentParentShardId)) continue;
      this.startShard(api, shard);
    }
  }

  private startShard(api: KinesisInterface, shard: KinesisShardInfo): void {
    const factor = this.options.parallelizationFactor;
    let saved = this.checkpoints.slotsOf(this.uuid, shard.shardId, factor);
    if (saved === undefined) {
      // A shard that appeared after the mapping resolved its starting positions: a child of a reshard.
      const start = this.resolve(api, shard.shardId, { type: "TRIM_HORIZON" });
      if (start === undefined) return;
      saved = this.saveStart(shard.shardId, start);
    }
    if (saved.every((checkpoint) => checkpoint.ended)) {
      this.finished.add(shard.shardId);
      return;
    }
    const runtime = this.runtime(api);
    const slots = saved
      .filter((checkpoint) => !checkpoint.ended)
      .map((checkpoint) => new SlotPoller(runtime, shard.shardId, checkpoint.slot, factor, checkpoint));
    this.slots.set(shard.shardId, slots);
    void Promise.all(slots.map((slot) => slot.done)).then((results) => {
      if (this.slots.get(shard.shardId) !== slots || !results.every((result) => result === "ended")) return;
      this.slots.delete(shard.shardId);
      this.finished.add(shard.shardId);
      this.discover();
    });
  }

  /**
   * The mapping's StartingPosition, resolved once for every shard the stream has when the mapping first reads
   * it (closed parents included: LATEST then means after their records and their children's alike). Shards
   * that appear later are children of a reshard and start at their beginning.
   */
  private resolveStartingPositions(api: KinesisInterface, shards: readonly KinesisShardInfo[]): boolean {
    const starts: [string, KinesisShardPosition][] = [];
    for (const shard of shards) {
      const start = this.resolve(api, shard.shardId, this.options.startingPosition);
      if (start === undefined) return false;
      starts.push([shard.shardId, start]);
    }
    this.host.core.store.transaction(() => {
      for (const [shardId, start] of starts) this.saveStart(shardId, start);
    });
    return true;
  }

  private resolve(
    api: KinesisInterface,
    shardId: string,
    start: KinesisStartingPosition,
  ): KinesisShardPosition | undefined {
    const result = api.position(this.options.streamArn, shardId, start);
    if (result.ok) return result.position;
    this.host.reportProcessingResult(this.uuid, `PROBLEM: ${result.detail}`);
    return undefined;
  }

  private saveStart(shardId: string, start: KinesisShardPosition): SlotCheckpoint[] {
    const factor = this.options.parallelizationFactor;
    const slots = Array.from({ length: factor }, (_, slot) => ({
      slot,
      slots: factor,
      afterSequenceNumber: start.afterSequenceNumber,
      ended: false,
    }));
    for (const checkpoint of slots) this.checkpoints.save(this.uuid, shardId, checkpoint);
    return slots;
  }

  private runtime(api: KinesisInterface): MappingRuntime {
    return {
      host: this.host,
      api,
      checkpoints: this.checkpoints,
      settings: () => this.settings,
      options: () => this.options,
      roleArn: () => this.host.executionRole(this.settings) ?? "",
    };
  }
}
