import type { DestinationConfig, FunctionEventInvokeConfig } from "../../generated/lambda.js";
import { LambdaErrors } from "./errors.js";
import { functionArn } from "./functionRef.js";
import { permissionKey } from "./permissions.js";
import type { EventInvokeConfigRecord, FunctionRecord } from "./records.js";

/** Asynchronous settings are kept per qualifier like permissions: `$LATEST`, a version or an alias. */
export const eventInvokeConfigKey = permissionKey;

/** The settings as the EventInvokeConfig actions return them, with the qualified function ARN. */
export function eventInvokeConfigOutput(
  record: FunctionRecord,
  key: string,
  config: EventInvokeConfigRecord,
): FunctionEventInvokeConfig {
  return { FunctionArn: functionArn(record, key), ...config };
}

export function eventInvokeConfigOrNotFound(record: FunctionRecord, key: string): EventInvokeConfigRecord {
  const config = record.eventInvokeConfigs[key];
  if (config === undefined) {
    throw LambdaErrors.resourceNotFound(
      `The function ${functionArn(record, key)} doesn't have an EventInvokeConfig`,
    );
  }
  return config;
}

const DESTINATION_SERVICES = new Set(["sqs", "sns", "lambda", "events"]);

/** Destinations must be ARNs of a queue, topic, function or event bus. */
export function checkDestinations(config: DestinationConfig | undefined): void {
  for (const destination of [config?.OnSuccess?.Destination, config?.OnFailure?.Destination]) {
    if (destination === undefined) continue;
    const service = destination.split(":")[2];
    if (!destination.startsWith("arn:") || service === undefined || !DESTINATION_SERVICES.has(service)) {
      throw LambdaErrors.invalidParameterValue(
        `The destination ARN ${destination} is invalid: give the ARN of an SQS queue, SNS topic, Lambda function or EventBridge event bus.`,
      );
    }
  }
}
