import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** An http endpoint that records what SNS posts and answers each path with the status it is told. */
export class TestEndpoint {
  readonly received: Received[] = [];
  readonly statusByPath = new Map<string, number>();
  private readonly waiters: { path: string; count: number; resolve: () => void }[] = [];
  private server: Server | undefined;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const path = request.url ?? "/";
        this.received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString() });
        response.writeHead(this.statusByPath.get(path) ?? 200).end();
        for (const waiter of [...this.waiters]) {
          if (this.at(waiter.path).length >= waiter.count) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  at(path: string): Received[] {
    return this.received.filter((request) => request.path === path);
  }

  /** Resolves once `count` requests reached `path`. */
  async requests(path: string, count: number): Promise<Received[]> {
    if (this.at(path).length < count) {
      await new Promise<void>((resolve) => this.waiters.push({ path, count, resolve }));
    }
    return this.at(path);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
