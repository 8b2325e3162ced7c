import { operations } from "../../../generated/iam.js";
import { listEntityTags } from "../tagging.js";

export const ListUserTags = listEntityTags("user", operations.ListUserTags);
