import { describe, expect, it } from "vitest";
import { registration, readyInstance, echoDefinition } from "../testing/echo-services.js";
import { auditService, ledgerService, type AuditInterface } from "../testing/ledger-services.js";
import { Accounts } from "./accounts.js";
import { ManualClock } from "./clock.js";
import { ServiceHost } from "./host.js";
import { MetricsHub } from "./metrics.js";
import type { ServiceRegistration } from "./service.js";
import { MemoryStore } from "./store/store.js";

function host(registrations: readonly ServiceRegistration[], doubles = {}): ServiceHost {
  return new ServiceHost({
    registrations,
    store: new MemoryStore(),
    dataDir: undefined,
    clock: new ManualClock(),
    accounts: new Accounts("000000000000", "us-east-1"),
    metrics: new MetricsHub(),
    log: () => {},
    debug: false,
    doubles,
  });
}

describe("ServiceHost", () => {
  it("loads a service once, however many ask for it at the same time", async () => {
    let loads = 0;
    const counted = registration("echo", echoDefinition, () => {
      loads++;
      return readyInstance(echoDefinition);
    });
    const services = host([counted]);
    const [first, second] = await Promise.all([services.instance("echo"), services.instance("echo")]);
    expect(first).toBe(second);
    expect(loads).toBe(1);
  });

  it("loads the services a service uses before it", async () => {
    const services = host([ledgerService, auditService]);
    await services.instance("ledger");
    expect(services.loaded("audit")).toBeDefined();
    expect(services.health()).toEqual({ ledger: { status: "ready" }, audit: { status: "ready" } });
  });

  it("hands a test double to a service that uses another, without loading the real one", async () => {
    const recorded: string[] = [];
    const double: AuditInterface = { record: (entry) => void recorded.push(entry) };
    const services = host([ledgerService, auditService], { audit: double });
    const ledger = await services.instance("ledger");
    await ledger.definition.actions.get("Book")?.handle({ Entry: "x", Amount: 1 }, {} as never);
    expect(recorded).toEqual(["x"]);
    expect(services.loaded("audit")).toBeUndefined();
  });

  it("refuses services that use each other in a cycle, naming the cycle", async () => {
    const endpoint = { signingName: "x", protocols: ["awsJson"] };
    const a: ServiceRegistration = {
      name: "a",
      endpoint,
      load: () =>
        Promise.resolve(async (context) => {
          await context.use("b" as never);
          return readyInstance({ ...endpoint, actions: new Map() });
        }),
    };
    const b: ServiceRegistration = {
      name: "b",
      endpoint: { signingName: "y", protocols: ["awsJson"] },
      load: () =>
        Promise.resolve(async (context) => {
          await context.use("a" as never);
          return readyInstance({ ...endpoint, actions: new Map() });
        }),
    };
    await expect(host([a, b]).instance("a")).rejects.toThrow(
      "services depend on each other in a cycle: a → b → a",
    );
  });
});
