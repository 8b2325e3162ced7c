import type { IncomingHttpHeaders } from "node:http";
import type { ServiceDefinition } from "../core/service.js";
import { ProtocolError } from "../protocols/errors.js";

/** An AWS service as its requests identify it, whether or not the emulator serves it. */
export interface KnownAwsService {
  readonly title: string;
  readonly signingName: string;
  readonly protocol: "awsJson" | "awsQuery" | "restJson";
  readonly jsonTargetPrefix?: string;
  readonly jsonVersion?: "1.0" | "1.1";
  readonly queryVersion?: string;
}

/**
 * AWS services a client may point at the emulator, with what identifies their requests (from the botocore
 * service models): the SigV4 signing name, the awsJson `X-Amz-Target` prefix, the awsQuery `Version`. The
 * services the project will serve come first; the others are common neighbours. S3 (restXml) is left out: its
 * error shape is one no protocol here writes.
 */
const KNOWN_SERVICES: readonly KnownAwsService[] = [
  {
    title: "Amazon SQS",
    signingName: "sqs",
    protocol: "awsJson",
    jsonTargetPrefix: "AmazonSQS",
    jsonVersion: "1.0",
  },
  { title: "Amazon SNS", signingName: "sns", protocol: "awsQuery", queryVersion: "2010-03-31" },
  {
    title: "Amazon Kinesis",
    signingName: "kinesis",
    protocol: "awsJson",
    jsonTargetPrefix: "Kinesis_20131202",
    jsonVersion: "1.1",
  },
  { title: "AWS Lambda", signingName: "lambda", protocol: "restJson" },
  { title: "AWS IAM", signingName: "iam", protocol: "awsQuery", queryVersion: "2010-05-08" },
  { title: "AWS STS", signingName: "sts", protocol: "awsQuery", queryVersion: "2011-06-15" },
  {
    title: "Amazon CloudWatch Logs",
    signingName: "logs",
    protocol: "awsJson",
    jsonTargetPrefix: "Logs_20140328",
    jsonVersion: "1.1",
  },
  { title: "Amazon CloudWatch", signingName: "monitoring", protocol: "awsQuery", queryVersion: "2010-08-01" },
  {
    title: "Amazon DynamoDB",
    signingName: "dynamodb",
    protocol: "awsJson",
    jsonTargetPrefix: "DynamoDB_20120810",
    jsonVersion: "1.0",
  },
  {
    title: "Amazon EventBridge",
    signingName: "events",
    protocol: "awsJson",
    jsonTargetPrefix: "AWSEvents",
    jsonVersion: "1.1",
  },
  {
    title: "Amazon Data Firehose",
    signingName: "firehose",
    protocol: "awsJson",
    jsonTargetPrefix: "Firehose_20150804",
    jsonVersion: "1.1",
  },
  {
    title: "AWS KMS",
    signingName: "kms",
    protocol: "awsJson",
    jsonTargetPrefix: "TrentService",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Secrets Manager",
    signingName: "secretsmanager",
    protocol: "awsJson",
    jsonTargetPrefix: "secretsmanager",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Systems Manager",
    signingName: "ssm",
    protocol: "awsJson",
    jsonTargetPrefix: "AmazonSSM",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Step Functions",
    signingName: "states",
    protocol: "awsJson",
    jsonTargetPrefix: "AWSStepFunctions",
    jsonVersion: "1.0",
  },
  { title: "Amazon EC2", signingName: "ec2", protocol: "awsQuery", queryVersion: "2016-11-15" },
];

/**
 * The AWS service a request is meant for, recognised by its signing name, else its `X-Amz-Target` prefix,
 * else its query `Version` (read lazily: it needs the body); undefined when it names none of the known ones.
 */
export function recogniseAwsService(
  signingName: string | undefined,
  headers: IncomingHttpHeaders,
  queryVersion: () => string | null,
): KnownAwsService | undefined {
  if (signingName !== undefined) {
    const signed = KNOWN_SERVICES.find((service) => service.signingName === signingName);
    if (signed !== undefined) return signed;
  }
  const target = headers["x-amz-target"];
  if (typeof target === "string") {
    const prefix = target.split(".")[0];
    return KNOWN_SERVICES.find((service) => service.jsonTargetPrefix === prefix);
  }
  const version = queryVersion();
  return version === null ? undefined : KNOWN_SERVICES.find((service) => service.queryVersion === version);
}

/** A definition with no actions, so the protocol writes the error with the service's content type. */
export function placeholderDefinition(service: KnownAwsService): ServiceDefinition {
  return {
    signingName: service.signingName,
    jsonTargetPrefix: service.jsonTargetPrefix,
    jsonVersion: service.jsonVersion,
    queryVersion: service.queryVersion,
    actions: new Map(),
  };
}

/**
 * The answer to a call of a service the emulator does not serve: the codes clients already know for "this
 * endpoint does not do that" (UnknownOperationException, InvalidAction in the query protocol), with a message
 * that says why.
 */
export function serviceNotSupported(service: KnownAwsService, served: readonly string[]): ProtocolError {
  return new ProtocolError(
    "UnknownOperationException",
    `${service.title} (${service.signingName}) is not supported by this emulator yet; it serves ${served.join(", ") || "no service"}.`,
    { queryCode: "InvalidAction" },
  );
}
