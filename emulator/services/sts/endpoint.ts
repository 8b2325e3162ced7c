import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach STS: awsQuery 2011-06-15. */
export const stsEndpoint: ServiceEndpoint = {
  signingName: "sts",
  protocols: ["awsQuery"],
  queryVersion: "2011-06-15",
  xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
};
