import { operations } from "../../../generated/iam.js";
import { listEntityTags } from "../tagging.js";

export const ListPolicyTags = listEntityTags("policy", operations.ListPolicyTags);
