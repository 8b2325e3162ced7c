import { operations } from "../../../generated/sns.js";
import { snsAction } from "../action.js";
import { page } from "../pagination.js";
import { subscriptionSummary } from "./subscriptionSummary.js";

export const ListSubscriptions = snsAction<{ NextToken?: string }>({
  operation: operations.ListSubscriptions,
  run(service, input, ctx) {
    const found = page(service.model.listSubscriptions(ctx), (item) => item.arn, input.NextToken);
    return { Subscriptions: found.items.map(subscriptionSummary), NextToken: found.nextToken };
  },
});
