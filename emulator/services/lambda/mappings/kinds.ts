import type { PollerKind } from "./poller.js";

/** The pollers the emulator has, one per kind of event source. */
export const POLLER_KINDS: readonly PollerKind[] = [];
