import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import {
  form,
  getQuery,
  jsonErrorCode,
  jsonHeaders,
  postForm,
  postJson,
  xmlElement,
  xmlErrorCode,
} from "./support/raw-http.js";
import type { RawResponse } from "./support/raw-http.js";
import {
  awsDocsOnly,
  emulatorOnly,
  behaviourDrivers,
  receiveOne,
  receiveUntilDeadLettered,
  uniqueQueueName,
  useSqs,
} from "./support/suite.js";

const [sdkDriver] = behaviourDrivers;
if (!sdkDriver) throw new Error("no SDK driver");

function expectClientError(response: RawResponse, status = 400): void {
  expect({ status: response.status, body: response.body.slice(0, 300) }).toMatchObject({ status });
}

describe("SQS requests no SDK would send", () => {
  // The SDK client sets up queues; the calls under test are raw HTTP.
  const ctx = useSqs(sdkDriver);

  describe("JSON protocol", () => {
    awsDocsOnly("moto answers malformed JSON with a 500")(
      "a malformed JSON body gets 400 SerializationException",
      async () => {
        const response = await postJson(ctx.target.url, "AmazonSQS.ListQueues", '{"QueueNamePrefix":');
        expectClientError(response);
        expect(jsonErrorCode(response)).toBe("SerializationException");
      },
    );

    awsDocsOnly("moto answers a non-object body with a 500")(
      "a JSON body that is not an object gets 400 SerializationException",
      async () => {
        const response = await postJson(ctx.target.url, "AmazonSQS.ListQueues", "[1, 2]");
        expectClientError(response);
        expect(jsonErrorCode(response)).toBe("SerializationException");
      },
    );

    awsDocsOnly("moto answers a wrongly typed member with a 500")(
      "a JSON member of the wrong type gets 400 SerializationException",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("raw-type"));
        const response = await postJson(
          ctx.target.url,
          "AmazonSQS.ReceiveMessage",
          JSON.stringify({ QueueUrl: url, MaxNumberOfMessages: "ten" }),
        );
        expectClientError(response);
        expect(jsonErrorCode(response)).toBe("SerializationException");
      },
    );

    awsDocsOnly("moto answers an unknown operation with a 500")(
      "an unknown X-Amz-Target operation gets 400 UnknownOperationException",
      async () => {
        const response = await postJson(ctx.target.url, "AmazonSQS.NoSuchOperation", "{}");
        expectClientError(response);
        expect(jsonErrorCode(response)).toBe("UnknownOperationException");
      },
    );

    awsDocsOnly("moto answers a missing MessageBody with a 500")(
      "a missing required member gets 400 MissingParameter",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("raw-missing"));
        const response = await postJson(
          ctx.target.url,
          "AmazonSQS.SendMessage",
          JSON.stringify({ QueueUrl: url }),
        );
        expectClientError(response);
        expect(response.headers.get("x-amzn-query-error")).toBe("MissingParameter;Sender");
      },
    );

    it("an error names its query code in x-amzn-query-error and its shape in __type", async () => {
      const response = await postJson(
        ctx.target.url,
        "AmazonSQS.GetQueueUrl",
        JSON.stringify({ QueueName: uniqueQueueName("raw-absent") }),
      );
      expectClientError(response);
      expect(response.headers.get("x-amzn-query-error")).toBe(
        "AWS.SimpleQueueService.NonExistentQueue;Sender",
      );
      expect(jsonErrorCode(response)).toBe("QueueDoesNotExist");
      expect(response.headers.get("x-amzn-requestid")).toMatch(/\S/);
    });
  });

  describe("query protocol", () => {
    awsDocsOnly("moto answers an unknown Action with a 500")(
      "an unknown Action gets 400 InvalidAction",
      async () => {
        const response = await postForm(ctx.target.url, form({ Action: "NoSuchAction" }));
        expectClientError(response);
        expect(xmlErrorCode(response)).toBe("InvalidAction");
      },
    );

    it("a form body with broken percent-encoding is answered with XML, never a server error", async () => {
      // Form decoding is lenient by specification (a broken escape stays literal), so either answer is valid.
      const response = await postForm(
        ctx.target.url,
        "Action=ListQueues&Version=2012-11-05&QueueNamePrefix=%zz%",
      );
      expect(response.status).toBeLessThan(500);
      expect(response.body).toMatch(/<(ListQueuesResponse|ErrorResponse)[\s>]/);
    });

    awsDocsOnly("moto answers a wrongly typed parameter with a 500")(
      "a form parameter of the wrong type gets 400 InvalidParameterValue",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("raw-form-type"));
        const response = await postForm(
          ctx.target.url,
          form({ Action: "ReceiveMessage", QueueUrl: url, MaxNumberOfMessages: "ten" }),
        );
        expectClientError(response);
        expect(xmlErrorCode(response)).toBe("InvalidParameterValue");
      },
    );

    awsDocsOnly("moto answers a missing MessageBody with a 500")(
      "a missing required parameter gets 400 MissingParameter",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("raw-form-missing"));
        const response = await postForm(ctx.target.url, form({ Action: "SendMessage", QueueUrl: url }));
        expectClientError(response);
        expect(xmlErrorCode(response)).toBe("MissingParameter");
      },
    );

    it("an error is an ErrorResponse with Type Sender, the query code and a RequestId", async () => {
      const response = await postForm(
        ctx.target.url,
        form({ Action: "GetQueueUrl", QueueName: uniqueQueueName("raw-form-absent") }),
      );
      expectClientError(response);
      expect(response.body).toContain("<ErrorResponse");
      expect(xmlElement(response, "Type")).toBe("Sender");
      expect(xmlErrorCode(response)).toBe("AWS.SimpleQueueService.NonExistentQueue");
      expect(xmlElement(response, "RequestId")).toMatch(/\S/);
    });

    awsDocsOnly("moto does not serve SQS query calls sent as GET")(
      "a call sent as GET with its parameters in the URL is served",
      async () => {
        const name = uniqueQueueName("raw-get");
        const url = await ctx.sqs.createQueue(name);
        const response = await getQuery(ctx.target.url, {
          Action: "GetQueueUrl",
          QueueName: name,
          Version: "2012-11-05",
        });
        expect(response.status).toBe(200);
        expect(xmlElement(response, "QueueUrl")).toBe(url);
      },
    );

    it("a call posted to a queue URL's path acts on that queue without a QueueUrl parameter", async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("raw-path"));
      const response = await postForm(
        ctx.target.url,
        form({ Action: "SendMessage", MessageBody: "by path" }),
        new URL(url).pathname,
      );
      expect(response.status).toBe(200);
      expect((await receiveOne(ctx.sqs, url)).Body).toBe("by path");
    });

    awsDocsOnly("moto does not implement message move tasks")(
      "StartMessageMoveTask works over the query protocol, which no query-era client models",
      async () => {
        const dlqUrl = await ctx.sqs.createQueue(uniqueQueueName("raw-dlq"));
        const { QueueArn: dlqArn = "" } = await ctx.sqs.getQueueAttributes(dlqUrl, ["QueueArn"]);
        const sourceUrl = await ctx.sqs.createQueue(uniqueQueueName("raw-source"), {
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }),
        });
        await ctx.sqs.sendMessage(sourceUrl, "move me");
        await receiveUntilDeadLettered(ctx.sqs, sourceUrl, 3);
        await receiveOne(ctx.sqs, dlqUrl, { VisibilityTimeout: 0 });
        const response = await postForm(
          ctx.target.url,
          form({ Action: "StartMessageMoveTask", SourceArn: dlqArn }),
        );
        expect(response.status).toBe(200);
        expect(xmlElement(response, "TaskHandle")).toMatch(/\S/);
        expect((await receiveOne(ctx.sqs, sourceUrl)).Body).toBe("move me");
      },
    );
  });

  describe("transport", () => {
    it("a request body far over every limit gets a 4xx answer, not a reset connection", async () => {
      const url = await ctx.sqs.createQueue(uniqueQueueName("raw-huge"));
      const body = JSON.stringify({ QueueUrl: url, MessageBody: "x".repeat(20 * 1024 * 1024) });
      const response = await postJson(ctx.target.url, "AmazonSQS.SendMessage", body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    it("a POST that names neither an X-Amz-Target nor an Action gets a 4xx", async () => {
      const response = await postForm(ctx.target.url, "hello=world");
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    emulatorOnly("AWS may still hand a message to a connection that has closed")(
      "a long poll whose client went away does not take a message sent afterwards",
      async () => {
        const url = await ctx.sqs.createQueue(uniqueQueueName("raw-abandoned"));
        const abandoned = new AbortController();
        const polling = fetch(`${ctx.target.url}/`, {
          method: "POST",
          headers: jsonHeaders("AmazonSQS.ReceiveMessage"),
          body: JSON.stringify({ QueueUrl: url, WaitTimeSeconds: 20 }),
          signal: abandoned.signal,
        }).catch((error: unknown) => error);
        await sleep(300);
        abandoned.abort();
        await polling;
        await sleep(300);
        const sent = await ctx.sqs.sendMessage(url, "for a live client");
        expect((await receiveOne(ctx.sqs, url)).MessageId).toBe(sent.MessageId);
      },
    );

    it("the server keeps serving after a burst of bad requests", async () => {
      await Promise.allSettled([
        postJson(ctx.target.url, "AmazonSQS.ListQueues", "{"),
        postJson(ctx.target.url, "AmazonSQS.Nope", "{}"),
        postForm(ctx.target.url, "Action=Nope"),
        postForm(ctx.target.url, "%%%"),
        postJson(ctx.target.url, "AmazonSQS.SendMessage", new Uint8Array([0xff, 0xfe, 0x00, 0x7b])),
      ]);
      const name = uniqueQueueName("still-serving");
      const url = await ctx.sqs.createQueue(name);
      expect(await ctx.sqs.getQueueUrl(name)).toBe(url);
    });
  });
});
