import { Accounts } from "../../core/accounts.js";
import type { Clock } from "../../core/clock.js";
import { MetricsHub } from "../../core/metrics.js";
import type { ActionOutput, RequestContext, ServiceInstance } from "../../core/service.js";
import { SqliteStore } from "../../core/store/sqlite-store.js";
import { MemoryStore, type Store } from "../../core/store/store.js";
import { kinesisServiceFactory } from "./index.js";
import type { KinesisOptions } from "./model.js";

export const ACCOUNT = "000000000000";

/** Kinesis driven through its action layer, as the protocol layer would call it; for tests. */
export class KinesisKit {
  private constructor(
    readonly service: ServiceInstance,
    readonly store: Store,
    readonly metrics: MetricsHub,
  ) {}

  static async start(
    clock: Clock,
    options: Partial<KinesisOptions> = {},
    dataDir?: string,
  ): Promise<KinesisKit> {
    const store = dataDir === undefined ? new MemoryStore() : new SqliteStore(dataDir);
    const metrics = new MetricsHub();
    const factory = kinesisServiceFactory({ statusDelayMs: 10, throughputLimits: false, ...options });
    const service = await factory({
      clock,
      dataDir,
      store,
      metrics,
      accounts: new Accounts(ACCOUNT, "us-east-1"),
      log: () => {},
      debug: false,
      use: () => Promise.reject(new Error("KinesisKit runs Kinesis alone")),
    });
    return new KinesisKit(service, store, metrics);
  }

  context(): RequestContext {
    return {
      requestId: "test",
      region: "us-east-1",
      accountId: ACCOUNT,
      principalArn: `arn:aws:iam::${ACCOUNT}:root`,
      accessKeyId: undefined,
      baseUrl: "http://127.0.0.1:4566",
      path: "/",
      signal: new AbortController().signal,
      secureTransport: true,
      sourceIp: "127.0.0.1",
    };
  }

  async call(action: string, input: Record<string, unknown>): Promise<ActionOutput> {
    const definition = this.service.definition.actions.get(action);
    if (!definition) throw new Error(`no action ${action}`);
    const output = await definition.handle(input, this.context());
    await this.store.committed();
    return output;
  }

  async status(StreamName: string): Promise<string> {
    const output = await this.call("DescribeStreamSummary", { StreamName });
    return (output.StreamDescriptionSummary as { StreamStatus: string }).StreamStatus;
  }

  async close(): Promise<void> {
    await this.service.close();
    this.store.close();
  }
}
