import type { ServiceEndpoint } from "../../core/service.js";

/** How requests reach Lambda: restJson, routed by method and path (`/2015-03-31/functions/…`). */
export const lambdaEndpoint: ServiceEndpoint = {
  signingName: "lambda",
  protocols: ["restJson"],
};
