import { compileFilterPolicy } from "../../../../core/filter-pattern/compile.js";
import { jsonLookup, parseJson, isPlainObject } from "../../../../core/filter-pattern/lookup.js";
import type { FilterCriteria } from "../../../../generated/lambda.js";
import type { SqsEventRecord } from "./event.js";

/** Whether a record passes a mapping's filter criteria. */
export type RecordFilter = (record: SqsEventRecord) => boolean;

/**
 * A mapping's FilterCriteria as one test over its event records: a record passes when any pattern matches it,
 * and every record passes without patterns. Patterns see the record with a JSON-object body parsed, so they can
 * filter on the body's fields as AWS documents; a plain-text body stays a string. The API validated the
 * patterns when the mapping was created or updated.
 */
export function recordFilter(criteria: FilterCriteria | undefined): RecordFilter {
  const patterns = (criteria?.Filters ?? [])
    .map((filter) => filter.Pattern)
    .filter((pattern): pattern is string => pattern !== undefined)
    .map((pattern) => compileFilterPolicy(pattern, "MessageBody"));
  if (patterns.length === 0) return () => true;
  return (record) => {
    const parsed = parseJson(record.body);
    const lookup = jsonLookup({ ...record, body: isPlainObject(parsed) ? parsed : record.body });
    return patterns.some((pattern) => pattern.matches(lookup));
  };
}
