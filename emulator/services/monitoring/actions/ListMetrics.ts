import { operations } from "../../../generated/monitoring.js";
import { monitoringAction } from "../action.js";
import { page } from "../paging.js";

interface Input {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: { Name: string; Value?: string }[];
  RecentlyActive?: "PT3H";
  NextToken?: string;
}

const PAGE_SIZE = 500;
const THREE_HOURS_MS = 3 * 3_600_000;

/** The metrics that have datapoints in the window, filtered as ListMetrics filters them. */
export const ListMetrics = monitoringAction<Input>(operations.ListMetrics, (model, input, ctx) => {
  const now = model.clock.now();
  const metrics = model.metrics
    .list(ctx.accountId, ctx.region)
    .filter(({ identity }) => input.Namespace === undefined || identity.namespace === input.Namespace)
    .filter(({ identity }) => input.MetricName === undefined || identity.name === input.MetricName)
    .filter(({ identity }) =>
      (input.Dimensions ?? []).every((filter) =>
        identity.dimensions.some(
          (d) => d.Name === filter.Name && (filter.Value === undefined || d.Value === filter.Value),
        ),
      ),
    )
    .filter((metric) => input.RecentlyActive === undefined || now - metric.lastReceived <= THREE_HOURS_MS)
    .map(({ identity }) => ({
      Namespace: identity.namespace,
      MetricName: identity.name,
      Dimensions: identity.dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
    }));
  const found = page(metrics, PAGE_SIZE, input.NextToken);
  return { Metrics: found.items, NextToken: found.nextToken };
});
