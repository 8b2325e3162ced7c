import type { Clock } from "../../core/clock.js";
import type { IamInterface, ServiceSessionResult, StsInterface } from "../../core/interfaces.js";
import { evaluate } from "../../core/policy/index.js";
import { roleNamed, roleSessionIdentity, trustPolicyName } from "./roleSession.js";
import type { Sessions } from "./sessions.js";

/** AssumeRole's shortest session. */
const MIN_SECONDS = 900;

/**
 * Role sessions on a service's behalf (Lambda's execution role, as `lambda.amazonaws.com`): the role's trust
 * policy must allow `sts:AssumeRole` for that service principal, as AWS checks it; the session is the one
 * AssumeRole would issue, and calls made with it act as the role session.
 */
export function stsInterface(sessions: Sessions, iam: IamInterface, clock: Clock): StsInterface {
  return {
    assumeRoleForService(roleArn, sessionName, servicePrincipal, durationSeconds): ServiceSessionResult {
      const role = roleNamed(roleArn, (accountId, roleName) => iam.role(accountId, roleName));
      if (role === undefined) {
        return { issued: false, reason: "NoSuchEntity", detail: `The role ${roleArn} does not exist.` };
      }
      const name = trustPolicyName(role);
      const decision = evaluate({
        request: {
          principal: { type: "service", service: servicePrincipal },
          action: "sts:AssumeRole",
          resource: role.arn,
          time: clock.now(),
          // Service-to-service calls always travel over TLS in AWS.
          secureTransport: true,
        },
        resourceAccount: role.accountId,
        resourcePolicy: { name, policy: role.trustPolicy },
      });
      if (decision.decision !== "Allow") {
        return {
          issued: false,
          reason: "AccessDenied",
          detail: `The trust policy of role ${roleArn} does not let ${servicePrincipal} assume it: add a statement allowing sts:AssumeRole to the service principal ${servicePrincipal}.`,
        };
      }
      // A service asks for what it needs; the session stays within what the role allows.
      const seconds = Math.min(Math.max(durationSeconds, MIN_SECONDS), role.maxSessionDuration);
      const issued = sessions.issue(roleSessionIdentity(role, sessionName), seconds);
      return {
        issued: true,
        credentials: {
          accessKeyId: issued.session.accessKeyId,
          secretAccessKey: issued.session.secretAccessKey,
          sessionToken: issued.sessionToken,
          expiresAt: issued.session.expiresAt,
        },
      };
    },
  };
}
