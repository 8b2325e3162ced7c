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
import { ReplayDuplex } from "./replay-duplex.js";

export type HttpRequest = IncomingMessage | Http2ServerRequest;
export type HttpResponse = ServerResponse | Http2ServerResponse;
export type RequestListener = (request: HttpRequest, response: HttpResponse) => void;

/** The TCP peer address of each HTTP/2 session: Node's own `socket.remoteAddress` is unknown for them. */
const http2Peers = new WeakMap<Http2Session, string>();

/** The address of the peer that sent `request`, over HTTP/1.1 or HTTP/2. */
export function peerAddress(request: HttpRequest): string | undefined {
  if (!("stream" in request)) return request.socket.remoteAddress;
  const session = request.stream.session;
  return session === undefined ? undefined : http2Peers.get(session);
}

/** What a client with HTTP/2 prior knowledge sends first (RFC 9113 §3.4). */
const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
/** Idle keep-alive connections stay open this long; longer than clients' own idle timeouts avoids reset races. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * One TCP port serving HTTP/1.1 and cleartext HTTP/2 with prior knowledge (h2c): the first bytes of each
 * connection decide. HTTP/1.1 connections go to Node's native HTTP server with the sniffed bytes unshifted;
 * HTTP/2 ones to an HTTP/2 server (loaded on first use, most clients never need it) through a replaying Duplex.
 */
export class DualProtocolListener {
  private readonly tcp: net.Server;
  private readonly http1: http.Server;
  private http2?: Http2Server;
  private readonly sockets = new Set<Socket>();
  private readonly sessions = new Set<Http2Session>();
  /** The TCP peer of the HTTP/2 connection being handed to the HTTP/2 server (see `connectHttp2`). */
  private connectingPeer: string | undefined;

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
    const stream = new ReplayDuplex(socket, firstBytes);
    if (this.http2 !== undefined) {
      this.connectHttp2(this.http2, stream, socket);
      return;
    }
    import("node:http2").then(
      ({ default: http2 }) => {
        this.http2 ??= this.createHttp2Server(http2.createServer);
        this.connectHttp2(this.http2, stream, socket);
      },
      (error: unknown) => {
        this.networkError("HTTP/2 unavailable", socket.remoteAddress, error);
        socket.destroy();
      },
    );
  }

  /**
   * Node's HTTP/2 server wraps a stream that is not a net.Socket in a socket of its own whose peer address is
   * unknown; the session it creates (synchronously, on "connection") is tagged with the TCP peer instead.
   */
  private connectHttp2(server: Http2Server, stream: ReplayDuplex, socket: Socket): void {
    this.connectingPeer = socket.remoteAddress;
    try {
      server.emit("connection", stream);
    } finally {
      this.connectingPeer = undefined;
    }
  }

  private createHttp2Server(create: typeof createHttp2Server): Http2Server {
    // Node's 10 MB default per session would refuse a few large Kinesis PutRecords calls in parallel.
    const server = create({ maxSessionMemory: 64 }, this.onRequest);
    server.on("session", (session: Http2Session) => {
      if (this.connectingPeer !== undefined) http2Peers.set(session, this.connectingPeer);
      this.sessions.add(session);
      session.on("close", () => this.sessions.delete(session));
      session.on("error", (error) => {
        this.networkError("HTTP/2 session error", http2Peers.get(session), error);
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
