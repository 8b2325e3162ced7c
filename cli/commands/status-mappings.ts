import { ListEventSourceMappingsCommand, type LambdaClient } from "@aws-sdk/client-lambda";

export interface MappingStatus {
  readonly uuid: string;
  /** The stream's or queue's name. */
  readonly source: string;
  /** The function's name (with its qualifier when the mapping names a version or alias). */
  readonly function: string;
  readonly state: string;
  /** Empty for queues, for which Lambda reports none. */
  readonly lastProcessingResult: string;
  readonly batchSize?: number;
  /** Where failed batches go, by name. */
  readonly onFailure?: string;
}

/** The last part of a stream's (`…:stream/NAME`), queue's (`…:NAME`) or topic's ARN. */
const nameOf = (arn: string): string => arn.slice(Math.max(arn.lastIndexOf(":"), arn.lastIndexOf("/")) + 1);

/** `…:function:NAME` or `…:function:NAME:QUALIFIER` → `NAME` or `NAME:QUALIFIER`. */
const functionOf = (arn: string): string => arn.split(":").slice(6).join(":") || arn;

/**
 * Every event source mapping (ListEventSourceMappings, all pages) whose source or function name starts with
 * `prefix`, sorted by source then function.
 */
export async function mappingStatuses(lambda: LambdaClient, prefix: string): Promise<MappingStatus[]> {
  const statuses: MappingStatus[] = [];
  let marker: string | undefined;
  do {
    const page = await lambda.send(new ListEventSourceMappingsCommand({ Marker: marker }));
    for (const mapping of page.EventSourceMappings ?? []) {
      const source = nameOf(mapping.EventSourceArn ?? "");
      const fn = functionOf(mapping.FunctionArn ?? "");
      if (!source.startsWith(prefix) && !fn.startsWith(prefix)) continue;
      const onFailure = mapping.DestinationConfig?.OnFailure?.Destination;
      statuses.push({
        uuid: mapping.UUID ?? "",
        source,
        function: fn,
        state: mapping.State ?? "",
        lastProcessingResult: mapping.LastProcessingResult ?? "",
        ...(mapping.BatchSize === undefined ? {} : { batchSize: mapping.BatchSize }),
        ...(onFailure ? { onFailure: nameOf(onFailure) } : {}),
      });
    }
    marker = page.NextMarker;
  } while (marker !== undefined);
  return statuses.sort((a, b) => a.source.localeCompare(b.source) || a.function.localeCompare(b.function));
}

/** The mappings section of `eda status`. */
export function prettyMappings(mappings: readonly MappingStatus[]): string[] {
  const lines = ["Event source mappings (source → function: state, last processing result)"];
  for (const mapping of mappings)
    lines.push(
      `  ${mapping.uuid}  ${mapping.source} → ${mapping.function}: ${mapping.state}${mapping.lastProcessingResult ? `, ${mapping.lastProcessingResult}` : ""}${mapping.onFailure ? `  on failure → ${mapping.onFailure}` : ""}`,
    );
  if (mappings.length === 0) lines.push("  (none)");
  return lines;
}
