import { randomUUID } from "node:crypto";
import type { KinesisStreamRecord } from "../../../../core/interfaces.js";

/** Why a batch was discarded, as the failure record's `requestContext.condition` names it. */
export type DiscardCondition = "RetryAttemptsExhausted" | "RecordAgeExceeded";

/** How the last invocation of the discarded records ended. */
export interface LastResponse {
  /** `Unhandled` when the function failed; absent when it returned (and reported the records as failed). */
  readonly functionError?: string;
}

export interface DiscardedBatch {
  readonly functionArn: string;
  readonly streamArn: string;
  readonly shardId: string;
  readonly records: readonly KinesisStreamRecord[];
  readonly condition: DiscardCondition;
  readonly approximateInvokeCount: number;
  /** Undefined when the records were never sent (they were too old already). */
  readonly lastResponse: LastResponse | undefined;
  readonly now: number;
}

/**
 * The record Lambda sends to a Kinesis mapping's on-failure destination: it names the discarded records by
 * their sequence range rather than carrying them (the consumer reads them from the stream while they are
 * retained).
 */
export function failureRecord(batch: DiscardedBatch): object {
  const first = batch.records[0];
  const last = batch.records[batch.records.length - 1];
  return {
    requestContext: {
      requestId: randomUUID(),
      functionArn: batch.functionArn,
      condition: batch.condition,
      approximateInvokeCount: batch.approximateInvokeCount,
    },
    ...(batch.lastResponse === undefined
      ? {}
      : {
          responseContext: {
            statusCode: 200,
            executedVersion: executedVersion(batch.functionArn),
            ...(batch.lastResponse.functionError === undefined
              ? {}
              : { functionError: batch.lastResponse.functionError }),
          },
        }),
    version: "1.0",
    timestamp: new Date(batch.now).toISOString(),
    KinesisBatchInfo: {
      shardId: batch.shardId,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: new Date(first.approximateArrivalTimestamp).toISOString(),
      approximateArrivalOfLastRecord: new Date(last.approximateArrivalTimestamp).toISOString(),
      batchSize: batch.records.length,
      streamArn: batch.streamArn,
    },
  };
}

/** A mapping on a version runs that version; on an alias or the unqualified name, `$LATEST` as far as we know. */
function executedVersion(functionArn: string): string {
  const qualifier = functionArn.split(":")[7];
  return qualifier !== undefined && /^\d+$/.test(qualifier) ? qualifier : "$LATEST";
}
