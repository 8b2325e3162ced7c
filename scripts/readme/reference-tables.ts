/**
 * The README's variables and outputs tables, generated from the synthesized stacks so they cannot drift
 * from the code. `tsx scripts/readme/write.ts` rewrites them; __tests__/stacks/readme.test.ts fails when
 * README.md differs from what this generates.
 */
import { App } from "cdktf";
import prettier from "prettier";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";

interface Variable {
  readonly type: string;
  readonly default: unknown;
  readonly description: string;
  readonly validation?: readonly { readonly error_message: string }[];
}

interface StackJson {
  readonly variable: Record<string, Variable>;
  readonly output: Record<string, { readonly description: string }>;
}

const synth = (props: EventDrivenStackProps): StackJson =>
  new EventDrivenStack(new App(), props.environment, props).toTerraform() as StackJson;

const code = (value: string): string => `\`${value}\``;
/** A default as Terraform shows it: an empty string stays visible as `""`. */
const defaultValue = (value: unknown): string => code(value === "" ? '""' : String(value));
const cell = (text: string): string => text.replaceAll("|", "\\|");
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => "---"), ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`).join("\n");

/** What a variable accepts, from its validation messages (`name must be ...` becomes `be ...`). */
function accepts(name: string, variable: Variable): string {
  return (variable.validation ?? [])
    .map((rule) => rule.error_message.replace(`${name} must `, "").replace(/\.$/, ""))
    .join("; ");
}

export function variablesTable(): string {
  const { dev, prod } = environmentProps();
  const [devJson, prodJson, noLambda] = [synth(dev), synth(prod), synth({ ...dev, lambda: false })];
  const rows = Object.entries(devJson.variable).map(([name, variable]) => [
    code(name),
    variable.type,
    defaultValue(variable.default),
    defaultValue(prodJson.variable[name]?.default),
    variable.description + (name in noLambda.variable ? "" : " _(Lambda only)_"),
    accepts(name, variable),
  ]);
  return table(["variable", "type", "dev default", "prod default", "description", "must"], rows);
}

export function outputsTable(): string {
  const { prod } = environmentProps();
  const all = synth(prod);
  // The first variant that lacks an output names the setting it depends on.
  const conditions: [string, StackJson][] = [
    ["_(Lambda only)_", synth({ ...prod, lambda: false })],
    ["_(with `alarms.createTopic`)_", synth({ ...prod, alarms: { createTopic: false } })],
    [
      '_(with `encryption: "customer-kms"`)_',
      synth({ ...prod, encryption: "aws-managed", alarms: { createTopic: false } }),
    ],
  ];
  const rows = Object.entries(all.output).map(([name, output]) => {
    const condition = conditions.find(([, variant]) => !(name in variant.output))?.[0];
    return [code(name), condition ? `${output.description} ${condition}` : output.description];
  });
  return table(["output", "description"], rows);
}

const SECTIONS: Record<string, () => string> = { variables: variablesTable, outputs: outputsTable };

/** `readme` with each generated section replaced and the whole file formatted as the repository's prettier does. */
export async function withReferenceTables(readme: string, readmePath: string): Promise<string> {
  let updated = readme;
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name}:start -->`;
    const end = `<!-- generated:${name}:end -->`;
    const from = updated.indexOf(start);
    const to = updated.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
    updated = `${updated.slice(0, from + start.length)}\n\n${generate()}\n\n${updated.slice(to)}`;
  }
  const options = await prettier.resolveConfig(readmePath);
  return prettier.format(updated, { ...options, filepath: readmePath });
}
