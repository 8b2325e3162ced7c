/** Receipt handles name the queue, the message and the receive, so a stale handle is recognisably stale. */
export function encodeReceiptHandle(queueId: number, seq: number, token: string): string {
  return Buffer.from(`${queueId}:${seq}:${token}`, "utf8").toString("base64");
}

export function decodeReceiptHandle(
  handle: string,
): { queueId: number; seq: number; token: string } | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(handle)) return undefined;
  const match = /^(\d+):(\d+):([0-9a-f-]{36})$/.exec(Buffer.from(handle, "base64").toString("utf8"));
  if (!match) return undefined;
  return { queueId: Number(match[1]), seq: Number(match[2]), token: match[3] };
}
