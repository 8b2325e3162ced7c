import { Testing } from "cdktf";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps, type EnvironmentName } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";

/** The synthesized Terraform JSON, both as the string the matchers take and parsed. */
export interface Synthesized {
  readonly json: string;
  readonly config: TerraformJson;
}

export interface TerraformJson {
  terraform: Record<string, unknown>;
  provider: { aws: Record<string, unknown>[] };
  variable: Record<
    string,
    { default?: unknown; validation?: { condition: string; error_message: string }[] }
  >;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  output: Record<string, { value: unknown; description?: string }>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
}

export function synthProps(props: EventDrivenStackProps): Synthesized {
  const stack = new EventDrivenStack(Testing.app(), props.environment, props);
  const json = Testing.synth(stack);
  return { json, config: JSON.parse(json) as TerraformJson };
}

export function synthEnvironment(name: EnvironmentName): Synthesized {
  return synthProps(environmentProps()[name]);
}

/** All resources of one type, whatever their generated logical ids. */
export function resourcesOf(synthesized: Synthesized, type: string): Record<string, unknown>[] {
  return Object.values(synthesized.config.resource[type] ?? {});
}

export function onlyResource(synthesized: Synthesized, type: string): Record<string, unknown> {
  const all = resourcesOf(synthesized, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

export interface PolicyStatementJson {
  Sid: string;
  Effect: string;
  Principal?: unknown;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export function statements(policy: unknown): PolicyStatementJson[] {
  if (typeof policy !== "string") throw new Error("policy is not a JSON string");
  return (JSON.parse(policy) as { Statement: PolicyStatementJson[] }).Statement;
}

export function statement(policy: unknown, sid: string): PolicyStatementJson {
  const found = statements(policy).find((s) => s.Sid === sid);
  if (!found) throw new Error(`no statement ${sid}`);
  return found;
}

/** Counts resources per type, the way the README reports them. */
export function resourceCounts(synthesized: Synthesized): Record<string, number> {
  return Object.fromEntries(
    Object.entries(synthesized.config.resource).map(([type, byId]) => [type, Object.keys(byId).length]),
  );
}

/** `type.logical_id` of the only resource of a type, as other resources reference it. */
export function addressOf(synthesized: Synthesized, type: string): string {
  const ids = Object.keys(synthesized.config.resource[type] ?? {});
  if (ids.length !== 1) throw new Error(`expected one ${type}, found ${ids.length}`);
  return `${type}.${ids[0]}`;
}

/** The interpolation Terraform JSON uses to reference another resource's attribute. */
export function ref(address: string, attribute: string): string {
  return "${" + `${address}.${attribute}` + "}";
}
