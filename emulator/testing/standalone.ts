/**
 * One service run alone, without HTTP and without the others: the core parts its factory needs, and the
 * request context the protocol layer would hand its actions. For the services' test kits and benches.
 */
import { Accounts } from "../core/accounts.js";
import type { Clock } from "../core/clock.js";
import { MetricsHub } from "../core/metrics.js";
import type { RequestContext, ServiceContext } from "../core/service.js";
import { SqliteStore } from "../core/store/sqlite-store.js";
import { MemoryStore, type Store } from "../core/store/store.js";

export const TEST_ACCOUNT = "000000000000";
export const TEST_REGION = "us-east-1";
export const TEST_BASE_URL = "http://127.0.0.1:4566";

/** A service context over the core's store (SQLite in `dataDir`, else memory); `use` refuses every other service. */
export function standaloneContext(
  clock: Clock,
  dataDir: string | undefined,
  service: string,
): { context: ServiceContext; store: Store; metrics: MetricsHub } {
  const store = dataDir === undefined ? new MemoryStore() : new SqliteStore(dataDir);
  const metrics = new MetricsHub();
  const context: ServiceContext = {
    clock,
    dataDir,
    store,
    metrics,
    accounts: new Accounts(TEST_ACCOUNT, TEST_REGION),
    log: () => {},
    debug: false,
    origin: () => TEST_BASE_URL,
    use: () => Promise.reject(new Error(`${service} runs alone here`)),
  };
  return { context, store, metrics };
}

/** The default account's root calling over the (stand-in HTTPS) port, as the request handler builds it. */
export function testRequestContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    requestId: "test",
    region: TEST_REGION,
    accountId: TEST_ACCOUNT,
    principalArn: `arn:aws:iam::${TEST_ACCOUNT}:root`,
    accessKeyId: undefined,
    baseUrl: TEST_BASE_URL,
    path: "/",
    signal: new AbortController().signal,
    secureTransport: true,
    sourceIp: "127.0.0.1",
    ...overrides,
  };
}
