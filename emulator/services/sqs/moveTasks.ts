import { randomUUID } from "node:crypto";
import { SqsErrors } from "./errors.js";
import type { SqsModel } from "./model.js";
import type { MoveTaskRecord, SqsStore } from "./store.js";

/**
 * Message move tasks (DLQ redrive): move a dead-letter queue's messages back to their source queues or to a
 * given destination, at most MaxNumberOfMessagesPerSecond. Progress is derived from the stored start time and
 * moved count, so a restarted emulator carries on where it stopped. `advance` is driven by the service's timer.
 */
export class MoveTasks {
  private readonly tasks: MoveTaskRecord[];

  constructor(
    private readonly model: SqsModel,
    private readonly store: SqsStore,
    loaded: MoveTaskRecord[],
  ) {
    this.tasks = [...loaded];
  }

  /** The source queue ARN of the task with this handle, if there is one. */
  sourceOf(handle: string): string | undefined {
    return this.tasks.find((t) => t.handle === handle)?.sourceArn;
  }

  hasRunning(): boolean {
    return this.tasks.some((task) => task.status === "RUNNING");
  }

  start(sourceArn: string, destinationArn: string | undefined, maxPerSecond: number | undefined): string {
    const source = this.model.findQueueByArn(sourceArn);
    if (!source)
      throw SqsErrors.resourceNotFound(
        "The resource that you specified for the SourceArn parameter doesn't exist.",
      );
    if (this.model.deadLetterSourceQueues(source).length === 0) {
      throw SqsErrors.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
    }
    if (destinationArn !== undefined) {
      if (!this.model.findQueueByArn(destinationArn)) {
        throw SqsErrors.resourceNotFound(
          "The resource that you specified for the DestinationArn parameter doesn't exist.",
        );
      }
      if (destinationArn === sourceArn) {
        throw SqsErrors.invalidParameterValue(
          "Source queue arn and destination queue arn cannot be the same.",
        );
      }
    }
    if (this.tasks.some((task) => task.sourceArn === sourceArn && task.status === "RUNNING")) {
      throw SqsErrors.invalidParameterValue(
        "There is already a task running. Only one active task is allowed for a source queue arn at a given time.",
      );
    }
    const task: MoveTaskRecord = {
      handle: Buffer.from(JSON.stringify({ taskId: randomUUID(), sourceArn }), "utf8").toString("base64"),
      sourceArn,
      destinationArn,
      maxPerSecond,
      status: "RUNNING",
      moved: 0,
      toMove: this.model.countMessages(source).visible,
      failureReason: undefined,
      startedAt: this.model.clock.now(),
    };
    this.store.transaction(() => this.store.putMoveTask(task));
    this.tasks.push(task);
    this.advance();
    return task.handle;
  }

  cancel(handle: string): number {
    const task = this.tasks.find((t) => t.handle === handle);
    if (!task) throw SqsErrors.resourceNotFound("Task does not exist.");
    if (task.status !== "RUNNING")
      throw SqsErrors.invalidParameterValue(`Task is in status ${task.status} and cannot be cancelled.`);
    task.status = "CANCELLED";
    this.store.transaction(() => this.store.putMoveTask(task));
    return task.moved;
  }

  /** The source's most recent tasks first. */
  list(sourceArn: string, maxResults: number): MoveTaskRecord[] {
    if (!this.model.findQueueByArn(sourceArn)) {
      throw SqsErrors.resourceNotFound(
        "The resource that you specified for the SourceArn parameter doesn't exist.",
      );
    }
    return this.tasks
      .filter((task) => task.sourceArn === sourceArn)
      .reverse()
      .slice(0, maxResults);
  }

  /** Forgets every task (the emulator's reset); the store is cleared by the caller. */
  clear(): void {
    this.tasks.splice(0);
  }

  /** Moves what each running task may move by now. */
  advance(): void {
    for (const task of this.tasks) if (task.status === "RUNNING") this.advanceTask(task);
  }

  private advanceTask(task: MoveTaskRecord): void {
    const now = this.model.clock.now();
    const source = this.model.findQueueByArn(task.sourceArn);
    if (!source) return this.finish(task, "FAILED", "Source queue was deleted.");
    let budget = task.toMove - task.moved;
    if (task.maxPerSecond !== undefined) {
      budget = Math.min(budget, Math.floor((task.maxPerSecond * (now - task.startedAt)) / 1000) - task.moved);
    }
    if (task.moved >= task.toMove) return this.finish(task, "COMPLETED", undefined);
    if (budget <= 0) return;
    const notified = new Set<ReturnType<SqsModel["findQueueByArn"]>>();
    let failure: string | undefined;
    this.store.transaction(() => {
      const taken = source.take(now, budget, () => false);
      for (const message of taken) {
        const targetArn = task.destinationArn ?? message.rec.deadLetterSourceArn;
        const target = targetArn === undefined ? undefined : this.model.findQueueByArn(targetArn);
        if (failure !== undefined || !target) {
          failure ??= `Destination queue ${targetArn ?? "(unknown source)"} does not exist.`;
          source.reschedule(message);
          continue;
        }
        this.model.moveMessage(source, message, target, now, undefined);
        notified.add(target);
        task.moved++;
      }
      source.settle();
      if (failure !== undefined) task.status = "FAILED";
      else if (taken.length < budget || task.moved >= task.toMove) task.status = "COMPLETED";
      task.failureReason = failure;
      this.store.putMoveTask(task);
    });
    for (const target of notified) target?.notify();
  }

  private finish(task: MoveTaskRecord, status: MoveTaskRecord["status"], reason: string | undefined): void {
    task.status = status;
    task.failureReason = reason;
    this.store.transaction(() => this.store.putMoveTask(task));
  }
}
