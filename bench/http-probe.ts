import { request } from "node:http";

/** Status of a GET, or undefined when nothing answers yet. No agent: each probe is its own connection. */
export function getStatus(url: string, timeoutMs = 1000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once("timeout", () => req.destroy());
    req.once("error", () => resolve(undefined));
    req.end();
  });
}

/** Polls until `accept(status)`; the short interval keeps startup timings precise. */
export async function waitForStatus(
  url: string,
  accept: (status: number) => boolean,
  timeoutMs: number,
  intervalMs = 2,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const status = await getStatus(url);
    if (status !== undefined && accept(status)) return;
    if (performance.now() > deadline) {
      throw new Error(`${url} did not answer as expected within ${timeoutMs} ms (last status ${status})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
