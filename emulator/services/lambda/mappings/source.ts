import { LambdaErrors } from "../errors.js";
import type { SourceService } from "./records.js";

export interface EventSource {
  readonly service: SourceService;
  readonly arn: string;
  readonly accountId: string;
  readonly region: string;
  /** SQS FIFO queues take batches of at most 10. */
  readonly fifo: boolean;
}

const SOURCE_ARN = /^arn:aws[a-zA-Z-]*:(kinesis|sqs):([a-z0-9-]+):(\d{12}):(.+)$/;

/** The event source an ARN names: a Kinesis stream or an SQS queue, the two sources served here. */
export function eventSourceOf(arn: string | undefined, region: string): EventSource {
  if (arn === undefined) {
    throw LambdaErrors.invalidParameterValue(
      "EventSourceArn is required: give the ARN of the Kinesis stream or SQS queue to read from.",
    );
  }
  const match = SOURCE_ARN.exec(arn);
  const [, service, sourceRegion = "", accountId = "", resource = ""] = match ?? [];
  const isStream = service === "kinesis" && /^stream\/[a-zA-Z0-9_.-]+$/.test(resource);
  const isQueue = service === "sqs" && /^[a-zA-Z0-9_-]+(\.fifo)?$/.test(resource);
  if (!isStream && !isQueue) {
    throw LambdaErrors.invalidParameterValue(
      `Unsupported event source ${arn}: give the ARN of a Kinesis stream or an SQS queue (other event sources and stream consumers are not served here).`,
    );
  }
  if (sourceRegion !== region) {
    throw LambdaErrors.invalidParameterValue(
      `The event source ${arn} is in ${sourceRegion}, but the function is in ${region}: an event source mapping reads a source in its own region.`,
    );
  }
  return {
    service: isStream ? "kinesis" : "sqs",
    arn,
    accountId,
    region: sourceRegion,
    fifo: resource.endsWith(".fifo"),
  };
}
