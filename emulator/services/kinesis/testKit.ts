import type { Clock } from "../../core/clock.js";
import type { MetricsHub } from "../../core/metrics.js";
import type { ActionOutput, RequestContext, ServiceInstance } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import { standaloneContext, testRequestContext, TEST_ACCOUNT } from "../../testing/standalone.js";
import { kinesisServiceFactory } from "./index.js";
import type { KinesisOptions } from "./model.js";

export const ACCOUNT = TEST_ACCOUNT;

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
    const { context, store, metrics } = standaloneContext(clock, dataDir, "Kinesis");
    const factory = kinesisServiceFactory({ statusDelayMs: 10, throughputLimits: false, ...options });
    const service = await factory(context);
    return new KinesisKit(service, store, metrics);
  }

  context(): RequestContext {
    return testRequestContext();
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
