import type { ServiceOverlay } from "./overlay.js";
import { sqsOverlay } from "./overlays/sqs.js";

/** A service the generator writes a module for. */
export interface GeneratedService {
  /** The module's file name under emulator/generated/ (the service's endpoint prefix). */
  module: string;
  /** The service's directory in botocore's data (`cloudwatch` for CloudWatch, whose endpoint is `monitoring`). */
  botocoreName: string;
  overlay?: ServiceOverlay;
}

export const GENERATED_SERVICES: readonly GeneratedService[] = [
  { module: "iam", botocoreName: "iam" },
  { module: "kinesis", botocoreName: "kinesis" },
  { module: "lambda", botocoreName: "lambda" },
  { module: "logs", botocoreName: "logs" },
  { module: "monitoring", botocoreName: "cloudwatch" },
  { module: "sns", botocoreName: "sns" },
  { module: "sqs", botocoreName: "sqs", overlay: sqsOverlay },
  { module: "sts", botocoreName: "sts" },
];
