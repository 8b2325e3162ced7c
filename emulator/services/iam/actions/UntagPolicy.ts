import { operations } from "../../../generated/iam.js";
import { untagEntity } from "../tagging.js";

export const UntagPolicy = untagEntity("policy", operations.UntagPolicy);
