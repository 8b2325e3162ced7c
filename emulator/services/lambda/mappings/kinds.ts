import { kinesisPollerKind } from "./kinesis/kind.js";
import type { PollerKind } from "./poller.js";
import { sqsPollerKind } from "./sqs/index.js";

/** The pollers the emulator has, one per kind of event source. */
export const POLLER_KINDS: readonly PollerKind[] = [kinesisPollerKind, sqsPollerKind];
