import type { EncryptionMode } from "./config.js";

/** How each service encrypts at rest: with the stack's customer managed key, or AWS's own keys. */
export interface Encryption {
  readonly mode: EncryptionMode;
  /** Set when `mode` is `customer-kms`. */
  readonly keyArn: string | undefined;
}

export function topicKey(encryption: Encryption): string {
  return encryption.keyArn ?? "alias/aws/sns";
}

export function streamKey(encryption: Encryption): string {
  return encryption.keyArn ?? "alias/aws/kinesis";
}

/**
 * SSE-SQS when there is no customer key: SNS can deliver to it, unlike the AWS managed `alias/aws/sqs`
 * key. The provider rejects `sqs_managed_sse_enabled` together with a KMS key, so only one is set.
 */
export function queueEncryption(encryption: Encryption) {
  return encryption.keyArn
    ? { kmsMasterKeyId: encryption.keyArn, kmsDataKeyReusePeriodSeconds: 300 }
    : { sqsManagedSseEnabled: true };
}
