import { randomUUID } from "node:crypto";
import { AwsError } from "../../core/errors.js";
import type { SnsInterface, SnsPublishResult } from "../../core/interfaces.js";
import { publishMessage } from "./fanout.js";
import { prepareMessage, type PreparedMessage } from "./message.js";
import { namedMessage } from "./presign.js";
import type { SnsService } from "./service.js";
import { authorizeServicePublish } from "./topicAccess.js";

/**
 * What SNS offers other services: a publish on a service's behalf (CloudWatch alarm notifications), checked
 * against the topic's policy for that service principal and fanned out exactly as Publish fans out, inside the
 * caller's transaction. Its envelopes point at the emulator's own origin: there is no request to answer.
 */
export function snsInterface(service: SnsService, origin: () => string): SnsInterface {
  return {
    publish(topicArn, message, subject, caller): SnsPublishResult {
      const topic = service.model.topicByArn(topicArn);
      if (topic === undefined) {
        return { published: false, reason: "NotFound", detail: `Topic ${topicArn} does not exist` };
      }
      const decision = authorizeServicePublish(topic, caller, service.clock.now());
      if (decision.decision !== "Allow") {
        service.log(`sns: ${caller.servicePrincipal} may not publish to ${topicArn}: ${decision.reason}`);
        // AWS's words, as the alarm history quotes them.
        const why =
          decision.decision === "ExplicitDeny"
            ? "with an explicit deny in a resource-based policy"
            : "because no resource-based policy allows the SNS:Publish action";
        return {
          published: false,
          reason: "AuthorizationError",
          detail: `Resource: ${caller.sourceArn} is not authorized to perform: SNS:Publish on resource: ${topicArn} ${why}`,
        };
      }
      let prepared: PreparedMessage;
      try {
        prepared = prepareMessage(topic, { Message: message, Subject: subject });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return {
          published: false,
          reason: "InvalidParameter",
          detail: `topic ${topicArn}: ${error.message}`,
        };
      }
      const named = namedMessage(service, topic);
      const result = service.store.transaction(() =>
        publishMessage(service, topic, prepared, named, { baseUrl: origin(), requestId: randomUUID() }),
      );
      return { published: true, messageId: result.MessageId };
    },
  };
}
