import type { RequestContext } from "../../core/service.js";
import type { ServicePrincipalCall } from "../../core/interfaces.js";
import {
  callerPrincipal,
  compilePolicy,
  evaluate,
  type CompiledPolicy,
  type Decision,
} from "../../core/policy/index.js";
import { SqsErrors } from "./errors.js";
import type { Queue } from "./queue.js";
import type { QueueRecord } from "./store.js";

/**
 * Who may act on a queue: its policy, evaluated with the core's IAM evaluator as AWS does. Callers in the
 * queue's own account pass unless a statement denies them; other accounts need a statement that allows them;
 * services (SNS delivering to a queue) need a statement that names them.
 */

/** Batch actions authorize as their single forms, as AWS documents (a policy has no `sqs:SendMessageBatch`). */
const POLICY_ACTION: Readonly<Record<string, string>> = {
  SendMessageBatch: "SendMessage",
  DeleteMessageBatch: "DeleteMessage",
  ChangeMessageVisibilityBatch: "ChangeMessageVisibility",
};

/** Actions another account may never call on a queue, whatever its policy says ("cross-account permissions don't apply"). */
export const OWNER_ONLY_ACTIONS: ReadonlySet<string> = new Set([
  "AddPermission",
  "CancelMessageMoveTask",
  "CreateQueue",
  "DeleteQueue",
  "ListMessageMoveTasks",
  "ListQueues",
  "ListQueueTags",
  "RemovePermission",
  "SetQueueAttributes",
  "StartMessageMoveTask",
  "TagQueue",
  "UntagQueue",
]);

/** `sqs:SendMessage` for SendMessage and SendMessageBatch. */
export function policyAction(action: string): string {
  return `sqs:${POLICY_ACTION[action] ?? action}`;
}

/**
 * The queue's policy, compiled once per version of the queue's record: records are replaced, never changed,
 * when attributes change, so a new Policy is a new record and compiles afresh.
 */
const compiledPolicies = new WeakMap<QueueRecord, CompiledPolicy | undefined>();

function queuePolicy(queue: Queue): CompiledPolicy | undefined {
  const { record } = queue;
  if (compiledPolicies.has(record)) return compiledPolicies.get(record);
  const text = record.attributes.Policy;
  // Policies are validated when set, so a stored one always compiles.
  const result = text === undefined ? undefined : compilePolicy(text, "resource");
  const compiled = result?.ok ? result.policy : undefined;
  compiledPolicies.set(record, compiled);
  return compiled;
}

function policyName(queue: Queue): string {
  return `the policy of queue ${queue.record.name}`;
}

/** Throws AccessDenied unless the caller may perform `action` (an SQS API action name) on `queue`. */
export function authorizeCall(
  queue: Queue,
  action: string,
  ctx: Pick<RequestContext, "accountId" | "principalArn" | "secureTransport"> & {
    readonly sourceIp?: string;
  },
  now: number,
): void {
  const owner = queue.record.accountId;
  // The common case, the owner and a queue without a policy, needs no evaluation.
  if (ctx.accountId === owner && queue.record.attributes.Policy === undefined) return;
  const policy = queuePolicy(queue);
  const iamAction = policyAction(action);
  if (ctx.accountId !== owner && OWNER_ONLY_ACTIONS.has(action)) {
    throw accessDenied(ctx.principalArn, iamAction, queue.arn, "because only the queue owner may perform it");
  }
  const decision = evaluate({
    request: {
      principal: callerPrincipal(ctx.principalArn, ctx.accountId),
      action: iamAction,
      resource: queue.arn,
      time: now,
      secureTransport: ctx.secureTransport,
      sourceIp: ctx.sourceIp,
    },
    resourceAccount: owner,
    resourcePolicy: policy && { name: policyName(queue), policy },
  });
  if (decision.decision === "Allow") return;
  throw accessDenied(
    ctx.principalArn,
    iamAction,
    queue.arn,
    decision.decision === "ExplicitDeny"
      ? "with an explicit deny in a resource-based policy"
      : "because no resource-based policy allows the action",
  );
}

/**
 * Whether a service may send into the queue on a resource's behalf (SNS for a topic): the queue policy decides.
 * A service acting with a role (Lambda's event source mapping failures) is judged as that role.
 */
export function authorizeDelivery(queue: Queue, caller: ServicePrincipalCall, now: number): Decision {
  const decisions = caller.actingRole === undefined ? deliveryDecisionsOf(queue.record) : undefined;
  if (decisions === undefined) return evaluateDelivery(queue, caller, now);
  // Keyed by the caller's own strings (a topic's ARN keeps its hash), not by a key built per delivery.
  let known = decisions.get(caller.sourceArn);
  if (known === undefined) {
    if (decisions.size >= MAX_SOURCES_PER_QUEUE) decisions.clear();
    known = [];
    decisions.set(caller.sourceArn, known);
  }
  for (const entry of known) {
    if (entry.servicePrincipal === caller.servicePrincipal && entry.sourceAccount === caller.sourceAccount) {
      return entry.decision;
    }
  }
  const decision = evaluateDelivery(queue, caller, now);
  known.push({ servicePrincipal: caller.servicePrincipal, sourceAccount: caller.sourceAccount, decision });
  return decision;
}

interface KnownDecision {
  readonly servicePrincipal: string;
  readonly sourceAccount: string;
  readonly decision: Decision;
}

/**
 * Service deliveries' decisions per version of a queue's record (a new Policy is a new record), by source ARN,
 * service and source account: SNS asks again for every message it delivers, and the answer can only change with
 * the policy, unless the policy tests the time (then it holds `undefined` and every delivery is evaluated).
 */
const deliveryDecisions = new WeakMap<QueueRecord, Map<string, KnownDecision[]> | undefined>();
/** Sources per queue whose decisions are kept (a queue has a few subscribed topics). */
const MAX_SOURCES_PER_QUEUE = 64;
/** The condition keys that change with the clock, and policy variables, which can name them. */
const TIME_DEPENDENT = /aws:(currenttime|epochtime)|\$\{/i;

function deliveryDecisionsOf(record: QueueRecord): Map<string, KnownDecision[]> | undefined {
  if (deliveryDecisions.has(record)) return deliveryDecisions.get(record);
  const text = record.attributes.Policy;
  const decisions =
    text !== undefined && TIME_DEPENDENT.test(text) ? undefined : new Map<string, KnownDecision[]>();
  deliveryDecisions.set(record, decisions);
  return decisions;
}

function evaluateDelivery(queue: Queue, caller: ServicePrincipalCall, now: number): Decision {
  const policy = queuePolicy(queue);
  const role = caller.actingRole;
  return evaluate({
    request: {
      principal: role
        ? { type: "role", arn: role.arn }
        : { type: "service", service: caller.servicePrincipal },
      action: "sqs:SendMessage",
      resource: queue.arn,
      time: now,
      // Service-to-service calls travel inside AWS over TLS.
      secureTransport: true,
      sourceArn: caller.sourceArn,
      sourceAccount: caller.sourceAccount,
    },
    resourceAccount: queue.record.accountId,
    resourcePolicy: policy && { name: policyName(queue), policy },
    identityPolicies: role?.identityPolicies,
  });
}

/** AWS's wording for a denied request, as the IAM-aware SQS endpoints give it. */
function accessDenied(principalArn: string, action: string, resource: string, why: string) {
  return SqsErrors.accessDenied(
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${why}.`,
  );
}
