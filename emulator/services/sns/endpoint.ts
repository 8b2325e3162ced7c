import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach SNS: awsQuery 2010-03-31, the only protocol SNS speaks. */
export const snsEndpoint: ServiceEndpoint = {
  signingName: "sns",
  protocols: ["awsQuery"],
  queryVersion: "2010-03-31",
  xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
  // The SubscribeURL and UnsubscribeURL SNS hands out work without credentials.
  unsignedQueryActions: ["ConfirmSubscription", "Unsubscribe"],
};
