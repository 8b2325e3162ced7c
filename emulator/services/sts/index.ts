import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { StsAction, StsDeps } from "./action.js";
import { AssumeRole } from "./actions/AssumeRole.js";
import { GetCallerIdentity } from "./actions/GetCallerIdentity.js";
import { GetSessionToken } from "./actions/GetSessionToken.js";
import { stsEndpoint } from "./endpoint.js";
import { stsMigrations } from "./migrations.js";
import { Sessions } from "./sessions.js";
import { stsInterface } from "./stsInterface.js";

const ACTIONS: readonly StsAction[] = [GetCallerIdentity, AssumeRole, GetSessionToken];

/**
 * STS over awsQuery 2011-06-15. The credentials it issues resolve, through the core's accounts, to the identity
 * they act as; with a data dir they survive a restart. Offers other services role sessions (`StsInterface`).
 */
export const createStsService: ServiceFactory = async (context) => {
  const { store, clock, accounts } = context;
  // The interface answers synchronously (inside the caller's transaction), so IAM is loaded with STS.
  const iam = await context.use("iam");
  store.migrate("sts", stsMigrations);
  const sessions = new Sessions(store, clock);
  const stopRecovering = store.onRecover(() => sessions.restore());
  const stopResolving = accounts.addResolver((key) => sessions.identity(key));
  const deps: StsDeps = { sessions, accounts, clock, iam: () => Promise.resolve(iam) };
  const api = stsInterface(sessions, iam, clock);
  const actions = new Map(ACTIONS.map((make) => make(deps)).map((action) => [action.name, action]));
  let closed = false;
  const instance: ServiceInstance = {
    definition: { ...stsEndpoint, actions },
    api,
    health: () => (closed ? { status: "failed", detail: "stopped" } : { status: "ready" }),
    reset: () => sessions.reset(),
    // Sessions are credentials, not resources: nothing to list in /_eda/state.
    summary: () => ({}),
    close() {
      closed = true;
      stopResolving();
      stopRecovering();
      return Promise.resolve();
    },
  };
  return instance;
};
