import type { Accounts } from "./accounts.js";
import type { Clock } from "./clock.js";
import type { ServiceInterfaces } from "./interfaces.js";
import type { Metrics } from "./metrics.js";
import type {
  ServiceContext,
  ServiceHealth,
  ServiceInstance,
  ServiceRegistration,
  ServiceSummary,
} from "./service.js";
import type { Store } from "./store/store.js";

export interface ServiceHostOptions {
  readonly registrations: readonly ServiceRegistration[];
  readonly store: Store;
  readonly dataDir: string | undefined;
  readonly clock: Clock;
  readonly accounts: Accounts;
  readonly metrics: Metrics;
  readonly log: (line: string) => void;
  readonly debug: boolean;
  /** Stand-ins for other services' interfaces (tests): `use(name)` returns these without loading anything. */
  readonly doubles?: Partial<ServiceInterfaces>;
  /** The emulator's listening origin (`ServiceContext.origin`); a host run without a server has none. */
  readonly origin?: () => string;
}

type Slot =
  | { state: "idle" }
  | { state: "loading"; promise: Promise<ServiceInstance> }
  | { state: "ready"; instance: ServiceInstance }
  | { state: "failed"; error: Error };

/**
 * Loads services when first needed and wires them together: a service reaches another only through
 * `context.use(name)`, which loads the other one first (a cycle is refused). Keeps every loaded instance for
 * health, state, reset and shutdown.
 */
export class ServiceHost {
  private readonly slots = new Map<string, Slot>();
  private readonly byName = new Map<string, ServiceRegistration>();
  private closing = false;

  constructor(private readonly options: ServiceHostOptions) {
    for (const registration of options.registrations) {
      if (this.byName.has(registration.name))
        throw new Error(`service ${registration.name} is registered twice`);
      this.byName.set(registration.name, registration);
      this.slots.set(registration.name, { state: "idle" });
    }
  }

  get registrations(): readonly ServiceRegistration[] {
    return this.options.registrations;
  }

  /** The core's clock (the dashboard stamps its snapshots with it). */
  get clock(): Clock {
    return this.options.clock;
  }

  /** The core's metrics, which every service records into (the dashboard counts from them). */
  get metrics(): Metrics {
    return this.options.metrics;
  }

  /** The running instance, loading it on first use; rejects when it cannot load. */
  instance(name: string): Promise<ServiceInstance> {
    return this.load(name, []);
  }

  /** The instance when it is already running (no loading). */
  loaded(name: string): ServiceInstance | undefined {
    const slot = this.slots.get(name);
    return slot?.state === "ready" ? slot.instance : undefined;
  }

  health(): Record<string, ServiceHealth | { status: "not loaded"; detail: string }> {
    const out: Record<string, ServiceHealth | { status: "not loaded"; detail: string }> = {};
    for (const [name, slot] of this.slots) {
      if (slot.state === "ready") out[name] = slot.instance.health();
      else if (slot.state === "loading") out[name] = { status: "starting", detail: "loading" };
      else if (slot.state === "failed") out[name] = { status: "failed", detail: slot.error.message };
      else out[name] = { status: "not loaded", detail: "loads on its first request" };
    }
    return out;
  }

  summary(): Record<string, ServiceSummary> {
    const out: Record<string, ServiceSummary> = {};
    for (const [name, slot] of this.slots) if (slot.state === "ready") out[name] = slot.instance.summary();
    return out;
  }

  /**
   * Clears every loaded service's state (a service never loaded has nothing in memory, and a data dir's stored
   * services are loaded at start). Returns one line per service whose reset failed.
   */
  async reset(): Promise<string[]> {
    const failed: string[] = [];
    for (const [name, slot] of this.slots) {
      if (slot.state !== "ready") continue;
      try {
        await slot.instance.reset();
      } catch (error) {
        failed.push(`${name}: ${(error as Error).message}`);
      }
    }
    return failed;
  }

  /** Closes every loaded service, those that depend on others first (reverse load order). */
  async close(): Promise<void> {
    this.closing = true;
    const loading = [...this.slots.values()].flatMap((slot) =>
      slot.state === "loading" ? [slot.promise] : [],
    );
    await Promise.allSettled(loading);
    const instances = [...this.slots.values()].flatMap((slot) =>
      slot.state === "ready" ? [slot.instance] : [],
    );
    for (const instance of instances.reverse()) {
      try {
        await instance.close();
      } catch (error) {
        this.options.log(
          `eda: closing ${instance.definition.signingName} failed: ${(error as Error).message}`,
        );
      }
    }
  }

  private load(name: string, chain: readonly string[]): Promise<ServiceInstance> {
    const slot = this.slots.get(name);
    const registration = this.byName.get(name);
    if (!slot || !registration) return Promise.reject(new Error(`no service named ${name} is registered`));
    if (slot.state === "ready") return Promise.resolve(slot.instance);
    if (slot.state === "failed") return Promise.reject(slot.error);
    if (chain.includes(name)) {
      return Promise.reject(
        new Error(`services depend on each other in a cycle: ${[...chain, name].join(" → ")}`),
      );
    }
    if (slot.state === "loading") return slot.promise;
    if (this.closing) return Promise.reject(new Error("the emulator is stopping"));
    const promise = (async () => {
      const factory = await registration.load();
      return factory(this.context([...chain, name]));
    })().then(
      (instance) => {
        this.slots.set(name, { state: "ready", instance });
        return instance;
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.slots.set(name, { state: "failed", error: failure });
        this.options.log(`eda: service ${name} failed to start: ${failure.message}`);
        throw failure;
      },
    );
    this.slots.set(name, { state: "loading", promise });
    return promise;
  }

  private context(chain: readonly string[]): ServiceContext {
    const { store, dataDir, clock, accounts, metrics, log, debug, doubles, origin } = this.options;
    return {
      store,
      dataDir,
      clock,
      accounts,
      metrics,
      log,
      debug,
      origin:
        origin ??
        (() => {
          throw new Error("this service host runs without a server, so it has no origin");
        }),
      use: async <Name extends keyof ServiceInterfaces>(name: Name): Promise<ServiceInterfaces[Name]> => {
        const double = doubles?.[name];
        if (double !== undefined) return double;
        const instance = await this.load(name, chain);
        if (instance.api === undefined)
          throw new Error(`service ${name} offers no interface to other services`);
        return instance.api as ServiceInterfaces[Name];
      },
    };
  }
}
