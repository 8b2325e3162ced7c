import { operations } from "../../../generated/iam.js";
import { untagEntity } from "../tagging.js";

export const UntagRole = untagEntity("role", operations.UntagRole);
