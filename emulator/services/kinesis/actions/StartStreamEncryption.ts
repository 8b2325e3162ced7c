import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  EncryptionType: "KMS" | "NONE";
  KeyId: string;
}

/** Records are not actually encrypted here; the stream reports KMS and the key as AWS does. */
export const StartStreamEncryption = kinesisAction<Input>(
  operations.StartStreamEncryption,
  (model, input, ctx) => {
    const stream = model.findActive(streamRef(input, ctx));
    model.update(stream, () => {
      stream.encryptionType = input.EncryptionType;
      stream.keyId = input.EncryptionType === "KMS" ? input.KeyId : undefined;
    });
    return {};
  },
);
