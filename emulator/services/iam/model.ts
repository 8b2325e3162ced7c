import type { Clock } from "../../core/clock.js";
import type { Store } from "../../core/store/store.js";
import { IamErrors } from "./errors.js";
import type { EntityKind, EntityRecords } from "./records.js";

type AccountKind = Exclude<EntityKind, "key">;
type Tables = { [Kind in AccountKind]: Map<string, EntityRecords[Kind]> };

interface EntityRow {
  account_id: string;
  kind: EntityKind;
  name: string;
  data: string;
}

/** IAM names are unique within an account regardless of case, and found regardless of case. */
export function entityKey(name: string): string {
  return name.toLowerCase();
}

/** Access key ids are exact; entity names are stored by their case-insensitive key. */
function rowName(kind: EntityKind, name: string): string {
  return kind === "key" ? name : entityKey(name);
}

/**
 * IAM's state: per account, users, roles, managed policies and access keys, kept in memory and written
 * through the core's store (one JSON row per entity, inside the action's transaction) so a data dir survives
 * restarts and crashes. Actions change an entity by storing a new record.
 */
export class IamModel {
  private readonly accounts = new Map<string, Tables>();
  /** Access keys by id across accounts: requests signed with them resolve through here. */
  private readonly keys = new Map<string, EntityRecords["key"]>();

  constructor(
    private readonly store: Store,
    readonly clock: Clock,
  ) {
    this.restore();
  }

  get<Kind extends EntityKind>(kind: Kind, accountId: string, name: string): EntityRecords[Kind] | undefined {
    const which: EntityKind = kind;
    const found = which === "key" ? this.keys.get(name) : this.tables(accountId)[which].get(entityKey(name));
    return found as EntityRecords[Kind] | undefined;
  }

  /** Every entity of a kind in an account, sorted by name as IAM lists them. */
  list<Kind extends AccountKind>(kind: Kind, accountId: string): EntityRecords[Kind][] {
    const table = this.accounts.get(accountId)?.[kind];
    if (table === undefined) return [];
    return [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, record]) => record);
  }

  keysOf(accountId: string, userName: string): EntityRecords["key"][] {
    return [...this.keys.values()].filter(
      (key) => key.accountId === accountId && entityKey(key.userName) === entityKey(userName),
    );
  }

  /** The user or role, or NoSuchEntity in IAM's words. */
  holder<Kind extends "user" | "role">(kind: Kind, accountId: string, name: string): EntityRecords[Kind] {
    const found = this.get(kind, accountId, name);
    if (found === undefined) {
      throw IamErrors.noSuchEntity(`The ${kind} with name ${name} cannot be found.`);
    }
    return found;
  }

  put<Kind extends EntityKind>(kind: Kind, record: EntityRecords[Kind]): void {
    const name =
      kind === "key" ? (record as EntityRecords["key"]).accessKeyId : (record as { name: string }).name;
    this.store.transaction(() =>
      this.store.database
        ?.prepare("INSERT OR REPLACE INTO iam_entities VALUES (?, ?, ?, ?)")
        .run(record.accountId, kind, rowName(kind, name), JSON.stringify(record)),
    );
    this.remember(kind, record, name);
  }

  delete(kind: EntityKind, accountId: string, name: string): void {
    const key = rowName(kind, name);
    this.store.transaction(() =>
      this.store.database
        ?.prepare("DELETE FROM iam_entities WHERE account_id = ? AND kind = ? AND name = ?")
        .run(accountId, kind, key),
    );
    if (kind === "key") this.keys.delete(name);
    else this.tables(accountId)[kind].delete(key);
  }

  /** How many users and roles have the managed policy attached. */
  attachmentCount(accountId: string, policyArn: string): number {
    const holders = [...this.list("user", accountId), ...this.list("role", accountId)];
    return holders.filter((holder) => holder.attached.includes(policyArn)).length;
  }

  summary(): Record<string, Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, Record<string, number>>> = {};
    for (const [accountId, tables] of this.accounts) {
      const counts: Record<string, number> = {};
      if (tables.user.size > 0) counts.users = tables.user.size;
      if (tables.role.size > 0) counts.roles = tables.role.size;
      if (tables.policy.size > 0) counts.policies = tables.policy.size;
      const keys = [...this.keys.values()].filter((key) => key.accountId === accountId).length;
      if (keys > 0) counts.accessKeys = keys;
      // IAM is global: its entities are counted under `global`, not a region.
      if (Object.keys(counts).length > 0) out[accountId] = { global: counts };
    }
    return out;
  }

  reset(): void {
    this.store.transaction(() => this.store.database?.prepare("DELETE FROM iam_entities").run());
    this.accounts.clear();
    this.keys.clear();
  }

  /** Rebuilds memory from the database (at start and after a rolled-back write). */
  restore(): void {
    this.accounts.clear();
    this.keys.clear();
    const rows = (this.store.database?.prepare("SELECT * FROM iam_entities").all() ?? []) as EntityRow[];
    for (const row of rows) {
      const record = JSON.parse(row.data) as EntityRecords[EntityKind];
      this.remember(row.kind, record, row.name);
    }
  }

  private remember(kind: EntityKind, record: EntityRecords[EntityKind], name: string): void {
    if (kind === "key") this.keys.set(name, record as EntityRecords["key"]);
    else (this.tables(record.accountId)[kind] as Map<string, unknown>).set(entityKey(name), record);
  }

  private tables(accountId: string): Tables {
    let tables = this.accounts.get(accountId);
    if (tables === undefined) {
      tables = { user: new Map(), role: new Map(), policy: new Map() };
      this.accounts.set(accountId, tables);
    }
    return tables;
  }
}
