import {
  CreateStreamCommand,
  DeleteResourcePolicyCommand,
  DescribeStreamSummaryCommand,
  GetResourcePolicyCommand,
  type KinesisClient,
  PutRecordCommand,
  PutResourcePolicyCommand,
} from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../emulator/index.js";
import { kinesisClient, waitForActive } from "./support/kinesis.js";

let emulator: RunningEmulator;
let owner: KinesisClient;
let other: KinesisClient;
const StreamName = "shared";
const StreamARN = "arn:aws:kinesis:us-east-1:000000000000:stream/shared";

const allowOtherAccount = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "OtherAccountWrites",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::111111111111:root" },
      Action: ["kinesis:PutRecord", "kinesis:DescribeStreamSummary"],
      Resource: StreamARN,
    },
  ],
});

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  owner = kinesisClient(emulator.url);
  // A 12-digit access key id acts as that account.
  other = kinesisClient(emulator.url, "http2", "111111111111");
  await owner.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
  await waitForActive(owner, StreamName);
});

afterAll(async () => {
  await emulator.stop();
});

describe("Kinesis resource policies", () => {
  it("denies another account's call on a stream without a policy", async () => {
    await expect(other.send(new DescribeStreamSummaryCommand({ StreamARN }))).rejects.toMatchObject({
      name: "AccessDeniedException",
      message: expect.stringContaining(
        "because no resource-based policy allows the kinesis:DescribeStreamSummary action",
      ) as unknown,
    });
  });

  it("lets another account do what the stream's policy allows, and only that", async () => {
    await owner.send(new PutResourcePolicyCommand({ ResourceARN: StreamARN, Policy: allowOtherAccount }));
    const { Policy } = await owner.send(new GetResourcePolicyCommand({ ResourceARN: StreamARN }));
    expect(JSON.parse(Policy ?? "{}")).toEqual(JSON.parse(allowOtherAccount));
    const put = await other.send(
      new PutRecordCommand({ StreamARN, PartitionKey: "k", Data: Buffer.from("x") }),
    );
    expect(put.ShardId).toBe("shardId-000000000000");
    await expect(other.send(new GetResourcePolicyCommand({ ResourceARN: StreamARN }))).rejects.toMatchObject({
      name: "AccessDeniedException",
    });
  });

  it("denies the owner too when the policy denies explicitly", async () => {
    const deny = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Principal: "*", Action: "kinesis:PutRecord", Resource: StreamARN }],
    });
    await owner.send(new PutResourcePolicyCommand({ ResourceARN: StreamARN, Policy: deny }));
    await expect(
      owner.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("x") })),
    ).rejects.toMatchObject({ name: "AccessDeniedException" });
    await owner.send(new DeleteResourcePolicyCommand({ ResourceARN: StreamARN }));
    await owner.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("x") }));
  });

  it("gives aws:SourceIp the connection's address over HTTP/2, the SDK's default handler", async () => {
    const denyFrom = (cidr: string): string =>
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Deny",
            Principal: "*",
            Action: "kinesis:PutRecord",
            Resource: StreamARN,
            Condition: { IpAddress: { "aws:SourceIp": cidr } },
          },
        ],
      });
    const put = (): Promise<unknown> =>
      owner.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("x") }));
    await owner.send(
      new PutResourcePolicyCommand({ ResourceARN: StreamARN, Policy: denyFrom("127.0.0.1/32") }),
    );
    await expect(put()).rejects.toMatchObject({ name: "AccessDeniedException" });
    await owner.send(
      new PutResourcePolicyCommand({ ResourceARN: StreamARN, Policy: denyFrom("203.0.113.0/24") }),
    );
    await put();
    await owner.send(new DeleteResourcePolicyCommand({ ResourceARN: StreamARN }));
  });

  it("refuses a policy document that is not one with InvalidArgumentException", async () => {
    await expect(
      owner.send(new PutResourcePolicyCommand({ ResourceARN: StreamARN, Policy: '{"Statement": []}' })),
    ).rejects.toMatchObject({ name: "InvalidArgumentException" });
  });
});
