import type { Caller } from "../core/accounts.js";
import type { RequestContext } from "../core/service.js";

/**
 * The RequestContext of one HTTP request. Its AbortSignal is created only when an action asks for it (long
 * polls do, most actions never), so the common path allocates no AbortController and watches no socket:
 * `watchClient` is called then, to abort when the client goes away.
 */
export class HttpRequestContext implements RequestContext {
  private controller?: AbortController;
  private aborted = false;

  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
  readonly accessKeyId: string | undefined;

  constructor(
    readonly requestId: string,
    caller: Caller,
    readonly baseUrl: string,
    readonly path: string,
    readonly secureTransport: boolean,
    readonly sourceIp: string,
    private readonly watchClient: (abort: () => void) => void,
  ) {
    this.accountId = caller.accountId;
    this.region = caller.region;
    this.principalArn = caller.principalArn;
    this.accessKeyId = caller.accessKeyId;
  }

  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort();
      else this.watchClient(() => this.abort());
    }
    return this.controller.signal;
  }

  /** The client went away or the emulator is stopping. */
  abort(): void {
    this.aborted = true;
    this.controller?.abort();
  }
}
