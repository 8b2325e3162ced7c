import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  ReceiveMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../index.js";
import { auditService, ledgerService } from "../../testing/ledger-services.js";
import { AwsError } from "../errors.js";
import { SqliteStore } from "./sqlite-store.js";

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "eda-store-"));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(emulator: RunningEmulator, target: string, input: Record<string, unknown> = {}) {
  const response = await fetch(`${emulator.url}/`, {
    method: "POST",
    headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.1" },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The ids a table holds, in order. */
function idsOnDisk(db: SqliteStore["database"], table: string): number[] {
  return (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}

/** A service's memory of a table's ids, rebuilt from the database each time the store recovers. */
function idsInMemory(store: SqliteStore, table: string): { ids: number[]; recovered: number } {
  const memory = { ids: [] as number[], recovered: 0 };
  store.onRecover(() => {
    memory.recovered++;
    memory.ids = idsOnDisk(store.database, table);
  });
  return memory;
}

const start = () =>
  startEmulator({ port: 0, dataDir, services: [ledgerService, auditService], log: () => {} });

describe("one transaction across two services", () => {
  it("commits a booking in both services' tables together", async () => {
    const emulator = await start();
    expect((await call(emulator, "Ledger.Book", { Entry: "a", Amount: 5 })).status).toBe(200);
    await emulator.stop();
    const again = await start();
    const ledger = await call(again, "Ledger.List");
    const audit = await call(again, "Audit.List");
    await again.stop();
    expect(ledger.body.Entries).toEqual({ a: 5 });
    expect(audit.body.Entries).toEqual({ a: 5 });
  });

  it("rolls both services back on a SQLite error in the second, in memory and on disk, and answers InternalFailure", async () => {
    const emulator = await start();
    await call(emulator, "Ledger.Book", { Entry: "kept", Amount: 1 });
    const failed = await call(emulator, "Ledger.Book", { Entry: "refused", Amount: -3 });
    const ledgerAfter = await call(emulator, "Ledger.List");
    const auditAfter = await call(emulator, "Audit.List");
    await emulator.stop();
    const again = await start();
    const ledgerOnDisk = await call(again, "Ledger.List");
    const auditOnDisk = await call(again, "Audit.List");
    await again.stop();
    expect(failed.status).toBe(500);
    expect(failed.body.__type).toContain("InternalFailure");
    expect(ledgerAfter.body.Entries).toEqual({ kept: 1 });
    expect(auditAfter.body.Entries).toEqual({ kept: 1 });
    expect(ledgerOnDisk.body.Entries).toEqual({ kept: 1 });
    expect(auditOnDisk.body.Entries).toEqual({ kept: 1 });
  });
});

describe("group commit", () => {
  it("rejects every action of a group whose COMMIT fails, and every service rebuilds its memory from disk", async () => {
    const store = new SqliteStore(dataDir);
    const db = store.database;
    db.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
             CREATE TABLE children (id INTEGER PRIMARY KEY,
               parent INTEGER REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)`);
    db.pragma("foreign_keys = ON");
    const memory = idsInMemory(store, "children");
    const add = (id: number, parent: number) =>
      store.transaction(() => {
        db.prepare("INSERT INTO children (id, parent) VALUES (?, ?)").run(id, parent);
        memory.ids.push(id);
      });
    db.prepare("INSERT INTO parents (id) VALUES (1)").run();
    add(1, 1);
    await store.committed();
    // Both actions pass their own statements (the foreign key is checked only at COMMIT), and share one commit.
    add(2, 1);
    add(3, 99);
    const commit = store.committed();
    expect(memory.ids).toEqual([1, 2, 3]);
    const failure = await commit?.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AwsError);
    expect((failure as AwsError).code).toBe("InternalFailure");
    expect(memory).toEqual({ ids: [1], recovered: 1 });
    store.close();
    const reopened = new SqliteStore(dataDir);
    const onDisk = idsOnDisk(reopened.database, "children");
    reopened.close();
    expect(onDisk).toEqual([1]);
  });

  it("lets an AwsError thrown by an action pass through unchanged, rolling back its writes only", async () => {
    const store = new SqliteStore(dataDir);
    const db = store.database;
    db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY)");
    let recovered = 0;
    store.onRecover(() => recovered++);
    store.transaction(() => db.prepare("INSERT INTO items (id) VALUES (1)").run());
    const refused = new AwsError("Refused", "no");
    expect(() =>
      store.transaction(() => {
        db.prepare("INSERT INTO items (id) VALUES (2)").run();
        throw refused;
      }),
    ).toThrow(refused);
    await store.committed();
    expect(db.prepare("SELECT id FROM items").all()).toEqual([{ id: 1 }]);
    expect(recovered).toBe(0);
    store.close();
  });
});

describe("joinTransaction alone (no savepoint)", () => {
  it("rolls back the whole group when its work throws, answering everyone in it InternalFailure", async () => {
    const store = new SqliteStore(dataDir);
    const db = store.database;
    db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY)");
    const memory = idsInMemory(store, "items");
    const add = (id: number) => {
      db.prepare("INSERT INTO items (id) VALUES (?)").run(id);
      memory.ids.push(id);
    };
    store.joinTransaction(() => add(1));
    await store.committed();
    store.joinTransaction(() => add(2));
    const earlierInGroup = store.committed();
    let thrown: unknown;
    try {
      store.joinTransaction(() => {
        add(3);
        throw new Error("disk on fire");
      });
    } catch (error) {
      thrown = error;
    }
    const earlierOutcome = await earlierInGroup?.catch((error: unknown) => error);
    store.joinTransaction(() => add(4));
    await store.committed();
    expect((thrown as AwsError).code).toBe("InternalFailure");
    expect((earlierOutcome as AwsError).code).toBe("InternalFailure");
    expect(store.lastFailure()).toBeUndefined();
    expect(memory).toEqual({ ids: [1, 4], recovered: 1 });
    store.close();
    const reopened = new SqliteStore(dataDir);
    const onDisk = idsOnDisk(reopened.database, "items");
    reopened.close();
    expect(onDisk).toEqual([1, 4]);
  });
});

describe("schema versions", () => {
  it("applies a service's migrations once, in order, and refuses a data dir written by a newer version", () => {
    const applied: number[] = [];
    const step = (version: number) => ({
      version,
      description: `step ${version}`,
      up: () => void applied.push(version),
    });
    const store = new SqliteStore(dataDir);
    store.migrate("demo", [step(2), step(1)]);
    store.migrate("demo", [step(1), step(2), step(3)]);
    expect(store.storedServices()).toEqual(["demo"]);
    expect(() => store.migrate("demo", [step(1)])).toThrow(
      /schema version 3, newer than this emulator knows \(1\)/,
    );
    store.close();
    expect(applied).toEqual([1, 2, 3]);
  });

  it("opens a data dir that SQS alone wrote before the shared store, with every queue, message and tag", async () => {
    const fixture = fileURLToPath(new URL("./fixtures/sqs-only-data-dir", import.meta.url));
    cpSync(fixture, dataDir, { recursive: true });
    const emulator = await startEmulator({ port: 0, dataDir, region: "us-east-1", log: () => {} });
    const sqs = new SQSClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    const url = (name: string) => `${emulator.url}/000000000000/${name}`;
    try {
      const listed = await sqs.send(new ListQueuesCommand({}));
      const orders = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: url("legacy-orders"), AttributeNames: ["All"] }),
      );
      const tags = await sqs.send(new ListQueueTagsCommand({ QueueUrl: url("legacy-orders") }));
      const events = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: url("legacy-events.fifo"), MaxNumberOfMessages: 10 }),
      );
      const ordersMessages = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: url("legacy-orders"),
          MaxNumberOfMessages: 10,
          MessageAttributeNames: ["All"],
        }),
      );
      expect(listed.QueueUrls?.sort()).toEqual(
        ["legacy-dlq", "legacy-events.fifo", "legacy-orders"].map((name) => url(name)),
      );
      expect(orders.Attributes).toMatchObject({
        VisibilityTimeout: "45",
        QueueArn: "arn:aws:sqs:us-east-1:000000000000:legacy-orders",
        ApproximateNumberOfMessages: "5",
      });
      expect(JSON.parse(orders.Attributes?.RedrivePolicy ?? "{}")).toMatchObject({
        deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:legacy-dlq",
      });
      expect(tags.Tags).toEqual({ team: "payments" });
      expect(events.Messages?.map((m) => m.Body)).toEqual(["event-0", "event-1", "event-2"]);
      expect(ordersMessages.Messages?.map((m) => m.MessageAttributes?.kind?.StringValue)).toEqual(
        Array(5).fill("order"),
      );
    } finally {
      sqs.destroy();
      await emulator.stop();
    }
    expect(existsSync(join(dataDir, "sqs.sqlite3"))).toBe(false);
    expect(existsSync(join(dataDir, "sqs.sqlite3.imported"))).toBe(true);
    const again = await startEmulator({ port: 0, dataDir, log: () => {} });
    const afterRestart = (await again.service("sqs")).summary();
    await again.stop();
    expect(afterRestart).toEqual({ "000000000000": { "us-east-1": { queues: 3, messages: 9 } } });
  });
});

describe("the data dir's lock", () => {
  it("refuses a second store on the same data dir at once, with a sentence that says what to do", () => {
    const first = new SqliteStore(dataDir);
    expect(() => new SqliteStore(dataDir)).toThrow(
      /is in use by another emulator \(its database is locked\); stop it or use another --data-dir/,
    );
    first.close();
    new SqliteStore(dataDir).close();
  });
});
