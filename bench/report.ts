import { cpus } from "node:os";
import type { EmulatorMemory, RowResult, TargetName } from "./model.js";
import { TARGET_LABELS, callsPerSecond, messagesPerSecond } from "./model.js";
import { kinesisTable, kinesisVerdicts, type KinesisRow } from "./kinesis.js";
import { lambdaRuntimeSection, type LambdaRuntimeResult } from "./lambda-runtime.js";
import { snsLatencySection, type SnsLatencyRow } from "./sns-latency.js";
import { lambdaTable, type LambdaRow } from "./lambda.js";
import { kinesisLambdaSection, type KinesisLambdaResult } from "./kinesis-lambda.js";
import { snsSqsLambdaTable, type SnsSqsLambdaRow } from "./sns-sqs-lambda.js";
import type { StartupResult } from "./startup.js";
import { terraformErrors, terraformTable, type TerraformRow } from "./terraform.js";
import { STARTUP_TARGET_MS } from "./startup.js";
import { detailTable, formatMs, markdownTable, summaryTable, verdicts } from "./table.js";

export const RSS_TARGET_MB = 100;
const BUSY_LOAD_AVERAGE = 0.5;

export interface BenchReport {
  readonly command: string;
  readonly rowSeconds: number;
  readonly motoRowSeconds: number;
  /** Calls in flight: SDK workers and wrk connections against the fast targets, and both against moto. */
  readonly concurrency: { readonly sdk: number; readonly wrk: number; readonly moto: number };
  /** 1-minute load average when the bench started: anything else running skews every row. */
  readonly loadAverageAtStart: number;
  readonly rows: readonly RowResult[];
  readonly startup?: StartupResult;
  /** Kinesis PutRecords and GetRecords rows, when that section ran. */
  readonly kinesis?: readonly KinesisRow[];
  /** Lambda cold starts and warm invocations on the runtime alone, when that section ran. */
  readonly lambdaRuntime?: LambdaRuntimeResult;
  readonly snsLatency?: readonly SnsLatencyRow[];
  /** Warm synchronous Invoke rows, when that section ran. */
  readonly lambda?: readonly LambdaRow[];
  readonly kinesisLambda?: KinesisLambdaResult;
  /** SNS → SQS → Lambda (event source mapping) rows, when that section ran. */
  readonly snsSqsLambda?: readonly SnsSqsLambdaRow[];
  /** terraform apply, plan and destroy of the local environment, when that section ran. */
  readonly terraform?: readonly TerraformRow[];
  readonly memory: Partial<Record<TargetName, EmulatorMemory>>;
  /** Things that were not measured, and why; printed so a partial run never passes for a full one. */
  readonly notes: readonly string[];
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model ?? "unknown CPU"}, Node ${process.version}, ${process.platform}`;
}

export function renderMarkdown(report: BenchReport): string {
  const { sdk, wrk, moto } = report.concurrency;
  const out: string[] = [
    `Command: \`${report.command}\``,
    `Machine: ${machine()}; load average at start ${report.loadAverageAtStart.toFixed(2)}` +
      (report.loadAverageAtStart > BUSY_LOAD_AVERAGE
        ? " (BUSY: other work was running, numbers are low)"
        : ""),
    `In flight: AWS SDK ${sdk} calls, wrk ${wrk} connections (1 thread); against moto_server ${moto} for both`,
    "",
  ];
  if (report.rows.length > 0) {
    out.push(
      `### Messages per second (${report.rowSeconds} s per row; moto rows ${report.motoRowSeconds} s)`,
      "",
      summaryTable(report.rows),
      "",
      "### Every row (latency per call; CPU: 100 % = one core for the whole row, and CPU time per call)",
      "",
      detailTable(report.rows),
      "",
    );
  }
  if (report.kinesis !== undefined && report.kinesis.length > 0) {
    out.push(
      `### Kinesis records per second (${report.rowSeconds} s of PutRecords per row, moto ${report.motoRowSeconds} s; ` +
        "then the SDK drains what was written, wrk reads for as long)",
      "",
      kinesisTable(report.kinesis),
      "",
      ...kinesisVerdicts(report.kinesis).map((verdict) => `- ${verdict}`),
      "",
    );
  }
  if (report.snsLatency !== undefined) out.push(...snsLatencySection(report.snsLatency));
  if (report.lambdaRuntime !== undefined) out.push(...lambdaRuntimeSection(report.lambdaRuntime));
  if (report.lambda !== undefined && report.lambda.length > 0) {
    out.push(
      `### Lambda Invoke (RequestResponse, no-op Node handler, warm worker, one call at a time; ${report.rowSeconds} s per row)`,
      "",
      lambdaTable(report.lambda),
      "",
    );
  }
  if (report.kinesisLambda !== undefined) out.push(...kinesisLambdaSection(report.kinesisLambda));
  if (report.snsSqsLambda !== undefined && report.snsSqsLambda.length > 0) {
    out.push(
      `### SNS → SQS → Lambda (PublishBatch of 10 → raw queue → event source mapping, BatchSize 10 → no-op Node handler; ${report.rowSeconds} s of publishing per row)`,
      "",
      snsSqsLambdaTable(report.snsSqsLambda),
      "",
      "events/s: events published, over the time from the first publish until the queue held none.",
      "",
    );
  }
  if (report.terraform !== undefined && report.terraform.length > 0) {
    const errors = terraformErrors(report.terraform);
    out.push(
      "### terraform apply / plan / destroy of the whole local environment, hashicorp/aws 5.100.0",
      "",
      terraformTable(report.terraform),
      "",
      "In AWS calls: time during which at least one call was in flight, from the provider's `TF_LOG=DEBUG`",
      "log (each response's duration and arrival). Outside calls: the provider's own waits between polls and",
      "terraform's own work. Plan: `-detailed-exitcode` right after apply.",
      "",
      ...(errors.length > 0 ? ["Failed steps:", "", "```", ...errors, "```", ""] : []),
    );
  }
  if (report.startup !== undefined) {
    const s = report.startup;
    const row = (label: string, spread: { median: number; p90: number }): string[] => [
      label,
      formatMs(spread.median),
      formatMs(spread.p90),
    ];
    out.push(
      `### Emulator startup to ready (${s.runs} runs, fresh --data-dir each)`,
      "",
      markdownTable(
        ["Measure", "median ms", "p90 ms"],
        [
          row("spawn → first 200 from /_eda/health", s.spawnToHealthy),
          row("Node itself (spawn → first output of an empty script)", s.nodeItself),
          row("from the start of the compiled JS (difference of the two)", s.fromCompiledJs),
          ...(s.selfReported === undefined
            ? []
            : [row("as the emulator reports it in its ready line", s.selfReported)]),
        ],
      ),
      "",
      `Target ≤ ${STARTUP_TARGET_MS} ms from the start of the compiled JS: ${
        (s.selfReported ?? s.fromCompiledJs).median <= STARTUP_TARGET_MS ? "met" : "NOT met"
      }`,
      "",
    );
  }
  const memoryRows = Object.entries(report.memory).map(([target, use]) => [
    TARGET_LABELS[target as TargetName],
    use.rssMb.toFixed(1),
    use.peakRssMb.toFixed(1),
    use.messagesStored.toLocaleString("en-US"),
    use.rssMb <= RSS_TARGET_MB ? "met" : "NOT met",
  ]);
  if (memoryRows.length > 0) {
    out.push(
      "### Emulator memory after its bench rows",
      "",
      markdownTable(
        ["Target", "RSS MB", "peak RSS MB", "messages stored", `≤ ${RSS_TARGET_MB} MB`],
        memoryRows,
      ),
      "",
    );
  }
  if (report.notes.length > 0)
    out.push("### Not measured", "", ...report.notes.map((note) => `- ${note}`), "");
  return out.join("\n");
}

/** The JSON kept in .eda/bench/latest.json: raw rows plus the derived rates and verdicts. */
export function toJson(report: BenchReport): unknown {
  return {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    ...report,
    rows: report.rows.map((row) => ({
      ...row,
      messagesPerSecond: messagesPerSecond(row),
      callsPerSecond: callsPerSecond(row),
    })),
    verdicts: verdicts(report.rows),
  };
}
