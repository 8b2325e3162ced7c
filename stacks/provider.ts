import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import { Construct } from "constructs";

/** The services the stack talks to; an emulator must answer all of them. */
export const EMULATED_SERVICES = [
  "sns",
  "sqs",
  "kinesis",
  "lambda",
  "iam",
  "sts",
  "cloudwatch",
  "logs",
] as const;

/** Credentials an emulator accepts; never valid against AWS. */
const EMULATOR_CREDENTIALS = { accessKey: "test", secretKey: "test" } as const;

export interface ProviderProps {
  readonly region: string;
  readonly allowedAccountIds: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
  /** When set, every service goes to this endpoint with fake credentials and no account lookups. */
  readonly emulatorEndpoint: string | undefined;
}

/** The AWS provider: default tags everywhere, an optional account guard, optional emulator endpoints. */
export class Provider extends Construct {
  readonly aws: AwsProvider;

  constructor(scope: Construct, id: string, props: ProviderProps) {
    super(scope, id);
    this.aws = new AwsProvider(this, "aws", {
      region: props.region,
      allowedAccountIds: props.allowedAccountIds.length > 0 ? [...props.allowedAccountIds] : undefined,
      defaultTags: [{ tags: { ...props.tags } }],
      ...(props.emulatorEndpoint ? emulatorSettings(props.emulatorEndpoint) : {}),
    });
  }
}

function emulatorSettings(endpoint: string) {
  return {
    ...EMULATOR_CREDENTIALS,
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: "true",
    skipRegionValidation: true,
    endpoints: [Object.fromEntries(EMULATED_SERVICES.map((service) => [service, endpoint]))],
  };
}
