import {
  compileFilterPolicy as compilePattern,
  FilterPatternError,
  type CompiledFilterPolicy,
  type FilterPolicyScope,
} from "../../core/filter-pattern/compile.js";
import { invalidParameter, SnsErrors } from "./errors.js";

/** Compiles a subscription's FilterPolicy attribute, refusing it with SNS's error codes and messages. */
export function compileFilterPolicy(text: string, scope: FilterPolicyScope): CompiledFilterPolicy {
  try {
    return compilePattern(text, scope);
  } catch (error) {
    if (!(error instanceof FilterPatternError)) throw error;
    if (error.kind === "limit") throw SnsErrors.filterPolicyLimitExceeded(error.message);
    throw invalidParameter(error.kind === "syntax" ? `FilterPolicy: ${error.message}` : error.message);
  }
}
