import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { ProtocolError } from "../protocols/errors.js";
import type { WireRequest } from "../protocols/wire.js";

export interface SigV4Credential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface SigV4Options {
  /** The access keys the emulator accepts; a request signed with any other key is rejected. */
  readonly credentials: readonly SigV4Credential[];
  /** Secrets of further keys (those IAM and STS issued), looked up when a key is not in `credentials`. */
  readonly issuedSecret?: (accessKeyId: string) => string | undefined;
}

/** `Credential=AKID/20260101/us-east-1/sqs/aws4_request` of an `Authorization: AWS4-HMAC-SHA256 ...` header. */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

const ALGORITHM = "AWS4-HMAC-SHA256";
const WHITESPACE_RUN = /\s+/g;
const RFC3986_EXTRA = /[!'()*]/g;

/** Reads the credential scope without validating the rest: routing needs the service name of every request. */
export function parseCredentialScope(authorization: string | undefined): CredentialScope | undefined {
  if (authorization === undefined) return undefined;
  const start = authorization.indexOf("Credential=");
  if (start === -1) return undefined;
  const end = authorization.indexOf(",", start);
  const parts = authorization
    .slice(start + 11, end === -1 ? undefined : end)
    .trim()
    .split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request") return undefined;
  return { accessKeyId: parts[0], date: parts[1], region: parts[2], service: parts[3] };
}

function field(authorization: string, name: string): string | undefined {
  const start = authorization.indexOf(`${name}=`);
  if (start === -1) return undefined;
  const end = authorization.indexOf(",", start);
  return authorization.slice(start + name.length + 1, end === -1 ? undefined : end).trim();
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    RFC3986_EXTRA,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Raw path, dot segments resolved, each segment percent-encoded again (non-S3 services double-encode). */
function canonicalUri(rawPath: string): string {
  const output: string[] = [];
  for (const segment of rawPath.split("/").slice(1)) {
    if (segment === ".") continue;
    if (segment === "..") output.pop();
    else output.push(rfc3986(segment));
  }
  return `/${output.join("/")}`;
}

function canonicalQuery(rawQuery: string): string {
  if (rawQuery === "") return "";
  const pairs = rawQuery
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = eq === -1 ? pair : pair.slice(0, eq);
      const value = eq === -1 ? "" : pair.slice(eq + 1);
      return [rfc3986(safeDecode(name)), rfc3986(safeDecode(value))] as const;
    });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join("&");
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  // Over HTTP/2 the signed `host` travels as the `:authority` pseudo-header.
  const value = headers[name] ?? (name === "host" ? headers[":authority"] : undefined);
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value.join(",") : value).trim().replace(WHITESPACE_RUN, " ");
}

function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function signatureMismatch(): ProtocolError {
  return new ProtocolError(
    "InvalidSignatureException",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    { status: 403, queryCode: "SignatureDoesNotMatch" },
  );
}

/**
 * Verifies AWS Signature Version 4 on the `Authorization` header against the configured keys (the recipe in
 * the wire-protocol fact sheet). Regions are not enforced, so any region in the scope is accepted.
 */
export class SigV4Verifier {
  private readonly secrets: ReadonlyMap<string, string>;
  private readonly issuedSecret: (accessKeyId: string) => string | undefined;
  private readonly signingKeys = new Map<string, Buffer>();

  constructor(options: SigV4Options) {
    this.secrets = new Map(options.credentials.map((c) => [c.accessKeyId, c.secretAccessKey]));
    this.issuedSecret = options.issuedSecret ?? (() => undefined);
  }

  /**
   * Throws the error AWS answers with when the request is unsigned, signed by an unknown key, or forged.
   * `scope` is the request's credential scope as the request handler already read it for routing.
   */
  verify(request: WireRequest, scope: CredentialScope | undefined): void {
    const authorization = request.headers.authorization;
    if (authorization === undefined) {
      throw new ProtocolError("MissingAuthenticationTokenException", "Missing Authentication Token", {
        status: 403,
        queryCode: "MissingAuthenticationToken",
      });
    }
    const signedHeaders = field(authorization, "SignedHeaders");
    const signature = field(authorization, "Signature");
    const amzDate = headerValue(request.headers, "x-amz-date") ?? headerValue(request.headers, "date");
    if (!authorization.startsWith(ALGORITHM) || !scope || !signedHeaders || !signature || !amzDate) {
      throw new ProtocolError(
        "IncompleteSignatureException",
        "Authorization header requires 'Credential', 'Signature', 'SignedHeaders' and 'X-Amz-Date'.",
        { status: 403, queryCode: "IncompleteSignature" },
      );
    }
    const secret = this.secrets.get(scope.accessKeyId) ?? this.issuedSecret(scope.accessKeyId);
    if (secret === undefined) {
      throw new ProtocolError(
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
        {
          status: 403,
          queryCode: "InvalidClientTokenId",
        },
      );
    }
    let canonicalHeaders = "";
    for (const name of signedHeaders.split(";"))
      canonicalHeaders += `${name}:${headerValue(request.headers, name) ?? ""}\n`;
    const payloadHash =
      request.headers["x-amz-content-sha256"] === "UNSIGNED-PAYLOAD"
        ? "UNSIGNED-PAYLOAD"
        : sha256Hex(request.body);
    const canonicalRequest = [
      request.method,
      canonicalUri(request.path),
      canonicalQuery(request.query),
      canonicalHeaders,
      signedHeaders,
      payloadHash,
    ].join("\n");
    const credentialScope = `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
    const stringToSign = `${ALGORITHM}\n${amzDate}\n${credentialScope}\n${sha256Hex(canonicalRequest)}`;
    const expected = createHmac("sha256", this.signingKey(secret, scope)).update(stringToSign).digest();
    const given = Buffer.from(signature, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw signatureMismatch();
  }

  /** The derived key only changes with the day, region and service: cache it rather than run four HMACs per call. */
  private signingKey(secret: string, scope: CredentialScope): Buffer {
    const cacheKey = `${scope.accessKeyId}\n${scope.date}\n${scope.region}\n${scope.service}`;
    let key = this.signingKeys.get(cacheKey);
    if (key === undefined) {
      const hmac = (k: string | Buffer, data: string): Buffer =>
        createHmac("sha256", k).update(data).digest();
      key = hmac(hmac(hmac(hmac(`AWS4${secret}`, scope.date), scope.region), scope.service), "aws4_request");
      if (this.signingKeys.size > 1000) this.signingKeys.clear();
      this.signingKeys.set(cacheKey, key);
    }
    return key;
  }
}
