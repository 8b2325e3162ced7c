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
 * Calls made with a client before its timed row, not counted: V8 keeps optimising the SDK's code paths, and
 * the emulator's, during the first few thousand calls (measured here: a cold SDK's p99 was twice a warm one's
 * against a server that does nothing; after 2 s instead of 6 s of warm-up, Lambda Invoke's p99 through the SDK
 * was 4.6–6.1 ms instead of 2.7–4.3), and a long-running producer calls a warm SDK and a warm emulator.
 */
export const WARM_UP_SECONDS = 5;
