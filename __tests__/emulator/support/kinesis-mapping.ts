import { existsSync, readFileSync } from "node:fs";
import { PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { CreateStreamCommand, PutRecordsCommand, type KinesisClient } from "@aws-sdk/client-kinesis";
import {
  CreateEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  type CreateEventSourceMappingCommandInput,
} from "@aws-sdk/client-lambda";
import { waitForActive } from "./kinesis.js";
import type { LambdaClients } from "./lambda.js";

/** What an event source mapping's execution role needs: read the stream, send failure records, write logs. */
export const MAPPING_ROLE_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: [
        "kinesis:*",
        "sqs:SendMessage",
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:PutLogEvents",
      ],
      Resource: "*",
    },
  ],
});

/** An execution role for Kinesis mappings. */
export async function mappingRole(clients: LambdaClients, name: string): Promise<string> {
  const arn = await clients.role(name);
  await clients.iam.send(
    new PutRolePolicyCommand({ RoleName: name, PolicyName: "mapping", PolicyDocument: MAPPING_ROLE_POLICY }),
  );
  return arn;
}

/** Creates an ACTIVE stream; returns its ARN. */
export async function createStream(
  kinesis: KinesisClient,
  StreamName: string,
  ShardCount = 1,
): Promise<string> {
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount }));
  await waitForActive(kinesis, StreamName);
  return `arn:aws:kinesis:us-east-1:000000000000:stream/${StreamName}`;
}

/** Puts records (partition key, data) in one PutRecords; returns their sequence numbers. */
export async function putRecords(
  kinesis: KinesisClient,
  StreamName: string,
  records: readonly (readonly [string, string])[],
): Promise<string[]> {
  const out = await kinesis.send(
    new PutRecordsCommand({
      StreamName,
      Records: records.map(([key, data]) => ({ PartitionKey: key, Data: Buffer.from(data) })),
    }),
  );
  return (out.Records ?? []).map((record) => record.SequenceNumber ?? "");
}

/** Creates a mapping and waits until it is Enabled; returns its UUID. */
export async function createMapping(
  clients: LambdaClients,
  input: CreateEventSourceMappingCommandInput,
): Promise<string> {
  const created = await clients.lambda.send(new CreateEventSourceMappingCommand(input));
  const uuid = created.UUID ?? "";
  for (;;) {
    const mapping = await clients.lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }));
    if (mapping.State === "Enabled") return uuid;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The JSON lines a recording handler appended to `file` (none when it does not exist yet). */
export function linesOf<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Waits until `check` returns a value (not undefined), polling every few milliseconds; throws after `limitMs`. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  limitMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A Node.js handler that appends the data of each batch's records (as one JSON array) to the file named by its
 * OUT environment variable, then runs `behaviour` (code with `event` and `datas` in scope) for its answer.
 */
export function recordingHandler(behaviour = "return null;"): string {
  return `import { appendFileSync, existsSync, writeFileSync } from "node:fs";
export const handler = async (event) => {
  const datas = event.Records.map((record) => Buffer.from(record.kinesis.data, "base64").toString("utf8"));
  appendFileSync(process.env.OUT, JSON.stringify(datas) + "\\n");
  ${behaviour}
};
`;
}
