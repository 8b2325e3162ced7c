import type { ServicePrincipalCall } from "../../core/interfaces.js";
import {
  callerPrincipal,
  compilePolicy,
  evaluate,
  type CompiledPolicy,
  type Decision,
  type NamedPolicy,
  type RequestContext as PolicyRequest,
} from "../../core/policy/index.js";
import type { RequestContext } from "../../core/service.js";
import { SnsErrors } from "./errors.js";
import type { Topic } from "./model.js";
import { defaultTopicPolicy } from "./policy.js";
import type { SnsService } from "./service.js";

/**
 * Who may act on a topic: its policy (AWS's default policy when none was set), evaluated with the core's IAM
 * evaluator as SNS does. The owner's account passes unless a statement denies it; other accounts need a
 * statement that allows them; services publishing on a resource's behalf (CloudWatch for an alarm) need a
 * statement that names them, which the default policy does through `AWS:SourceOwner`.
 */

/** The topic actions a policy grants, by API action: PublishBatch authorizes as Publish, as AWS documents. */
export type TopicAction =
  | "AddPermission"
  | "DeleteTopic"
  | "GetTopicAttributes"
  | "ListSubscriptionsByTopic"
  | "Publish"
  | "RemovePermission"
  | "SetTopicAttributes"
  | "Subscribe";

/**
 * Services that set `AWS:SourceOwner` (the account they act for) when they publish. AWS keeps the key for the
 * services that used it before `aws:SourceAccount` existed; CloudWatch alarms are among them, which is how the
 * default topic policy (`AWS:SourceOwner` = the owner) lets the owner's alarms publish and no other account's.
 */
const SOURCE_OWNER_SERVICES: ReadonlySet<string> = new Set(["cloudwatch.amazonaws.com"]);

/**
 * Each topic's policy, compiled once per version of its attributes: the attributes object is replaced, never
 * changed, when an attribute is set, so a new Policy compiles afresh.
 */
const compiledPolicies = new WeakMap<Readonly<Record<string, string>>, CompiledPolicy | undefined>();

function topicPolicy(topic: Topic): CompiledPolicy | undefined {
  const { attributes } = topic;
  if (compiledPolicies.has(attributes)) return compiledPolicies.get(attributes);
  const text = attributes.Policy ?? defaultTopicPolicy(topic.arn, topic.accountId);
  // Policies are validated when set, so a stored one compiles.
  const result = compilePolicy(text, "resource");
  const compiled = result.ok ? result.policy : undefined;
  compiledPolicies.set(attributes, compiled);
  return compiled;
}

function decide(topic: Topic, request: PolicyRequest, identityPolicies?: readonly NamedPolicy[]): Decision {
  const policy = topicPolicy(topic);
  return evaluate({
    request,
    resourceAccount: topic.accountId,
    resourcePolicy: policy && { name: `the policy of topic ${topic.name}`, policy },
    identityPolicies,
  });
}

/** Throws AuthorizationError unless the caller may perform `action` on `topic`. */
export function authorizeTopicCall(
  topic: Topic,
  action: TopicAction,
  ctx: RequestContext,
  now: number,
): void {
  // The common case, the owner and the default policy (which denies nothing), needs no evaluation.
  if (ctx.accountId === topic.accountId && topic.attributes.Policy === undefined) return;
  const policyAction = `SNS:${action}`;
  const decision = decide(topic, {
    principal: callerPrincipal(ctx.principalArn, ctx.accountId),
    action: policyAction,
    resource: topic.arn,
    time: now,
    secureTransport: ctx.secureTransport,
    sourceIp: ctx.sourceIp,
    // SNS sets AWS:SourceOwner to the calling account for direct calls.
    sourceOwner: ctx.accountId,
  });
  if (decision.decision === "Allow") return;
  const why =
    decision.decision === "ExplicitDeny"
      ? "with an explicit deny in a resource-based policy"
      : `because no resource-based policy allows the ${policyAction} action`;
  throw SnsErrors.authorizationError(
    `User: ${ctx.principalArn} is not authorized to perform: ${policyAction} on resource: ${topic.arn} ${why}`,
  );
}

/**
 * The topic a call names (in the caller's region, in any account), once its policy lets the caller perform
 * `action` on it; NotFound when there is no such topic.
 */
export function authorizedTopic(
  service: SnsService,
  ctx: RequestContext,
  topicArn: string,
  action: TopicAction,
  parameter = "TopicArn",
): Topic {
  const topic = service.model.regionalTopic(ctx, topicArn, parameter);
  authorizeTopicCall(topic, action, ctx, service.clock.now());
  return topic;
}

/** Whether a service may publish to `topic` on a resource's behalf (CloudWatch for an alarm). */
export function authorizeServicePublish(topic: Topic, caller: ServicePrincipalCall, now: number): Decision {
  const role = caller.actingRole;
  // A service acting with a role (Lambda's event source mapping failures) is judged as that role: a direct
  // call by the role's account, its identity policies counting.
  if (role !== undefined) {
    const roleAccount = role.arn.split(":")[4];
    return decide(
      topic,
      {
        principal: { type: "role", arn: role.arn },
        action: "SNS:Publish",
        resource: topic.arn,
        time: now,
        secureTransport: true,
        sourceOwner: roleAccount,
      },
      role.identityPolicies,
    );
  }
  const service = caller.servicePrincipal.toLowerCase();
  return decide(topic, {
    principal: { type: "service", service },
    action: "SNS:Publish",
    resource: topic.arn,
    time: now,
    // Service-to-service calls travel inside AWS over TLS.
    secureTransport: true,
    sourceArn: caller.sourceArn,
    sourceAccount: caller.sourceAccount,
    sourceOwner: SOURCE_OWNER_SERVICES.has(service) ? caller.sourceAccount : undefined,
  });
}
