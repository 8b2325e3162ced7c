import { request, type Agent, type OutgoingHttpHeaders } from "node:http";

/**
 * One POST over a kept-alive HTTP/1.1 connection of `agent`, read to the end; resolves with the status code.
 * The bench's lean client for latency rows: a few tens of µs of CPU a call, where the AWS SDK spends about
 * 0.6 ms, so the time measured is the server's and the network's, not the client's.
 */
export function postKeptAlive(
  agent: Agent,
  endpoint: URL,
  path: string,
  headers: OutgoingHttpHeaders,
  body = "",
): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        agent,
        host: endpoint.hostname,
        port: endpoint.port,
        method: "POST",
        path,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    call.on("error", reject);
    call.end(body);
  });
}

/** `postKeptAlive` that rejects unless the reply is 200, naming the call. */
export async function postExpectingOk(
  what: string,
  agent: Agent,
  endpoint: URL,
  path: string,
  headers: OutgoingHttpHeaders,
  body = "",
): Promise<void> {
  const status = await postKeptAlive(agent, endpoint, path, headers, body);
  if (status !== 200) throw new Error(`${what}: HTTP ${status}`);
}
