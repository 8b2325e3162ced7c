/**
 * The configuration members CreateFunction and UpdateFunctionConfiguration share, turned into what
 * GetFunctionConfiguration returns, with Lambda's defaults for what was left out.
 */
import type { CreateFunctionRequest, UpdateFunctionConfigurationRequest } from "../../generated/lambda.js";
import { LambdaErrors } from "./errors.js";
import type { StoredConfiguration } from "./records.js";

type Settings = Omit<UpdateFunctionConfigurationRequest, "FunctionName" | "RevisionId">;

/** What a new function reports for every member the request left out. */
export function defaultsFor(name: string): Partial<StoredConfiguration> {
  return {
    Description: "",
    Timeout: 3,
    MemorySize: 128,
    PackageType: "Zip",
    Architectures: ["x86_64"],
    EphemeralStorage: { Size: 512 },
    TracingConfig: { Mode: "PassThrough" },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: { LogFormat: "Text", LogGroup: `/aws/lambda/${name}` },
  };
}

/** Features that need infrastructure the emulator does not model: refused with what to do instead. */
function refuseUnmodelled(settings: Settings | CreateFunctionRequest): void {
  if (settings.Layers !== undefined && settings.Layers.length > 0) {
    throw LambdaErrors.invalidParameterValue(
      "Layers are not served by the emulator: bundle the layer's code into the function's .zip instead.",
    );
  }
  if (settings.FileSystemConfigs !== undefined && settings.FileSystemConfigs.length > 0) {
    throw LambdaErrors.invalidParameterValue(
      "EFS file systems are not served by the emulator: remove FileSystemConfigs.",
    );
  }
}

/** The members of `settings` that were given, as the configuration reports them. */
export function configurationSettings(
  name: string,
  settings: Settings | CreateFunctionRequest,
): Partial<StoredConfiguration> {
  refuseUnmodelled(settings);
  const out: Record<string, unknown> = {};
  const copy = [
    "Runtime",
    "Role",
    "Handler",
    "Description",
    "Timeout",
    "MemorySize",
    "DeadLetterConfig",
    "KMSKeyArn",
    "EphemeralStorage",
  ] as const;
  for (const key of copy) if (settings[key] !== undefined) out[key] = settings[key];
  if (settings.Environment !== undefined) {
    const variables = settings.Environment.Variables ?? {};
    out.Environment = Object.keys(variables).length > 0 ? { Variables: variables } : undefined;
  }
  if (settings.TracingConfig?.Mode !== undefined) out.TracingConfig = { Mode: settings.TracingConfig.Mode };
  if (settings.VpcConfig !== undefined) {
    const subnets = settings.VpcConfig.SubnetIds ?? [];
    out.VpcConfig =
      subnets.length === 0
        ? undefined
        : {
            SubnetIds: subnets,
            SecurityGroupIds: settings.VpcConfig.SecurityGroupIds ?? [],
            Ipv6AllowedForDualStack: settings.VpcConfig.Ipv6AllowedForDualStack ?? false,
          };
  }
  if (settings.SnapStart?.ApplyOn !== undefined) {
    out.SnapStart = { ApplyOn: settings.SnapStart.ApplyOn, OptimizationStatus: "Off" };
  }
  if (settings.LoggingConfig !== undefined) {
    out.LoggingConfig = {
      LogFormat: settings.LoggingConfig.LogFormat ?? "Text",
      LogGroup: settings.LoggingConfig.LogGroup ?? `/aws/lambda/${name}`,
      ...(settings.LoggingConfig.LogFormat === "JSON"
        ? {
            ApplicationLogLevel: settings.LoggingConfig.ApplicationLogLevel ?? "INFO",
            SystemLogLevel: settings.LoggingConfig.SystemLogLevel ?? "INFO",
          }
        : {}),
    };
  }
  return out;
}

/** Drops members set to undefined (a removed Environment or VpcConfig), so they are absent on read-back. */
export function withoutUnset<T extends object>(config: T): T {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as T;
}
