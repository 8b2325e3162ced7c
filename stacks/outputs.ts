import { TerraformOutput } from "cdktf";
import { Construct } from "constructs";

export interface OutputSpec {
  readonly description: string;
  readonly value: unknown;
  readonly sensitive?: boolean;
}

/** Outputs with plain names (`terraform output topic_arn`), all declared in one place. */
export class StackOutputs extends Construct {
  add(name: string, spec: OutputSpec): void {
    const output = new TerraformOutput(this, name, {
      description: spec.description,
      value: spec.value,
      sensitive: spec.sensitive,
    });
    output.overrideLogicalId(name);
  }
}
