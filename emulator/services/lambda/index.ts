import { tmpdir } from "node:os";
import path from "node:path";
import { storeHealth } from "../../core/store-health.js";
import type { ServiceContext, ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { LambdaAction, LambdaService } from "./action.js";
import { AddPermission } from "./actions/AddPermission.js";
import { CreateAlias } from "./actions/CreateAlias.js";
import { CreateEventSourceMapping } from "./actions/CreateEventSourceMapping.js";
import { CreateFunction } from "./actions/CreateFunction.js";
import { DeleteAlias } from "./actions/DeleteAlias.js";
import { DeleteEventSourceMapping } from "./actions/DeleteEventSourceMapping.js";
import { DeleteFunction } from "./actions/DeleteFunction.js";
import { DeleteFunctionConcurrency } from "./actions/DeleteFunctionConcurrency.js";
import { DeleteFunctionEventInvokeConfig } from "./actions/DeleteFunctionEventInvokeConfig.js";
import { GetAlias } from "./actions/GetAlias.js";
import { GetEventSourceMapping } from "./actions/GetEventSourceMapping.js";
import { GetFunction } from "./actions/GetFunction.js";
import { GetFunctionCodeSigningConfig } from "./actions/GetFunctionCodeSigningConfig.js";
import { GetFunctionConcurrency } from "./actions/GetFunctionConcurrency.js";
import { GetFunctionConfiguration } from "./actions/GetFunctionConfiguration.js";
import { GetFunctionEventInvokeConfig } from "./actions/GetFunctionEventInvokeConfig.js";
import { GetPolicy } from "./actions/GetPolicy.js";
import { Invoke } from "./actions/Invoke.js";
import { ListAliases } from "./actions/ListAliases.js";
import { ListEventSourceMappings } from "./actions/ListEventSourceMappings.js";
import { ListFunctionEventInvokeConfigs } from "./actions/ListFunctionEventInvokeConfigs.js";
import { ListFunctions } from "./actions/ListFunctions.js";
import { ListTags } from "./actions/ListTags.js";
import { ListVersionsByFunction } from "./actions/ListVersionsByFunction.js";
import { PublishVersion } from "./actions/PublishVersion.js";
import { PutFunctionConcurrency } from "./actions/PutFunctionConcurrency.js";
import { PutFunctionEventInvokeConfig } from "./actions/PutFunctionEventInvokeConfig.js";
import { RemovePermission } from "./actions/RemovePermission.js";
import { TagResource } from "./actions/TagResource.js";
import { UntagResource } from "./actions/UntagResource.js";
import { UpdateAlias } from "./actions/UpdateAlias.js";
import { UpdateEventSourceMapping } from "./actions/UpdateEventSourceMapping.js";
import { UpdateFunctionCode } from "./actions/UpdateFunctionCode.js";
import { UpdateFunctionConfiguration } from "./actions/UpdateFunctionConfiguration.js";
import { UpdateFunctionEventInvokeConfig } from "./actions/UpdateFunctionEventInvokeConfig.js";
import { lambdaInterface } from "./api.js";
import { AsyncQueue } from "./asyncQueue.js";
import { lambdaEndpoint } from "./endpoint.js";
import type { ExecutorEvents, FunctionExecutor } from "./execution.js";
import { Invocations } from "./invocations.js";
import { Lifecycle } from "./lifecycle.js";
import { createMappings } from "./mappings/index.js";
import { POLLER_KINDS } from "./mappings/kinds.js";
import type { PollerKind } from "./mappings/poller.js";
import { createFunctionExecutor } from "./runtime/index.js";
import { lambdaMigrations } from "./migrations.js";
import { LambdaModel } from "./model.js";

const ACTIONS: readonly LambdaAction[] = [
  CreateFunction,
  GetFunction,
  GetFunctionConfiguration,
  DeleteFunction,
  ListFunctions,
  UpdateFunctionCode,
  UpdateFunctionConfiguration,
  PublishVersion,
  ListVersionsByFunction,
  CreateAlias,
  GetAlias,
  UpdateAlias,
  DeleteAlias,
  ListAliases,
  PutFunctionConcurrency,
  GetFunctionConcurrency,
  DeleteFunctionConcurrency,
  GetFunctionCodeSigningConfig,
  AddPermission,
  GetPolicy,
  RemovePermission,
  TagResource,
  UntagResource,
  ListTags,
  PutFunctionEventInvokeConfig,
  UpdateFunctionEventInvokeConfig,
  GetFunctionEventInvokeConfig,
  DeleteFunctionEventInvokeConfig,
  ListFunctionEventInvokeConfigs,
  Invoke,
  CreateEventSourceMapping,
  GetEventSourceMapping,
  UpdateEventSourceMapping,
  DeleteEventSourceMapping,
  ListEventSourceMappings,
];

export interface LambdaServiceOptions {
  /** Starts the runtime that runs function code with the core's parts; it reports log lines through `events`. */
  readonly executor: (events: ExecutorEvents, core: ServiceContext) => FunctionExecutor;
  /**
   * How long a created or updated function stays Pending / InProgress before it is Active / Successful, on the
   * core clock. Near zero by default: long enough to be observed, short enough that waiting clients do not.
   */
  readonly settleDelayMs?: number;
  /** The event source mappings' pollers, one per kind of source (the emulator's own unless a test gives others). */
  readonly pollerKinds?: readonly PollerKind[];
}

const DEFAULT_SETTLE_DELAY_MS = 10;

/** Lambda over restJson; with a data dir its functions, code, versions, aliases and settings survive restarts. */
export function lambdaServiceFactory(options: LambdaServiceOptions): ServiceFactory {
  return (core) => {
    const { store, clock } = core;
    store.migrate("lambda", lambdaMigrations);
    const model = new LambdaModel(store, clock);
    const lifecycle = new Lifecycle(model, store, clock, options.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS);
    // The executor reports log lines through `events`; they go out through `invocations`, made with it.
    const events: ExecutorEvents = {
      log: (spec, stream, lines) => invocations.appendLogs(spec, stream, lines),
    };
    const invocations = new Invocations(options.executor(events, core), model, core);
    const asyncQueue = new AsyncQueue(model, invocations, core);
    const settleDelayMs = options.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS;
    const mappings = createMappings(
      core,
      model,
      invocations,
      options.pollerKinds ?? POLLER_KINDS,
      settleDelayMs,
    );
    const stopRecovering = store.onRecover(() => {
      model.restore();
      asyncQueue.restore();
      mappings.records.restore();
    });
    const service: LambdaService = { model, lifecycle, invocations, asyncQueue, mappings, core };
    const actions = new Map(ACTIONS.map((make) => make(service)).map((action) => [action.name, action]));
    lifecycle.resume();
    asyncQueue.restore();
    mappings.lifecycle.resume();
    let closed = false;
    const instance: ServiceInstance = {
      definition: { ...lambdaEndpoint, actions },
      api: lambdaInterface(model, asyncQueue, core),
      health: () => storeHealth("Lambda", closed, store),
      async close() {
        closed = true;
        lifecycle.cancelAll();
        mappings.lifecycle.cancelAll();
        asyncQueue.close();
        stopRecovering();
        await mappings.manager.stopAll();
        await invocations.close();
      },
      reset() {
        lifecycle.cancelAll();
        mappings.lifecycle.cancelAll();
        for (const record of mappings.records.all()) mappings.manager.remove(record);
        for (const record of model.all()) invocations.forget(record);
        store.transaction(() => {
          asyncQueue.reset();
          mappings.records.reset();
          model.reset();
        });
        return store.committed();
      },
      summary: () => mappings.records.addToSummary(asyncQueue.addToSummary(model.summary())),
    };
    return instance;
  };
}

/** Where the runtime unpacks deployment packages: the data dir's, else a temp folder (keyed by CodeSha256). */
function codeDir(core: ServiceContext): string {
  return path.join(core.dataDir ?? tmpdir(), "eda-lambda-code");
}

/** Lambda with its runtime: worker processes behind the Lambda Runtime API, one warm pre-started worker. */
export const createLambdaService: ServiceFactory = lambdaServiceFactory({
  executor: (events, core) =>
    createFunctionExecutor({ events, clock: core.clock, codeDir: codeDir(core), poolSize: 1 }),
});
