import { ProtocolError } from "./errors.js";

/**
 * Accounts and regions as AWS partitions resources: every resource lives in one (account, region), and every
 * request acts as one account, in the region its signature names.
 */

/** The account and region a request acts in, and who it acts as. */
export interface Caller {
  readonly accountId: string;
  readonly region: string;
  /** `arn:aws:iam::<account>:root` for the default identities; IAM users and roles later. */
  readonly principalArn: string;
  /** The SigV4 access key id, when the request was signed. */
  readonly accessKeyId: string | undefined;
}

const TWELVE_DIGITS = /^\d{12}$/;
/** Distinct account ids whose root identities are kept (any 12 digits is an access key id of that account). */
const MAX_CACHED_ROOTS = 1024;

/** An access key id that the core can resolve to an identity (IAM and STS register theirs). */
export interface Identity {
  readonly accountId: string;
  readonly principalArn: string;
  /** IAM's unique id of the caller (`AIDA…`, `AROA…:session`); an account root's is its account id. */
  readonly userId?: string;
  /** Temporary credentials past their expiration: AWS refuses the request (ExpiredToken). */
  readonly expired?: boolean;
  /** The key's secret, for SigV4 verification (`--sigv4`) of keys IAM and STS issued. */
  readonly secretAccessKey?: string;
}

export type IdentityResolver = (accessKeyId: string) => Identity | undefined;

/**
 * Who a request acts as. A 12-digit access key id names its account (the convention of the common local
 * emulators, so tests pick an account by key); keys issued by IAM or STS resolve through the resolvers those
 * services register; any other key acts as the default account.
 */
export class Accounts {
  private readonly resolvers: IdentityResolver[] = [];
  private readonly roots = new Map<string, Identity>();

  constructor(
    readonly defaultAccountId: string,
    readonly defaultRegion: string,
  ) {}

  /** Lets a service (IAM, STS) resolve the keys it issued; returns its removal. */
  addResolver(resolver: IdentityResolver): () => void {
    this.resolvers.push(resolver);
    return () => {
      const at = this.resolvers.indexOf(resolver);
      if (at !== -1) this.resolvers.splice(at, 1);
    };
  }

  identity(accessKeyId: string | undefined): Identity {
    if (accessKeyId !== undefined) {
      for (const resolve of this.resolvers) {
        const found = resolve(accessKeyId);
        if (found) return found;
      }
      if (TWELVE_DIGITS.test(accessKeyId)) return this.root(accessKeyId);
    }
    return this.root(this.defaultAccountId);
  }

  /** Account roots, made once each: every request without IAM-issued keys acts as one. */
  private root(accountId: string): Identity {
    let identity = this.roots.get(accountId);
    if (identity === undefined) {
      if (this.roots.size >= MAX_CACHED_ROOTS) this.roots.clear();
      identity = rootOf(accountId);
      this.roots.set(accountId, identity);
    }
    return identity;
  }

  /** The secret of a key IAM or STS issued (undefined for any other key). */
  secretOf(accessKeyId: string): string | undefined {
    for (const resolve of this.resolvers) {
      const found = resolve(accessKeyId);
      if (found) return found.secretAccessKey;
    }
    return undefined;
  }

  /** Throws ExpiredToken for temporary credentials past their expiration, as AWS does for every service. */
  caller(accessKeyId: string | undefined, region: string | undefined): Caller {
    const { accountId, principalArn, expired } = this.identity(accessKeyId);
    if (expired) throw expiredToken();
    return { accountId, principalArn, region: region ?? this.defaultRegion, accessKeyId };
  }
}

export function rootOf(accountId: string): Identity {
  return { accountId, principalArn: `arn:aws:iam::${accountId}:root`, userId: accountId };
}

function expiredToken(): ProtocolError {
  return new ProtocolError("ExpiredTokenException", "The security token included in the request is expired", {
    status: 400,
    queryCode: "ExpiredToken",
  });
}

/** `arn:aws:<service>:<region>:<account>:<resource>`. */
export function arn(service: string, region: string, accountId: string, resource: string): string {
  return `arn:aws:${service}:${region}:${accountId}:${resource}`;
}

export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

/** Splits an ARN into its parts; the resource keeps any further colons. Undefined when it is no ARN. */
export function parseArn(value: string): ParsedArn | undefined {
  const parts = value.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  const [, partition, service, region, accountId] = parts;
  return { partition, service, region, accountId, resource: parts.slice(5).join(":") };
}
