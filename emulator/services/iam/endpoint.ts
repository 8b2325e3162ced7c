import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach IAM: awsQuery 2010-05-08. IAM is global: one set of users, roles and policies per account. */
export const iamEndpoint: ServiceEndpoint = {
  signingName: "iam",
  protocols: ["awsQuery"],
  queryVersion: "2010-05-08",
  xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
};
