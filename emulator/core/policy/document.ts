import { hasVariables } from "./conditions.js";
import { NULL_OPERATOR, parseOperator } from "./operators.js";
import { isValidAwsPrincipal } from "./principal.js";

/**
 * Parses and validates a policy document the way AWS does before storing it, and returns it in one shape
 * (every element as a list) so that compiling and evaluating never re-check it.
 */

/** Where a policy is attached: it decides whether Principal is required, prohibited, and Resource optional. */
export type PolicyKind =
  /** Queue, topic, function, key policies: Principal required; Resource defaults to the resource itself. */
  | "resource"
  /** User, group and role permission policies: no Principal; Resource required. */
  | "identity"
  /** A role's trust policy: Principal required, Resource prohibited. */
  | "trust";

export type PolicyVersion = "2012-10-17" | "2008-10-17";

export type PrincipalElement = "*" | Readonly<Record<string, readonly string[]>>;

export interface PolicyStatement {
  /** Zero-based position in the Statement list. */
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: "Allow" | "Deny";
  readonly principal: { readonly negated: boolean; readonly value: PrincipalElement } | undefined;
  readonly action: { readonly negated: boolean; readonly values: readonly string[] };
  /** Undefined in a resource policy that leaves Resource out (it then means the resource itself). */
  readonly resource: { readonly negated: boolean; readonly values: readonly string[] } | undefined;
  readonly condition: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface PolicyDocument {
  /** AWS reads a document without Version as 2008-10-17, where policy variables are plain text. */
  readonly version: PolicyVersion;
  readonly id: string | undefined;
  readonly statements: readonly PolicyStatement[];
}

export type PolicyProblemReason =
  | "syntax"
  | "version"
  | "effect"
  | "missing-action"
  | "action-format"
  | "missing-resource"
  | "resource-format"
  | "prohibited-resource"
  | "missing-principal"
  | "prohibited-principal"
  | "invalid-principal"
  | "condition-value"
  | "duplicate-sid";

/** What is wrong with a document; each service turns it into its own error (see errors.ts). */
export interface PolicyProblem {
  readonly reason: PolicyProblemReason;
  /** One sentence naming the statement and what to change, for logs and for services that pass detail on. */
  readonly message: string;
  /** IAM's MalformedPolicyDocument message for the same problem. */
  readonly iamMessage: string;
}

export type ParseResult =
  | { readonly ok: true; readonly document: PolicyDocument }
  | { readonly ok: false; readonly problem: PolicyProblem };

const SYNTAX = "Syntax errors in policy.";
const LEGACY = "The policy failed legacy parsing";

class Invalid extends Error {
  constructor(readonly problem: PolicyProblem) {
    super(problem.message);
  }
}

function fail(reason: PolicyProblemReason, message: string, iamMessage: string = SYNTAX): never {
  throw new Invalid({ reason, message, iamMessage });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const DOCUMENT_FIELDS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_FIELDS = new Set([
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
]);
const PRINCIPAL_TYPES = new Set(["AWS", "Service", "Federated", "CanonicalUser"]);

export function parsePolicyDocument(text: string, kind: PolicyKind): ParseResult {
  try {
    let json: Json;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      return fail("syntax", "The policy is not valid JSON; check its quotes, commas and brackets.");
    }
    return { ok: true, document: readDocument(json, kind) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem };
    throw error;
  }
}

function readDocument(json: Json, kind: PolicyKind): PolicyDocument {
  if (!isObject(json)) fail("syntax", "The policy must be a JSON object with a Statement.");
  for (const field of Object.keys(json)) {
    if (!DOCUMENT_FIELDS.has(field)) {
      fail(
        "syntax",
        `The policy has an unknown top-level field "${field}"; only Version, Id and Statement exist.`,
      );
    }
  }
  const version = readVersion(json.Version, kind);
  if (json.Id !== undefined && typeof json.Id !== "string")
    fail("syntax", "The policy's Id must be a string.");
  const list = Array.isArray(json.Statement)
    ? json.Statement
    : json.Statement === undefined
      ? []
      : [json.Statement];
  if (list.length === 0)
    fail("syntax", "The policy needs a Statement: one statement object or a list of them.");
  const statements = list.map((statement, index) => readStatement(statement, index, kind, version));
  const seen = new Set<string>();
  for (const { sid } of statements) {
    if (sid === undefined || sid === "") continue;
    if (seen.has(sid)) {
      fail(
        "duplicate-sid",
        `Sid "${sid}" is used by more than one statement; give each statement its own Sid.`,
        "Statement IDs (SID) in a single policy must be unique.",
      );
    }
    seen.add(sid);
  }
  return { version, id: json.Id, statements };
}

function readVersion(value: Json | undefined, kind: PolicyKind): PolicyVersion {
  if (value !== undefined && value !== "2012-10-17" && value !== "2008-10-17") {
    fail("syntax", `Version must be "2012-10-17" (or the older "2008-10-17"), not ${JSON.stringify(value)}.`);
  }
  const version = value ?? "2008-10-17";
  if (kind === "identity" && version !== "2012-10-17") {
    fail(
      "version",
      'Identity policies must say "Version": "2012-10-17".',
      "Policy document must be version 2012-10-17 or greater.",
    );
  }
  return version;
}

function statementName(index: number, sid: string | undefined): string {
  return sid ? `Statement "${sid}"` : `Statement ${index + 1}`;
}

function readStatement(json: Json, index: number, kind: PolicyKind, version: PolicyVersion): PolicyStatement {
  if (!isObject(json)) fail("syntax", `Statement ${index + 1} must be a JSON object.`);
  if (json.Sid !== undefined && typeof json.Sid !== "string") {
    fail("syntax", `Statement ${index + 1} has a Sid that is not a string.`);
  }
  const sid = json.Sid;
  const name = statementName(index, sid);
  for (const field of Object.keys(json)) {
    if (!STATEMENT_FIELDS.has(field)) fail("syntax", `${name} has an unknown field "${field}".`);
  }
  if (json.Effect === undefined) fail("syntax", `${name} needs "Effect": "Allow" or "Deny".`);
  if (json.Effect !== "Allow" && json.Effect !== "Deny") {
    fail(
      "effect",
      `${name}: Effect must be exactly "Allow" or "Deny", not ${JSON.stringify(json.Effect)}.`,
      LEGACY,
    );
  }
  const action = readPair(json, "Action", "NotAction", name);
  if (!action || action.values.length === 0) {
    fail("missing-action", `${name} needs an Action or NotAction.`, "Policy statement must contain actions.");
  }
  action.values.forEach((value) => checkAction(value, name));
  const resource = readPair(json, "Resource", "NotResource", name);
  if (kind === "trust" && resource) {
    fail(
      "prohibited-resource",
      `${name}: a trust policy has no Resource; remove it.`,
      "Has prohibited field Resource",
    );
  }
  if (kind === "identity" && (!resource || resource.values.length === 0)) {
    fail(
      "missing-resource",
      `${name} needs a Resource or NotResource.`,
      "Policy statement must contain resources.",
    );
  }
  resource?.values.forEach((value) => checkResource(value));
  return {
    index,
    sid,
    effect: json.Effect,
    principal: readPrincipal(json, kind, name),
    action,
    resource,
    condition: readCondition(json.Condition, name, version),
  };
}

function readStrings(value: Json, field: string, name: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item !== "string") fail("syntax", `${name}: ${field} must be a string or a list of strings.`);
    return item;
  });
}

function readPair(
  json: { [key: string]: Json },
  positive: string,
  negative: string,
  name: string,
): { negated: boolean; values: string[] } | undefined {
  const has = json[positive] !== undefined;
  const hasNot = json[negative] !== undefined;
  if (has && hasNot) fail("syntax", `${name} has both ${positive} and ${negative}; keep one.`);
  if (!has && !hasNot) return undefined;
  const field = has ? positive : negative;
  return { negated: hasNot, values: readStrings(json[field], field, name) };
}

function checkAction(action: string, name: string): void {
  if (action === "*") return;
  const parts = action.split(":");
  if (parts.length < 2) {
    fail(
      "action-format",
      `${name}: action "${action}" needs a service prefix, e.g. "sqs:SendMessage" or "sqs:*".`,
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
    );
  }
  if (parts.length > 2) {
    fail(
      "action-format",
      `${name}: action "${action}" has more than one colon; write it as "service:Action".`,
      "Actions/Condition can contain only one colon.",
    );
  }
  const vendor = parts[0] ?? "";
  if (!/^[A-Za-z0-9*?-]+$/.test(vendor)) {
    fail("action-format", `${name}: "${vendor}" is not a service prefix.`, `Vendor ${vendor} is not valid`);
  }
}

function checkResource(resource: string): void {
  if (resource === "*") return;
  if (!resource.startsWith("arn:")) {
    fail(
      "resource-format",
      `Resource "${resource}" must be an ARN (arn:partition:service:region:account:resource) or "*".`,
      `Resource ${resource} must be in ARN format or "*".`,
    );
  }
  const partition = resource.split(":")[1] ?? "";
  if (!/^(aws(-[a-z]+)*|[*?]+)$/.test(partition) && !hasVariables(partition)) {
    fail(
      "resource-format",
      `Resource "${resource}" names partition "${partition}"; use aws, aws-cn or aws-us-gov.`,
      `Partition "${partition}" is not valid for resource "${resource}".`,
    );
  }
}

function readPrincipal(
  json: { [key: string]: Json },
  kind: PolicyKind,
  name: string,
): PolicyStatement["principal"] {
  const has = json.Principal !== undefined;
  const hasNot = json.NotPrincipal !== undefined;
  if (kind === "identity") {
    if (has || hasNot) {
      fail(
        "prohibited-principal",
        `${name}: identity policies apply to whoever they are attached to; remove Principal.`,
        "Policy document should not specify a principal.",
      );
    }
    return undefined;
  }
  if (has && hasNot) fail("syntax", `${name} has both Principal and NotPrincipal; keep one.`);
  if (!has && !hasNot) {
    fail(
      "missing-principal",
      `${name} needs a Principal saying who it applies to.`,
      "Missing required field Principal",
    );
  }
  const field = has ? "Principal" : "NotPrincipal";
  const value = json[field];
  if (value === "*") return { negated: hasNot, value: "*" };
  if (!isObject(value) || Object.keys(value).length === 0) {
    fail("syntax", `${name}: ${field} must be "*" or an object such as {"AWS": "123456789012"}.`);
  }
  const element: Record<string, string[]> = {};
  for (const [type, raw] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.has(type)) {
      fail(
        "invalid-principal",
        `${name}: principal type "${type}" does not exist; use AWS, Service, Federated or CanonicalUser.`,
        `Invalid principal in policy: ${JSON.stringify({ [type]: raw })}`,
      );
    }
    const values = readStrings(raw, `${field}.${type}`, name);
    for (const principal of values) {
      if (type === "AWS" ? !isValidAwsPrincipal(principal) : principal.trim() === "") {
        fail(
          "invalid-principal",
          `${name}: "${principal}" is not a valid ${type} principal; use an account id, an IAM user or role ARN, or "*".`,
          `Invalid principal in policy: "${type}":"${principal}"`,
        );
      }
    }
    element[type] = values;
  }
  return { negated: hasNot, value: element };
}

function conditionValue(value: Json, name: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return fail("syntax", `${name}: condition values must be strings, numbers or booleans.`);
}

function readCondition(
  value: Json | undefined,
  name: string,
  version: PolicyVersion,
): PolicyStatement["condition"] {
  if (value === undefined) return {};
  if (!isObject(value))
    fail("syntax", `${name}: Condition must be an object of {"Operator": {"key": value}}.`);
  const condition: Record<string, Record<string, string[]>> = {};
  for (const [operatorText, block] of Object.entries(value)) {
    const operator = parseOperator(operatorText);
    if (!operator) fail("syntax", `${name}: "${operatorText}" is not a condition operator AWS knows.`);
    if (!isObject(block)) fail("syntax", `${name}: ${operatorText} must map condition keys to values.`);
    const keys: Record<string, string[]> = {};
    for (const [key, raw] of Object.entries(block)) {
      const values = (Array.isArray(raw) ? raw : [raw]).map((item) => conditionValue(item, name));
      const invalid = invalidConditionValue(operatorText, values, version);
      if (invalid !== undefined) {
        fail(
          "condition-value",
          `${name}: ${JSON.stringify(invalid)} is not a valid value for ${operatorText} on ${key}.`,
          LEGACY,
        );
      }
      keys[key] = values;
    }
    condition[operatorText] = keys;
  }
  return condition;
}

function invalidConditionValue(
  operatorText: string,
  values: readonly string[],
  version: PolicyVersion,
): string | undefined {
  const operator = parseOperator(operatorText);
  if (!operator?.base) {
    return operatorText.toLowerCase() === NULL_OPERATOR.toLowerCase()
      ? values.find((v) => v.toLowerCase() !== "true" && v.toLowerCase() !== "false")
      : undefined;
  }
  const checked =
    version === "2012-10-17" && operator.base.takesVariables
      ? values.filter((v) => !hasVariables(v))
      : values;
  if (checked.length === 0) return undefined;
  const compiled = operator.base.compile(checked);
  return typeof compiled === "function" ? undefined : compiled.invalid;
}
