import { randomUUID } from "node:crypto";
import type { FunctionConfiguration } from "../../generated/lambda.js";
import { functionNotFound } from "./errors.js";
import { functionArn, type FunctionRef } from "./functionRef.js";
import type { LambdaModel } from "./model.js";
import { LATEST, type AliasRecord, type FunctionRecord, type VersionRecord } from "./records.js";

/** Lambda's LastModified: ISO 8601 with milliseconds and a `+0000` offset (`2024-01-01T00:00:00.000+0000`). */
export function lastModified(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("Z", "+0000");
}

/** A new RevisionId: Lambda's are UUIDs that change with every change to the function or alias. */
export function newRevisionId(): string {
  return randomUUID();
}

/** The function a request names, or AWS's ResourceNotFoundException naming the (qualified) ARN asked for. */
export function findFunction(model: LambdaModel, ref: FunctionRef): FunctionRecord {
  const record = model.get(ref.accountId, ref.region, ref.name);
  if (record === undefined) throw functionNotFound(functionArn(ref, ref.qualifier));
  return record;
}

export function findAlias(record: FunctionRecord, name: string): AliasRecord | undefined {
  return record.aliases.find((alias) => alias.Name === name);
}

/** The version a qualifier selects: `$LATEST` (also when absent), a published version, or an alias's version. */
export function resolveVersion(record: FunctionRecord, qualifier: string | undefined): VersionRecord {
  const wanted =
    qualifier === undefined ? LATEST : (findAlias(record, qualifier)?.FunctionVersion ?? qualifier);
  const found = record.versions.find((version) => version.version === wanted);
  if (found === undefined) throw functionNotFound(functionArn(record, qualifier));
  return found;
}

/**
 * A version's configuration as Lambda returns it. `$LATEST` read without a qualifier carries the unqualified
 * ARN (GetFunction, ListFunctions); anything read by qualifier, and published versions, the qualified one.
 */
export function configurationOf(
  record: FunctionRecord,
  version: VersionRecord,
  qualifiedArn: boolean,
): FunctionConfiguration {
  const qualified = qualifiedArn || version.version !== LATEST;
  return {
    FunctionName: record.name,
    FunctionArn: functionArn(record, qualified ? version.version : undefined),
    ...version.config,
    Version: version.version,
  };
}

/** Replaces one version of a function record (the record is immutable: a new one is returned). */
export function withVersion(record: FunctionRecord, version: VersionRecord): FunctionRecord {
  return {
    ...record,
    versions: record.versions.map((existing) => (existing.version === version.version ? version : existing)),
  };
}
