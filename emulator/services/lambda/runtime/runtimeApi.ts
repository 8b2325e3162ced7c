import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The Lambda Runtime API as AWS documents it (`/2018-06-01/runtime/...`), served on loopback for ONE worker.
 *
 * One server per worker, not one shared: `AWS_LAMBDA_RUNTIME_API` is a bare `host:port` (runtime clients,
 * AWS's own included, build `http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/...`), so a shared server could only
 * tell workers apart by something outside the documented contract. With a port per worker any runtime client
 * works unchanged, and a worker that misbehaves can only ever answer for its own invocation.
 */

/** An invocation handed to the runtime by `GET .../invocation/next`. */
export interface RuntimeInvocation {
  readonly requestId: string;
  readonly payload: Buffer;
  /** Epoch milliseconds. */
  readonly deadlineMs: number;
  readonly invokedFunctionArn: string;
  readonly traceId: string;
  /** The client context as JSON (decoded from the base64 of `X-Amz-Client-Context`). */
  readonly clientContext?: string;
}

/** What the runtime reported. */
export type RuntimeReport =
  | { readonly kind: "response"; readonly requestId: string; readonly payload: Buffer }
  | {
      readonly kind: "error";
      readonly requestId: string;
      /** `Lambda-Runtime-Function-Error-Type`, else the document's errorType. */
      readonly errorType: string;
      readonly payload: Buffer;
    }
  | { readonly kind: "init-error"; readonly errorType: string; readonly payload: Buffer }
  | { readonly kind: "response-too-large"; readonly requestId: string; readonly size: number };

export interface RuntimeApiHandlers {
  /** The runtime asked for work (its first call here ends its init phase). */
  onNext(): void;
  onReport(report: RuntimeReport): void;
  /**
   * The emulator's own extension for pre-started Node workers, outside AWS's paths: the JSON of the
   * environment to adopt, once the worker is given a function. Undefined while it has none.
   */
  assignment(): string | undefined;
  /** A pre-started worker has loaded its runtime client and asks for its function. */
  onAssignmentRequested(): void;
}

const BASE = "/2018-06-01/runtime";
/** AWS's limit on a synchronous response (6 MB as the Invoke reference counts it). */
export const MAX_RESPONSE_BYTES = 6_291_556;
const ASSIGNMENT_PATH = "/_eda/worker/assignment";
const INVOCATION_PATH = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/;

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | number> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > limit ? size : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function errorTypeOf(header: string | string[] | undefined, document: Buffer): string {
  if (typeof header === "string" && header.length > 0) return header;
  try {
    const parsed = JSON.parse(document.toString("utf8")) as { errorType?: unknown };
    if (typeof parsed.errorType === "string") return parsed.errorType;
  } catch {
    // Not JSON: AWS reports such documents as they are, with an unknown type.
  }
  return "Runtime.UnknownReason";
}

export class RuntimeApiServer {
  private waitingNext: ServerResponse | undefined;
  private waitingAssignment: ServerResponse | undefined;
  private queued: RuntimeInvocation | undefined;
  /** The invocation handed out and not yet answered: the only id the runtime may report on. */
  private current: string | undefined;

  private constructor(
    private readonly server: Server,
    private readonly handlers: RuntimeApiHandlers,
  ) {}

  static async start(handlers: RuntimeApiHandlers): Promise<RuntimeApiServer> {
    const server = createServer();
    const api = new RuntimeApiServer(server, handlers);
    server.on("request", (request, response) => {
      api.route(request, response).catch(() => {
        if (!response.headersSent) send(response, 500, { errorMessage: "The runtime API failed." });
      });
    });
    // The runtime's one keep-alive connection stays open between invocations (0: no idle timeout), so a
    // warm invocation costs no new connection; unref() below keeps it from holding the emulator open.
    server.keepAliveTimeout = 0;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    server.unref();
    return api;
  }

  /** `host:port`, as `AWS_LAMBDA_RUNTIME_API` carries it. */
  get address(): string {
    const { port } = this.server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** Hands `invocation` to the runtime's pending (or next) `next` call. */
  offer(invocation: RuntimeInvocation): void {
    this.queued = invocation;
    this.deliver();
  }

  /** Answers a pre-started worker that waits for its function. */
  assigned(): void {
    const waiting = this.waitingAssignment;
    const environment = this.handlers.assignment();
    if (waiting === undefined || environment === undefined) return;
    this.waitingAssignment = undefined;
    waiting.writeHead(200, { "content-type": "application/json" });
    waiting.end(environment);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private deliver(): void {
    const response = this.waitingNext;
    const invocation = this.queued;
    if (response === undefined || invocation === undefined) return;
    this.waitingNext = undefined;
    this.queued = undefined;
    this.current = invocation.requestId;
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "content-length": invocation.payload.length,
      "Lambda-Runtime-Aws-Request-Id": invocation.requestId,
      "Lambda-Runtime-Deadline-Ms": invocation.deadlineMs,
      "Lambda-Runtime-Invoked-Function-Arn": invocation.invokedFunctionArn,
      "Lambda-Runtime-Trace-Id": invocation.traceId,
    };
    if (invocation.clientContext !== undefined) {
      headers["Lambda-Runtime-Client-Context"] = invocation.clientContext;
    }
    response.writeHead(200, headers);
    response.end(invocation.payload);
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method === "GET" && path === `${BASE}/invocation/next`) {
      this.waitingNext = response;
      response.on("close", () => {
        if (this.waitingNext === response) this.waitingNext = undefined;
      });
      this.handlers.onNext();
      this.deliver();
      return;
    }
    if (request.method === "GET" && path === ASSIGNMENT_PATH) {
      this.waitingAssignment = response;
      this.handlers.onAssignmentRequested();
      this.assigned();
      return;
    }
    if (request.method === "POST" && path === `${BASE}/init/error`) {
      const body = await readBody(request, MAX_RESPONSE_BYTES);
      const document = typeof body === "number" ? Buffer.from("{}") : body;
      this.handlers.onReport({
        kind: "init-error",
        errorType: errorTypeOf(request.headers["lambda-runtime-function-error-type"], document),
        payload: document,
      });
      send(response, 202, { status: "OK" });
      return;
    }
    const match = request.method === "POST" ? INVOCATION_PATH.exec(path) : null;
    if (match === null) {
      send(response, 404, {
        errorMessage: `${request.method} ${path} is not part of the Lambda Runtime API.`,
        errorType: "InvalidRequest",
      });
      return;
    }
    const requestId = decodeURIComponent(match[1]);
    const body = await readBody(request, MAX_RESPONSE_BYTES);
    if (requestId !== this.current) {
      send(response, 400, {
        errorMessage: `Invalid request ID: ${requestId} is not the invocation in progress.`,
        errorType: "InvalidRequestID",
      });
      return;
    }
    this.current = undefined;
    if (typeof body === "number") {
      this.handlers.onReport({ kind: "response-too-large", requestId, size: body });
      send(response, 413, {
        errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
        errorType: "RequestEntityTooLarge",
      });
      return;
    }
    if (match[2] === "response") {
      this.handlers.onReport({ kind: "response", requestId, payload: body });
    } else {
      this.handlers.onReport({
        kind: "error",
        requestId,
        errorType: errorTypeOf(request.headers["lambda-runtime-function-error-type"], body),
        payload: body,
      });
    }
    send(response, 202, { status: "OK" });
  }
}
