/**
 * What Lambda keeps per function. Configurations are stored in the shape Lambda returns them
 * (FunctionConfiguration), so read-backs are exactly what was set; what depends on where a configuration is read
 * from (FunctionName, FunctionArn, Version) is added when it is read. Records are immutable: a change stores a
 * new one.
 */
import type {
  AliasRoutingConfiguration,
  DestinationConfig,
  FunctionConfiguration,
} from "../../generated/lambda.js";

/** One version's configuration, as GetFunctionConfiguration returns it without its name, ARN and version. */
export type StoredConfiguration = Omit<FunctionConfiguration, "FunctionName" | "FunctionArn" | "Version"> & {
  readonly Role: string;
  readonly CodeSha256: string;
  readonly CodeSize: number;
  readonly LastModified: string;
  readonly RevisionId: string;
  readonly State: "Pending" | "Active" | "Inactive" | "Failed";
  readonly LastUpdateStatus: "InProgress" | "Successful" | "Failed";
};

export interface VersionRecord {
  /** `$LATEST` or a published version number. */
  readonly version: string;
  readonly config: StoredConfiguration;
}

export interface AliasRecord {
  readonly Name: string;
  readonly FunctionVersion: string;
  readonly Description: string;
  readonly RoutingConfig?: AliasRoutingConfiguration;
  readonly RevisionId: string;
}

export interface EventInvokeConfigRecord {
  /** Epoch seconds, as the API's timestamp. */
  readonly LastModified: number;
  readonly MaximumRetryAttempts?: number;
  readonly MaximumEventAgeInSeconds?: number;
  readonly DestinationConfig?: DestinationConfig;
}

/** One statement of a function's resource-based policy, as GetPolicy returns it. */
export interface PermissionStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Principal: string | Readonly<Record<string, string>>;
  readonly Action: string;
  readonly Resource: string;
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface FunctionRecord {
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
  /** `$LATEST` first, then published versions in order. */
  readonly versions: readonly VersionRecord[];
  /** The number the next published version gets: Lambda never reuses a deleted version's number. */
  readonly nextVersion: number;
  readonly aliases: readonly AliasRecord[];
  /** Resource-policy statements by qualifier (`$LATEST` for the unqualified function, a version or an alias). */
  readonly permissions: Readonly<Record<string, readonly PermissionStatement[]>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly reservedConcurrency?: number;
  /** Asynchronous invocation settings by qualifier (`$LATEST`, a version or an alias). */
  readonly eventInvokeConfigs: Readonly<Record<string, EventInvokeConfigRecord>>;
}

export const LATEST = "$LATEST";

export function latestOf(record: FunctionRecord): VersionRecord {
  const latest = record.versions[0];
  if (latest === undefined) throw new Error(`function ${record.name} has no $LATEST`);
  return latest;
}
