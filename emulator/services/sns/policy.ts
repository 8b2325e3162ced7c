import { compilePolicy, policyErrorFor } from "../../core/policy/index.js";
import { invalidParameter, SnsErrors } from "./errors.js";

interface PolicyStatement {
  Sid?: string;
  [key: string]: unknown;
}

interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement?: PolicyStatement[];
  [key: string]: unknown;
}

/** The policy SNS gives a new topic: its owner's account may do everything a topic policy can grant. */
export function defaultTopicPolicy(topicArn: string, ownerAccount: string): string {
  return JSON.stringify({
    Version: "2008-10-17",
    Id: "__default_policy_ID",
    Statement: [
      {
        Sid: "__default_statement_ID",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: [
          "SNS:GetTopicAttributes",
          "SNS:SetTopicAttributes",
          "SNS:AddPermission",
          "SNS:RemovePermission",
          "SNS:DeleteTopic",
          "SNS:Subscribe",
          "SNS:ListSubscriptionsByTopic",
          "SNS:Publish",
        ],
        Resource: topicArn,
        Condition: { StringEquals: { "AWS:SourceOwner": ownerAccount } },
      },
    ],
  });
}

/** A policy document given to SetTopicAttributes or CreateTopic, validated by the core as SNS validates it. */
export function checkPolicyDocument(value: string): void {
  const compiled = compilePolicy(value, "resource");
  if (!compiled.ok) throw SnsErrors.invalidParameter(policyErrorFor("sns", compiled.problem).message);
}

/**
 * AddPermission: a statement labelled `label` allowing the accounts the actions (`Publish` becomes
 * `SNS:Publish`), added to the topic's policy. A label already used is refused, as SNS does.
 */
export function addPermission(
  policy: string,
  topicArn: string,
  label: string,
  accounts: readonly string[],
  actions: readonly string[],
): string {
  const document = JSON.parse(policy) as PolicyDocument;
  const statements = Array.isArray(document.Statement) ? document.Statement : [];
  if (statements.some((statement) => statement.Sid === label)) {
    throw invalidParameter("Statement already exists");
  }
  const principals = accounts.map((account) =>
    /^\d{12}$/.test(account) ? `arn:aws:iam::${account}:root` : account,
  );
  const snsActions = actions.map((action) => `SNS:${action}`);
  statements.push({
    Sid: label,
    Effect: "Allow",
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: snsActions.length === 1 ? snsActions[0] : snsActions,
    Resource: topicArn,
  });
  return JSON.stringify({ ...document, Statement: statements });
}

/** RemovePermission: the policy without the statement labelled `label` (unchanged when there is none). */
export function removePermission(policy: string, label: string): string {
  const document = JSON.parse(policy) as PolicyDocument;
  const statements = Array.isArray(document.Statement) ? document.Statement : [];
  return JSON.stringify({
    ...document,
    Statement: statements.filter((statement) => statement.Sid !== label),
  });
}
