import type { Database, Migration } from "../../core/store/store.js";
import type { HttpJob } from "./httpDelivery.js";
import type { DedupEntry, Subscription, Topic } from "./model.js";
import type { PersistedState, SnsPersistence } from "./persistence.js";
import type { SigningMaterial } from "./signing.js";

/** SNS's schema steps in the core's database; every table is prefixed `sns_`. */
export const snsMigrations: readonly Migration[] = [
  {
    version: 1,
    description: "topics, subscriptions, FIFO deduplication ids, pending http deliveries, signing key",
    up(db) {
      db.exec(`
        CREATE TABLE sns_topics (arn TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE sns_subscriptions (arn TEXT PRIMARY KEY, topic_arn TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE sns_dedup (
          topic_arn TEXT NOT NULL, id TEXT NOT NULL, message_id TEXT NOT NULL, sequence_number TEXT NOT NULL,
          expires_at INTEGER NOT NULL, PRIMARY KEY (topic_arn, id)
        ) WITHOUT ROWID;
        CREATE TABLE sns_http_jobs (id TEXT PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE sns_signing (id INTEGER PRIMARY KEY CHECK (id = 1), private_key TEXT NOT NULL, certificate TEXT NOT NULL);
      `);
    },
  },
];

/**
 * SNS's state as rows of JSON in the core's database, written inside each action's store transaction. Rows keep
 * their rowid on update, so topics and subscriptions load back in creation order.
 */
export class SqliteSnsPersistence implements SnsPersistence {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      saveTopic: db.prepare(
        "INSERT INTO sns_topics (arn, data) VALUES (?, ?) ON CONFLICT (arn) DO UPDATE SET data = excluded.data",
      ),
      deleteTopic: db.prepare("DELETE FROM sns_topics WHERE arn = ?"),
      deleteTopicDedup: db.prepare("DELETE FROM sns_dedup WHERE topic_arn = ?"),
      saveSubscription: db.prepare(
        "INSERT INTO sns_subscriptions (arn, topic_arn, data) VALUES (?, ?, ?) ON CONFLICT (arn) DO UPDATE SET data = excluded.data",
      ),
      deleteSubscription: db.prepare("DELETE FROM sns_subscriptions WHERE arn = ?"),
      saveDedup: db.prepare(
        "INSERT OR REPLACE INTO sns_dedup (topic_arn, id, message_id, sequence_number, expires_at) VALUES (?, ?, ?, ?, ?)",
      ),
      pruneDedup: db.prepare("DELETE FROM sns_dedup WHERE expires_at <= ?"),
      saveHttpJob: db.prepare(
        "INSERT INTO sns_http_jobs (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
      ),
      deleteHttpJob: db.prepare("DELETE FROM sns_http_jobs WHERE id = ?"),
      saveSigning: db.prepare(
        "INSERT OR REPLACE INTO sns_signing (id, private_key, certificate) VALUES (1, ?, ?)",
      ),
    };
  }

  load(): PersistedState {
    const topics = this.db
      .prepare("SELECT data FROM sns_topics ORDER BY rowid")
      .all()
      .map((row) => JSON.parse((row as { data: string }).data) as Topic);
    const subscriptions = this.db
      .prepare("SELECT data FROM sns_subscriptions ORDER BY rowid")
      .all()
      .map((row) => JSON.parse((row as { data: string }).data) as Subscription);
    const dedup = (
      this.db
        .prepare("SELECT topic_arn, id, message_id, sequence_number, expires_at FROM sns_dedup")
        .all() as {
        topic_arn: string;
        id: string;
        message_id: string;
        sequence_number: string;
        expires_at: number;
      }[]
    ).map((row) => ({
      topicArn: row.topic_arn,
      id: row.id,
      entry: { messageId: row.message_id, sequenceNumber: row.sequence_number, expiresAt: row.expires_at },
    }));
    return { topics, subscriptions, dedup };
  }

  saveTopic(topic: Topic): void {
    this.statements.saveTopic.run(topic.arn, JSON.stringify(topic));
  }

  deleteTopic(topicArn: string): void {
    this.statements.deleteTopic.run(topicArn);
    this.statements.deleteTopicDedup.run(topicArn);
  }

  saveSubscription(subscription: Subscription): void {
    this.statements.saveSubscription.run(
      subscription.arn,
      subscription.topicArn,
      JSON.stringify(subscription),
    );
  }

  deleteSubscription(subscriptionArn: string): void {
    this.statements.deleteSubscription.run(subscriptionArn);
  }

  saveDedup(topicArn: string, id: string, entry: DedupEntry): void {
    this.statements.saveDedup.run(topicArn, id, entry.messageId, entry.sequenceNumber, entry.expiresAt);
  }

  pruneDedup(now: number): void {
    this.statements.pruneDedup.run(now);
  }

  httpJobs(): HttpJob[] {
    return this.db
      .prepare("SELECT data FROM sns_http_jobs ORDER BY rowid")
      .all()
      .map((row) => JSON.parse((row as { data: string }).data) as HttpJob);
  }

  saveHttpJob(job: HttpJob): void {
    this.statements.saveHttpJob.run(job.id, JSON.stringify(job));
  }

  deleteHttpJob(id: string): void {
    this.statements.deleteHttpJob.run(id);
  }

  signingMaterial(): SigningMaterial | undefined {
    const row = this.db.prepare("SELECT private_key, certificate FROM sns_signing WHERE id = 1").get() as
      { private_key: string; certificate: string } | undefined;
    return row === undefined
      ? undefined
      : { privateKeyPem: row.private_key, certificatePem: row.certificate };
  }

  saveSigningMaterial(material: SigningMaterial): void {
    this.statements.saveSigning.run(material.privateKeyPem, material.certificatePem);
  }

  clear(): void {
    this.db.exec(
      "DELETE FROM sns_topics; DELETE FROM sns_subscriptions; DELETE FROM sns_dedup; DELETE FROM sns_http_jobs;",
    );
  }
}
