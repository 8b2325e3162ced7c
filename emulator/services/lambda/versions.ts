import { configurationOf, lastModified, newRevisionId } from "./configuration.js";
import { latestOf, type FunctionRecord, type StoredConfiguration, type VersionRecord } from "./records.js";

/** What makes two versions the same for PublishVersion: everything but the bookkeeping of when and which. */
function publishedContent(config: StoredConfiguration): string {
  const {
    LastModified: _m,
    RevisionId: _r,
    State: _s,
    LastUpdateStatus: _u,
    Description: _d,
    ...content
  } = config;
  return JSON.stringify(content, Object.keys(content).sort());
}

/**
 * Publishes `$LATEST` as the next version, as PublishVersion does: when `$LATEST` has not changed since the
 * newest published version, that version is returned and nothing is created.
 */
export function publish(
  record: FunctionRecord,
  description: string | undefined,
  now: number,
): { record: FunctionRecord; version: VersionRecord } {
  const latest = latestOf(record);
  const newest = record.versions.length > 1 ? record.versions[record.versions.length - 1] : undefined;
  if (newest !== undefined && publishedContent(newest.config) === publishedContent(latest.config)) {
    return { record, version: newest };
  }
  const version: VersionRecord = {
    version: String(record.nextVersion),
    config: {
      ...latest.config,
      Description: description ?? latest.config.Description,
      LastModified: lastModified(now),
      RevisionId: newRevisionId(),
    },
  };
  return {
    record: { ...record, versions: [...record.versions, version], nextVersion: record.nextVersion + 1 },
    version,
  };
}

/** The published version's configuration as PublishVersion and CreateFunction(Publish) answer it. */
export function publishedOutput(record: FunctionRecord, version: VersionRecord): Record<string, unknown> {
  return { ...configurationOf(record, version, true) };
}
