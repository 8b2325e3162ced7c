/**
 * The two clients of the latency rows: the AWS SDK v3, as users call the emulator, and a lean HTTP/1.1 client
 * (kept-alive connections, pre-serialised requests) whose own cost is a few tens of µs a call, so its rows
 * show the server's latency rather than the SDK's. The no-op ceiling server's rows show each client's floor.
 */
export type LatencyClient = "sdk" | "http";

export const LATENCY_CLIENTS: readonly LatencyClient[] = ["sdk", "http"];

export const LATENCY_CLIENT_LABELS: Record<LatencyClient, string> = {
  sdk: "AWS SDK v3",
  http: "HTTP/1.1 keep-alive, no SDK",
};

/**
 * Calls made with a client before its timed row, not counted: V8 compiles the SDK's code paths during its
 * first few thousand calls (measured here: a cold SDK's p99 was twice a warm one's against a server that does
 * nothing), and a long-running producer calls a warm SDK.
 */
export const WARM_UP_SECONDS = 2;
