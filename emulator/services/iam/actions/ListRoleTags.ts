import { operations } from "../../../generated/iam.js";
import { listEntityTags } from "../tagging.js";

export const ListRoleTags = listEntityTags("role", operations.ListRoleTags);
