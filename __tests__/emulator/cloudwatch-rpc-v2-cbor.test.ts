/**
 * CloudWatch over Smithy RPC v2 CBOR with the AWS SDK v3's own client, switched from its awsJson default to the
 * CBOR protocol AWS's newer SDKs prefer for CloudWatch (`AwsSmithyRpcV2CborProtocol`, awsQueryCompatible as
 * the client's model says). Every call's wire exchange is recorded so each test also proves it went over CBOR.
 */
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  type PutMetricAlarmCommandInput,
} from "@aws-sdk/client-cloudwatch";
import { AwsSmithyRpcV2CborProtocol } from "@aws-sdk/core/protocols";
import { cbor, SmithyRpcV2CborProtocol } from "@smithy/core/cbor";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/index.js";

interface Exchange {
  path: string;
  requestHeaders: Record<string, string>;
  status: number;
  responseHeaders: Record<string, string>;
}

const MINUTE = 60_000;
const START = Date.UTC(2026, 0, 1);
const clock = new ManualClock(START);
const exchanges: Exchange[] = [];
let emulator: RunningEmulator;
let cloudwatch: CloudWatchClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, clock, log: () => {} });
  cloudwatch = new CloudWatchClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDCBORTEST", secretAccessKey: "secret" },
    protocol: AwsSmithyRpcV2CborProtocol,
    maxAttempts: 1,
  });
  cloudwatch.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { path: string; headers: Record<string, string> };
      const record = (response: unknown): void => {
        const { statusCode, headers } = response as { statusCode: number; headers: Record<string, string> };
        exchanges.push({
          path: request.path,
          requestHeaders: request.headers,
          status: statusCode,
          responseHeaders: headers,
        });
      };
      try {
        const result = await next(args);
        record(result.response);
        return result;
      } catch (error) {
        record((error as { $response: unknown }).$response);
        throw error;
      }
    },
    { step: "deserialize", name: "recordExchange" },
  );
});

afterAll(async () => {
  cloudwatch.destroy();
  await emulator.stop();
});

beforeEach(() => {
  exchanges.length = 0;
});

const at = (minutes: number): Date => new Date(START + minutes * MINUTE);

function alarm(overrides: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput {
  return {
    AlarmName: "cbor-dlq-depth",
    Namespace: "AWS/SQS",
    MetricName: "ApproximateNumberOfMessagesVisible",
    Dimensions: [{ Name: "QueueName", Value: "orders-dlq" }],
    Statistic: "Maximum",
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 0,
    ComparisonOperator: "GreaterThanThreshold",
    ...overrides,
  };
}

/** The one exchange of the test's last call. */
function lastExchange(): Exchange {
  return exchanges[exchanges.length - 1];
}

describe("CloudWatch over RPC v2 CBOR via the AWS SDK", () => {
  it("PutMetricAlarm is a CBOR POST to /service/GraniteServiceVersion20100801/operation/PutMetricAlarm", async () => {
    await cloudwatch.send(new PutMetricAlarmCommand(alarm()));
    expect(lastExchange()).toMatchObject({
      path: "/service/GraniteServiceVersion20100801/operation/PutMetricAlarm",
      requestHeaders: { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/cbor" },
      status: 200,
      responseHeaders: { "smithy-protocol": "rpc-v2-cbor" },
    });
    // PutMetricAlarm has no output: the answer carries no body.
    expect(lastExchange().responseHeaders["content-length"]).toBe("0");
  });

  it("DescribeAlarms reads the alarm back from a CBOR answer, timestamps as dates", async () => {
    await cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: "cbor-described" })));
    const { MetricAlarms } = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ["cbor-described"] }),
    );
    expect(lastExchange().responseHeaders["content-type"]).toBe("application/cbor");
    expect(MetricAlarms).toHaveLength(1);
    expect(MetricAlarms?.[0]).toMatchObject({
      AlarmName: "cbor-described",
      AlarmArn: "arn:aws:cloudwatch:us-east-1:000000000000:alarm:cbor-described",
      Dimensions: [{ Name: "QueueName", Value: "orders-dlq" }],
      Threshold: 0,
      StateValue: "INSUFFICIENT_DATA",
      StateUpdatedTimestamp: new Date(START),
    });
  });

  it("PutMetricData's values and timestamps come back from GetMetricData per period", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/Cbor",
        MetricData: [
          { MetricName: "Latency", Timestamp: at(-3), Value: 10, Unit: "Milliseconds" },
          { MetricName: "Latency", Timestamp: at(-3), Value: 30.5, Unit: "Milliseconds" },
          { MetricName: "Latency", Timestamp: at(-2), Value: 7, Unit: "Milliseconds" },
        ],
      }),
    );
    const { MetricDataResults } = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(-5),
        EndTime: at(0),
        MetricDataQueries: [
          {
            Id: "latency",
            MetricStat: {
              Metric: { Namespace: "EDA/Cbor", MetricName: "Latency" },
              Period: 60,
              Stat: "Sum",
            },
          },
        ],
        ScanBy: "TimestampAscending",
      }),
    );
    expect(lastExchange().path).toBe("/service/GraniteServiceVersion20100801/operation/GetMetricData");
    expect(MetricDataResults).toEqual([
      expect.objectContaining({
        Id: "latency",
        Timestamps: [at(-3), at(-2)],
        Values: [40.5, 7],
        StatusCode: "Complete",
      }),
    ]);
  });

  it("ListMetrics lists a metric with its dimensions", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: "EDA/CborList",
        MetricData: [{ MetricName: "Depth", Dimensions: [{ Name: "Queue", Value: "q1" }], Value: 1 }],
      }),
    );
    const { Metrics } = await cloudwatch.send(new ListMetricsCommand({ Namespace: "EDA/CborList" }));
    expect(lastExchange().responseHeaders["smithy-protocol"]).toBe("rpc-v2-cbor");
    expect(Metrics).toEqual([
      { Namespace: "EDA/CborList", MetricName: "Depth", Dimensions: [{ Name: "Queue", Value: "q1" }] },
    ]);
  });

  it("DeleteAlarms of a missing alarm fails with ResourceNotFound (404) and its query code", async () => {
    await expect(
      cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ["cbor-missing"] })),
    ).rejects.toMatchObject({
      name: "ResourceNotFound",
      message: "1 alarms not found: [cbor-missing]",
      Error: { Code: "ResourceNotFound", Type: "Sender" },
      $metadata: { httpStatusCode: 404 },
    });
    expect(lastExchange().responseHeaders).toMatchObject({
      "smithy-protocol": "rpc-v2-cbor",
      "x-amzn-query-error": "ResourceNotFound;Sender",
    });
  });

  it("PutMetricData into an AWS/ namespace fails with InvalidParameterValue, as the query code names it", async () => {
    await expect(
      cloudwatch.send(
        new PutMetricDataCommand({ Namespace: "AWS/SQS", MetricData: [{ MetricName: "X", Value: 1 }] }),
      ),
    ).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      Error: { Code: "InvalidParameterValue" },
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("PutMetricAlarm with a 45-second period fails with a ValidationError", async () => {
    await expect(
      cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: "cbor-45s", Period: 45 }))),
    ).rejects.toMatchObject({ Code: "ValidationError", $metadata: { httpStatusCode: 400 } });
  });

  it("a model violation (an empty alarm name) fails with Coral's ValidationError message", async () => {
    await expect(cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: "" })))).rejects.toMatchObject({
      Code: "ValidationError",
      message:
        "1 validation error detected: Value '' at 'alarmName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
  });

  it("a client without query compatibility reads the error from __type alone", async () => {
    const plain = new CloudWatchClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDCBORTEST", secretAccessKey: "secret" },
      protocol: SmithyRpcV2CborProtocol,
      maxAttempts: 1,
    });
    try {
      await expect(plain.send(new DeleteAlarmsCommand({ AlarmNames: ["cbor-plain"] }))).rejects.toMatchObject(
        {
          name: "ResourceNotFound",
          $metadata: { httpStatusCode: 404 },
        },
      );
    } finally {
      plain.destroy();
    }
  });
});

describe("CloudWatch RPC v2 CBOR requests on the wire", () => {
  const PATH = "/service/GraniteServiceVersion20100801/operation/ListMetrics";

  async function post(
    path: string,
    headers: Record<string, string>,
    body: Uint8Array,
  ): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
    const response = await fetch(new URL(path, emulator.url), { method: "POST", headers, body });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const decoded = cbor.deserialize(bytes) as Record<string, unknown>;
    return { status: response.status, headers: response.headers, body: decoded };
  }

  it("routes an unsigned request by its path, also when it names the service by its absolute shape ID", async () => {
    await cloudwatch.send(
      new PutMetricDataCommand({ Namespace: "EDA/CborRaw", MetricData: [{ MetricName: "Hits", Value: 1 }] }),
    );
    const headers = { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/cbor" };
    const absolute = "/service/com.amazonaws.cloudwatch.GraniteServiceVersion20100801/operation/ListMetrics";
    for (const path of [PATH, absolute]) {
      const reply = await post(path, headers, cbor.serialize({ Namespace: "EDA/CborRaw" }));
      expect(reply.status).toBe(200);
      expect(reply.headers.get("smithy-protocol")).toBe("rpc-v2-cbor");
      expect(reply.body.Metrics).toEqual([{ Namespace: "EDA/CborRaw", MetricName: "Hits", Dimensions: [] }]);
    }
  });

  it("refuses a request that also carries X-Amz-Target, in CBOR", async () => {
    const reply = await post(
      PATH,
      {
        "smithy-protocol": "rpc-v2-cbor",
        "content-type": "application/cbor",
        "x-amz-target": "GraniteServiceVersion20100801.ListMetrics",
      },
      cbor.serialize({}),
    );
    expect(reply.status).toBe(400);
    expect(reply.headers.get("smithy-protocol")).toBe("rpc-v2-cbor");
    expect(reply.body.__type).toBe("com.amazon.coral.service#SerializationException");
  });

  it("answers a JSON body sent as rpc-v2-cbor with 415 UnsupportedMediaTypeException", async () => {
    const reply = await post(
      PATH,
      { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/json" },
      Buffer.from("{}"),
    );
    expect(reply.status).toBe(415);
    expect(reply.body.__type).toBe("com.amazon.coral.service#UnsupportedMediaTypeException");
  });
});
