import { operations } from "../../../generated/iam.js";
import { tagEntity } from "../tagging.js";

export const TagPolicy = tagEntity("policy", operations.TagPolicy);
