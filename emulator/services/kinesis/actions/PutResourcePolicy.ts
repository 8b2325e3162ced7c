import { AwsError } from "../../../core/errors.js";
import { compilePolicy, policyErrorFor } from "../../../core/policy/index.js";
import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { refFromArn } from "../streamRef.js";

export const PutResourcePolicy = kinesisAction<{ ResourceARN: string; Policy: string }>(
  operations.PutResourcePolicy,
  (model, input) => {
    const stream = model.find(refFromArn(input.ResourceARN));
    const compiled = compilePolicy(input.Policy, "resource");
    if (!compiled.ok) {
      const { code, status, message } = policyErrorFor("kinesis", compiled.problem);
      throw new AwsError(code, message, { status });
    }
    model.update(
      stream,
      () => {
        stream.resourcePolicy = input.Policy;
      },
      false,
    );
    return {};
  },
);
