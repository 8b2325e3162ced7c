import type { SqsInterface } from "../../core/interfaces.js";
import type { ServiceContext } from "../../core/service.js";
import type { MonitoringModel } from "./model.js";

const MINUTE_MS = 60_000;

/**
 * Samples the gauges other services do not record per call (SQS queue depths) once a minute. A sample taken at
 * a minute's end is stamped with that minute's last millisecond, so it lands in the period that just completed
 * and the alarms evaluated at the same boundary see it. SQS is only reached once it is in use (its own
 * datapoints arrived, or an alarm watches AWS/SQS), so CloudWatch alone never loads it.
 */
export class GaugeSampler {
  private sqs: SqsInterface | undefined;
  private requested = false;
  private lastSampledMinute: number;

  constructor(
    private readonly context: ServiceContext,
    private readonly model: MonitoringModel,
  ) {
    this.lastSampledMinute = Math.floor(context.clock.now() / MINUTE_MS);
  }

  /** Starts reaching SQS (asynchronously: the host may have to load it). */
  wantSqs(): void {
    if (this.requested) return;
    this.requested = true;
    this.context
      .use("sqs")
      .then((sqs) => {
        this.sqs = sqs;
      })
      .catch((error: unknown) => {
        this.requested = false;
        this.context.log(
          `cloudwatch: cannot sample SQS queue depths: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }

  /** Takes the samples due at a minute boundary; call before evaluating alarms. */
  sampleIfDue(): void {
    const now = this.context.clock.now();
    const minute = Math.floor(now / MINUTE_MS);
    if (minute <= this.lastSampledMinute) return;
    this.lastSampledMinute = minute;
    if (this.sqs === undefined) return;
    for (const datum of this.sqs.queueDepths()) {
      const dimensions = Object.entries(datum.dimensions).map(([Name, Value]) => ({ Name, Value }));
      this.model.addSample(
        datum.accountId,
        datum.region,
        { namespace: datum.namespace, name: datum.name, dimensions },
        {
          // The evaluation tick need not fall on the boundary (ticks run from when CloudWatch loaded), so
          // the stamp is the completed minute's last millisecond, not the tick's time.
          timestamp: minute * MINUTE_MS - 1,
          unit: datum.unit,
          count: 1,
          sum: datum.value,
          min: datum.value,
          max: datum.value,
          values: [[datum.value, 1]],
        },
      );
    }
  }
}
