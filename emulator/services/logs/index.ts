import { storeHealth } from "../../core/store-health.js";
import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { LogsAction } from "./action.js";
import { CreateLogGroup } from "./actions/CreateLogGroup.js";
import { CreateLogStream } from "./actions/CreateLogStream.js";
import { DeleteLogGroup } from "./actions/DeleteLogGroup.js";
import { DeleteRetentionPolicy } from "./actions/DeleteRetentionPolicy.js";
import { DescribeLogGroups } from "./actions/DescribeLogGroups.js";
import { DescribeLogStreams } from "./actions/DescribeLogStreams.js";
import { FilterLogEvents } from "./actions/FilterLogEvents.js";
import { GetLogEvents } from "./actions/GetLogEvents.js";
import { ListTagsForResource } from "./actions/ListTagsForResource.js";
import { ListTagsLogGroup } from "./actions/ListTagsLogGroup.js";
import { PutLogEvents } from "./actions/PutLogEvents.js";
import { PutRetentionPolicy } from "./actions/PutRetentionPolicy.js";
import { TagLogGroup } from "./actions/TagLogGroup.js";
import { TagResource } from "./actions/TagResource.js";
import { UntagLogGroup } from "./actions/UntagLogGroup.js";
import { UntagResource } from "./actions/UntagResource.js";
import { logsEndpoint } from "./endpoint.js";
import { logsMigrations } from "./migrations.js";
import { logsInterface } from "./logsInterface.js";
import { LogsModel } from "./model.js";
import { LogsTables } from "./tables.js";

const ACTIONS: readonly LogsAction[] = [
  CreateLogGroup,
  DeleteLogGroup,
  PutRetentionPolicy,
  DeleteRetentionPolicy,
  TagLogGroup,
  UntagLogGroup,
  ListTagsLogGroup,
  TagResource,
  UntagResource,
  ListTagsForResource,
  DescribeLogGroups,
  CreateLogStream,
  DescribeLogStreams,
  PutLogEvents,
  GetLogEvents,
  FilterLogEvents,
];

/** How often expired events are dropped: retention is counted in days, so a minute is precise enough. */
const RETENTION_SWEEP_MS = 60_000;

/**
 * CloudWatch Logs over awsJson 1.1; with a data dir its groups, streams and events survive restarts. Offers other
 * services log writing (`LogsInterface`).
 */
export const createLogsService: ServiceFactory = (context) => {
  const { store, clock } = context;
  let tables: LogsTables | undefined;
  if (store.database !== undefined) {
    store.migrate("logs", logsMigrations);
    tables = new LogsTables(store.database);
  }
  const model = new LogsModel(clock, store, tables);
  const stopRecovering = store.onRecover(() => model.restore());
  const sweep = clock.every(RETENTION_SWEEP_MS, () => store.transaction(() => model.applyRetention()));
  const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
  let closed = false;
  const instance: ServiceInstance = {
    definition: { ...logsEndpoint, actions },
    api: logsInterface(model),
    health: () => storeHealth("CloudWatch Logs", closed, store),
    close() {
      closed = true;
      sweep.cancel();
      stopRecovering();
      return Promise.resolve();
    },
    reset() {
      store.transaction(() => model.reset());
      return store.committed();
    },
    summary: () => model.summary(),
  };
  return instance;
};
