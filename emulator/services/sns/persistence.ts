import type { HttpJob } from "./httpDelivery.js";
import type { DedupEntry, Subscription, Topic } from "./model.js";
import type { SigningMaterial } from "./signing.js";

export interface PersistedState {
  readonly topics: Topic[];
  readonly subscriptions: Subscription[];
  readonly dedup: { topicArn: string; id: string; entry: DedupEntry }[];
}

/** Where SNS writes its state: the core's SQLite database with a data dir, nowhere without one. */
export interface SnsPersistence {
  load(): PersistedState;
  saveTopic(topic: Topic): void;
  deleteTopic(topicArn: string): void;
  saveSubscription(subscription: Subscription): void;
  deleteSubscription(subscriptionArn: string): void;
  saveDedup(topicArn: string, id: string, entry: DedupEntry): void;
  pruneDedup(now: number): void;
  /** http/https deliveries not yet done (pending retries survive a restart). */
  httpJobs(): HttpJob[];
  saveHttpJob(job: HttpJob): void;
  deleteHttpJob(id: string): void;
  signingMaterial(): SigningMaterial | undefined;
  saveSigningMaterial(material: SigningMaterial): void;
  clear(): void;
}

/** Without a data dir: memory is the state, so there is nothing to write or to load back. */
export const memoryPersistence: SnsPersistence = {
  load: () => ({ topics: [], subscriptions: [], dedup: [] }),
  saveTopic: () => {},
  deleteTopic: () => {},
  saveSubscription: () => {},
  deleteSubscription: () => {},
  saveDedup: () => {},
  pruneDedup: () => {},
  httpJobs: () => [],
  saveHttpJob: () => {},
  deleteHttpJob: () => {},
  signingMaterial: () => undefined,
  saveSigningMaterial: () => {},
  clear: () => {},
};
