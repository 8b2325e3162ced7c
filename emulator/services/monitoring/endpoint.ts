import type { ServiceEndpoint } from "../../core/service.js";

/**
 * How requests reach CloudWatch: awsQuery 2010-08-01 (the Terraform provider 5.x, the AWS CLI), awsJson 1.0
 * with the `GraniteServiceVersion20100801` target prefix (current SDKs) and Smithy RPC v2 CBOR (newer SDKs
 * prefer it), awsQueryCompatible so JSON and CBOR clients get the query error codes too.
 */
export const monitoringEndpoint: ServiceEndpoint = {
  signingName: "monitoring",
  protocols: ["awsJson", "awsQuery", "rpcV2Cbor"],
  smithyServiceId: "com.amazonaws.cloudwatch#GraniteServiceVersion20100801",
  jsonTargetPrefix: "GraniteServiceVersion20100801",
  jsonVersion: "1.0",
  awsQueryCompatible: true,
  jsonErrorNamespace: "com.amazonaws.cloudwatch",
  queryVersion: "2010-08-01",
  xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
};
