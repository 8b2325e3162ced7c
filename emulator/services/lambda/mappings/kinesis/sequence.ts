/** Orders Kinesis sequence numbers: decimal strings without leading zeros, so length first, then text. */
export function compareSequence(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
