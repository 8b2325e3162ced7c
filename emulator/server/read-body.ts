import type { HttpRequest } from "./listener.js";

/** The body, or `undefined` once it grows past `limit` bytes (the rest is then not read). */
export function readBody(request: HttpRequest, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    request.on("error", reject);
    request.on("aborted", () => reject(new Error("request aborted")));
  });
}
