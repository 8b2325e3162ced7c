import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach Kinesis Data Streams: awsJson 1.1 (and its CBOR form) with the 2013-12-02 target prefix. */
export const kinesisEndpoint: ServiceEndpoint = {
  signingName: "kinesis",
  protocols: ["awsJson", "awsCbor"],
  jsonTargetPrefix: "Kinesis_20131202",
  jsonVersion: "1.1",
};
