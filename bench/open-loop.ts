/** What an open-loop run did: each call's latency in ms, and the calls that failed. */
export interface OpenLoopRun {
  readonly latencies: readonly number[];
  readonly errors: number;
  readonly firstError?: string;
}

/**
 * `total` calls at a steady `ratePerSecond`, open loop: each call leaves on its schedule whatever the ones
 * before it are doing, so a slow reply does not hide the delay it causes behind fewer calls (a closed loop's
 * coordinated omission). A call's latency runs from the moment it leaves to its settling.
 */
export async function openLoop(
  ratePerSecond: number,
  total: number,
  call: (index: number) => Promise<unknown>,
): Promise<OpenLoopRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / ratePerSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    inFlight.push(
      call(i).then(
        () => void latencies.push(performance.now() - sent),
        (error: unknown) => {
          errors++;
          firstError ??= String(error);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies, errors, ...(firstError === undefined ? {} : { firstError }) };
}
