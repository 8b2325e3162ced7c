import type { RequestContext } from "../../core/service.js";
import { IamErrors } from "./errors.js";

/** The user an access-key action names, or the calling IAM user when it names none. */
export function userNameFor(input: { UserName?: string }, ctx: RequestContext): string {
  if (input.UserName !== undefined) return input.UserName;
  const name = /:user\/(?:.*\/)?([^/]+)$/.exec(ctx.principalArn)?.[1];
  if (name === undefined) {
    throw IamErrors.validation("Must specify userName when calling with non-User credentials");
  }
  return name;
}
