import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { parser } from "@aws-lambda-powertools/batch/parser";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { KinesisStreamBatchResponse, KinesisStreamEvent } from "aws-lambda";
import { CloudEventEnvelope, type CloudEvent } from "./envelope.js";
import { isAccepted, parseAcceptedTypePrefixes, toProcessedEvent } from "./transform.js";

const logger = new Logger();
const metrics = new Metrics();
const acceptedTypePrefixes = parseAcceptedTypePrefixes(process.env.ACCEPTED_EVENT_TYPE_PREFIXES);

/**
 * The parser integration base64-decodes `kinesis.data`, JSON-parses it and validates it against the
 * envelope; a record that fails any step is reported in `batchItemFailures` without reaching the
 * record handler. Retries are bounded by the event source mapping, so a poison record ends in the
 * on-failure queue instead of blocking its shard.
 */
const processor = new BatchProcessor(EventType.KinesisDataStreams, {
  parser,
  innerSchema: CloudEventEnvelope,
  transformer: "base64",
  logger,
});

interface ParsedKinesisRecord {
  kinesis: {
    data: CloudEvent;
    sequenceNumber: string;
    partitionKey: string;
    approximateArrivalTimestamp: number;
  };
}

function handleRecord(record: ParsedKinesisRecord): void {
  const { data: event, sequenceNumber, partitionKey, approximateArrivalTimestamp } = record.kinesis;
  if (!isAccepted(event, acceptedTypePrefixes)) {
    metrics.addMetric("EventsFiltered", MetricUnit.Count, 1);
    logger.debug("event type not accepted", { eventId: event.id, eventType: event.type });
    return;
  }
  const processed = toProcessedEvent(event, {
    sequenceNumber,
    partitionKey,
    approximateArrivalTimestamp,
  });
  metrics.addMetric("EventsProcessed", MetricUnit.Count, 1);
  logger.info("event processed", { event: processed });
}

export async function handler(event: KinesisStreamEvent): Promise<KinesisStreamBatchResponse> {
  try {
    const response = await processPartialResponse(event, handleRecord, processor, {
      // Reporting every identifier (instead of throwing) keeps the retry semantics identical while the
      // response still says exactly which records failed.
      throwOnFullBatchFailure: false,
    });
    const failed = response.batchItemFailures.length;
    if (failed > 0) {
      metrics.addMetric("RecordsFailed", MetricUnit.Count, failed);
      logger.warn("records reported for retry", {
        sequenceNumbers: response.batchItemFailures.map((item) => item.itemIdentifier),
      });
    }
    return response;
  } finally {
    metrics.publishStoredMetrics();
  }
}
