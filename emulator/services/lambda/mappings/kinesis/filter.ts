import {
  compileFilterPolicy,
  type CompiledFilterPolicy,
  type FilterLookup,
} from "../../../../core/filter-pattern/compile.js";
import { jsonLookup, parseJson } from "../../../../core/filter-pattern/lookup.js";
import type { KinesisStreamRecord } from "../../../../core/interfaces.js";
import type { FilterCriteria } from "../../../../generated/lambda.js";

/** Whether a record goes to the function; records that do not are checkpointed past and never sent. */
export type RecordFilter = (record: KinesisStreamRecord) => boolean;

/**
 * Lambda's event filtering for Kinesis: a record is sent when it matches ANY of the patterns (no patterns: every
 * record). Kinesis mappings filter on the `data` key only; `data` is the record's payload parsed as JSON, and a
 * payload that is not JSON has no `data` keys to match, so a pattern that asks for one drops it. The control
 * plane validated the patterns; one that still does not compile sends nothing rather than everything.
 */
export function recordFilter(criteria: FilterCriteria | undefined): RecordFilter {
  const patterns = (criteria?.Filters ?? []).map((filter) => compile(filter.Pattern ?? "{}"));
  if (patterns.length === 0) return () => true;
  return (record) => {
    const lookup = dataLookup(record.data);
    return patterns.some((pattern) => pattern !== undefined && pattern.matches(lookup));
  };
}

function compile(pattern: string): CompiledFilterPolicy | undefined {
  try {
    return compileFilterPolicy(pattern, "MessageBody");
  } catch {
    return undefined;
  }
}

/** `{"data": <the payload as JSON>}`, parsed on the first key a pattern asks for. */
function dataLookup(data: Buffer): FilterLookup {
  let lookup: FilterLookup | undefined;
  return (path) => {
    lookup ??= jsonLookup({ data: parseJson(data.toString("utf8")) });
    return lookup(path);
  };
}
