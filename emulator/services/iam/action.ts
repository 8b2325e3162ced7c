import { modelAction, type ModelActionSpec } from "../../core/model-action.js";
import type { ActionDefinition } from "../../core/service.js";
import { iamReporter } from "./errors.js";
import type { IamModel } from "./model.js";

export type IamAction = (model: IamModel) => ActionDefinition;

export function iamAction<Input>(spec: (model: IamModel) => ModelActionSpec<Input>): IamAction {
  return (model) => modelAction(spec(model), iamReporter);
}

export type EntityType = "user" | "role" | "policy";

/** `arn:aws:iam::ACCOUNT:role/path/name`: IAM ARNs carry no region. */
export function iamArn(accountId: string, type: EntityType, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${type}${path}${name}`;
}

/** Tags with a key that differs only in case replace the earlier ones, as IAM's keys compare. */
export function mergeTags<T extends { Key: string; Value: string }>(
  current: readonly T[],
  added: readonly T[],
): T[] {
  const merged = new Map(current.map((tag) => [tag.Key.toLowerCase(), tag]));
  for (const tag of added) merged.set(tag.Key.toLowerCase(), { ...tag });
  return [...merged.values()];
}

export const MAX_TAGS = 50;
