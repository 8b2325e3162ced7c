import type { AliasConfiguration, AliasRoutingConfiguration } from "../../generated/lambda.js";
import { findAlias } from "./configuration.js";
import { functionNotFound, LambdaErrors } from "./errors.js";
import { functionArn } from "./functionRef.js";
import type { AliasRecord, FunctionRecord } from "./records.js";

/** An alias as CreateAlias, GetAlias and ListAliases return it. */
export function aliasOutput(record: FunctionRecord, alias: AliasRecord): AliasConfiguration {
  return { AliasArn: functionArn(record, alias.Name), ...alias };
}

export function aliasOrNotFound(record: FunctionRecord, name: string): AliasRecord {
  const alias = findAlias(record, name);
  if (alias === undefined) {
    throw LambdaErrors.resourceNotFound(`Alias not found: ${functionArn(record, name)}`);
  }
  return alias;
}

/** The routing an alias keeps: none when no additional version gets a share, as AWS reads it back. */
export function routingOf(routing: AliasRoutingConfiguration | undefined): {
  RoutingConfig?: AliasRoutingConfiguration;
} {
  const weights = routing?.AdditionalVersionWeights ?? {};
  return Object.keys(weights).length === 0 ? {} : { RoutingConfig: { AdditionalVersionWeights: weights } };
}

/** An alias points at an existing version; weighted routing sends a share to one other published version. */
export function checkAliasTarget(
  record: FunctionRecord,
  version: string,
  routing: AliasRoutingConfiguration | undefined,
): void {
  if (!record.versions.some((existing) => existing.version === version)) {
    throw functionNotFound(functionArn(record, version));
  }
  for (const extra of Object.keys(routing?.AdditionalVersionWeights ?? {})) {
    if (extra === version) {
      throw LambdaErrors.invalidParameterValue(
        `Invalid function version ${extra}. Function version ${extra} is already included in routing configuration.`,
      );
    }
    if (!record.versions.some((existing) => existing.version === extra)) {
      throw functionNotFound(functionArn(record, extra));
    }
  }
}
