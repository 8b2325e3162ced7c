import {
  CLIENT_LABELS,
  OPERATION_LABELS,
  TARGET_LABELS,
  callsPerSecond,
  messagesPerSecond,
} from "./model.js";
import type { ClientKind, Operation, RowResult, TargetName } from "./model.js";

/** The issues' bar for rows driven by the load generator, with a data dir. */
export const MOTO_MULTIPLE_TARGET = 30;
/** SNS envelope delivery signs every message (RSA), so its bar is lower. */
const ENVELOPE_MOTO_MULTIPLE_TARGET = 10;

export function motoTargetOf(operation: Operation): number {
  return operation === "sns-publish-envelope" ? ENVELOPE_MOTO_MULTIPLE_TARGET : MOTO_MULTIPLE_TARGET;
}

export function formatRate(perSecond: number): string {
  return Math.round(perSecond).toLocaleString("en-US");
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

/** `numerator / denominator` as `12.3×`, or `–` when either side was not measured. */
export function formatRatio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined) return "–";
  if (denominator <= 0) return numerator > 0 ? "∞×" : "–";
  const ratio = numerator / denominator;
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}×`;
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined || !Number.isFinite(fraction) ? "–" : `${Math.round(fraction * 100)} %`;
}

/** CPU microseconds per call: unlike rates, barely moved by other work on a shared machine. */
export function formatCpuPerCall(cpuSeconds: number, calls: number): string {
  return calls > 0 ? Math.round((cpuSeconds / calls) * 1e6).toLocaleString("en-US") : "–";
}

/** A GitHub-flavoured markdown table, padded so it also reads well in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string): string => cell.replaceAll("|", "\\|");
  const all = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]): string =>
    `| ${widths.map((width, column) => (row[column] ?? "").padEnd(width)).join(" | ")} |`;
  const rule = `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`;
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n");
}

function find(
  rows: readonly RowResult[],
  operation: Operation,
  client: ClientKind,
  target: TargetName,
): RowResult | undefined {
  return rows.find((row) => row.operation === operation && row.client === client && row.target === target);
}

function rateOf(row: RowResult | undefined): number | undefined {
  return row === undefined ? undefined : messagesPerSecond(row);
}

/** (operation, client) pairs in the order they were measured. */
function workloads(rows: readonly RowResult[]): { operation: Operation; client: ClientKind }[] {
  const seen = new Map<string, { operation: Operation; client: ClientKind }>();
  for (const { operation, client } of rows) seen.set(`${client}/${operation}`, { operation, client });
  return [...seen.values()].sort((a, b) => a.client.localeCompare(b.client));
}

export interface Verdict {
  readonly operation: Operation;
  readonly client: ClientKind;
  /** Emulator with a data dir, in messages per second, divided by moto's. */
  readonly timesMoto?: number;
  /** Emulator with a data dir as a fraction of what the same client reached against the no-op ceiling. */
  readonly ofCeiling?: number;
  /** Only rows driven by the load generator carry the ≥30× moto target. */
  readonly meetsMotoTarget?: boolean;
}

export function verdicts(rows: readonly RowResult[]): Verdict[] {
  return workloads(rows).map(({ operation, client }) => {
    const durable = rateOf(find(rows, operation, client, "emulator-durable"));
    const moto = rateOf(find(rows, operation, client, "moto"));
    const ceiling = rateOf(find(rows, operation, client, "ceiling"));
    // moto completing nothing in a row makes any positive rate infinitely faster, and that still counts.
    const timesMoto =
      durable === undefined || moto === undefined || (moto === 0 && durable === 0)
        ? undefined
        : moto === 0
          ? Number.POSITIVE_INFINITY
          : durable / moto;
    return {
      operation,
      client,
      ...(timesMoto === undefined ? {} : { timesMoto }),
      ...(durable !== undefined && ceiling !== undefined && ceiling > 0
        ? { ofCeiling: durable / ceiling }
        : {}),
      ...(client === "wrk" && timesMoto !== undefined
        ? { meetsMotoTarget: timesMoto >= motoTargetOf(operation) }
        : {}),
    };
  });
}

/** Messages per second side by side, with the ratios the issue asks for. */
export function summaryTable(rows: readonly RowResult[]): string {
  const header = [
    "Workload",
    "Client",
    "ceiling",
    "emulator --data-dir",
    "emulator (memory)",
    "moto_server",
    "data-dir ÷ moto",
    "memory ÷ moto",
    "data-dir ÷ ceiling",
    "moto target met",
  ];
  const body = verdicts(rows).map(({ operation, client, ofCeiling, meetsMotoTarget }) => {
    const rate = (target: TargetName): number | undefined => rateOf(find(rows, operation, client, target));
    const cell = (target: TargetName): string => {
      const value = rate(target);
      return value === undefined ? "–" : formatRate(value);
    };
    return [
      OPERATION_LABELS[operation],
      CLIENT_LABELS[client],
      cell("ceiling"),
      cell("emulator-durable"),
      cell("emulator-memory"),
      cell("moto"),
      formatRatio(rate("emulator-durable"), rate("moto")),
      formatRatio(rate("emulator-memory"), rate("moto")),
      formatPercent(ofCeiling),
      meetsMotoTarget === undefined
        ? "n/a"
        : `${meetsMotoTarget ? "yes" : "NO"} (≥${motoTargetOf(operation)}×)`,
    ];
  });
  return markdownTable(header, body);
}

function notes(row: RowResult): string {
  const parts: string[] = [];
  if (row.errors > 0)
    parts.push(`${row.errors} errors${row.firstError === undefined ? "" : ` (${row.firstError})`}`);
  if (row.emptyReceives > 0) parts.push(`${row.emptyReceives} empty receives: queue ran dry`);
  return parts.join("; ");
}

/**
 * Every measured row with latencies and where the CPU went: as a share of the row (100 % = one core busy
 * throughout) and per call.
 */
export function detailTable(rows: readonly RowResult[]): string {
  const header = [
    "Workload",
    "Client",
    "Target",
    "msg/s",
    "calls/s",
    "p50 ms",
    "p99 ms",
    "server CPU",
    "client CPU",
    "server µs/call",
    "client µs/call",
    "× moto",
    "notes",
  ];
  const body = rows.map((row) => {
    const moto = find(rows, row.operation, row.client, "moto");
    return [
      OPERATION_LABELS[row.operation],
      CLIENT_LABELS[row.client],
      TARGET_LABELS[row.target],
      formatRate(messagesPerSecond(row)),
      formatRate(callsPerSecond(row)),
      formatMs(row.latency.p50),
      formatMs(row.latency.p99),
      formatPercent(row.serverCpuSeconds / row.seconds),
      formatPercent(row.generatorCpuSeconds / row.seconds),
      formatCpuPerCall(row.serverCpuSeconds, row.calls),
      formatCpuPerCall(row.generatorCpuSeconds, row.calls),
      row.target === "moto" ? "1×" : formatRatio(messagesPerSecond(row), rateOf(moto)),
      notes(row),
    ];
  });
  return markdownTable(header, body);
}
