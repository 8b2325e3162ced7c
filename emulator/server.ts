import type { Accounts } from "./core/accounts.js";
import type { ServiceHost } from "./core/host.js";
import type { Store } from "./core/store/store.js";
import { defaultProtocols } from "./protocols/index.js";
import type { Protocol } from "./protocols/wire.js";
import { knownAwsServices } from "./server/aws-services.js";
import { DualProtocolListener } from "./server/listener.js";
import type { IamAuthorizer } from "./server/authorizer.js";
import { RequestHandler } from "./server/request-handler.js";
import { Router } from "./server/router.js";
import { SigV4Verifier } from "./server/sigv4.js";
import type { SigV4Options } from "./server/sigv4.js";

export type { SigV4Credential, SigV4Options } from "./server/sigv4.js";
export { HEALTH_PATH } from "./server/request-handler.js";

/** Large enough for any SQS/SNS/Kinesis request and a direct Lambda zip upload; larger bodies get 413. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** How long `close()` lets running requests answer after aborting them before it cuts connections. */
const DRAIN_TIMEOUT_MS = 2_000;

export interface ServerOptions {
  readonly host: ServiceHost;
  readonly store: Store;
  readonly accounts: Accounts;
  readonly maxBodyBytes?: number;
  /** Verify SigV4 signatures against these keys; off when absent. */
  readonly sigv4?: SigV4Options;
  /** Log one line per request. */
  readonly debug?: boolean;
  /** Answer the `/_eda/*` routes to every peer, not only loopback ones. */
  readonly adminFromAnyHost?: boolean;
  /** `--enforce-iam`: evaluates every call against the caller's IAM policies. */
  readonly authorizer?: IamAuthorizer;
  /** Where log lines go (default: stderr). */
  readonly log?: (line: string) => void;
  /** The wire protocols, in the order the router asks them; default: `defaultProtocols`. */
  readonly protocols?: readonly Protocol[];
  /** `aws:SecureTransport` is literal (false on this plain-HTTP port) instead of standing in for HTTPS. */
  readonly literalSecureTransport?: boolean;
}

/** The HTTP front of the emulator: one port, HTTP/1.1 and h2c, routing every request to its service. */
export class EmulatorServer {
  private readonly handler: RequestHandler;
  private readonly listener: DualProtocolListener;

  constructor(options: ServerOptions) {
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    this.handler = new RequestHandler({
      router: new Router({
        registrations: options.host.registrations,
        protocols: options.protocols ?? defaultProtocols,
        unserved: knownAwsServices,
        loaded: (name) => options.host.loaded(name)?.definition,
        load: (name) => options.host.instance(name),
      }),
      host: options.host,
      store: options.store,
      accounts: options.accounts,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      verifier: options.sigv4
        ? new SigV4Verifier({ issuedSecret: (key) => options.accounts.secretOf(key), ...options.sigv4 })
        : undefined,
      authorizer: options.authorizer,
      debug: options.debug ?? false,
      adminFromAnyHost: options.adminFromAnyHost,
      literalSecureTransport: options.literalSecureTransport ?? false,
      log,
    });
    this.listener = new DualProtocolListener(this.handler.listener, options.debug ? log : undefined);
  }

  /** Resolves with the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number> {
    return this.listener.listen(port, host);
  }

  /** Stops accepting, lets running requests answer (long polls are cut short), then closes every connection. */
  async close(): Promise<void> {
    const stopped = this.listener.stopAccepting();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.handler.drain(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, DRAIN_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    this.listener.destroyConnections();
    await stopped;
  }
}
