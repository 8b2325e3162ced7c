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
  /** When set, every service goes to this endpoint with fake credentials. */
  readonly emulatorEndpoint: string | undefined;
  /** Against the emulator, look the account up as against AWS instead of skipping the lookup. */
  readonly emulatorAccountDiscovery: boolean;
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
      ...(props.emulatorEndpoint
        ? emulatorSettings(props.emulatorEndpoint, props.emulatorAccountDiscovery)
        : {}),
    });
  }
}

/**
 * Credential validation (STS GetCallerIdentity alone) stays skipped either way; with account discovery the
 * provider takes its other path, IAM GetUser, STS GetCallerIdentity and IAM ListRoles, which the emulator
 * answers with the account the credentials belong to.
 */
function emulatorSettings(endpoint: string, accountDiscovery: boolean) {
  return {
    ...EMULATOR_CREDENTIALS,
    skipCredentialsValidation: true,
    skipRequestingAccountId: !accountDiscovery,
    skipMetadataApiCheck: "true",
    skipRegionValidation: true,
    endpoints: [Object.fromEntries(EMULATED_SERVICES.map((service) => [service, endpoint]))],
  };
}
