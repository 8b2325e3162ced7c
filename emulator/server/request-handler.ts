import type { ServerResponse } from "node:http";
import { AwsError } from "../core/errors.js";
import type { Accounts } from "../core/accounts.js";
import type { ServiceHost } from "../core/host.js";
import { eventStreamOf } from "../core/service.js";
import type {
  ActionDefinition,
  ActionOutput,
  ServiceEndpoint,
  ServiceInstance,
  StreamMessage,
} from "../core/service.js";
import type { Store } from "../core/store/store.js";
import { uuid } from "../core/uuid.js";
import { internalError, requestTooLarge } from "../protocols/errors.js";
import type { Protocol, StreamingResponse, WireRequest, WireResponse } from "../protocols/wire.js";
import { AdminRoutes } from "./admin-routes.js";
import { serviceNotSupported } from "./aws-services.js";
import type { IamAuthorizer } from "./authorizer.js";
import { peerAddress } from "./listener.js";
import type { HttpRequest, HttpResponse } from "./listener.js";
import { readBody } from "./read-body.js";
import { HttpRequestContext } from "./request-context.js";
import type { Router } from "./router.js";
import { parseCredentialScope } from "./sigv4.js";
import type { SigV4Verifier } from "./sigv4.js";

export { HEALTH_PATH } from "./admin-routes.js";

export interface RequestHandlerOptions {
  readonly router: Router;
  readonly host: ServiceHost;
  readonly store: Store;
  readonly accounts: Accounts;
  readonly maxBodyBytes: number;
  readonly verifier?: SigV4Verifier;
  /** `--enforce-iam`: checks each call against the caller's policies before it runs. */
  readonly authorizer?: IamAuthorizer;
  /** Receives one line per request when set (`--debug`), and internal errors always. */
  readonly log: (line: string) => void;
  readonly debug: boolean;
  /** Answer the `/_eda/*` routes to every peer, not only loopback ones. */
  readonly adminFromAnyHost?: boolean;
  /** `aws:SecureTransport` says whether the connection used TLS, instead of standing in for HTTPS (true). */
  readonly literalSecureTransport?: boolean;
}

/** What the protocols see of a request whose body is never read (it is over the size limit). */
const NO_BODY = Buffer.alloc(0);

interface Outcome {
  readonly service?: ServiceEndpoint;
  readonly action?: ActionDefinition;
  readonly response: WireResponse;
  /** An event-stream reply: `response` holds its head, these its frames, written as they come. */
  readonly events?: { readonly frames: AsyncIterable<Uint8Array>; readonly context: HttpRequestContext };
}

/**
 * The request pipeline: read the credential scope and the body, route, verify the signature, decode, run the
 * action, answer once its writes are committed, encode. It knows no protocol: the route's protocol unit does
 * every protocol-specific step. Every failure becomes that protocol's AWS error shape; nothing escapes as an
 * unhandled rejection.
 */
export class RequestHandler {
  private readonly inFlight = new Set<HttpRequestContext>();
  /** Requests being served, until their response is written. */
  private active = 0;
  private readonly idle: (() => void)[] = [];
  private readonly admin: AdminRoutes;

  constructor(private readonly options: RequestHandlerOptions) {
    this.admin = new AdminRoutes({ host: options.host, fromAnyHost: options.adminFromAnyHost ?? false });
  }

  readonly listener = (request: HttpRequest, response: HttpResponse): void => {
    this.active++;
    void this.handle(request, response);
  };

  /** Aborts every request still running (long polls return) and resolves once they have answered. */
  async drain(): Promise<void> {
    for (const context of this.inFlight) context.abort();
    if (this.active === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private async handle(request: HttpRequest, response: HttpResponse): Promise<void> {
    // Every failure ends here: nothing escapes as an unhandled rejection.
    try {
      const started = this.options.debug ? performance.now() : 0;
      const url = request.url ?? "/";
      const mark = url.indexOf("?");
      const path = mark === -1 ? url : url.slice(0, mark);
      const method = request.method ?? "GET";
      const query = mark === -1 ? "" : url.slice(mark + 1);
      if (this.admin.claims(method, path, query, request.headers)) {
        request.resume();
        const reply = await this.admin.answer({
          method,
          path,
          query,
          headers: request.headers,
          remoteAddress: peerAddress(request),
        });
        writeResponse(response, reply);
        this.logRequest(started, method, "eda", path, reply.status);
        return;
      }
      const outcome = await this.serve(request, response, method, path, query);
      if (outcome.events) await this.writeEvents(response, outcome.response, outcome.events);
      else writeResponse(response, outcome.response);
      this.logRequest(
        started,
        method,
        outcome.service?.signingName ?? "-",
        outcome.action?.name ?? "-",
        outcome.response.status,
      );
    } catch (error) {
      // A client that hung up mid-request is routine, not worth a log line.
      if (response.destroyed) return;
      this.options.log(`eda: request failed: ${describe(error)}`);
      if (!response.headersSent) writeResponse(response, { status: 500, headers: {}, body: "" });
      else response.destroy();
    } finally {
      if (--this.active === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  private logRequest(started: number, method: string, service: string, action: string, status: number): void {
    if (!this.options.debug) return;
    const ms = (performance.now() - started).toFixed(1);
    this.options.log(`${method} ${service} ${action} ${status} ${ms}ms`);
  }

  private async serve(
    request: HttpRequest,
    response: HttpResponse,
    method: string,
    path: string,
    query: string,
  ): Promise<Outcome> {
    const requestId = uuid();
    const headers = request.headers;
    const scope = parseCredentialScope(headers.authorization);
    const declaredLength = Number(headers["content-length"] ?? 0);
    const body =
      declaredLength > this.options.maxBodyBytes
        ? undefined
        : await readBody(request, this.options.maxBodyBytes);
    const wire: WireRequest = { method, path, query, headers, body: body ?? NO_BODY };
    const routed = this.options.router.route(wire, scope?.service);
    const route = routed instanceof Promise ? await routed : routed;
    const { protocol, service: registration } = route;
    const endpoint: ServiceEndpoint | undefined = registration?.endpoint ?? route.unserved;
    if (body === undefined) {
      // The rest of the body is never read: close an HTTP/1.1 connection rather than drain it.
      if (request.httpVersionMajor === 1) (response as ServerResponse).shouldKeepAlive = false;
      return {
        service: endpoint,
        response: protocol.encodeError(wire, requestTooLarge(this.options.maxBodyBytes), endpoint, requestId),
      };
    }
    let action: ActionDefinition | undefined;
    try {
      if (!isUnsignedAllowed(wire, protocol, endpoint)) this.options.verifier?.verify(wire, scope);
      if (registration === undefined) {
        if (route.unserved === undefined) throw protocol.unknownService(wire);
        const served = this.options.host.registrations.map((r) => r.endpoint.signingName);
        throw serviceNotSupported(route.unserved, served);
      }
      const service = (
        this.options.host.loaded(registration.name) ?? (await this.loadService(registration.name))
      ).definition;
      const call = protocol.decode(wire, service);
      action = call.action;
      const host = headers.host ?? headers[":authority"];
      const context = new HttpRequestContext(
        requestId,
        this.options.accounts.caller(scope?.accessKeyId, scope?.region),
        `http://${typeof host === "string" ? host : "localhost"}`,
        path,
        this.options.literalSecureTransport ? isTls(request) : true,
        request.socket.remoteAddress ?? "",
        (abort) => {
          if (response.destroyed) abort();
          else response.once("close", () => response.writableFinished || abort());
        },
      );
      if (this.options.authorizer)
        await this.options.authorizer.authorize(context, service, call.action, call.input);
      const running = this.run(call.action, call.input, context);
      const output = running instanceof Promise ? await running : running;
      // Answer only once what the action wrote (and what it read of others' writes) is durable.
      const committed = this.options.store.committed();
      if (committed !== undefined) await committed;
      const events = eventStreamOf(output);
      if (events !== undefined) {
        const stream = encodeEventStream(protocol, wire, call.action, output, events, requestId);
        return { service, action, response: stream.head, events: { frames: stream.frames, context } };
      }
      return {
        service,
        action,
        response: protocol.encodeOutput(wire, service, call.action, output, requestId),
      };
    } catch (error) {
      if (!(error instanceof AwsError)) {
        this.options.log(
          `eda: ${endpoint?.signingName ?? "-"} ${action?.name ?? "-"} failed: ${describe(error)}`,
        );
      }
      const awsError = error instanceof AwsError ? error : internalError();
      return {
        service: endpoint,
        action,
        response: protocol.encodeError(wire, awsError, endpoint, requestId),
      };
    }
  }

  /**
   * Writes an event-stream reply frame by frame, keeping its request abortable (a stopping emulator ends it)
   * until the last frame; a client that goes away aborts it through the request's signal.
   */
  private async writeEvents(
    response: HttpResponse,
    head: WireResponse,
    events: { readonly frames: AsyncIterable<Uint8Array>; readonly context: HttpRequestContext },
  ): Promise<void> {
    this.inFlight.add(events.context);
    try {
      (response as ServerResponse).writeHead(head.status, head.headers);
      for await (const frame of events.frames) {
        if (response.destroyed) break;
        if (!(response as ServerResponse).write(frame)) await waitForDrain(response);
      }
      if (!response.destroyed) response.end();
    } finally {
      this.inFlight.delete(events.context);
    }
  }

  /** A service used for the first time; one that cannot load has been logged and /_eda/health reports it failed. */
  private async loadService(name: string): Promise<ServiceInstance> {
    try {
      return await this.options.host.instance(name);
    } catch {
      throw internalError();
    }
  }

  /**
   * Runs the action; one that answers later is tracked until then, so `drain()` can abort it and wait for its
   * answer. One that answers at once (most do) is neither tracked nor wrapped in a promise.
   */
  private run(
    action: ActionDefinition,
    input: Record<string, unknown>,
    context: HttpRequestContext,
  ): ActionOutput | Promise<ActionOutput> {
    const output = action.handle(input, context);
    if (!(output instanceof Promise)) return output;
    this.inFlight.add(context);
    return output.finally(() => this.inFlight.delete(context));
  }
}

/** An unsigned request for an action its service lets anyone call (see `Protocol.allowsUnsigned`). */
function isUnsignedAllowed(
  wire: WireRequest,
  protocol: Protocol,
  endpoint: ServiceEndpoint | undefined,
): boolean {
  if (endpoint === undefined || wire.headers.authorization !== undefined) return false;
  return protocol.allowsUnsigned?.(wire, endpoint) ?? false;
}

/** The protocol's event-stream reply; an action that streams in a protocol without event streams is a bug. */
function encodeEventStream(
  protocol: Protocol,
  wire: WireRequest,
  action: ActionDefinition,
  output: Record<string, unknown>,
  events: AsyncIterable<StreamMessage>,
  requestId: string,
): StreamingResponse {
  if (protocol.encodeEventStream === undefined) {
    throw new Error(`An action answered an event stream in ${protocol.name}, which has none.`);
  }
  return protocol.encodeEventStream(wire, action, output, events, requestId);
}

/** Whether the request came over TLS; the emulator listens on plain HTTP, so only a TLS front changes this. */
function isTls(request: HttpRequest): boolean {
  return (request.socket as { encrypted?: boolean }).encrypted === true;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Resolves when the response can take more, or is gone. */
function waitForDrain(response: HttpResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}

/** One writeHead with an explicit length: Node would otherwise switch a writeHead()-then-end() reply to chunked. */
function writeResponse(response: HttpResponse, wire: WireResponse): void {
  wire.headers["content-length"] = String(
    typeof wire.body === "string" ? Buffer.byteLength(wire.body) : wire.body.length,
  );
  // The two response classes share this call but not a TypeScript signature.
  (response as ServerResponse).writeHead(wire.status, wire.headers);
  response.end(wire.body);
}
