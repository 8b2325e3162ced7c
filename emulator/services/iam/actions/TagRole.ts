import { operations } from "../../../generated/iam.js";
import { tagEntity } from "../tagging.js";

export const TagRole = tagEntity("role", operations.TagRole);
