/**
 * What Lambda keeps per event source mapping: its configuration in the shape the API returns it (so read-backs
 * are exactly what was set, AWS's defaults filled in), its tags, and where it belongs. Records are immutable: a
 * change stores a new one.
 */
import type { MappingSettings } from "./poller.js";

/** Settled states, and the transitional ones a mapping passes through on the core clock. */
export type MappingState =
  "Creating" | "Enabling" | "Enabled" | "Disabling" | "Disabled" | "Updating" | "Deleting";

export type SourceService = "kinesis" | "sqs";

export interface MappingRecord extends MappingSettings {
  readonly source: SourceService;
  readonly config: MappingSettings["config"] & { readonly State: MappingState };
  /** Whether the mapping is to poll once it settles (Enabled) or not (Disabled). */
  readonly enabled: boolean;
  readonly tags: Readonly<Record<string, string>>;
}

/** `arn:aws:lambda:REGION:ACCOUNT:event-source-mapping:UUID`. */
export function mappingArn(accountId: string, region: string, uuid: string): string {
  return `arn:aws:lambda:${region}:${accountId}:event-source-mapping:${uuid}`;
}

/** A state in which the mapping is changing: AWS refuses updates and deletes until it settles. */
export function isTransitional(state: MappingState): boolean {
  return state !== "Enabled" && state !== "Disabled";
}

/**
 * StateTransitionReason after a user's change, as Lambda words it per source: stream mappings say "User action",
 * queue mappings "USER_INITIATED" (as AWS's own examples for each show).
 */
export function userTransitionReason(source: SourceService): string {
  return source === "kinesis" ? "User action" : "USER_INITIATED";
}
