import type { RequestContext } from "../../../core/service.js";
import { SnsErrors } from "../errors.js";
import type { Topic } from "../model.js";
import type { SnsService } from "../service.js";

/** The topic a tagging call names; tagging answers ResourceNotFound (not NotFound) for an absent one. */
export function taggedTopic(service: SnsService, ctx: RequestContext, resourceArn: string): Topic {
  const topic = service.model.findTopic(ctx, resourceArn);
  if (topic === undefined) throw SnsErrors.resourceNotFound("Resource does not exist");
  return topic;
}
