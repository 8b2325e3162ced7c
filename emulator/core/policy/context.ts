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
 * lower-cased name. Computed on demand: most statements test one or two keys, and evaluation sits on hot paths
 * (every SNS to SQS delivery).
 */
export function contextLookup(
  request: RequestContext,
  who: PrincipalFacts = principalFacts(request.principal),
): ContextLookup {
  // Keys the caller passes explicitly win over derived ones.
  const explicit = request.keys
    ? new Map(Object.entries(request.keys).map(([name, value]) => [name.toLowerCase(), asList(value)]))
    : undefined;
  const list = (value: ContextValue | undefined): readonly string[] | undefined =>
    value === undefined ? undefined : asList(value);
  const derived = (lowerCaseKey: string): readonly string[] | undefined => {
    switch (lowerCaseKey) {
      case "aws:currenttime":
        return [new Date(request.time).toISOString()];
      case "aws:epochtime":
        return [String(Math.floor(request.time / 1000))];
      case "aws:securetransport":
        return list(request.secureTransport);
      case "aws:sourceip":
        return list(request.sourceIp);
      case "aws:sourcearn":
        return list(request.sourceArn);
      case "aws:sourceaccount":
        return list(request.sourceAccount);
      case "aws:sourceowner":
        return list(request.sourceOwner);
      case "aws:principalarn":
        return list(who.principalArn);
      case "aws:principalaccount":
        return list(who.account);
      case "aws:principaltype":
        return list(PRINCIPAL_TYPE[who.type]);
      case "aws:principalservicename":
        return list(who.service);
      case "aws:principalisawsservice":
        return [String(who.service !== undefined)];
      case "aws:username":
        return list(who.userName);
      default:
        return undefined;
    }
  };
  return explicit ? (lowerCaseKey) => explicit.get(lowerCaseKey) ?? derived(lowerCaseKey) : derived;
}
