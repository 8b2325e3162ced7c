import type { ModelOperation } from "../../core/model-shapes.js";
import { iamAction, type IamAction } from "./action.js";
import { checkDocument, encodeDocument, policySize } from "./documents.js";
import { IamErrors } from "./errors.js";
import type { IamModel } from "./model.js";
import { page, type PageInput } from "./pagination.js";
import { findPolicy } from "./policies.js";
import type { PolicyHolder } from "./records.js";

/**
 * The inline and attached-policy actions, which IAM offers alike for users and roles (PutRolePolicy and
 * PutUserPolicy, …): one implementation, parameterised by the holder kind and its member name.
 */
export type HolderKind = "user" | "role";

interface HolderTraits {
  /** `RoleName` / `UserName`. */
  readonly nameMember: string;
  /** IAM's quota on a holder's inline policies together (characters without whitespace). */
  readonly inlineMax: number;
  readonly quotaName: string;
}

const TRAITS: Record<HolderKind, HolderTraits> = {
  role: { nameMember: "RoleName", inlineMax: 10_240, quotaName: "PoliciesPerRole" },
  user: { nameMember: "UserName", inlineMax: 2_048, quotaName: "PoliciesPerUser" },
};

const ATTACHED_MAX = 10;

type Input = Record<string, unknown>;

function holderOf(model: IamModel, kind: HolderKind, accountId: string, input: Input): PolicyHolder {
  return model.holder(kind, accountId, input[TRAITS[kind].nameMember] as string);
}

function save(model: IamModel, kind: HolderKind, holder: PolicyHolder, change: Partial<PolicyHolder>): void {
  if (kind === "role")
    model.put("role", { ...model.holder("role", holder.accountId, holder.name), ...change });
  else model.put("user", { ...holder, ...change });
}

export function putInlinePolicy(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const name = input.PolicyName as string;
      const document = input.PolicyDocument as string;
      checkDocument(document, "identity");
      const inline = { ...holder.inline, [name]: document };
      const total = Object.values(inline).reduce((sum, text) => sum + policySize(text), 0);
      if (total > TRAITS[kind].inlineMax) {
        throw IamErrors.limitExceeded(
          `Maximum policy size of ${TRAITS[kind].inlineMax} bytes exceeded for ${kind} ${holder.name}`,
        );
      }
      save(model, kind, holder, { inline });
      return {};
    },
  }));
}

function requireInline(holder: PolicyHolder, kind: HolderKind, name: string): string {
  const document = holder.inline[name];
  if (document === undefined) {
    throw IamErrors.noSuchEntity(`The ${kind} policy with name ${name} cannot be found.`);
  }
  return document;
}

export function getInlinePolicy(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const name = input.PolicyName as string;
      return {
        [TRAITS[kind].nameMember]: holder.name,
        PolicyName: name,
        PolicyDocument: encodeDocument(requireInline(holder, kind, name)),
      };
    },
  }));
}

export function deleteInlinePolicy(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const name = input.PolicyName as string;
      requireInline(holder, kind, name);
      const inline = { ...holder.inline };
      delete inline[name];
      save(model, kind, holder, { inline });
      return {};
    },
  }));
}

export function listInlinePolicies(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input & PageInput>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const { items, IsTruncated, Marker } = page(Object.keys(holder.inline).sort(), input);
      return { PolicyNames: items, IsTruncated, Marker };
    },
  }));
}

export function attachPolicy(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const arn = input.PolicyArn as string;
      const policy = findPolicy(model, arn);
      if (policy === undefined || policy.accountId !== ctx.accountId) {
        throw IamErrors.noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
      }
      if (holder.attached.includes(arn)) return {};
      if (holder.attached.length >= ATTACHED_MAX) {
        throw IamErrors.limitExceeded(`Cannot exceed quota for ${TRAITS[kind].quotaName}: ${ATTACHED_MAX}`);
      }
      save(model, kind, holder, { attached: [...holder.attached, arn] });
      return {};
    },
  }));
}

export function detachPolicy(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const arn = input.PolicyArn as string;
      if (!holder.attached.includes(arn)) throw IamErrors.noSuchEntity(`Policy ${arn} was not found.`);
      save(model, kind, holder, { attached: holder.attached.filter((attached) => attached !== arn) });
      return {};
    },
  }));
}

export function listAttachedPolicies(kind: HolderKind, operation: ModelOperation): IamAction {
  return iamAction<Input & PageInput & { PathPrefix?: string }>((model) => ({
    operation,
    run(input, ctx) {
      const holder = holderOf(model, kind, ctx.accountId, input);
      const prefix = input.PathPrefix ?? "/";
      const attached = holder.attached
        .map((arn) => findPolicy(model, arn))
        .filter((policy) => policy !== undefined && policy.path.startsWith(prefix))
        .map((policy) => ({ PolicyName: policy?.name, PolicyArn: policy?.arn }));
      const { items, IsTruncated, Marker } = page(attached, input);
      return { AttachedPolicies: items, IsTruncated, Marker };
    },
  }));
}
