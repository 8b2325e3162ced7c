import { createHash, createPrivateKey, generateKeyPair, sign, type KeyObject } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";

const generateRsaKeyPair = promisify(generateKeyPair);
const DAY_MS = 24 * 3600 * 1000;
const TEN_YEARS_MS = 3650 * DAY_MS;

/** The PEMs a signer is made of, kept in the data dir so a restart goes on serving the same certificate. */
export interface SigningMaterial {
  readonly privateKeyPem: string;
  readonly certificatePem: string;
}

/**
 * Signs SNS messages as AWS does (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA) with a key whose
 * self-signed certificate the emulator serves at the SigningCertURL, so consumers verify signatures with
 * their usual crypto code.
 */
export class MessageSigner {
  /** File name of the certificate under the emulator's SNS path, as AWS names theirs. */
  readonly certificateFile: string;
  private readonly key: KeyObject;

  constructor(readonly material: SigningMaterial) {
    this.key = createPrivateKey(material.privateKeyPem);
    const fingerprint = createHash("sha256").update(material.certificatePem).digest("hex").slice(0, 32);
    this.certificateFile = `SimpleNotificationService-${fingerprint}.pem`;
  }

  /**
   * A new RSA key (node:crypto) and a self-signed certificate for `sns.amazonaws.com`, valid from a day before
   * `now` for ten years. node:crypto cannot build certificates, so node-forge does that part.
   */
  static async generate(now: number): Promise<MessageSigner> {
    const { privateKey, publicKey } = await generateRsaKeyPair("rsa", {
      modulusLength: 2048,
      publicKeyEncoding: { type: "spki", format: "pem" },
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
    });
    const certificate = forge.pki.createCertificate();
    certificate.publicKey = forge.pki.publicKeyFromPem(publicKey);
    certificate.serialNumber = createHash("sha1").update(publicKey).digest("hex").slice(0, 16);
    certificate.validity.notBefore = new Date(now - DAY_MS);
    certificate.validity.notAfter = new Date(now + TEN_YEARS_MS);
    const name = [{ name: "commonName", value: "sns.amazonaws.com" }];
    certificate.setSubject(name);
    certificate.setIssuer(name);
    certificate.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
    return new MessageSigner({
      privateKeyPem: privateKey,
      certificatePem: forge.pki.certificateToPem(certificate),
    });
  }

  /**
   * Like `sign`, on libuv's thread pool: publishes sign before their transaction with this, so RSA (about half
   * a millisecond a message) does not hold up the event loop and several messages sign at once.
   */
  signAsync(stringToSign: string, signatureVersion: string): Promise<string> {
    return new Promise((resolve, reject) => {
      sign(
        signatureVersion === "2" ? "sha256" : "sha1",
        Buffer.from(stringToSign),
        this.key,
        (error, signature) => {
          if (error) reject(error);
          else resolve(signature.toString("base64"));
        },
      );
    });
  }

  /** Base64 signature of `stringToSign` for the topic's SignatureVersion. */
  sign(stringToSign: string, signatureVersion: string): string {
    return sign(signatureVersion === "2" ? "sha256" : "sha1", Buffer.from(stringToSign), this.key).toString(
      "base64",
    );
  }
}

/**
 * AWS's documented string to sign: the listed fields that are present, each as `name\nvalue\n`, in this
 * order (Subject only when the message has one).
 */
export function stringToSign(
  fields: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): string {
  let out = "";
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined) out += `${name}\n${value}\n`;
  }
  return out;
}

export const NOTIFICATION_FIELDS = [
  "Message",
  "MessageId",
  "Subject",
  "Timestamp",
  "TopicArn",
  "Type",
] as const;
export const CONFIRMATION_FIELDS = [
  "Message",
  "MessageId",
  "SubscribeURL",
  "Timestamp",
  "Token",
  "TopicArn",
  "Type",
] as const;
