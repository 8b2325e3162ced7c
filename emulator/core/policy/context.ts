import type { ContextLookup } from "./conditions.js";
import { principalFacts, type PrincipalFacts, type RequestPrincipal } from "./principal.js";

/** A request value as a service supplies it; lists are multivalued keys such as aws:TagKeys. */
export type ContextValue = string | number | boolean | readonly string[];

/** Everything about one request that a policy can test. */
export interface RequestContext {
  readonly principal: RequestPrincipal;
  /** `service:Action`, e.g. `sqs:SendMessage`. */
  readonly action: string;
  /** The ARN of the resource acted on, e.g. the queue's ARN. */
  readonly resource: string;
  /** Milliseconds since the Unix epoch; gives aws:CurrentTime and aws:EpochTime (from the service's clock). */
  readonly time: number;
  /** aws:SecureTransport. */
  readonly secureTransport?: boolean;
  /** aws:SourceIp. */
  readonly sourceIp?: string;
  /** aws:SourceArn: the resource a service principal acts for, e.g. the topic delivering to a queue. */
  readonly sourceArn?: string;
  /** aws:SourceAccount: the account owning `sourceArn`. */
  readonly sourceAccount?: string;
  /** AWS:SourceOwner, as SNS's default topic policy tests it. */
  readonly sourceOwner?: string;
  /** Any other keys (service keys such as sqs:… or aws:RequestTag/…); names compare case-insensitively. */
  readonly keys?: Readonly<Record<string, ContextValue>>;
}

function asList(value: ContextValue): readonly string[] {
  if (Array.isArray(value)) return value as readonly string[];
  return [String(value)];
}

const PRINCIPAL_TYPE: Record<RequestPrincipal["type"], string | undefined> = {
  account: "Account",
  user: "User",
  role: "AssumedRole",
  "assumed-role": "AssumedRole",
  service: undefined,
  anonymous: "Anonymous",
};

/**
 * The request's condition keys, global ones derived from the principal and the fields above, looked up by
 * lower-cased name. Built once per request and shared by every policy evaluated for it.
 */
export function contextLookup(
  request: RequestContext,
  who: PrincipalFacts = principalFacts(request.principal),
): ContextLookup {
  const keys = new Map<string, readonly string[]>();
  const set = (name: string, value: ContextValue | undefined): void => {
    if (value !== undefined) keys.set(name.toLowerCase(), asList(value));
  };
  set("aws:CurrentTime", new Date(request.time).toISOString());
  set("aws:EpochTime", Math.floor(request.time / 1000));
  set("aws:SecureTransport", request.secureTransport);
  set("aws:SourceIp", request.sourceIp);
  set("aws:SourceArn", request.sourceArn);
  set("aws:SourceAccount", request.sourceAccount);
  set("aws:SourceOwner", request.sourceOwner);
  set("aws:PrincipalArn", who.principalArn);
  set("aws:PrincipalAccount", who.account);
  set("aws:PrincipalType", PRINCIPAL_TYPE[who.type]);
  set("aws:PrincipalServiceName", who.service);
  set("aws:PrincipalIsAWSService", who.service !== undefined);
  set("aws:username", who.userName);
  for (const [name, value] of Object.entries(request.keys ?? {})) set(name, value);
  return (lowerCaseKey) => keys.get(lowerCaseKey);
}
