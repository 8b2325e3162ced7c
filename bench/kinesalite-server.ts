import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";

/**
 * kinesalite in memory, bound to loopback (its own CLI listens on every interface), as the bench's Kinesis
 * peer: `node kinesalite-server.js [port]`. It ships no types; its factory takes its CLI options and returns a
 * plain `http.Server`.
 */
type Kinesalite = (options: { readonly createStreamMs?: number; readonly shardLimit?: number }) => Server;
const kinesalite = createRequire(import.meta.url)("kinesalite") as Kinesalite;

/**
 * Streams go ACTIVE as soon as the emulator's do (its default status delay), not after kinesalite's 500 ms; its
 * default limit of 10 shards would refuse the rows' own and warm-up streams (AWS's default is far higher).
 */
const server = kinesalite({ createStreamMs: 10, shardLimit: 200 });
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`kinesalite listening on http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
