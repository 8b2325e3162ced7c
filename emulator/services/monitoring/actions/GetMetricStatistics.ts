import { operations } from "../../../generated/monitoring.js";
import { monitoringAction, toMillis, toSeconds } from "../action.js";
import type { Dimension } from "../alarm.js";
import { CloudWatchErrors } from "../errors.js";
import { bucketStatistic, buckets, unitOf } from "../metricQuery.js";
import { isExtendedStatistic } from "../statistics.js";

interface Input {
  Namespace: string;
  MetricName: string;
  Dimensions?: Dimension[];
  StartTime: number | string;
  EndTime: number | string;
  Period: number;
  Statistics?: string[];
  ExtendedStatistics?: string[];
  Unit?: string;
}

/** At most this many datapoints per call. */
const MAX_DATAPOINTS = 1440;

export const GetMetricStatistics = monitoringAction<Input>(
  operations.GetMetricStatistics,
  (model, input, ctx) => {
    if (input.Statistics === undefined && input.ExtendedStatistics === undefined) {
      throw CloudWatchErrors.missingParameter("Must specify either Statistics or ExtendedStatistics.");
    }
    if (input.Period >= 60 ? input.Period % 60 !== 0 : ![1, 5, 10, 20, 30].includes(input.Period)) {
      throw CloudWatchErrors.invalidParameterValue(
        "The parameter Period must be 1, 5, 10, 20, 30 or a multiple of 60.",
      );
    }
    for (const stat of input.ExtendedStatistics ?? []) {
      if (!isExtendedStatistic(stat)) {
        throw CloudWatchErrors.invalidParameterValue(
          `The value ${stat} for parameter ExtendedStatistics is not supported.`,
        );
      }
    }
    const start = toMillis(input.StartTime);
    const end = toMillis(input.EndTime);
    if (end <= start) {
      throw CloudWatchErrors.invalidParameterValue(
        "The parameter StartTime must be less than the parameter EndTime.",
      );
    }
    const requested = Math.ceil((end - start) / (input.Period * 1000));
    if (requested > MAX_DATAPOINTS) {
      throw CloudWatchErrors.invalidParameterCombination(
        `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
      );
    }
    const identity = {
      namespace: input.Namespace,
      name: input.MetricName,
      dimensions: input.Dimensions ?? [],
    };
    const found = buckets(model, ctx.accountId, ctx.region, identity, {
      start,
      end,
      periodSeconds: input.Period,
      unit: input.Unit,
    });
    return {
      Label: input.MetricName,
      Datapoints: found.map((bucket) => {
        const point: Record<string, unknown> = {
          Timestamp: toSeconds(bucket.start),
          Unit: unitOf(bucket.samples, input.Unit),
        };
        for (const stat of input.Statistics ?? []) point[stat] = bucketStatistic(bucket, stat);
        if (input.ExtendedStatistics !== undefined) {
          point.ExtendedStatistics = Object.fromEntries(
            input.ExtendedStatistics.map((stat) => [stat, bucketStatistic(bucket, stat)]),
          );
        }
        return point;
      }),
    };
  },
);
