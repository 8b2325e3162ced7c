/**
 * CloudWatch's statistics over a period's datapoints: SampleCount, Sum, Minimum, Maximum, Average, and the
 * percentiles `pNN` / `pNN.NN` (ExtendedStatistic). A datapoint carries a statistic set (what PutMetricData's
 * StatisticValues, Values/Counts or Value amount to) and, unless it came as a statistic set, its raw values,
 * which percentiles need.
 */

export interface Sample {
  /** Epoch ms. */
  readonly timestamp: number;
  readonly count: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  /** Raw values with their counts; absent for statistic sets (percentiles then use the average). */
  readonly values?: readonly (readonly [value: number, count: number])[];
}

export const STATISTICS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"] as const;
export type Statistic = (typeof STATISTICS)[number];

const PERCENTILE = /^p(\d{1,2}(?:\.\d{1,2})?|100)$/;

export function isExtendedStatistic(stat: string): boolean {
  return PERCENTILE.test(stat) && Number(stat.slice(1)) <= 100;
}

export function isStatistic(stat: string): stat is Statistic {
  return (STATISTICS as readonly string[]).includes(stat);
}

/** The statistic of the samples, undefined when there are none. */
export function statisticOf(samples: readonly Sample[], stat: string): number | undefined {
  if (samples.length === 0) return undefined;
  let count = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const sample of samples) {
    count += sample.count;
    sum += sample.sum;
    min = Math.min(min, sample.min);
    max = Math.max(max, sample.max);
  }
  switch (stat) {
    case "SampleCount":
      return count;
    case "Sum":
      return sum;
    case "Minimum":
      return min;
    case "Maximum":
      return max;
    case "Average":
      return count === 0 ? 0 : sum / count;
  }
  if (isExtendedStatistic(stat)) return percentile(samples, Number(stat.slice(1)));
  return undefined;
}

/** Nearest-rank percentile over the raw values (statistic sets count as their average, `count` times). */
function percentile(samples: readonly Sample[], p: number): number {
  const values: [number, number][] = [];
  for (const sample of samples) {
    if (sample.values !== undefined) values.push(...sample.values.map(([v, c]): [number, number] => [v, c]));
    else values.push([sample.count === 0 ? 0 : sample.sum / sample.count, sample.count]);
  }
  values.sort((a, b) => a[0] - b[0]);
  const total = values.reduce((n, [, c]) => n + c, 0);
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [value, count] of values) {
    seen += count;
    if (seen >= rank) return value;
  }
  return values[values.length - 1][0];
}
