import http from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  createServer as createHttp2Server,
  Http2Server,
  Http2ServerRequest,
  Http2ServerResponse,
  Http2Session,
} from "node:http2";
import net from "node:net";
import type { Socket } from "node:net";

export type HttpRequest = IncomingMessage | Http2ServerRequest;
export type HttpResponse = ServerResponse | Http2ServerResponse;
export type RequestListener = (request: HttpRequest, response: HttpResponse) => void;

/** The address of the peer that sent `request`, over HTTP/1.1 or HTTP/2 (whose sessions run on the TCP socket). */
export function peerAddress(request: HttpRequest): string | undefined {
  return request.socket.remoteAddress;
}

/** What a client with HTTP/2 prior knowledge sends first (RFC 9113 §3.4). */
const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
/** Idle keep-alive connections stay open this long; longer than clients' own idle timeouts avoids reset races. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * One TCP port serving HTTP/1.1 and cleartext HTTP/2 with prior knowledge (h2c): the first bytes of each
 * connection decide. They are put back into the socket, which goes to Node's HTTP/1.1 server or to its HTTP/2
 * server (loaded on first use, most clients never need it). Both read the socket through its native handle:
 * the JS stream is not in the path of a request's bytes (measured: through a Duplex, which the HTTP/2 server
 * wraps in a JS socket of its own, every call of the Kinesis SDK cost ~40 % more server CPU, as its default
 * handler opens a new HTTP/2 connection per call).
 */
export class DualProtocolListener {
  private readonly tcp: net.Server;
  private readonly http1: http.Server;
  private http2?: Http2Server;
  private readonly sockets = new Set<Socket>();
  private readonly sessions = new Set<Http2Session>();

  /**
   * `logNetworkError` receives connection-level failures (resets, malformed HTTP, HTTP/2 session errors) that
   * are otherwise absorbed so they never reach the process; the emulator passes it under `--debug`.
   */
  constructor(
    private readonly onRequest: RequestListener,
    private readonly logNetworkError: (line: string) => void = () => undefined,
  ) {
    this.http1 = http.createServer(onRequest);
    this.http1.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    this.http1.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
      this.networkError("HTTP/1.1 client error", socket.remoteAddress, error);
      // Malformed HTTP: answer 400 when the socket can still take it, never let it reach the process.
      if (socket.writable && error.code !== "ECONNRESET") {
        socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      }
      socket.destroy();
    });
    this.tcp = net.createServer((socket) => this.accept(socket));
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.tcp.once("error", onError);
      this.tcp.listen(port, host, () => {
        this.tcp.off("error", onError);
        resolve((this.tcp.address() as net.AddressInfo).port);
      });
    });
  }

  /** Stops accepting connections; resolves once every existing one is gone too (see `destroyConnections`). */
  stopAccepting(): Promise<void> {
    return new Promise<void>((resolve) => this.tcp.close(() => resolve()));
  }

  /** Destroys every connection, idle keep-alive ones and HTTP/2 sessions included. */
  destroyConnections(): void {
    for (const session of this.sessions) session.destroy();
    for (const socket of this.sockets) socket.destroy();
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", (error) => {
      this.networkError("connection error", socket.remoteAddress, error);
      socket.destroy();
    });
    socket.setNoDelay(true);
    socket.setTimeout(KEEP_ALIVE_TIMEOUT_MS, () => socket.destroy());
    let seen: Buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      seen = seen.length === 0 ? chunk : Buffer.concat([seen, chunk]);
      const compared = Math.min(seen.length, H2_PREFACE.length);
      const isH2 = seen.subarray(0, compared).equals(H2_PREFACE.subarray(0, compared));
      if (isH2 && seen.length < H2_PREFACE.length) return; // a prefix of the preface: wait for the rest
      socket.off("data", onData);
      socket.pause();
      socket.setTimeout(0);
      if (isH2) {
        this.serveHttp2(socket, seen);
      } else {
        socket.unshift(seen);
        this.http1.emit("connection", socket);
        socket.resume();
      }
    };
    socket.on("data", onData);
  }

  private serveHttp2(socket: Socket, firstBytes: Buffer): void {
    // A new HTTP/2 session first feeds itself what is buffered in the socket's JS stream: the preface, put back.
    socket.unshift(firstBytes);
    if (this.http2 !== undefined) {
      this.http2.emit("connection", socket);
      return;
    }
    import("node:http2").then(
      ({ default: http2 }) => {
        this.http2 ??= this.createHttp2Server(http2.createServer);
        this.http2.emit("connection", socket);
      },
      (error: unknown) => {
        this.networkError("HTTP/2 unavailable", socket.remoteAddress, error);
        socket.destroy();
      },
    );
  }

  private createHttp2Server(create: typeof createHttp2Server): Http2Server {
    // Node's 10 MB default per session would refuse a few large Kinesis PutRecords calls in parallel.
    const server = create({ maxSessionMemory: 64 }, this.onRequest);
    server.on("session", (session: Http2Session) => {
      this.sessions.add(session);
      session.on("close", () => this.sessions.delete(session));
      session.on("error", (error) => {
        this.networkError("HTTP/2 session error", session.socket?.remoteAddress, error);
        session.destroy();
      });
    });
    server.on("sessionError", (error) => this.networkError("HTTP/2 session error", undefined, error));
    return server;
  }

  private networkError(what: string, peer: string | undefined, error: unknown): void {
    const reason =
      error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    this.logNetworkError(`eda: ${what} from ${peer ?? "an unknown peer"}: ${reason}`);
  }
}
