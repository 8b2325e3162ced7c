import type { ServiceHost } from "../core/host.js";
import type { Clock } from "../core/clock.js";
import { DashboardCounters } from "./counters.js";
import { DASHBOARD_HTML } from "./page.js";
import { peek, type PeekRefusal, type PeekView } from "./peek.js";
import { takeSnapshot, type Snapshot } from "./snapshot.js";

/** The live dashboard at `/_eda/ui`: its page, and the snapshot the page polls. */
export class Dashboard {
  private counters?: DashboardCounters;

  constructor(
    private readonly host: ServiceHost,
    private readonly clock: Clock,
  ) {}

  page(): string {
    return DASHBOARD_HTML;
  }

  /** A queue's newest messages or a stream's (or shard's) newest records, changing nothing. */
  peek(query: URLSearchParams): PeekView | PeekRefusal {
    return peek(this.host, query);
  }

  /** The architecture now; the first call starts the counters the page turns into rates. */
  snapshot(baseUrl: string): Promise<Snapshot> {
    this.counters ??= new DashboardCounters(this.host.metrics, this.clock.now());
    return takeSnapshot(this.host, this.counters.snapshot(), this.counters.since, this.clock.now(), baseUrl);
  }
}
