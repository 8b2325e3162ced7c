import { mkdtemp, rm } from "node:fs/promises";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  ListQueuesCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../index.js";
import type { RunningEmulator } from "../index.js";
import { sqsRegistration } from "../services/registry.js";
import { fakeSnsService } from "../testing/echo-services.js";
import { Accounts } from "../core/accounts.js";
import { systemClock } from "../core/clock.js";
import { ServiceHost } from "../core/host.js";
import { MetricsHub } from "../core/metrics.js";
import { MemoryStore } from "../core/store/store.js";
import { SqsKit } from "../services/sqs/testKit.js";
import { AdminRoutes, isLoopback } from "./admin-routes.js";
import type { AdminRequest } from "./admin-routes.js";

const credentials = { accessKeyId: "test", secretAccessKey: "test" };

let emulator: RunningEmulator;
let sqs: SQSClient;
let sns: SNSClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, services: [sqsRegistration, fakeSnsService] });
  sqs = new SQSClient({ endpoint: emulator.url, region: "us-east-1", credentials, maxAttempts: 1 });
  sns = new SNSClient({ endpoint: emulator.url, region: "eu-central-1", credentials, maxAttempts: 1 });
});

afterAll(async () => {
  sqs.destroy();
  sns.destroy();
  await emulator.stop();
});

afterEach(async () => {
  await reset(emulator.url);
});

async function reset(url: string): Promise<Response> {
  const response = await fetch(`${url}/_eda/reset`, { method: "POST" });
  expect(response.status).toBe(200);
  return response;
}

async function state(url: string): Promise<unknown> {
  const response = await fetch(`${url}/_eda/state`);
  expect(response.status).toBe(200);
  return response.json();
}

async function createQueue(client: SQSClient, name: string): Promise<string> {
  const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: name }));
  return QueueUrl ?? "";
}

describe("POST /_eda/reset", () => {
  it("removes every queue and topic and answers with the services it reset", async () => {
    const url = await createQueue(sqs, "before-reset");
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "m" }));
    await sns.send(new CreateTopicCommand({ Name: "t" }));
    const response = await reset(emulator.url);
    expect(await response.json()).toEqual({ reset: ["sqs", "sns"] });
    expect((await sqs.send(new ListQueuesCommand({}))).QueueUrls).toBeUndefined();
    expect(await state(emulator.url)).toEqual({ services: { sqs: {}, sns: {} } });
  });

  it("lifts the 60-second cooldown on a deleted queue's name", async () => {
    const url = await createQueue(sqs, "recreated");
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
    const blocked = await createQueue(sqs, "recreated").catch((error: unknown) => error);
    expect(blocked).toMatchObject({ name: "QueueDeletedRecently" });
    await reset(emulator.url);
    expect(await createQueue(sqs, "recreated")).toBe(url);
  });

  it("lifts the purge cooldown of a queue created again under the same name", async () => {
    const url = await createQueue(sqs, "purged");
    await sqs.send(new PurgeQueueCommand({ QueueUrl: url }));
    await reset(emulator.url);
    await createQueue(sqs, "purged");
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "after" }));
    await expect(sqs.send(new PurgeQueueCommand({ QueueUrl: url }))).resolves.toBeDefined();
  });

  it("ends a long poll waiting on a queue it removed, with no messages", async () => {
    const url = await createQueue(sqs, "polled");
    const poll = sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 20 }));
    // Nothing tells a client that its poll is parked; a pause long enough for it to arrive orders the two.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reset(emulator.url);
    expect((await poll).Messages).toBeUndefined();
  });

  it("clears the data dir too: a restarted emulator finds nothing", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "eda-reset-"));
    try {
      const durable = await startEmulator({ port: 0, dataDir, services: [sqsRegistration] });
      const client = new SQSClient({
        endpoint: durable.url,
        region: "us-east-1",
        credentials,
        maxAttempts: 1,
      });
      const url = await createQueue(client, "durable");
      await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "m" }));
      await client.send(new DeleteQueueCommand({ QueueUrl: await createQueue(client, "deleted") }));
      await reset(durable.url);
      client.destroy();
      await durable.stop();
      const restarted = await startEmulator({ port: 0, dataDir, services: [sqsRegistration] });
      const again = new SQSClient({
        endpoint: restarted.url,
        region: "us-east-1",
        credentials,
        maxAttempts: 1,
      });
      expect(await state(restarted.url)).toEqual({ services: { sqs: {} } });
      await expect(createQueue(again, "deleted")).resolves.toContain("/deleted");
      again.destroy();
      await restarted.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("GET /_eda/state", () => {
  it("counts queues and messages per account and region, and topics in the region they were created in", async () => {
    const first = await createQueue(sqs, "a");
    await createQueue(sqs, "c");
    for (const body of ["1", "2", "3"])
      await sqs.send(new SendMessageCommand({ QueueUrl: first, MessageBody: body }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl: first, MaxNumberOfMessages: 1 }));
    await sns.send(new CreateTopicCommand({ Name: "orders" }));
    await sns.send(new CreateTopicCommand({ Name: "refunds" }));
    expect(await state(emulator.url)).toEqual({
      services: {
        sqs: { "000000000000": { "us-east-1": { queues: 2, messages: 3 } } },
        sns: { "000000000000": { "eu-central-1": { topics: 2 } } },
      },
    });
  });
});

describe("GET /_eda/health", () => {
  it("reports SQS ready while it runs", async () => {
    await emulator.service("sqs");
    await emulator.service("sns");
    const response = await fetch(`${emulator.url}/_eda/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      services: { sqs: { status: "ready" }, sns: { status: "ready" } },
    });
  });

  it("reports SQS failed once it has stopped", async () => {
    const kit = await SqsKit.start(systemClock);
    await kit.close();
    expect(kit.service.health()).toEqual({ status: "failed", detail: "The SQS service has stopped." });
  });
});

describe("the routes over HTTP/2", () => {
  it("answers a loopback h2c client, whose peer address Node's HTTP/2 socket does not know", async () => {
    const session = http2.connect(emulator.url);
    try {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const request = session.request({ ":path": "/_eda/health" });
        request.on("response", (headers) => resolve(headers[":status"]));
        request.on("error", reject);
        request.resume();
        request.end();
      });
      expect(status).toBe(200);
    } finally {
      session.close();
    }
  });
});

describe("unknown routes", () => {
  it("answers an unknown /_eda path with a JSON 404 listing the routes", async () => {
    const response = await fetch(`${emulator.url}/_eda/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { error: string; message: string; routes: object };
    expect(body.error).toBe("NotFound");
    expect(body.message).toBe("There is no route GET /_eda/nothing.");
    expect(Object.keys(body.routes)).toEqual([
      "POST /_eda/reset",
      "GET /_eda/state",
      "GET /_eda/health",
      "GET /_eda/ui",
      "GET /_eda/ui/snapshot",
      "GET /_eda/ui/peek",
    ]);
  });

  it("answers a plain GET / with a JSON 404 that says how to point a client at the emulator", async () => {
    const response = await fetch(`${emulator.url}/`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { services: string[]; clients: Record<string, string> };
    expect(body.services).toEqual(["sqs", "sns"]);
    expect(body.clients["AWS CLI"]).toBe(`aws --endpoint-url ${emulator.url} sqs list-queues`);
  });

  it("still serves a query call sent as GET / with an Action", async () => {
    const response = await fetch(`${emulator.url}/?Action=ListQueues&Version=2012-11-05`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<ListQueuesResponse");
  });

  it("answers a known route called with the wrong method with 405 and the method it takes", async () => {
    const response = await fetch(`${emulator.url}/_eda/reset`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

/** A host with no services: the routes' peer checks need nothing else. */
function emptyHost(): ServiceHost {
  return new ServiceHost({
    registrations: [],
    store: new MemoryStore(),
    dataDir: undefined,
    clock: systemClock,
    accounts: new Accounts("000000000000", "us-east-1"),
    metrics: new MetricsHub(),
    log: () => {},
    debug: false,
  });
}

describe("who may call the routes", () => {
  const routes = new AdminRoutes({ host: emptyHost(), fromAnyHost: false });
  const request = (remoteAddress: string): AdminRequest => ({
    method: "GET",
    path: "/_eda/health",
    query: "",
    headers: {},
    remoteAddress,
  });

  it.each(["127.0.0.1", "127.12.0.9", "::1", "::ffff:127.0.0.1"])("treats %s as loopback", (address) => {
    expect(isLoopback(address)).toBe(true);
  });

  it.each(["10.0.0.5", "192.168.1.2", "::ffff:10.0.0.5", "fe80::1"])(
    "treats %s as another host",
    (address) => {
      expect(isLoopback(address)).toBe(false);
    },
  );

  it("refuses another host with 403 and a sentence naming the flag", async () => {
    const response = await routes.answer(request("10.0.0.5"));
    expect(response.status).toBe(403);
    expect(JSON.parse(String(response.body))).toEqual({
      error: "Forbidden",
      message:
        "The /_eda/* routes answer only to loopback clients, not 10.0.0.5; start the emulator with --admin-from-any-host to allow every host.",
    });
  });

  it("answers another host when the emulator allows every host", async () => {
    const open = new AdminRoutes({ host: emptyHost(), fromAnyHost: true });
    expect((await open.answer(request("10.0.0.5"))).status).toBe(200);
  });

  it("answers an IPv4-mapped loopback peer", async () => {
    expect((await routes.answer(request("::ffff:127.0.0.1"))).status).toBe(200);
  });
});
