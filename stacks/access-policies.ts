import { policyJson, type PolicyStatement } from "./policy-document.js";

/** The key statement producers and consumers need when the stack uses its own KMS key. */
function keyStatement(keyArn: string | undefined, actions: string[]): PolicyStatement[] {
  return keyArn ? [{ Sid: "UseStackKey", Effect: "Allow", Action: actions, Resource: keyArn }] : [];
}

/** Least privilege for a producer: publish to the topic and put records on the stream. */
export function publisherPolicy(topicArn: string, streamArn: string, keyArn: string | undefined): string {
  return policyJson([
    { Sid: "PublishToEventTopic", Effect: "Allow", Action: "sns:Publish", Resource: topicArn },
    {
      Sid: "PutRecordsOnEventStream",
      Effect: "Allow",
      Action: [
        "kinesis:PutRecord",
        "kinesis:PutRecords",
        "kinesis:DescribeStreamSummary",
        "kinesis:ListShards",
      ],
      Resource: streamArn,
    },
    ...keyStatement(keyArn, ["kms:GenerateDataKey", "kms:Decrypt"]),
  ]);
}

/** Least privilege for an application that consumes one subscribed queue. */
export function queueConsumerPolicy(queueArn: string, keyArn: string | undefined): string {
  return policyJson([
    {
      Sid: "ConsumeThisQueue",
      Effect: "Allow",
      Action: [
        "sqs:ReceiveMessage",
        "sqs:DeleteMessage",
        "sqs:ChangeMessageVisibility",
        "sqs:GetQueueAttributes",
        "sqs:GetQueueUrl",
      ],
      Resource: queueArn,
    },
    ...keyStatement(keyArn, ["kms:Decrypt"]),
  ]);
}
