import type { RequestContext } from "../../core/service.js";
import type { LambdaService } from "./action.js";
import { findFunction } from "./configuration.js";
import { LambdaErrors } from "./errors.js";
import { functionRef } from "./functionRef.js";
import { findMapping } from "./mappings/lookup.js";

/** A resource that carries tags: a function, or an event source mapping. */
export interface TaggedResource {
  readonly tags: Readonly<Record<string, string>>;
  /** Stores the resource with these tags instead. */
  setTags(tags: Record<string, string>): void;
}

const MAPPING_ARN = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:event-source-mapping:([0-9a-f-]+)$/;

/**
 * The resource a tagging call names by its ARN: an event source mapping, or a function (tags belong to the
 * function, not to its versions or aliases).
 */
export function taggedResource(
  { model, mappings }: LambdaService,
  resource: string,
  ctx: RequestContext,
): TaggedResource {
  const mappingUuid = MAPPING_ARN.exec(resource)?.[1];
  if (mappingUuid !== undefined) {
    const mapping = findMapping(mappings.records, mappingUuid, ctx);
    return { tags: mapping.tags, setTags: (tags) => mappings.records.put({ ...mapping, tags }) };
  }
  const ref = functionRef(resource, undefined, ctx);
  if (ref.qualifier !== undefined) {
    throw LambdaErrors.invalidParameterValue(
      `Tags are not supported on function versions or aliases: tag the function ARN without :${ref.qualifier}.`,
    );
  }
  const record = findFunction(model, ref);
  return { tags: record.tags, setTags: (tags) => model.put({ ...record, tags }) };
}
