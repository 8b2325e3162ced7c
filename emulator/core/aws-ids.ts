import { randomBytes } from "node:crypto";

/**
 * Identifiers in the forms AWS issues them, shared by IAM and STS: unique ids (`AIDA…` users, `AROA…` roles,
 * `ANPA…` managed policies: 21 characters), access key ids (`AKIA…` long-term, `ASIA…` temporary: 20
 * characters) and 40-character secret access keys. Random, like AWS's; the characters are the upper-case
 * base32 alphabet AWS's ids are drawn from.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function randomText(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  let text = "";
  for (const byte of bytes) text += alphabet[byte % alphabet.length];
  return text;
}

export type UniqueIdPrefix = "AIDA" | "AROA" | "ANPA";
export type AccessKeyPrefix = "AKIA" | "ASIA";

export function uniqueId(prefix: UniqueIdPrefix): string {
  return prefix + randomText(17, ALPHABET);
}

export function accessKeyId(prefix: AccessKeyPrefix): string {
  return prefix + randomText(16, ALPHABET);
}

const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function secretAccessKey(): string {
  return randomText(40, SECRET_ALPHABET);
}

/** An opaque session token of the length AWS's have (a few hundred characters of base64). */
export function sessionToken(): string {
  return randomBytes(264).toString("base64");
}

/** IAM and STS dates: ISO 8601 in UTC to the second, `2026-01-02T03:04:05Z`. */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
