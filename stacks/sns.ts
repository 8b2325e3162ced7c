import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy/index.js";
import { Construct } from "constructs";
import { topicKey, type Encryption } from "./encryption.js";
import { accountRootArn, denyInsecureTransport, policyJson } from "./policy-document.js";

export interface EventTopicProps {
  readonly name: string;
  readonly fifo: boolean;
  readonly encryption: Encryption;
  readonly partition: string;
  readonly accountId: string;
}

const OWNER_ACTIONS = [
  "SNS:GetTopicAttributes",
  "SNS:SetTopicAttributes",
  "SNS:AddPermission",
  "SNS:RemovePermission",
  "SNS:DeleteTopic",
  "SNS:Subscribe",
  "SNS:ListSubscriptionsByTopic",
  "SNS:Publish",
];

/** The topic producers publish to: encrypted, usable only by the owner account, TLS only. */
export class EventTopic extends Construct {
  readonly topic: SnsTopic;

  constructor(scope: Construct, id: string, props: EventTopicProps) {
    super(scope, id);
    this.topic = new SnsTopic(this, "topic", {
      name: props.name,
      fifoTopic: props.fifo ? true : undefined,
      contentBasedDeduplication: props.fifo ? true : undefined,
      kmsMasterKeyId: topicKey(props.encryption),
    });
    new SnsTopicPolicy(this, "policy", {
      arn: this.topic.arn,
      policy: policyJson([
        {
          Sid: "OwnerAccountOnly",
          Effect: "Allow",
          Principal: { AWS: accountRootArn(props.partition, props.accountId) },
          Action: OWNER_ACTIONS,
          Resource: this.topic.arn,
        },
        denyInsecureTransport("SNS:Publish", this.topic.arn),
      ]),
    });
  }
}
