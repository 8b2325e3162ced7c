import type { IncomingHttpHeaders } from "node:http";
import { BlockList, isIPv6 } from "node:net";
import type { ServiceHost } from "../core/host.js";
import type { Dashboard } from "../dashboard/index.js";
import type { WireResponse } from "../protocols/wire.js";

export const ADMIN_PREFIX = "/_eda/";
export const HEALTH_PATH = "/_eda/health";
export const STATE_PATH = "/_eda/state";
export const RESET_PATH = "/_eda/reset";
export const UI_PATH = "/_eda/ui";
export const UI_SNAPSHOT_PATH = "/_eda/ui/snapshot";
export const UI_PEEK_PATH = "/_eda/ui/peek";
/** The CLI flag that opens these routes to every peer; named in the refusal so the reader knows what to do. */
export const ADMIN_FROM_ANY_HOST_FLAG = "--admin-from-any-host";

const ROUTES: Readonly<Record<string, { method: string; does: string }>> = {
  [RESET_PATH]: { method: "POST", does: "clears every service's state (queues, messages, cooldowns)" },
  [STATE_PATH]: { method: "GET", does: "counts resources per service, account and region" },
  [HEALTH_PATH]: { method: "GET", does: "reports each service's state (200 when all are ready, else 503)" },
  [UI_PATH]: {
    method: "GET",
    does: "the live dashboard: the architecture drawn from the resources, with counts and alarms",
  },
  [UI_SNAPSHOT_PATH]: { method: "GET", does: "what the dashboard draws, as JSON" },
  [UI_PEEK_PATH]: {
    method: "GET",
    does: "?arn=QUEUE_OR_STREAM_ARN[&shard=ID][&limit=N]: the newest messages or records, changing nothing",
  },
};

/** 127.0.0.0/8 and ::1; Node's BlockList also matches their IPv4-mapped forms (`::ffff:127.0.0.1`). */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.check(address, isIPv6(address) ? "ipv6" : "ipv4");
}

export interface AdminRequest {
  readonly method: string;
  readonly path: string;
  /** The raw query string, without `?`. */
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
  /** The TCP peer's address. */
  readonly remoteAddress: string | undefined;
}

export interface AdminRoutesOptions {
  /** The services: health and state of those loaded, reset of all. */
  readonly host: ServiceHost;
  /** Answer peers other than loopback too (`--admin-from-any-host`). */
  readonly fromAnyHost: boolean;
}

/**
 * The emulator's own routes, for tests and tools: `/_eda/reset`, `/_eda/state`, `/_eda/health`, and a JSON
 * 404 that explains the emulator for unknown `/_eda/*` paths and for a plain `GET /` (what a browser or `curl`
 * sends), which would otherwise be answered as an SQS query call without an Action. Loopback peers only unless
 * `fromAnyHost`: reset wipes everything, and the emulator may be bound to a shared interface.
 */
export class AdminRoutes {
  private dashboard?: Dashboard;

  constructor(private readonly options: AdminRoutesOptions) {}

  /** True for the requests these routes answer rather than a service; `query` is the raw query string. */
  claims(method: string, path: string, query: string, headers: IncomingHttpHeaders): boolean {
    if (path.startsWith("/_eda") && (path.length === 5 || path.startsWith(ADMIN_PREFIX))) return true;
    return path === "/" && method === "GET" && !isAwsCall(query, headers);
  }

  async answer(request: AdminRequest): Promise<WireResponse> {
    // Documents services publish (SNS's signing certificate) are for every client, as AWS's are.
    const published = request.method === "GET" ? await this.serviceResource(request.path) : undefined;
    if (published !== undefined) return published;
    const isAdminPath = request.path !== "/";
    if (isAdminPath && !this.options.fromAnyHost && !isLoopback(request.remoteAddress)) {
      return json(403, {
        error: "Forbidden",
        message: `The ${ADMIN_PREFIX}* routes answer only to loopback clients, not ${request.remoteAddress ?? "an unknown peer"}; start the emulator with ${ADMIN_FROM_ANY_HOST_FLAG} to allow every host.`,
      });
    }
    const route = ROUTES[request.path];
    if (route === undefined) return this.notFound(request);
    if (request.method !== route.method) {
      return json(
        405,
        {
          error: "MethodNotAllowed",
          message: `${request.path} takes ${route.method}, not ${request.method}.`,
        },
        { allow: route.method },
      );
    }
    if (request.path === HEALTH_PATH) return this.health();
    if (request.path === UI_PATH)
      return {
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8" },
        body: (await this.ui()).page(),
      };
    if (request.path === UI_SNAPSHOT_PATH)
      return json(200, await (await this.ui()).snapshot(origin(request)));
    if (request.path === UI_PEEK_PATH) {
      const peeked = (await this.ui()).peek(new URLSearchParams(request.query));
      return "status" in peeked
        ? json(peeked.status, { error: peeked.error, message: peeked.message })
        : json(200, peeked);
    }
    if (request.path === STATE_PATH) return this.state();
    return this.reset();
  }

  /** `/_eda/<service>/…`: a document that service serves (`ServiceInstance.resource`), if it has one there. */
  private async serviceResource(path: string): Promise<WireResponse | undefined> {
    const name = path.slice(ADMIN_PREFIX.length).split("/")[0];
    if (!this.options.host.registrations.some((registration) => registration.name === name)) return undefined;
    const instance = await this.options.host.instance(name).catch(() => undefined);
    const found = instance?.resource?.(path);
    if (found === undefined) return undefined;
    return { status: 200, headers: { "content-type": found.contentType }, body: found.body };
  }

  /** Loaded on first use: the emulator's start-up does not pay for the dashboard. */
  private async ui(): Promise<Dashboard> {
    if (this.dashboard === undefined) {
      const { Dashboard } = await import("../dashboard/index.js");
      this.dashboard ??= new Dashboard(this.options.host, this.options.host.clock);
    }
    return this.dashboard;
  }

  private health(): WireResponse {
    const services = this.options.host.health();
    let status: "ready" | "starting" | "failed" = "ready";
    for (const health of Object.values(services)) {
      if (health.status === "failed") status = "failed";
      else if (health.status === "starting" && status === "ready") status = "starting";
    }
    return json(status === "ready" ? 200 : 503, { status, services });
  }

  private state(): WireResponse {
    return json(200, { services: this.options.host.summary() });
  }

  private async reset(): Promise<WireResponse> {
    const failed = await this.options.host.reset();
    if (failed.length > 0) {
      return json(500, { error: "ResetFailed", message: `Reset failed for ${failed.join("; ")}.` });
    }
    return json(200, { reset: this.options.host.registrations.map((registration) => registration.name) });
  }

  private notFound(request: AdminRequest): WireResponse {
    const endpoint = origin(request);
    const served = this.options.host.registrations.map((registration) => registration.name);
    return json(404, {
      error: "NotFound",
      message:
        request.path === "/"
          ? "This is the eda emulator, a local AWS-compatible endpoint: send AWS API calls here, not a plain GET."
          : `There is no route ${request.method} ${request.path}.`,
      services: served,
      routes: Object.fromEntries(
        Object.entries(ROUTES).map(([path, { method, does }]) => [`${method} ${path}`, does]),
      ),
      clients: {
        "AWS CLI": `aws --endpoint-url ${endpoint} sqs list-queues`,
        boto3: `boto3.client("sqs", endpoint_url="${endpoint}")`,
        "AWS SDK for JavaScript v3": `new SQSClient({ endpoint: "${endpoint}" })`,
        "Newer clients (AWS CLI 2.13+, botocore 1.31+, JS SDK v3)": `AWS_ENDPOINT_URL=${endpoint}`,
      },
    });
  }
}

/** The origin the client reached us at, for URLs in answers. */
function origin(request: AdminRequest): string {
  const host = request.headers.host ?? request.headers[":authority"];
  return `http://${typeof host === "string" ? host : "127.0.0.1:4566"}`;
}

/** A query call by GET (`?Action=...`), a signed request (header or presigned) or an awsJson call. */
function isAwsCall(query: string, headers: IncomingHttpHeaders): boolean {
  if (headers["x-amz-target"] !== undefined || headers.authorization !== undefined) return true;
  const params = new URLSearchParams(query);
  return params.has("Action") || params.has("X-Amz-Credential");
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: `${JSON.stringify(body, null, 2)}\n`,
  };
}
