import type { ServiceEndpoint } from "../core/service.js";
import { ProtocolError } from "../protocols/errors.js";

/** An AWS service as its requests identify it, whether or not the emulator serves it. */
export interface KnownAwsService extends ServiceEndpoint {
  readonly title: string;
}

/**
 * AWS services a client may point at the emulator, with what identifies their requests (from the botocore
 * service models): the SigV4 signing name, the awsJson `X-Amz-Target` prefix, the awsQuery `Version`. The
 * services the project will serve come first; the others are common neighbours. S3 (restXml) is left out: its
 * error shape is one no protocol here writes.
 */
export const knownAwsServices: readonly KnownAwsService[] = [
  {
    title: "Amazon SQS",
    signingName: "sqs",
    protocols: ["awsJson"],
    jsonTargetPrefix: "AmazonSQS",
    jsonVersion: "1.0",
  },
  { title: "Amazon SNS", signingName: "sns", protocols: ["awsQuery"], queryVersion: "2010-03-31" },
  {
    title: "Amazon Kinesis",
    signingName: "kinesis",
    protocols: ["awsJson", "awsCbor"],
    jsonTargetPrefix: "Kinesis_20131202",
    jsonVersion: "1.1",
  },
  { title: "AWS Lambda", signingName: "lambda", protocols: ["restJson"] },
  { title: "AWS IAM", signingName: "iam", protocols: ["awsQuery"], queryVersion: "2010-05-08" },
  { title: "AWS STS", signingName: "sts", protocols: ["awsQuery"], queryVersion: "2011-06-15" },
  {
    title: "Amazon CloudWatch Logs",
    signingName: "logs",
    protocols: ["awsJson"],
    jsonTargetPrefix: "Logs_20140328",
    jsonVersion: "1.1",
  },
  {
    title: "Amazon CloudWatch",
    signingName: "monitoring",
    protocols: ["awsQuery"],
    queryVersion: "2010-08-01",
  },
  {
    title: "Amazon DynamoDB",
    signingName: "dynamodb",
    protocols: ["awsJson"],
    jsonTargetPrefix: "DynamoDB_20120810",
    jsonVersion: "1.0",
  },
  {
    title: "Amazon EventBridge",
    signingName: "events",
    protocols: ["awsJson"],
    jsonTargetPrefix: "AWSEvents",
    jsonVersion: "1.1",
  },
  {
    title: "Amazon Data Firehose",
    signingName: "firehose",
    protocols: ["awsJson"],
    jsonTargetPrefix: "Firehose_20150804",
    jsonVersion: "1.1",
  },
  {
    title: "AWS KMS",
    signingName: "kms",
    protocols: ["awsJson"],
    jsonTargetPrefix: "TrentService",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Secrets Manager",
    signingName: "secretsmanager",
    protocols: ["awsJson"],
    jsonTargetPrefix: "secretsmanager",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Systems Manager",
    signingName: "ssm",
    protocols: ["awsJson"],
    jsonTargetPrefix: "AmazonSSM",
    jsonVersion: "1.1",
  },
  {
    title: "AWS Step Functions",
    signingName: "states",
    protocols: ["awsJson"],
    jsonTargetPrefix: "AWSStepFunctions",
    jsonVersion: "1.0",
  },
  { title: "Amazon EC2", signingName: "ec2", protocols: ["awsQuery"], queryVersion: "2016-11-15" },
];

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
