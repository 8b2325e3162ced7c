import { LambdaErrors } from "./errors.js";
import type { AwsError } from "../../core/errors.js";

/** An account's concurrency quota per region (AWS's default). */
export const ACCOUNT_CONCURRENCY = 1000;

/**
 * Running executions per function and per account and region, against reserved concurrency and the account's
 * unreserved pool, as Lambda counts them: a function with a reservation runs only within it, the others share
 * what nobody reserved.
 */
export class ConcurrencyLimits {
  private readonly perFunction = new Map<string, number>();
  private readonly unreservedInUse = new Map<string, number>();

  /**
   * Takes one execution slot, or returns the TooManyRequestsException AWS answers (`Rate Exceeded.`; its
   * Reason would say ReservedFunctionConcurrentInvocationLimitExceeded or ConcurrentInvocationLimitExceeded).
   */
  acquire(
    accountId: string,
    region: string,
    functionName: string,
    reserved: number | undefined,
    reservedInRegion: number,
  ): { release: () => void; running: number } | AwsError {
    const fnKey = `${accountId}\u0000${region}\u0000${functionName}`;
    const poolKey = `${accountId}\u0000${region}`;
    const running = this.perFunction.get(fnKey) ?? 0;
    if (reserved !== undefined) {
      if (running >= reserved) return LambdaErrors.tooManyRequests("Rate Exceeded.");
    } else {
      const inPool = this.unreservedInUse.get(poolKey) ?? 0;
      if (inPool >= ACCOUNT_CONCURRENCY - reservedInRegion)
        return LambdaErrors.tooManyRequests("Rate Exceeded.");
      this.unreservedInUse.set(poolKey, inPool + 1);
    }
    this.perFunction.set(fnKey, running + 1);
    let released = false;
    return {
      running: running + 1,
      release: () => {
        if (released) return;
        released = true;
        this.perFunction.set(fnKey, (this.perFunction.get(fnKey) ?? 1) - 1);
        if (reserved === undefined)
          this.unreservedInUse.set(poolKey, (this.unreservedInUse.get(poolKey) ?? 1) - 1);
      },
    };
  }
}
