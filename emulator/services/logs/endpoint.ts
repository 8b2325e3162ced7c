import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach CloudWatch Logs: awsJson 1.1 with the `Logs_20140328` target prefix. */
export const logsEndpoint: ServiceEndpoint = {
  signingName: "logs",
  protocols: ["awsJson"],
  jsonTargetPrefix: "Logs_20140328",
  jsonVersion: "1.1",
};
