/**
 * Two small durable services that call each other through the core's wiring, for the store's failure tests:
 * `ledger` books an entry and asks `audit` (through `context.use`) to record it in the same transaction.
 * `audit` changes its memory BEFORE its SQLite write on purpose, and its table refuses negative amounts, so a
 * negative entry makes SQLite fail after both services changed memory: exactly what the core must undo.
 */
import type { ServiceContext, ServiceInstance } from "../core/service.js";
import { integer, string, structure } from "../core/shapes.js";
import type { Migration } from "../core/store/store.js";
import { readyInstance, registration } from "./echo-services.js";

/** What `audit` offers `ledger`. */
export interface AuditInterface {
  record(entry: string, amount: number): void;
}

declare module "../core/interfaces.js" {
  interface ServiceInterfaces {
    audit: AuditInterface;
  }
}

interface Book {
  readonly rows: Map<string, number>;
  load(): void;
  insert(entry: string, amount: number): void;
}

/** A table of (entry, amount) mirrored in memory, reloaded from disk when the core recovers. */
function book(context: ServiceContext, table: string, memoryFirst: boolean): Book {
  const { store } = context;
  const migrations: Migration[] = [
    {
      version: 1,
      description: `${table} table`,
      up: (db) =>
        db.exec(
          `CREATE TABLE ${table} (entry TEXT PRIMARY KEY, amount INTEGER NOT NULL CHECK (amount >= 0))`,
        ),
    },
  ];
  store.migrate(table, migrations);
  const rows = new Map<string, number>();
  const db = store.database;
  const write = db?.prepare(`INSERT INTO ${table} (entry, amount) VALUES (?, ?)`);
  const result: Book = {
    rows,
    load() {
      rows.clear();
      const all = (db?.prepare(`SELECT entry, amount FROM ${table}`).all() ?? []) as {
        entry: string;
        amount: number;
      }[];
      for (const row of all) rows.set(row.entry, row.amount);
    },
    insert(entry, amount) {
      if (memoryFirst) rows.set(entry, amount);
      write?.run(entry, amount);
      rows.set(entry, amount);
    },
  };
  result.load();
  store.onRecover(() => result.load());
  return result;
}

const listShape = structure({ Entries: { type: "map", key: string, value: integer } });

export const auditService = registration(
  "audit",
  { signingName: "audit", protocols: ["awsJson"], jsonTargetPrefix: "Audit", jsonVersion: "1.1" },
  (context) => {
    const audit = book(context, "audit_entries", true);
    const instance: ServiceInstance<AuditInterface> = {
      ...readyInstance({
        signingName: "audit",
        protocols: ["awsJson"],
        jsonTargetPrefix: "Audit",
        jsonVersion: "1.1",
        actions: new Map([
          [
            "List",
            {
              name: "List",
              input: structure({}),
              output: listShape,
              handle: () => ({ Entries: Object.fromEntries(audit.rows) }),
            },
          ],
        ]),
      }),
      api: { record: (entry, amount) => context.store.transaction(() => audit.insert(entry, amount)) },
    };
    return instance;
  },
);

export const ledgerService = registration(
  "ledger",
  { signingName: "ledger", protocols: ["awsJson"], jsonTargetPrefix: "Ledger", jsonVersion: "1.1" },
  async (context) => {
    const ledger = book(context, "ledger_entries", false);
    const audit = await context.use("audit");
    return readyInstance({
      signingName: "ledger",
      protocols: ["awsJson"],
      jsonTargetPrefix: "Ledger",
      jsonVersion: "1.1",
      actions: new Map([
        [
          "Book",
          {
            name: "Book",
            input: structure({ Entry: string, Amount: integer }),
            output: structure({}),
            handle: (input) => {
              const entry = input.Entry as string;
              const amount = input.Amount as number;
              context.store.transaction(() => {
                ledger.insert(entry, Math.abs(amount));
                audit.record(entry, amount);
              });
              return {};
            },
          },
        ],
        [
          "List",
          {
            name: "List",
            input: structure({}),
            output: listShape,
            handle: () => ({ Entries: Object.fromEntries(ledger.rows) }),
          },
        ],
      ]),
    });
  },
);
