import { OWNER_ONLY_ACTIONS } from "./access.js";
import { SqsErrors } from "./errors.js";

/**
 * AddPermission and RemovePermission: the queue policy edits AWS makes for them. AddPermission appends one
 * statement — Sid = Label, Principal the accounts' root ARNs, Action `SQS:<name>`, Resource the queue — to the
 * queue's policy (creating `<queue ARN>/SQSDefaultPolicy` when there is none); RemovePermission drops the
 * statement with that Sid, and the policy with its last statement.
 */

/**
 * The actions AddPermission may share. Those AWS keeps to the owner are refused as such; any other name (batch
 * forms included, which come with their single forms) is not an action a permission can name.
 */
const SHAREABLE_ACTIONS: ReadonlySet<string> = new Set([
  "*",
  "ChangeMessageVisibility",
  "DeleteMessage",
  "GetQueueAttributes",
  "GetQueueUrl",
  "ListDeadLetterSourceQueues",
  "PurgeQueue",
  "ReceiveMessage",
  "SendMessage",
]);

/** AWS's limit on actions in one statement. */
const MAX_ACTIONS = 7;
const LABEL = /^[A-Za-z0-9_-]{1,80}$/;
const ACCOUNT_ID = /^\d{12}$/;

interface PolicyJson {
  Version?: unknown;
  Id?: unknown;
  Statement?: unknown;
  [other: string]: unknown;
}

function statementsOf(policy: PolicyJson): Record<string, unknown>[] {
  const statements = policy.Statement;
  if (Array.isArray(statements)) return statements as Record<string, unknown>[];
  return statements === undefined ? [] : [statements as Record<string, unknown>];
}

function parsePolicy(text: string | undefined): PolicyJson | undefined {
  // Stored policies were validated when set, so they parse.
  return text === undefined ? undefined : (JSON.parse(text) as PolicyJson);
}

function invalidParameter(value: string, parameter: string, reason: string) {
  return SqsErrors.invalidParameterValue(
    `Value ${value} for parameter ${parameter} is invalid. Reason: ${reason}`,
  );
}

export interface PermissionRequest {
  readonly label: string;
  readonly accountIds: readonly string[] | undefined;
  readonly actions: readonly string[] | undefined;
}

function checkRequest({ label, accountIds, actions }: PermissionRequest): void {
  if (!LABEL.test(label)) {
    throw invalidParameter(
      label,
      "Label",
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.",
    );
  }
  if (!actions || actions.length === 0) {
    throw SqsErrors.missingParameter("The request must contain the parameter Actions.");
  }
  if (!accountIds || accountIds.length === 0 || !accountIds.every((id) => ACCOUNT_ID.test(id))) {
    throw invalidParameter(`[${(accountIds ?? []).join(", ")}]`, "PrincipalId", "Unable to verify.");
  }
  if (actions.length > MAX_ACTIONS) {
    throw SqsErrors.overLimit(`${actions.length} Actions were found, maximum allowed is ${MAX_ACTIONS}.`);
  }
  for (const action of actions) {
    if (OWNER_ONLY_ACTIONS.has(action)) {
      throw invalidParameter(
        `SQS:${action}`,
        "ActionName",
        "Only the queue owner is allowed to invoke this action.",
      );
    }
    if (!SHAREABLE_ACTIONS.has(action)) {
      throw invalidParameter(
        `SQS:${action}`,
        "ActionName",
        "Please refer to the appropriate WSDL for a list of valid actions.",
      );
    }
  }
  if (actions.includes("*") && actions.length > 1) {
    throw invalidParameter(
      `[${actions.map((action) => `SQS:${action}`).join(", ")}]`,
      "ActionName",
      "* already grants every action and cannot be combined with other actions.",
    );
  }
}

/** The queue policy text after AddPermission; throws AWS's error for a bad request or a label in use. */
export function addPermission(
  policyText: string | undefined,
  queueArn: string,
  partition: string,
  request: PermissionRequest,
): string {
  checkRequest(request);
  const policy = parsePolicy(policyText) ?? { Version: "2012-10-17", Id: `${queueArn}/SQSDefaultPolicy` };
  const statements = statementsOf(policy);
  if (statements.some((statement) => statement.Sid === request.label)) {
    throw invalidParameter(request.label, "Label", "Already exists.");
  }
  const principals = (request.accountIds ?? []).map((id) => `arn:${partition}:iam::${id}:root`);
  const actions = (request.actions ?? []).map((action) => `SQS:${action}`);
  const statement = {
    Sid: request.label,
    Effect: "Allow",
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: queueArn,
  };
  return JSON.stringify({ ...policy, Statement: [...statements, statement] });
}

/** The queue policy text after RemovePermission, "" once no statement is left; throws for an unknown label. */
export function removePermission(policyText: string | undefined, label: string): string {
  const policy = parsePolicy(policyText);
  const statements = policy ? statementsOf(policy) : [];
  const kept = statements.filter((statement) => statement.Sid !== label);
  if (!policy || kept.length === statements.length) {
    throw invalidParameter(label, "Label", "can't find label on existing policy.");
  }
  return kept.length === 0 ? "" : JSON.stringify({ ...policy, Statement: kept });
}
