/**
 * Reads what the AWS provider logs with `TF_LOG=DEBUG`: one "HTTP Response Received" entry per call, stamped
 * when the response arrived and carrying the call's duration as the provider measured it. No library parses
 * these logs (they are hclog text whose entries run over several lines when a body is logged), so the few
 * fields the bench needs are read here by hand.
 */

/** One AWS call as the provider saw it. */
export interface ProviderCall {
  readonly service: string;
  readonly operation: string;
  readonly status: number;
  /** Milliseconds since the epoch when the call was sent and when its response had arrived. */
  readonly sentAt: number;
  readonly receivedAt: number;
}

const ENTRY_START = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z \[/m;
/** A logged request or response body: its lines start with `  |` and may hold anything, `key=value` too. */
const BODY_LINE = /^\s*\|.*$/gm;
const field = (entry: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name.replace(/\./g, "\\.")}=("[^"]*"|\\S+)`).exec(entry)?.[1]?.replace(/^"|"$/g, "");

/** Every call in a provider debug log, in the order their responses arrived. */
export function providerCalls(log: string): ProviderCall[] {
  const calls: ProviderCall[] = [];
  for (const withBodies of log.split(ENTRY_START)) {
    if (!withBodies.includes("HTTP Response Received")) continue;
    const entry = withBodies.replace(BODY_LINE, "");
    const stamp = field(entry, "timestamp");
    const duration = Number(field(entry, "http.duration"));
    if (stamp === undefined || !Number.isFinite(duration)) continue;
    const receivedAt = Date.parse(stamp);
    calls.push({
      service: field(entry, "rpc.service") ?? "unknown",
      operation: field(entry, "rpc.method") ?? "unknown",
      status: Number(field(entry, "http.status_code") ?? 0),
      sentAt: receivedAt - duration,
      receivedAt,
    });
  }
  return calls.sort((a, b) => a.receivedAt - b.receivedAt);
}

/**
 * Milliseconds during which at least one call was in flight: the time the server (and the network between)
 * could have held terraform up. Everything else is the provider's own waits and terraform's own work.
 */
export function timeInCalls(calls: readonly ProviderCall[]): number {
  const spans = [...calls].sort((a, b) => a.sentAt - b.sentAt);
  let total = 0;
  let open: { start: number; end: number } | undefined;
  for (const { sentAt, receivedAt } of spans) {
    if (open !== undefined && sentAt <= open.end) {
      open.end = Math.max(open.end, receivedAt);
      continue;
    }
    if (open !== undefined) total += open.end - open.start;
    open = { start: sentAt, end: receivedAt };
  }
  return total + (open === undefined ? 0 : open.end - open.start);
}

/** Calls answered with anything but 2xx, counted per `Service.Operation status`. */
export function failedCalls(calls: readonly ProviderCall[]): Record<string, number> {
  const failed: Record<string, number> = {};
  for (const call of calls) {
    if (call.status >= 200 && call.status < 300) continue;
    const key = `${call.service}.${call.operation} ${call.status}`;
    failed[key] = (failed[key] ?? 0) + 1;
  }
  return failed;
}
