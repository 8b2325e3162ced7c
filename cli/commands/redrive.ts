import { ListMessageMoveTasksCommand, SQSClient, StartMessageMoveTaskCommand } from "@aws-sdk/client-sqs";
import type { ClientConfig } from "../connection.js";
import { emit, pause, type CommandIo } from "../io.js";
import { queueArn, queueUrl } from "../queues.js";

export interface RedriveOptions {
  readonly to?: string;
  readonly maxPerSecond?: number;
  readonly json?: boolean;
}

const POLL_MS = 500;

/**
 * `eda redrive <dlq>`: moves the DLQ's messages back to their source queues (or `--to` a queue) with SQS's
 * StartMessageMoveTask, showing progress until the task ends. Exit 1 when the task fails.
 */
export async function redriveCommand(
  dlq: string,
  options: RedriveOptions,
  client: ClientConfig,
  io: CommandIo,
): Promise<number> {
  const sqs = new SQSClient(client);
  try {
    const sourceArn = await queueArn(sqs, await queueUrl(sqs, dlq));
    const destinationArn =
      options.to !== undefined ? await queueArn(sqs, await queueUrl(sqs, options.to)) : undefined;
    const started = await sqs.send(
      new StartMessageMoveTaskCommand({
        SourceArn: sourceArn,
        ...(destinationArn ? { DestinationArn: destinationArn } : {}),
        ...(options.maxPerSecond !== undefined ? { MaxNumberOfMessagesPerSecond: options.maxPerSecond } : {}),
      }),
    );
    for (;;) {
      const tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 10 }));
      const task =
        tasks.Results?.find((result) => result.TaskHandle === started.TaskHandle) ?? tasks.Results?.[0];
      const moved = task?.ApproximateNumberOfMessagesMoved ?? 0;
      const total = task?.ApproximateNumberOfMessagesToMove;
      if (options.json !== true)
        io.err(
          `\rmoved ${moved}${total !== undefined ? ` of ${total}` : ""} (${task?.Status ?? "unknown"})   `,
        );
      if (task?.Status !== "RUNNING") {
        if (options.json !== true) io.err("\n");
        emit(io, options.json === true, task, () =>
          task?.Status === "COMPLETED"
            ? `redrove ${moved} messages from ${dlq}`
            : `redrive ${task?.Status ?? "vanished"}: ${task?.FailureReason ?? "no reason given"}`,
        );
        return task?.Status === "COMPLETED" ? 0 : 1;
      }
      await pause(POLL_MS, io.signal);
      if (io.signal.aborted) {
        io.err("\nstopped watching; the move task continues (aws sqs cancel-message-move-task to stop it)\n");
        return 130;
      }
    }
  } finally {
    sqs.destroy();
  }
}
