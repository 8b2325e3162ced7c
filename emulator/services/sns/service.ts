import { randomUUID } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import type { LambdaInterface, SqsInterface } from "../../core/interfaces.js";
import type { Store } from "../../core/store/store.js";
import { retryPolicyFor } from "./deliveryPolicy.js";
import { confirmationMessage } from "./envelope.js";
import { deadLetter } from "./fanout.js";
import { HttpSender, type HttpJob } from "./httpDelivery.js";
import { emptyCounts, type PublishCounts, type SnsMetrics } from "./metrics.js";
import type { Subscription, Topic, SnsModel } from "./model.js";
import type { SnsPersistence } from "./persistence.js";
import type { MessageSigner } from "./signing.js";

export interface SnsServiceParts {
  readonly model: SnsModel;
  readonly persistence: SnsPersistence;
  readonly signer: MessageSigner;
  readonly store: Store;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  readonly metrics: SnsMetrics;
  /** SQS's interface: every delivery into a queue goes through it. */
  readonly sqs: SqsInterface;
  /** Lambda's interface, loaded the first time a notification goes to a function (it starts Lambda's runtime). */
  readonly lambda: () => Promise<LambdaInterface>;
}

/** What SNS's actions work with: the model, the signer, deliveries to SQS and to http/https endpoints. */
export class SnsService {
  readonly model: SnsModel;
  readonly signer: MessageSigner;
  readonly store: Store;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  readonly metrics: SnsMetrics;
  readonly sqs: SqsInterface;
  readonly http: HttpSubscribers;
  private readonly loadLambda: () => Promise<LambdaInterface>;
  private lambda: LambdaInterface | undefined;

  constructor(parts: SnsServiceParts) {
    this.model = parts.model;
    this.signer = parts.signer;
    this.store = parts.store;
    this.clock = parts.clock;
    this.log = parts.log;
    this.metrics = parts.metrics;
    this.sqs = parts.sqs;
    this.loadLambda = parts.lambda;
    this.http = new HttpSubscribers(this, parts.persistence);
  }

  /**
   * Runs `work` with Lambda's interface: at once, inside the publish's transaction, with the publish's `counts`,
   * once Lambda is loaded; the first time, after loading it, in a transaction of its own, its counts recorded
   * for `topic` apart.
   */
  withLambda(
    topic: Topic,
    counts: PublishCounts,
    work: (lambda: LambdaInterface, counts: PublishCounts) => void,
  ): void {
    if (this.lambda !== undefined) return work(this.lambda, counts);
    void this.loadLambda().then(
      (lambda) => {
        this.lambda = lambda;
        const own = emptyCounts();
        this.store.transaction(() => work(lambda, own));
        this.metrics.recordDeliveries(topic, own);
      },
      (error: unknown) => this.log(`sns: cannot reach Lambda: ${String(error)}`),
    );
  }

  close(): void {
    this.http.close();
  }
}

/** http/https subscribers: their confirmation handshake and their notifications, retried per policy. */
export class HttpSubscribers {
  private readonly sender: HttpSender;

  constructor(
    private readonly service: SnsService,
    private readonly persistence: SnsPersistence,
  ) {
    this.sender = new HttpSender({
      clock: service.clock,
      log: service.log,
      retryPolicy: (job) => this.retryPolicy(job),
      giveUp: (job, reason) => this.giveUp(job, reason),
      // Joins the publish's transaction when called from one; its own otherwise (a retry's bookkeeping).
      saved: (job) => service.store.transaction(() => persistence.saveHttpJob(job)),
      done: (job) => service.store.transaction(() => persistence.deleteHttpJob(job.id)),
    });
  }

  /** Resumes the deliveries that were pending when the emulator stopped. */
  resumePending(): void {
    for (const job of this.persistence.httpJobs()) this.sender.resume(job);
  }

  /** Posts the signed SubscriptionConfirmation with its Token and SubscribeURL. */
  requestConfirmation(topic: Topic, subscription: Subscription, baseUrl: string): void {
    if (subscription.token === undefined) return;
    const messageId = randomUUID();
    const body = confirmationMessage(
      {
        topicArn: topic.arn,
        messageId,
        token: subscription.token,
        timestamp: new Date(this.service.clock.now()).toISOString(),
        signatureVersion: topic.attributes.SignatureVersion ?? "1",
        baseUrl,
      },
      this.service.signer,
    );
    this.sender.send({
      topicArn: topic.arn,
      subscriptionArn: subscription.arn,
      endpoint: subscription.endpoint,
      messageType: "SubscriptionConfirmation",
      messageId,
      body,
      raw: false,
    });
  }

  notify(
    topic: Topic,
    subscription: Subscription,
    content: { messageId: string; body: string; raw: boolean },
  ): void {
    this.sender.send({
      topicArn: topic.arn,
      subscriptionArn: subscription.arn,
      endpoint: subscription.endpoint,
      messageType: "Notification",
      ...content,
    });
  }

  close(): void {
    this.sender.close();
  }

  private subscriptionOf(job: HttpJob): { topic: Topic; subscription: Subscription } | undefined {
    const topic = this.service.model.topicByArn(job.topicArn);
    const subscription = this.service.model.subscriptionByArn(job.subscriptionArn);
    return topic === undefined || subscription === undefined ? undefined : { topic, subscription };
  }

  private retryPolicy(job: HttpJob) {
    const found = this.subscriptionOf(job);
    if (found === undefined) return undefined;
    return retryPolicyFor(
      found.topic.attributes.DeliveryPolicy,
      found.subscription.attributes.DeliveryPolicy,
    );
  }

  private giveUp(job: HttpJob, reason: string): void {
    const found = this.subscriptionOf(job);
    if (found === undefined) return;
    const { topic, subscription } = found;
    const counts = emptyCounts();
    counts.failed = 1;
    this.service.metrics.recordDeliveries(topic, counts);
    if (subscription.attributes.RedrivePolicy === undefined) return;
    const { service } = this;
    try {
      service.store.transaction(() =>
        deadLetter(service, topic, subscription, { body: job.body }, "DeliveryFailed", reason, job.id),
      );
    } catch (error) {
      service.log(`sns: cannot dead-letter ${job.subscriptionArn}: ${String(error)}`);
    }
  }
}
