import { AwsError } from "../../core/errors.js";
import type { Timer } from "../../core/clock.js";
import type {
  SqsReadFailure,
  SqsReaderCall,
  SqsReaderInterface,
  SqsReceivedMessage,
} from "../../core/interfaces.js";
import { authorizeCall } from "./access.js";
import { MAX_MESSAGE_SIZE_LIMIT, numericAttribute, parseRedrivePolicy } from "./attributes.js";
import type { Delivered, SqsModel } from "./model.js";
import type { Queue, Waiter } from "./queue.js";
import { selectSystemAttributes } from "./systemAttributes.js";

const EVERY_SYSTEM_ATTRIBUTE: ReadonlySet<string> = new Set(["All"]);

/** One `watch` subscription: the queue it waits on now, and its timer for the next message to become visible. */
interface Watch {
  readonly listener: () => void;
  readonly waiter: Waiter;
  queue: Queue | undefined;
  timer: Timer | undefined;
}

/**
 * Reading a queue on behalf of Lambda's event source mappings: the calls a poller makes, as the mapping's
 * execution role, checked against the queue's policy as ReceiveMessage, DeleteMessage and
 * ChangeMessageVisibility are, and a watch that wakes the poller without polling.
 */
export function sqsReaderApi(model: SqsModel): SqsReaderInterface {
  const watches = new Map<string, Set<Watch>>();

  /** Runs `work` on the queue once `action` is allowed; AWS's failures become a result, never a throw. */
  function onQueue<T>(
    queueArn: string,
    action: string,
    reader: SqsReaderCall,
    work: (queue: Queue) => T,
  ): ({ ok: true } & T) | SqsReadFailure {
    const queue = model.findQueueByArn(queueArn);
    if (!queue) {
      return { ok: false, reason: "QueueDoesNotExist", detail: `The queue ${queueArn} does not exist.` };
    }
    try {
      authorizeCall(queue, action, asCaller(reader), model.clock.now());
      return { ok: true, ...work(queue) };
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      const reason = error.code === "OverLimit" ? "OverLimit" : "AccessDenied";
      return { ok: false, reason, detail: error.message };
    }
  }

  /** Follows the queue of the ARN (it may have been deleted and created again) and arms the visibility timer. */
  function track(queueArn: string, watch: Watch): void {
    const queue = model.findQueueByArn(queueArn);
    if (queue !== watch.queue) {
      watch.queue?.waiters.delete(watch.waiter);
      queue?.waiters.add(watch.waiter);
      watch.queue = queue;
    }
    watch.timer?.cancel();
    watch.timer = undefined;
    const at = queue?.nextChangeAt();
    if (at !== undefined) {
      // Armed even when the change is already due: a timer can fire a little early, so a message can become
      // visible between an empty receive and now, and it still needs its wake.
      const delay = at - model.clock.now();
      watch.timer = model.clock.after(delay > 0 ? delay : 1, () => {
        watch.timer = undefined;
        watch.listener();
      });
    }
  }

  function trackAll(queueArn: string): void {
    for (const watch of watches.get(queueArn) ?? []) track(queueArn, watch);
  }

  return {
    queueSettings(queueArn, reader) {
      return onQueue(queueArn, "GetQueueAttributes", reader, (queue) => {
        const { attributes, fifo } = queue.record;
        const redrive = parseRedrivePolicy(attributes.RedrivePolicy);
        return {
          settings: {
            visibilityTimeoutSeconds: numericAttribute(attributes, "VisibilityTimeout", fifo),
            fifo,
            maximumMessageSize: Math.min(
              numericAttribute(attributes, "MaximumMessageSize", fifo),
              MAX_MESSAGE_SIZE_LIMIT,
            ),
            ...(redrive ? { redrivePolicy: redrive } : {}),
          },
        };
      });
    },

    receive(queueArn, maxMessages, reader) {
      const result = onQueue(queueArn, "ReceiveMessage", reader, (queue) => ({
        messages: model.receiveNow(queue, { maxMessages }).map((d) => toReceived(queue, d)),
      }));
      trackAll(queueArn);
      return result;
    },

    deleteMessages(queueArn, receiptHandles, reader) {
      return onQueue(queueArn, "DeleteMessage", reader, (queue) => ({
        failed: failedHandles(receiptHandles, model.deleteMessages(queue, receiptHandles)),
      }));
    },

    changeVisibility(queueArn, receiptHandles, timeoutSeconds, reader) {
      const result = onQueue(queueArn, "ChangeMessageVisibility", reader, (queue) => ({
        failed: failedHandles(
          receiptHandles,
          model.changeVisibility(
            queue,
            receiptHandles.map((handle) => ({ handle, timeoutSeconds })),
          ),
        ),
      }));
      trackAll(queueArn);
      return result;
    },

    watch(queueArn, listener) {
      let live = true;
      const watch: Watch = {
        listener,
        // The queue wakes its waiters inside the call that changed it; the listener runs once that call is over.
        waiter: {
          wake: () =>
            queueMicrotask(() => {
              if (!live) return;
              track(queueArn, watch);
              listener();
            }),
        },
        queue: undefined,
        timer: undefined,
      };
      let set = watches.get(queueArn);
      if (!set) watches.set(queueArn, (set = new Set()));
      set.add(watch);
      track(queueArn, watch);
      return () => {
        live = false;
        watch.timer?.cancel();
        watch.queue?.waiters.delete(watch.waiter);
        set.delete(watch);
        if (set.size === 0) watches.delete(queueArn);
      };
    },
  };
}

/** The reader as the queue's policy sees it: a role session calling inside AWS (over TLS, with no source IP). */
function asCaller(reader: SqsReaderCall) {
  return { ...reader, secureTransport: true };
}

function failedHandles(handles: readonly string[], results: readonly (AwsError | undefined)[]): string[] {
  return handles.filter((_, index) => results[index] !== undefined);
}

function toReceived(
  queue: Queue,
  { message, body, attributes, receiptHandle }: Delivered,
): SqsReceivedMessage {
  return {
    messageId: message.messageId,
    receiptHandle,
    body,
    md5OfBody: message.md5OfBody,
    ...(message.md5OfAttributes === undefined ? {} : { md5OfMessageAttributes: message.md5OfAttributes }),
    attributes: selectSystemAttributes(queue, message, EVERY_SYSTEM_ATTRIBUTE),
    messageAttributes: attributes ?? {},
  };
}
