import type { ModelOperation } from "../../core/model-shapes.js";
import { iamAction, MAX_TAGS, mergeTags, type IamAction } from "./action.js";
import { IamErrors } from "./errors.js";
import type { IamModel } from "./model.js";
import { page, type PageInput } from "./pagination.js";
import { requirePolicy } from "./policies.js";
import type { Tag } from "./records.js";

/**
 * TagRole/TagUser/TagPolicy and their Untag/List twins: one implementation over the three taggable kinds,
 * which differ only in how the request names the entity and in the quota's name.
 */
export type TaggableKind = "role" | "user" | "policy";

interface Tagged {
  readonly tags: readonly Tag[];
  /** Stores the entity with new tags. */
  save(tags: Tag[]): void;
}

const QUOTA: Record<TaggableKind, string> = {
  role: "TagsPerRole",
  user: "TagsPerUser",
  policy: "TagsPerPolicy",
};

type Input = Record<string, unknown>;

function taggedEntity(model: IamModel, kind: TaggableKind, accountId: string, input: Input): Tagged {
  if (kind === "policy") {
    const policy = requirePolicy(model, accountId, input.PolicyArn as string);
    return { tags: policy.tags, save: (tags) => model.put("policy", { ...policy, tags }) };
  }
  if (kind === "role") {
    const role = model.holder("role", accountId, input.RoleName as string);
    return { tags: role.tags, save: (tags) => model.put("role", { ...role, tags }) };
  }
  const user = model.holder("user", accountId, input.UserName as string);
  return { tags: user.tags, save: (tags) => model.put("user", { ...user, tags }) };
}

export function tagEntity(kind: TaggableKind, operation: ModelOperation): IamAction {
  return iamAction<Input & { Tags: Tag[] }>((model) => ({
    operation,
    run(input, ctx) {
      const entity = taggedEntity(model, kind, ctx.accountId, input);
      const tags = mergeTags(entity.tags, input.Tags);
      if (tags.length > MAX_TAGS)
        throw IamErrors.limitExceeded(`Cannot exceed quota for ${QUOTA[kind]}: ${MAX_TAGS}`);
      entity.save(tags);
      return {};
    },
  }));
}

export function untagEntity(kind: TaggableKind, operation: ModelOperation): IamAction {
  return iamAction<Input & { TagKeys: string[] }>((model) => ({
    operation,
    run(input, ctx) {
      const entity = taggedEntity(model, kind, ctx.accountId, input);
      const removed = new Set(input.TagKeys.map((key) => key.toLowerCase()));
      entity.save(entity.tags.filter((tag) => !removed.has(tag.Key.toLowerCase())));
      return {};
    },
  }));
}

export function listEntityTags(kind: TaggableKind, operation: ModelOperation): IamAction {
  return iamAction<Input & PageInput>((model) => ({
    operation,
    run(input, ctx) {
      const { items, IsTruncated, Marker } = page(
        taggedEntity(model, kind, ctx.accountId, input).tags,
        input,
      );
      return { Tags: items.map((tag) => ({ Key: tag.Key, Value: tag.Value })), IsTruncated, Marker };
    },
  }));
}
