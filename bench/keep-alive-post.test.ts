import { createServer, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { postExpectingOk, postKeptAlive } from "./keep-alive-post.js";

let server: Server | undefined;

afterEach(() => server?.close());

/** A server that answers `status` with the request's body echoed, and remembers each request's socket port. */
async function serve(status: number): Promise<{ url: URL; bodies: string[]; ports: Set<number> }> {
  const bodies: string[] = [];
  const ports = new Set<number>();
  server = createServer((request, response) => {
    ports.add(request.socket.remotePort ?? 0);
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      bodies.push(body);
      response.writeHead(status).end(body);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), bodies, ports };
}

describe("postKeptAlive", () => {
  it("sends the body and reuses one connection for calls made one after another", async () => {
    const { url, bodies, ports } = await serve(200);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await postKeptAlive(agent, url, "/", {}, "first")).toBe(200);
    expect(await postKeptAlive(agent, url, "/", {}, "second")).toBe(200);
    agent.destroy();
    expect(bodies).toEqual(["first", "second"]);
    expect(ports.size).toBe(1);
  });

  it("rejects naming the call when the expected 200 does not come", async () => {
    const { url } = await serve(503);
    const agent = new Agent({ keepAlive: true });
    await expect(postExpectingOk("Publish", agent, url, "/", {})).rejects.toThrow("Publish: HTTP 503");
    agent.destroy();
  });
});
