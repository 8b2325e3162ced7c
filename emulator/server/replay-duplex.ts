import { Duplex } from "node:stream";
import type { Socket } from "node:net";

/**
 * A socket seen through a Duplex that first replays the bytes already read from it. Node's HTTP/2 server reads
 * a net.Socket through its native handle, past anything `unshift()`ed back into the JS stream (the preface is
 * lost and the session ends in GOAWAY); a plain Duplex makes it read through JavaScript, replay included.
 */
export class ReplayDuplex extends Duplex {
  constructor(
    private readonly socket: Socket,
    firstBytes: Buffer,
  ) {
    super();
    this.push(firstBytes);
    socket.on("data", (chunk: Buffer) => {
      if (!this.push(chunk)) socket.pause();
    });
    socket.on("end", () => this.push(null));
    socket.on("error", (error) => this.destroy(error));
    socket.on("close", () => this.destroy());
  }

  get remoteAddress(): string | undefined {
    return this.socket.remoteAddress;
  }

  get remotePort(): number | undefined {
    return this.socket.remotePort;
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.socket.write(chunk, encoding, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy();
    callback(error);
  }
}
