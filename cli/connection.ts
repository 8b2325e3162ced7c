import { DEFAULT_EMULATOR_ENDPOINT } from "../stacks/emulator-endpoint.js";

/** The options every AWS-facing command takes. */
export interface ConnectionOptions {
  readonly local?: boolean;
  readonly endpoint?: string;
  readonly region?: string;
}

/** What SDK clients are built from. */
export interface ClientConfig {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** The emulator accepts any key; these are used with `--local` when the environment names none. */
const EMULATOR_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };

/**
 * AWS itself by default (the SDK's standard resolution of region, credentials and endpoint). `--endpoint URL`
 * points at an emulator or any AWS-compatible endpoint; `--local` at the local emulator
 * (`EDA_EMULATOR_ENDPOINT`, else the stack's default), with test credentials and us-east-1 unless the
 * environment sets its own.
 */
export function clientConfig(options: ConnectionOptions, env: NodeJS.ProcessEnv = process.env): ClientConfig {
  const local = options.local === true;
  const endpoint =
    options.endpoint ?? (local ? (env.EDA_EMULATOR_ENDPOINT ?? DEFAULT_EMULATOR_ENDPOINT) : undefined);
  const region =
    options.region ?? (local && !env.AWS_REGION && !env.AWS_DEFAULT_REGION ? "us-east-1" : undefined);
  const credentials = local && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE ? EMULATOR_CREDENTIALS : undefined;
  return {
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(credentials !== undefined ? { credentials } : {}),
  };
}
