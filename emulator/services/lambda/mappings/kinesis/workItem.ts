import type { KinesisShardPosition, KinesisStreamRecord } from "../../../../core/interfaces.js";
import type { LastResponse } from "./failureRecord.js";

/** Records a slot sends together, and what it knows about their delivery so far. */
export interface WorkItem {
  readonly records: readonly KinesisStreamRecord[];
  /** The slot's checkpoint once these records are done (past any filtered records that follow them). */
  readonly through: KinesisShardPosition;
  /** Failed invocations counted against MaximumRetryAttempts. */
  readonly retries: number;
  /** Invocations that carried these records (the failure record's approximateInvokeCount). */
  readonly invokes: number;
  readonly lastResponse: LastResponse | undefined;
}

export function newWorkItem(
  records: readonly KinesisStreamRecord[],
  through: KinesisShardPosition,
): WorkItem {
  return { records, through, retries: 0, invokes: 0, lastResponse: undefined };
}

/** The position just after a record: where a slot stands once it is done. */
export const after = (record: KinesisStreamRecord): KinesisShardPosition => ({
  afterSequenceNumber: record.sequenceNumber,
});
