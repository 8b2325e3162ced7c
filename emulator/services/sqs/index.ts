import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { SqsAction } from "./action.js";
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
import { SendMessage } from "./actions/SendMessage.js";
import { SendMessageBatch } from "./actions/SendMessageBatch.js";
import { SetQueueAttributes } from "./actions/SetQueueAttributes.js";
import { StartMessageMoveTask } from "./actions/StartMessageMoveTask.js";
import { TagQueue } from "./actions/TagQueue.js";
import { UntagQueue } from "./actions/UntagQueue.js";
import { SqsModel } from "./model.js";
import { MemoryStore, type SqsStore } from "./store.js";

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
];

/** Loaded only with a data dir, so in-memory runs start without the native SQLite module. */
async function openSqliteStore(dataDir: string): Promise<SqsStore> {
  const { SqliteStore } = await import("./sqliteStore.js");
  return new SqliteStore(dataDir);
}

/** How often running message move tasks make progress. */
const MOVE_TASK_TICK_MS = 200;
/** How often expired deduplication ids and receive attempts are forgotten. */
const PRUNE_INTERVAL_MS = 60_000;

/**
 * SQS over awsJson 1.0 (awsQueryCompatible) and awsQuery 2012-11-05. With a data dir, state lives in SQLite and
 * survives crashes; without one, in memory only.
 */
export const createSqsService: ServiceFactory = async (options) => {
  const store = options.dataDir === undefined ? new MemoryStore() : await openSqliteStore(options.dataDir);
  const model = new SqsModel(store, options.clock, options.region);
  const timer = setInterval(() => {
    if (model.moveTasks.hasRunning()) model.moveTasks.advance();
  }, MOVE_TASK_TICK_MS);
  timer.unref();
  const pruner = setInterval(() => model.prune(), PRUNE_INTERVAL_MS);
  pruner.unref();
  let closed = false;
  const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
  const instance: ServiceInstance = {
    definition: {
      signingName: "sqs",
      jsonTargetPrefix: "AmazonSQS",
      jsonVersion: "1.0",
      awsQueryCompatible: true,
      jsonErrorNamespace: "com.amazonaws.sqs",
      queryVersion: "2012-11-05",
      xmlNamespace: "http://queue.amazonaws.com/doc/2012-11-05/",
      actions,
    },
    health: () => {
      if (closed) return { status: "failed", detail: "The SQS service has stopped." };
      const failure = store.lastFailure();
      if (failure === undefined) return { status: "ready" };
      return { status: "failed", detail: `The latest write to the data dir failed: ${failure}` };
    },
    close() {
      closed = true;
      clearInterval(timer);
      clearInterval(pruner);
      model.close();
      return Promise.resolve();
    },
    reset() {
      model.reset();
      // Answer only once the cleared state is durable, like every action.
      return model.committed();
    },
    summary: () => model.summary(),
  };
  return instance;
};
