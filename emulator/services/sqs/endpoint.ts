import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach SQS: awsJson 1.0 (awsQueryCompatible) and awsQuery 2012-11-05. */
export const sqsEndpoint: ServiceEndpoint = {
  signingName: "sqs",
  protocols: ["awsJson", "awsQuery"],
  jsonTargetPrefix: "AmazonSQS",
  jsonVersion: "1.0",
  awsQueryCompatible: true,
  jsonErrorNamespace: "com.amazonaws.sqs",
  queryVersion: "2012-11-05",
  xmlNamespace: "http://queue.amazonaws.com/doc/2012-11-05/",
};
