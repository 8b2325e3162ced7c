/** What IAM keeps per entity; every record is immutable: an update stores a new one. Dates are epoch ms. */

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

/** A user or a role: both carry inline policies and attached managed policies. */
export interface PolicyHolder {
  readonly accountId: string;
  readonly name: string;
  readonly id: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate: number;
  readonly tags: readonly Tag[];
  /** Inline policies by name, documents as they were put. */
  readonly inline: Readonly<Record<string, string>>;
  /** ARNs of attached managed policies, in attachment order. */
  readonly attached: readonly string[];
}

export type UserRecord = PolicyHolder;

export interface RoleRecord extends PolicyHolder {
  readonly trustPolicy: string;
  readonly description: string | undefined;
  readonly maxSessionDuration: number;
}

export interface PolicyVersionRecord {
  readonly versionId: string;
  readonly document: string;
  readonly createDate: number;
}

export interface ManagedPolicyRecord {
  readonly accountId: string;
  readonly name: string;
  readonly id: string;
  readonly path: string;
  readonly arn: string;
  readonly description: string | undefined;
  readonly createDate: number;
  readonly updateDate: number;
  readonly defaultVersionId: string;
  readonly versions: readonly PolicyVersionRecord[];
  /** The number of the next version (`v3`): IAM never reuses a deleted version's id. */
  readonly nextVersion: number;
  readonly tags: readonly Tag[];
}

export interface AccessKeyRecord {
  readonly accountId: string;
  readonly userName: string;
  readonly accessKeyId: string;
  /** Kept for SigV4 verification under `--sigv4`; IAM returns it only from CreateAccessKey. */
  readonly secretAccessKey: string;
  readonly status: "Active" | "Inactive";
  readonly createDate: number;
}

export type EntityKind = "user" | "role" | "policy" | "key";

export interface EntityRecords {
  user: UserRecord;
  role: RoleRecord;
  policy: ManagedPolicyRecord;
  key: AccessKeyRecord;
}
