import type { Accounts } from "../../core/accounts.js";
import { isoSeconds } from "../../core/aws-ids.js";
import type { Clock } from "../../core/clock.js";
import type { IamInterface } from "../../core/interfaces.js";
import { modelAction, type ModelActionSpec } from "../../core/model-action.js";
import type { ActionDefinition } from "../../core/service.js";
import { stsReporter } from "./errors.js";
import type { IssuedCredentials, Sessions } from "./sessions.js";

/** What STS actions work with. */
export interface StsDeps {
  readonly sessions: Sessions;
  readonly accounts: Accounts;
  readonly clock: Clock;
  /** IAM's roles (loaded on first use). */
  iam(): Promise<IamInterface>;
}

export type StsAction = (deps: StsDeps) => ActionDefinition;

export function stsAction<Input>(spec: (deps: StsDeps) => ModelActionSpec<Input>): StsAction {
  return (deps) => modelAction(spec(deps), stsReporter);
}

/** Credentials as STS returns them. */
export function credentialsOutput(issued: IssuedCredentials): Record<string, unknown> {
  return {
    AccessKeyId: issued.session.accessKeyId,
    SecretAccessKey: issued.session.secretAccessKey,
    SessionToken: issued.sessionToken,
    Expiration: isoSeconds(issued.session.expiresAt),
  };
}
