import type { MappingSettings, PollerHost, PollerKind, SourcePoller } from "./poller.js";
import type { MappingRecord } from "./records.js";

function settingsOf(record: MappingRecord): MappingSettings {
  return { accountId: record.accountId, region: record.region, config: record.config };
}

/**
 * Keeps one running poller per Enabled mapping whose source has a poller kind: started when the mapping
 * settles Enabled, told of every settled change, stopped when it is disabled or deleted (and then told to forget
 * its checkpoints), all stopped when the service closes.
 */
export class PollerManager {
  private readonly running = new Map<string, SourcePoller>();
  private readonly stopping = new Set<Promise<void>>();

  constructor(
    private readonly kinds: readonly PollerKind[],
    private readonly host: PollerHost,
  ) {}

  /** Brings the mapping's poller in line with its settled record: running when Enabled, else stopped. */
  sync(record: MappingRecord): void {
    const uuid = record.config.UUID;
    const poller = this.running.get(uuid);
    if (record.config.State !== "Enabled") {
      if (poller !== undefined) void this.stop(uuid, poller);
      return;
    }
    if (poller !== undefined) {
      poller.update(settingsOf(record));
      return;
    }
    const kind = this.kindOf(record);
    if (kind === undefined) return;
    try {
      this.running.set(uuid, kind.start(settingsOf(record), this.host));
    } catch (error) {
      this.host.log(`lambda: the poller of event source mapping ${uuid} did not start: ${String(error)}`);
    }
  }

  /** The mapping is being deleted: its poller stops, then forgets what it kept. */
  remove(record: MappingRecord): void {
    const uuid = record.config.UUID;
    const kind = this.kindOf(record);
    const poller = this.running.get(uuid);
    const stopped = poller === undefined ? Promise.resolve() : this.stop(uuid, poller);
    void stopped.then(() => kind?.forget(uuid, this.host));
  }

  isRunning(uuid: string): boolean {
    return this.running.has(uuid);
  }

  /** Stops every poller (the service closes or resets); resolves once all have stopped. */
  async stopAll(): Promise<void> {
    for (const [uuid, poller] of this.running) void this.stop(uuid, poller);
    await Promise.all(this.stopping);
  }

  private kindOf(record: MappingRecord): PollerKind | undefined {
    return this.kinds.find((kind) => kind.service === record.source);
  }

  private stop(uuid: string, poller: SourcePoller): Promise<void> {
    this.running.delete(uuid);
    const stopped = poller
      .stop()
      .catch((error: unknown) =>
        this.host.log(`lambda: the poller of event source mapping ${uuid} failed to stop: ${String(error)}`),
      )
      .finally(() => this.stopping.delete(stopped));
    this.stopping.add(stopped);
    return stopped;
  }
}
