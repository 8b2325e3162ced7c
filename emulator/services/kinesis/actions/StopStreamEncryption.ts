import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  EncryptionType: "KMS" | "NONE";
  KeyId: string;
}

export const StopStreamEncryption = kinesisAction<Input>(
  operations.StopStreamEncryption,
  (model, input, ctx) => {
    const stream = model.findActive(streamRef(input, ctx));
    model.update(stream, () => {
      stream.encryptionType = "NONE";
      stream.keyId = undefined;
    });
    return {};
  },
);
