import type { Identity } from "../../core/accounts.js";
import { accessKeyId, secretAccessKey, sessionToken } from "../../core/aws-ids.js";
import type { Clock } from "../../core/clock.js";
import type { Database, Store } from "../../core/store/store.js";

/** Temporary credentials and who they act as until they expire. */
export interface Session {
  readonly accessKeyId: string;
  readonly accountId: string;
  readonly principalArn: string;
  readonly userId: string;
  /** Kept for SigV4 verification under `--sigv4`. */
  readonly secretAccessKey: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export interface IssuedCredentials {
  readonly session: Session;
  readonly sessionToken: string;
}

interface SessionRow {
  access_key_id: string;
  account_id: string;
  principal_arn: string;
  user_id: string;
  secret_access_key: string;
  expires_at: number;
}

/**
 * The sessions STS issued, by access key id, written through the core's store so they survive a restart with
 * a data dir. Secrets are kept for SigV4 verification under `--sigv4`; session tokens are handed out and not
 * checked.
 */
export class Sessions {
  private readonly byKey = new Map<string, Session>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.restore();
  }

  issue(
    identity: Omit<Session, "accessKeyId" | "secretAccessKey" | "expiresAt">,
    durationSeconds: number,
  ): IssuedCredentials {
    const session: Session = {
      ...identity,
      accessKeyId: accessKeyId("ASIA"),
      secretAccessKey: secretAccessKey(),
      expiresAt: this.clock.now() + durationSeconds * 1000,
    };
    this.store.transaction(() => {
      this.database
        ?.prepare("INSERT INTO sts_sessions VALUES (?, ?, ?, ?, ?, ?)")
        .run(
          session.accessKeyId,
          session.accountId,
          session.principalArn,
          session.userId,
          session.secretAccessKey,
          session.expiresAt,
        );
    });
    this.byKey.set(session.accessKeyId, session);
    return { session, sessionToken: sessionToken() };
  }

  /** The identity a key acts as; the core refuses it once expired. Undefined for keys STS did not issue. */
  identity(key: string): Identity | undefined {
    const session = this.byKey.get(key);
    if (session === undefined) return undefined;
    return {
      accountId: session.accountId,
      principalArn: session.principalArn,
      userId: session.userId,
      secretAccessKey: session.secretAccessKey,
      expired: this.clock.now() >= session.expiresAt,
    };
  }

  reset(): void {
    this.store.transaction(() => this.database?.prepare("DELETE FROM sts_sessions").run());
    this.byKey.clear();
  }

  /** Rebuilds memory from the database (at start and after a rolled-back write). */
  restore(): void {
    this.byKey.clear();
    const rows = (this.database?.prepare("SELECT * FROM sts_sessions").all() ?? []) as SessionRow[];
    for (const row of rows) {
      this.byKey.set(row.access_key_id, {
        accessKeyId: row.access_key_id,
        accountId: row.account_id,
        principalArn: row.principal_arn,
        userId: row.user_id,
        secretAccessKey: row.secret_access_key,
        expiresAt: row.expires_at,
      });
    }
  }

  private get database(): Database | undefined {
    return this.store.database;
  }
}
