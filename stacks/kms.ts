import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias/index.js";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import { Construct } from "constructs";
import { accountRootArn, policyJson, type PolicyStatement } from "./policy-document.js";

export interface EncryptionKeyProps {
  readonly alias: string;
  readonly partition: string;
  readonly accountId: string;
  /** The events topic's ARN, built from its name so the key policy and the topic do not form a cycle. */
  readonly topicArn: string;
  /** Let CloudWatch alarms publish to a topic encrypted with this key. */
  readonly allowCloudWatchAlarms: boolean;
  readonly preventDestroy: boolean;
}

const DATA_KEY_ACTIONS = ["kms:GenerateDataKey*", "kms:Decrypt"];

/**
 * One customer managed key for the topic, the queues and the stream. Its policy grants SNS the data-key
 * actions for this topic only: the AWS managed `alias/aws/sqs` key cannot be granted to SNS, which makes
 * SNS delivery to queues encrypted with it fail silently.
 */
export class EncryptionKey extends Construct {
  readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    const statements: PolicyStatement[] = [
      {
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: accountRootArn(props.partition, props.accountId) },
        Action: "kms:*",
        Resource: "*",
      },
      {
        Sid: "SnsEncryptsDeliveriesFromThisTopic",
        Effect: "Allow",
        Principal: { Service: "sns.amazonaws.com" },
        Action: DATA_KEY_ACTIONS,
        Resource: "*",
        Condition: { ArnEquals: { "aws:SourceArn": props.topicArn } },
      },
    ];
    if (props.allowCloudWatchAlarms) {
      statements.push({
        Sid: "CloudWatchPublishesAlarmsFromThisAccount",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: DATA_KEY_ACTIONS,
        Resource: "*",
        Condition: { StringEquals: { "aws:SourceAccount": props.accountId } },
      });
    }
    this.key = new KmsKey(this, "key", {
      description: "Encrypts the event topic, queues and stream",
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyJson(statements),
      lifecycle: { preventDestroy: props.preventDestroy },
    });
    new KmsAlias(this, "alias", { name: props.alias, targetKeyId: this.key.keyId });
  }
}
