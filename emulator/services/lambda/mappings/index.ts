import type { ServiceContext } from "../../../core/service.js";
import type { Invocations } from "../invocations.js";
import type { LambdaModel } from "../model.js";
import { pollerHost } from "./host.js";
import { MappingLifecycle } from "./lifecycle.js";
import { PollerManager } from "./manager.js";
import { mappingMigrations } from "./migrations.js";
import type { PollerKind } from "./poller.js";
import { MappingStore } from "./store.js";

/** Event source mappings' control plane: their records, their State, and the pollers that follow it. */
export interface EventSourceMappings {
  readonly records: MappingStore;
  readonly lifecycle: MappingLifecycle;
  readonly manager: PollerManager;
}

export function createMappings(
  core: ServiceContext,
  model: LambdaModel,
  invocations: Invocations,
  kinds: readonly PollerKind[],
  settleDelayMs: number,
): EventSourceMappings {
  core.store.migrate("lambda-mappings", mappingMigrations);
  const records = new MappingStore(core.store);
  const manager = new PollerManager(kinds, pollerHost(core, model, invocations, records));
  const lifecycle = new MappingLifecycle(records, manager, core.store, core.clock, settleDelayMs);
  return { records, lifecycle, manager };
}
