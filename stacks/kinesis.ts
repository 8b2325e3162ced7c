import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import { Fn, Op, Token } from "cdktf";
import { Construct } from "constructs";
import { streamKey, type Encryption } from "./encryption.js";
import type { StackVariables } from "./variables.js";

export interface EventStreamProps {
  readonly name: string;
  readonly encryption: Encryption;
  readonly variables: StackVariables["stream"];
  readonly preventDestroy: boolean;
}

/** The Kinesis data stream producers write to next to the topic (SNS cannot deliver to Kinesis). */
export class EventStream extends Construct {
  readonly stream: KinesisStream;

  constructor(scope: Construct, id: string, props: EventStreamProps) {
    super(scope, id);
    const { variables } = props;
    this.stream = new KinesisStream(this, "stream", {
      name: props.name,
      streamModeDetails: { streamMode: variables.mode },
      // AWS rejects a shard count on ON_DEMAND streams, so it is null unless the mode is PROVISIONED.
      shardCount: Token.asNumber(
        Fn.conditional(Op.eq(variables.mode, "PROVISIONED"), variables.shardCount, Token.nullValue()),
      ),
      retentionPeriod: variables.retentionHours,
      encryptionType: "KMS",
      kmsKeyId: streamKey(props.encryption),
      lifecycle: { preventDestroy: props.preventDestroy },
    });
  }
}
