import type { SnsInterface } from "../../core/interfaces.js";
import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { SnsAction } from "./action.js";
import { AddPermission } from "./actions/AddPermission.js";
import { ConfirmSubscription } from "./actions/ConfirmSubscription.js";
import { CreateTopic } from "./actions/CreateTopic.js";
import { DeleteTopic } from "./actions/DeleteTopic.js";
import { GetSubscriptionAttributes } from "./actions/GetSubscriptionAttributes.js";
import { GetTopicAttributes } from "./actions/GetTopicAttributes.js";
import { ListSubscriptions } from "./actions/ListSubscriptions.js";
import { ListSubscriptionsByTopic } from "./actions/ListSubscriptionsByTopic.js";
import { ListTagsForResource } from "./actions/ListTagsForResource.js";
import { ListTopics } from "./actions/ListTopics.js";
import { Publish } from "./actions/Publish.js";
import { PublishBatch } from "./actions/PublishBatch.js";
import { RemovePermission } from "./actions/RemovePermission.js";
import { SetSubscriptionAttributes } from "./actions/SetSubscriptionAttributes.js";
import { SetTopicAttributes } from "./actions/SetTopicAttributes.js";
import { Subscribe } from "./actions/Subscribe.js";
import { TagResource } from "./actions/TagResource.js";
import { Unsubscribe } from "./actions/Unsubscribe.js";
import { UntagResource } from "./actions/UntagResource.js";
import { snsInterface } from "./api.js";
import { snsEndpoint } from "./endpoint.js";
import { CERTIFICATE_PATH } from "./envelope.js";
import { SnsMetrics } from "./metrics.js";
import { SnsModel } from "./model.js";
import { memoryPersistence, type SnsPersistence } from "./persistence.js";
import { SnsService } from "./service.js";
import { MessageSigner } from "./signing.js";
import { SqliteSnsPersistence, snsMigrations } from "./sqlitePersistence.js";

const ACTIONS: readonly SnsAction[] = [
  CreateTopic,
  DeleteTopic,
  GetTopicAttributes,
  SetTopicAttributes,
  ListTopics,
  TagResource,
  UntagResource,
  ListTagsForResource,
  AddPermission,
  RemovePermission,
  Subscribe,
  ConfirmSubscription,
  Unsubscribe,
  GetSubscriptionAttributes,
  SetSubscriptionAttributes,
  ListSubscriptions,
  ListSubscriptionsByTopic,
  Publish,
  PublishBatch,
];

/** How often expired FIFO deduplication ids are forgotten. */
const PRUNE_INTERVAL_MS = 60_000;

/**
 * SNS over awsQuery 2010-03-31. With a data dir its topics, subscriptions, deduplication ids, pending http
 * deliveries and signing key live in the core's database; without one, in memory.
 */
export const createSnsService: ServiceFactory = async (context) => {
  const { store, clock } = context;
  let persistence: SnsPersistence = memoryPersistence;
  if (store.database !== undefined) {
    store.migrate("sns", snsMigrations);
    persistence = new SqliteSnsPersistence(store.database);
  }
  let material = persistence.signingMaterial();
  const signer =
    material === undefined ? await MessageSigner.generate(clock.now()) : new MessageSigner(material);
  if (material === undefined) {
    material = signer.material;
    const saved = material;
    store.transaction(() => persistence.saveSigningMaterial(saved));
  }
  // Every delivery into a queue goes through SQS, and publishes through the interface are synchronous.
  const sqs = await context.use("sqs");
  const model = new SnsModel(persistence);
  const service = new SnsService({
    model,
    persistence,
    signer,
    store,
    clock,
    log: context.log,
    metrics: new SnsMetrics(context.metrics, () => clock.now()),
    sqs,
    lambda: () => context.use("lambda"),
  });
  const stopRecovering = store.onRecover(() => model.restore());
  const pruner = clock.every(PRUNE_INTERVAL_MS, () => store.transaction(() => model.prune(clock.now())));
  service.http.resumePending();
  const actions = new Map(ACTIONS.map((make) => make(service)).map((action) => [action.name, action]));
  let closed = false;
  const instance: ServiceInstance<SnsInterface> = {
    definition: { ...snsEndpoint, actions },
    api: snsInterface(service, () => context.origin()),
    health: () => (closed ? { status: "failed", detail: "stopped" } : { status: "ready" }),
    reset: () => store.transaction(() => model.reset()),
    summary: () => model.summary(),
    resource(path) {
      if (path !== `${CERTIFICATE_PATH}${signer.certificateFile}`) return undefined;
      return { contentType: "application/x-pem-file", body: signer.material.certificatePem };
    },
    close() {
      closed = true;
      pruner.cancel();
      stopRecovering();
      service.close();
      return Promise.resolve();
    },
  };
  return instance;
};
