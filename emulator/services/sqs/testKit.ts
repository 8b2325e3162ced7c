import type { Clock } from "../../core/clock.js";
import type { MetricsHub } from "../../core/metrics.js";
import type { ActionOutput, RequestContext, ServiceInstance } from "../../core/service.js";
import type { Store } from "../../core/store/store.js";
import {
  standaloneContext,
  testRequestContext,
  TEST_ACCOUNT,
  TEST_BASE_URL,
} from "../../testing/standalone.js";
import { createSqsService } from "./index.js";

export const ACCOUNT = TEST_ACCOUNT;
export const BASE_URL = TEST_BASE_URL;

/** An SQS service driven through its action layer, as the protocol layer would call it; for tests and benches. */
export class SqsKit {
  private constructor(
    readonly service: ServiceInstance,
    readonly store: Store,
    readonly metrics: MetricsHub,
  ) {}

  /** SQS over the core's store (SQLite in `dataDir`, else memory), with no other service and no HTTP. */
  static async start(clock: Clock, dataDir?: string): Promise<SqsKit> {
    const { context, store, metrics } = standaloneContext(clock, dataDir, "SQS");
    return new SqsKit(await createSqsService(context), store, metrics);
  }

  context(signal: AbortSignal = new AbortController().signal, path = "/"): RequestContext {
    return testRequestContext({ signal, path });
  }

  async call(
    action: string,
    input: Record<string, unknown>,
    ctx: RequestContext = this.context(),
  ): Promise<ActionOutput> {
    const definition = this.service.definition.actions.get(action);
    if (!definition) throw new Error(`no action ${action}`);
    const output = await definition.handle(input, ctx);
    // As the request handler does: answer once the writes are durable.
    await this.store.committed();
    return output;
  }

  async createQueue(name: string, attributes: Record<string, string> = {}): Promise<string> {
    const out = await this.call("CreateQueue", { QueueName: name, Attributes: attributes });
    return out.QueueUrl as string;
  }

  async close(): Promise<void> {
    await this.service.close();
    this.store.close();
  }
}
