import { systemClock } from "./core/clock.js";
import type { Clock } from "./core/clock.js";
import type { ServiceFactory, ServiceInstance } from "./core/service.js";
import { EmulatorServer } from "./server.js";
import type { SigV4Options } from "./server.js";

export type { Clock } from "./core/clock.js";
export { ManualClock, systemClock } from "./core/clock.js";
export type { ServiceFactory, ServiceInstance, ServiceSummary } from "./core/service.js";
export { DataDirError, DataDirLockedError } from "./core/data-dir.js";
export type { SigV4Credential, SigV4Options } from "./server.js";
export { HEALTH_PATH } from "./server.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4566;
export const DEFAULT_REGION = "us-east-1";
export const DEFAULT_ACCOUNT_ID = "000000000000";

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 4566. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Directory for durable state; without it everything lives in memory. */
  dataDir?: string;
  /** Region used when a request is not signed. Default us-east-1. */
  region?: string;
  /** Account id in ARNs and queue URLs. Default 000000000000. */
  accountId?: string;
  /** Log one line per request. */
  debug?: boolean;
  /** Answer `/_eda/reset`, `/_eda/state` and `/_eda/health` to every peer, not only loopback ones. */
  adminFromAnyHost?: boolean;
  /** Verify SigV4 signatures against these keys (off by default: any key is accepted). */
  sigv4?: SigV4Options;
  /** Time source for every timer-driven behaviour; tests pass a ManualClock. */
  clock?: Clock;
  /** The services to run; default: every service in `services/registry.ts`. */
  services?: readonly ServiceFactory[];
  /** Largest request body accepted; larger ones are answered 413. */
  maxBodyBytes?: number;
  /** Where log lines go (default stderr). */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`: what clients use as their endpoint. */
  readonly url: string;
  readonly port: number;
  readonly services: readonly ServiceInstance[];
  /** Closes every connection (idle keep-alive and HTTP/2 sessions too), then every service. */
  stop(): Promise<void>;
}

/** Starts the services, then the server; resolves once requests are answered. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? DEFAULT_HOST;
  const region = options.region ?? DEFAULT_REGION;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const factories = options.services ?? (await import("./services/registry.js")).defaultServiceFactories;
  const services: ServiceInstance[] = [];
  try {
    for (const factory of factories) {
      services.push(
        await factory({ dataDir: options.dataDir, clock: options.clock ?? systemClock, region, accountId }),
      );
    }
  } catch (error) {
    await closeAll(services);
    throw error;
  }
  const server = new EmulatorServer({
    services,
    region,
    accountId,
    maxBodyBytes: options.maxBodyBytes,
    sigv4: options.sigv4,
    debug: options.debug,
    adminFromAnyHost: options.adminFromAnyHost,
    log: options.log,
  });
  let port: number;
  try {
    port = await server.listen(options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    await server.close();
    await closeAll(services);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    services,
    stop: () => {
      stopping ??= server.close().then(() => closeAll(services));
      return stopping;
    },
  };
}

async function closeAll(services: readonly ServiceInstance[]): Promise<void> {
  await Promise.allSettled(services.map((service) => service.close()));
}

/** A wildcard bind is reached through loopback; IPv6 literals need brackets in a URL. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
