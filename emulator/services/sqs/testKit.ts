import type { Clock } from "../../core/clock.js";
import type { ActionOutput, RequestContext, ServiceInstance } from "../../core/service.js";
import { createSqsService } from "./index.js";

export const ACCOUNT = "000000000000";
export const BASE_URL = "http://127.0.0.1:4566";

/** An SQS service driven through its action layer, as the protocol layer would call it; for tests and benches. */
export class SqsKit {
  private constructor(readonly service: ServiceInstance) {}

  static async start(clock: Clock, dataDir?: string): Promise<SqsKit> {
    return new SqsKit(await createSqsService({ clock, dataDir, region: "us-east-1", accountId: ACCOUNT }));
  }

  context(signal: AbortSignal = new AbortController().signal, path = "/"): RequestContext {
    return { requestId: "test", region: "us-east-1", accountId: ACCOUNT, baseUrl: BASE_URL, path, signal };
  }

  async call(
    action: string,
    input: Record<string, unknown>,
    ctx: RequestContext = this.context(),
  ): Promise<ActionOutput> {
    const definition = this.service.definition.actions.get(action);
    if (!definition) throw new Error(`no action ${action}`);
    return definition.handle(input, ctx);
  }

  async createQueue(name: string, attributes: Record<string, string> = {}): Promise<string> {
    const out = await this.call("CreateQueue", { QueueName: name, Attributes: attributes });
    return out.QueueUrl as string;
  }

  close(): Promise<void> {
    return this.service.close();
  }
}
