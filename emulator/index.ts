import { Accounts } from "./core/accounts.js";
import { systemClock } from "./core/clock.js";
import type { Clock } from "./core/clock.js";
import { ServiceHost } from "./core/host.js";
import type { ServiceInterfaces } from "./core/interfaces.js";
import { MetricsHub, type MetricDatum } from "./core/metrics.js";
import type { ServiceInstance, ServiceRegistration } from "./core/service.js";
import { MemoryStore, type Store } from "./core/store/store.js";
import type { Protocol } from "./protocols/wire.js";
import { EmulatorServer } from "./server.js";
import { IamAuthorizer } from "./server/authorizer.js";
import type { SigV4Options } from "./server.js";

export type { Clock, Timer } from "./core/clock.js";
export { ManualClock, systemClock } from "./core/clock.js";
export type { MetricDatum } from "./core/metrics.js";
export type { ServiceFactory, ServiceInstance, ServiceRegistration, ServiceSummary } from "./core/service.js";
export { DataDirError, DataDirLockedError } from "./core/data-dir.js";
export type { SigV4Credential, SigV4Options } from "./server.js";
export { HEALTH_PATH } from "./server.js";
export { defaultProtocols } from "./protocols/index.js";
export type {
  DecodedCall,
  DefinitionLookup,
  Protocol,
  StreamingResponse,
  WireRequest,
  WireResponse,
} from "./protocols/index.js";
export type {
  ActionDefinition,
  ActionInput,
  ActionOutput,
  RequestContext,
  ServiceDefinition,
  ServiceEndpoint,
  StreamMessage,
} from "./core/service.js";
export { AwsError } from "./core/errors.js";

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
  /** Account of requests whose access key id is not a 12-digit account id. Default 000000000000. */
  accountId?: string;
  /** Log one line per request. */
  debug?: boolean;
  /** Answer `/_eda/reset`, `/_eda/state` and `/_eda/health` to every peer, not only loopback ones. */
  adminFromAnyHost?: boolean;
  /** Verify SigV4 signatures against these keys (off by default: any key is accepted). */
  sigv4?: SigV4Options;
  /** Time source and scheduler of every timer-driven behaviour; tests pass a ManualClock. */
  clock?: Clock;
  /** The services to serve; default: every service in `services/registry.ts`. */
  services?: readonly ServiceRegistration[];
  /** Stand-ins for services' interfaces (tests): services that `use` them get these instead. */
  doubles?: Partial<ServiceInterfaces>;
  /**
   * Evaluate every call by an IAM user or role session against its identity policies (and the resource's
   * policy where the action names one), answering AWS's AccessDenied. Account roots, which the default test
   * credentials are, keep full access. Off by default.
   */
  enforceIam?: boolean;
  /**
   * Kinesis: PROVISIONED shards take 1,000 records and 1 MiB of writes and 5 reads and 2 MiB of reads per
   * second, refusing the rest with ProvisionedThroughputExceededException as AWS does. Off by default. Ignored
   * when `services` is given.
   */
  kinesisThroughputLimits?: boolean;
  /** Largest request body accepted; larger ones are answered 413. */
  maxBodyBytes?: number;
  /** Where log lines go (default stderr). */
  log?: (line: string) => void;
  /**
   * Make `aws:SecureTransport` literal: false for requests on the emulator's plain-HTTP port. By default it is
   * true, as the port stands in for AWS's HTTPS endpoints (so TLS-only policies keep working locally).
   */
  literalSecureTransport?: boolean;
  /**
   * The wire protocols, in the order the router asks them (the first that recognises a request reads it).
   * Default: `defaultProtocols`; a protocol of your own goes in this list, services name it in their endpoint.
   */
  protocols?: readonly Protocol[];
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`: what clients use as their endpoint. */
  readonly url: string;
  readonly port: number;
  /** A service's running instance, loading it if needed. */
  service(name: string): Promise<ServiceInstance>;
  /** Receives every datapoint the services record. Returns the listener's removal. */
  onMetric(listener: (datum: MetricDatum) => void): () => void;
  /** Closes every connection (idle keep-alive and HTTP/2 sessions too), then every service, then the store. */
  stop(): Promise<void>;
}

/** Opens the store, then the server; services load on their first request. Resolves once requests are answered. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? DEFAULT_HOST;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const registrations =
    options.services ??
    (await import("./services/registry.js")).serviceRegistrationsWith({
      kinesisThroughputLimits: options.kinesisThroughputLimits,
    });
  const store =
    options.dataDir === undefined ? new MemoryStore() : await openSqliteStore(options.dataDir, log);
  const metrics = new MetricsHub();
  const accounts = new Accounts(options.accountId ?? DEFAULT_ACCOUNT_ID, options.region ?? DEFAULT_REGION);
  const clock = options.clock ?? systemClock;
  // Known once the server listens (port 0 picks one); until then, what the options asked for.
  let origin = `http://${urlHost(host)}:${options.port ?? DEFAULT_PORT}`;
  const services = new ServiceHost({
    registrations,
    store,
    dataDir: options.dataDir,
    clock,
    accounts,
    metrics,
    log,
    debug: options.debug ?? false,
    doubles: options.doubles,
    origin: () => origin,
  });
  let server: EmulatorServer;
  try {
    server = new EmulatorServer({
      host: services,
      store,
      accounts,
      maxBodyBytes: options.maxBodyBytes,
      sigv4: options.sigv4,
      debug: options.debug,
      adminFromAnyHost: options.adminFromAnyHost,
      literalSecureTransport: options.literalSecureTransport,
      protocols: options.protocols,
      authorizer: options.enforceIam ? new IamAuthorizer(services, clock, log) : undefined,
      log,
    });
  } catch (error) {
    // A service speaking no protocol the emulator has: refused before anything listens or loads.
    store.close();
    throw error;
  }
  // A data dir's stored state is recovered before the emulator says it is ready: those services load now (and
  // resume their stored work); the others still load on first use. A failure is reported by /_eda/health.
  const stored = new Set(store.storedServices());
  await Promise.allSettled(
    registrations.filter((r) => stored.has(r.name)).map((r) => services.instance(r.name)),
  );
  let port: number;
  try {
    port = await server.listen(options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    await server.close();
    await services.close();
    store.close();
    throw error;
  }
  origin = `http://${urlHost(host)}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    url: origin,
    port,
    service: (name) => services.instance(name),
    onMetric: (listener) => metrics.listen(listener),
    stop: () => {
      stopping ??= server
        .close()
        .then(() => services.close())
        .finally(() => store.close());
      return stopping;
    },
  };
}

/** Loaded only with a data dir, so in-memory runs start without the native SQLite module. */
async function openSqliteStore(dataDir: string, log: (line: string) => void): Promise<Store> {
  const { SqliteStore } = await import("./core/store/sqlite-store.js");
  return new SqliteStore(dataDir, log);
}

/** A wildcard bind is reached through loopback; IPv6 literals need brackets in a URL. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
