import { operations } from "../../../generated/iam.js";
import { tagEntity } from "../tagging.js";

export const TagUser = tagEntity("user", operations.TagUser);
