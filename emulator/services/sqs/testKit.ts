import { Accounts } from "../../core/accounts.js";
import type { Clock } from "../../core/clock.js";
import { MetricsHub } from "../../core/metrics.js";
import type { ActionOutput, RequestContext, ServiceInstance } from "../../core/service.js";
import { SqliteStore } from "../../core/store/sqlite-store.js";
import { MemoryStore, type Store } from "../../core/store/store.js";
import { createSqsService } from "./index.js";

export const ACCOUNT = "000000000000";
export const BASE_URL = "http://127.0.0.1:4566";

/** An SQS service driven through its action layer, as the protocol layer would call it; for tests and benches. */
export class SqsKit {
  private constructor(
    readonly service: ServiceInstance,
    readonly store: Store,
    readonly metrics: MetricsHub,
  ) {}

  /** SQS over the core's store (SQLite in `dataDir`, else memory), with no other service and no HTTP. */
  static async start(clock: Clock, dataDir?: string): Promise<SqsKit> {
    const store = dataDir === undefined ? new MemoryStore() : new SqliteStore(dataDir);
    const metrics = new MetricsHub();
    const service = await createSqsService({
      clock,
      dataDir,
      store,
      metrics,
      accounts: new Accounts(ACCOUNT, "us-east-1"),
      log: () => {},
      debug: false,
      use: () => Promise.reject(new Error("SqsKit runs SQS alone")),
    });
    return new SqsKit(service, store, metrics);
  }

  context(signal: AbortSignal = new AbortController().signal, path = "/"): RequestContext {
    return {
      requestId: "test",
      region: "us-east-1",
      accountId: ACCOUNT,
      principalArn: `arn:aws:iam::${ACCOUNT}:root`,
      accessKeyId: undefined,
      baseUrl: BASE_URL,
      path,
      signal,
      secureTransport: true,
      sourceIp: "127.0.0.1",
    };
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
