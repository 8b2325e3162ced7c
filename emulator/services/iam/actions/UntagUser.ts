import { operations } from "../../../generated/iam.js";
import { untagEntity } from "../tagging.js";

export const UntagUser = untagEntity("user", operations.UntagUser);
