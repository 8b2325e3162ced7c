import { findAlias, resolveVersion } from "./configuration.js";
import { LambdaErrors } from "./errors.js";
import type { InvocationTarget } from "./invocations.js";
import { latestOf, type FunctionRecord } from "./records.js";

/**
 * The version an Invoke runs: `$LATEST`, the version named, or the alias's version (an alias with weighted
 * routing sends each call to its additional version with that version's weight). A function that is not Active
 * yet cannot be invoked.
 */
export function invocationTarget(
  record: FunctionRecord,
  qualifier: string | undefined,
  random: () => number = Math.random,
): InvocationTarget {
  const state = latestOf(record).config.State;
  if (state !== "Active") {
    throw LambdaErrors.resourceConflict(
      `The operation cannot be performed at this time. The function is currently in the following state: ${state}`,
    );
  }
  const alias = qualifier === undefined ? undefined : findAlias(record, qualifier);
  let versionName = alias?.FunctionVersion ?? qualifier;
  const draw = random();
  let below = 0;
  for (const [extra, weight] of Object.entries(alias?.RoutingConfig?.AdditionalVersionWeights ?? {})) {
    below += weight;
    if (draw < below) {
      versionName = extra;
      break;
    }
  }
  return { record, version: resolveVersion(record, versionName ?? qualifier), qualifier };
}
