import { describe, expect, it } from "vitest";
import { failedCalls, providerCalls, timeInCalls, type ProviderCall } from "./terraform-log.js";

/** Entries shaped as hashicorp/aws 5.100.0 logs them at TF_LOG=DEBUG: attributes around a multi-line body. */
const LOG = `2026-11-29T22:39:34.940Z [DEBUG] provider.terraform-provider-aws_v5.100.0_x5: HTTP Request Sent: rpc.method=DescribeStreamSummary timestamp=2026-11-29T22:39:34.940Z
  http.request.body=
  | {"StreamName":"eda-local-events"}
   tf_rpc=ApplyResourceChange
2026-11-29T22:39:34.949Z [DEBUG] provider.terraform-provider-aws_v5.100.0_x5: HTTP Response Received: http.status_code=400 aws.region=us-east-1
  http.response.body=
  | {"__type":"ResourceNotFoundException","message":"not found timestamp=2000-01-01T00:00:00.000Z"}
   rpc.service=Kinesis http.duration=7 rpc.method=DescribeStreamSummary timestamp=2026-11-29T22:39:34.947Z
2026-11-29T22:39:35.000Z [DEBUG] provider.terraform-provider-aws_v5.100.0_x5: HTTP Response Received: http.duration=20 rpc.method=GetQueueAttributes rpc.service=SQS http.status_code=200 http.response.header.date="Sun, 29 Nov 2026 22:39:35 GMT" timestamp=2026-11-29T22:39:35.000Z
2026-11-29T22:39:35.001Z [DEBUG] State storage *statemgr.Filesystem declined to persist a state snapshot
`;

const call = (sentAt: number, receivedAt: number): ProviderCall => ({
  service: "SQS",
  operation: "GetQueueAttributes",
  status: 200,
  sentAt,
  receivedAt,
});

describe("providerCalls", () => {
  it("reads each response's service, operation, status and span, ignoring what a body says", () => {
    const receivedAt = Date.parse("2026-11-29T22:39:34.947Z");
    expect(providerCalls(LOG)).toEqual([
      {
        service: "Kinesis",
        operation: "DescribeStreamSummary",
        status: 400,
        sentAt: receivedAt - 7,
        receivedAt,
      },
      {
        service: "SQS",
        operation: "GetQueueAttributes",
        status: 200,
        sentAt: Date.parse("2026-11-29T22:39:35.000Z") - 20,
        receivedAt: Date.parse("2026-11-29T22:39:35.000Z"),
      },
    ]);
  });
});

describe("timeInCalls", () => {
  it("counts overlapping calls once and the gaps between them not at all", () => {
    expect(timeInCalls([call(0, 10), call(5, 20), call(100, 130)])).toBe(50);
  });

  it("is zero without calls", () => {
    expect(timeInCalls([])).toBe(0);
  });
});

describe("failedCalls", () => {
  it("counts non-2xx answers per operation and status", () => {
    expect(failedCalls(providerCalls(LOG))).toEqual({ "Kinesis.DescribeStreamSummary 400": 1 });
  });
});
