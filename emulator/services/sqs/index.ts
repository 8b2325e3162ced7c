import type { SqsInterface } from "../../core/interfaces.js";
import { storeHealth } from "../../core/store-health.js";
import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { SqsAction } from "./action.js";
import { AddPermission } from "./actions/AddPermission.js";
import { CancelMessageMoveTask } from "./actions/CancelMessageMoveTask.js";
import { ChangeMessageVisibility } from "./actions/ChangeMessageVisibility.js";
import { ChangeMessageVisibilityBatch } from "./actions/ChangeMessageVisibilityBatch.js";
import { CreateQueue } from "./actions/CreateQueue.js";
import { DeleteMessage } from "./actions/DeleteMessage.js";
import { DeleteMessageBatch } from "./actions/DeleteMessageBatch.js";
import { DeleteQueue } from "./actions/DeleteQueue.js";
import { GetQueueAttributes } from "./actions/GetQueueAttributes.js";
import { GetQueueUrl } from "./actions/GetQueueUrl.js";
import { ListDeadLetterSourceQueues } from "./actions/ListDeadLetterSourceQueues.js";
import { ListMessageMoveTasks } from "./actions/ListMessageMoveTasks.js";
import { ListQueues } from "./actions/ListQueues.js";
import { ListQueueTags } from "./actions/ListQueueTags.js";
import { PurgeQueue } from "./actions/PurgeQueue.js";
import { ReceiveMessage } from "./actions/ReceiveMessage.js";
import { RemovePermission } from "./actions/RemovePermission.js";
import { SendMessage } from "./actions/SendMessage.js";
import { SendMessageBatch } from "./actions/SendMessageBatch.js";
import { SetQueueAttributes } from "./actions/SetQueueAttributes.js";
import { StartMessageMoveTask } from "./actions/StartMessageMoveTask.js";
import { TagQueue } from "./actions/TagQueue.js";
import { UntagQueue } from "./actions/UntagQueue.js";
import { sqsInterface } from "./delivery.js";
import { sqsReaderApi } from "./readerApi.js";
import { sqsEndpoint } from "./endpoint.js";
import { SqsMetrics } from "./metrics.js";
import { sqsMigrations } from "./migrations.js";
import { SqsModel } from "./model.js";
import { peekQueue } from "./peek.js";
import { SqliteSqsStore } from "./sqliteStore.js";
import { InMemorySqsStore } from "./store.js";

const ACTIONS: readonly SqsAction[] = [
  CreateQueue,
  DeleteQueue,
  GetQueueUrl,
  ListQueues,
  GetQueueAttributes,
  SetQueueAttributes,
  SendMessage,
  SendMessageBatch,
  ReceiveMessage,
  DeleteMessage,
  DeleteMessageBatch,
  ChangeMessageVisibility,
  ChangeMessageVisibilityBatch,
  PurgeQueue,
  TagQueue,
  UntagQueue,
  ListQueueTags,
  ListDeadLetterSourceQueues,
  StartMessageMoveTask,
  ListMessageMoveTasks,
  CancelMessageMoveTask,
  AddPermission,
  RemovePermission,
];

/** How often running message move tasks make progress. */
const MOVE_TASK_TICK_MS = 200;
/** How often expired deduplication ids and receive attempts are forgotten. */
const PRUNE_INTERVAL_MS = 60_000;

/**
 * SQS over awsJson 1.0 (awsQueryCompatible) and awsQuery 2012-11-05. With a data dir, its tables live in the
 * core's database and survive crashes; without one, in memory only.
 */
export const createSqsService: ServiceFactory<SqsInterface> = (context) => {
  const { store: core, clock } = context;
  let store;
  if (core.database === undefined) store = new InMemorySqsStore(core);
  else {
    core.migrate("sqs", sqsMigrations(context.accounts.defaultRegion));
    store = new SqliteSqsStore(core, core.database);
  }
  const model = new SqsModel(store, clock, new SqsMetrics(context.metrics, () => clock.now()));
  const stopRecovering = core.onRecover(() => model.restore());
  const moveTasks = clock.every(MOVE_TASK_TICK_MS, () => {
    if (model.moveTasks.hasRunning()) model.moveTasks.advance();
  });
  const pruner = clock.every(PRUNE_INTERVAL_MS, () => model.prune());
  const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
  let closed = false;
  const instance: ServiceInstance<SqsInterface> = {
    definition: { ...sqsEndpoint, actions },
    api: {
      ...sqsInterface(model),
      ...sqsReaderApi(model),
      peek: (queueArn, max) => peekQueue(model, store, queueArn, max),
    },
    health: () => storeHealth("SQS", closed, core),
    close() {
      closed = true;
      moveTasks.cancel();
      pruner.cancel();
      stopRecovering();
      model.close();
      return Promise.resolve();
    },
    reset() {
      model.reset();
      // Answer only once the cleared state is durable, like every action.
      return core.committed();
    },
    summary: () => model.summary(),
  };
  return instance;
};
