import { TEST_ACCESS_KEY_ID, TEST_REGION } from "./transport.js";

/**
 * Requests below the SDKs, for input no real client would send. They carry an Authorization header with an
 * SQS credential scope, as every client's do, because servers route on it (moto needs it to find SQS); the
 * signature itself is not valid, and signature checks are off by default.
 */
function authorization(): Record<string, string> {
  const now = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const date = now.slice(0, 8);
  return {
    "x-amz-date": now,
    authorization:
      `AWS4-HMAC-SHA256 Credential=${TEST_ACCESS_KEY_ID}/${date}/${TEST_REGION}/sqs/aws4_request, ` +
      `SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
  };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

async function send(url: string, init: RequestInit): Promise<RawResponse> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The headers of an SQS JSON-protocol call to `target`. */
export function jsonHeaders(target: string): Record<string, string> {
  return {
    ...authorization(),
    "content-type": "application/x-amz-json-1.0",
    "x-amz-target": target,
    "x-amzn-query-mode": "true",
  };
}

/** One SQS JSON-protocol call, with an arbitrary target and body. */
export function postJson(endpoint: string, target: string, body: string | Uint8Array): Promise<RawResponse> {
  return send(`${endpoint}/`, { method: "POST", headers: jsonHeaders(target), body });
}

/** One SQS query-protocol call: a form body posted to `path` (the root, or a queue URL's path). */
export function postForm(endpoint: string, body: string | Uint8Array, path = "/"): Promise<RawResponse> {
  return send(`${endpoint}${path}`, {
    method: "POST",
    headers: { ...authorization(), "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body,
  });
}

/** A query-protocol call as a GET, parameters in the URL. */
export function getQuery(endpoint: string, params: Record<string, string>, path = "/"): Promise<RawResponse> {
  return send(`${endpoint}${path}?${new URLSearchParams(params).toString()}`, {
    method: "GET",
    headers: authorization(),
  });
}

export function form(params: Record<string, string>): string {
  return new URLSearchParams({ Version: "2012-11-05", ...params }).toString();
}

/** The error code in a JSON error body: `__type` without its namespace, as clients read it. */
export function jsonErrorCode(response: RawResponse): string {
  const parsed = JSON.parse(response.body) as { __type?: string; code?: string };
  const type = parsed.__type ?? parsed.code ?? "";
  return type.slice(type.indexOf("#") + 1).split(":")[0] ?? "";
}

/** The `<Code>` of a query-protocol `<ErrorResponse>`. */
export function xmlErrorCode(response: RawResponse): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(response.body)?.[1];
}

/** The text of the first `<name>` element of an XML reply. */
export function xmlElement(response: RawResponse, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(response.body)?.[1];
}
