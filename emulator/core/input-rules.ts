/**
 * The rules AWS states in prose beyond a service's model, laid onto a generated input shape so that one walk
 * (./model-validation.ts) checks both, in model member order. A rule adds a value range or pattern with the
 * reason AWS gives for breaking it, or lifts a `required` the model states when the action itself answers the
 * member's absence with AWS's own error; `members` reaches into the structure a member is or holds (its list
 * elements, its map values).
 */
import type { ModelList, ModelMap, ModelMember, ModelShape, ModelStructure } from "./model-shapes.js";

export interface InputRule {
  readonly min?: number;
  readonly max?: number;
  /** A Java-style regular expression the whole value must match, as model patterns are. */
  readonly pattern?: string;
  /** AWS's sentence for a value outside `min`/`max`/`pattern` (without the final full stop). */
  readonly reason?: string;
  /** The model requires the member, but its absence is answered by the action, in AWS's words. */
  readonly required?: false;
  /** Rules for the members of the structure this member is, or whose list elements or map values it holds. */
  readonly members?: InputRules;
}

export type InputRules = Readonly<Record<string, InputRule>>;

/** The reason a rule attached to a shape, for the service's error message. */
export function reasonOf(shape: ModelShape): string | undefined {
  return (shape as { readonly reason?: string }).reason;
}

/**
 * `shape` with `rules` applied. Naming a member the shape lacks, or lifting a `required` the model does not
 * state, throws: a rule that no longer meets its model must be looked at, not silently kept.
 */
export function withInputRules(shape: ModelStructure, rules: InputRules): ModelStructure {
  const members: Record<string, ModelMember> = { ...shape.members };
  let required = shape.required;
  for (const [name, rule] of Object.entries(rules)) {
    const member = members[name];
    if (member === undefined) throw new Error(`Input rule for ${name}, which the model does not define.`);
    if (rule.required === false) {
      if (required === undefined || !required.includes(name))
        throw new Error(`Input rule lifts required from ${name}, which the model does not require.`);
      required = required.filter((other) => other !== name);
    }
    members[name] = refine(member, rule);
  }
  return { ...shape, members, required };
}

function refine(member: ModelMember, rule: InputRule): ModelMember {
  const { members, required: _lifted, ...constraints } = rule;
  const constrained = { ...member, ...constraints } as ModelMember;
  return members === undefined ? constrained : within(constrained, members);
}

function within(shape: ModelShape, rules: InputRules): ModelShape {
  switch (shape.type) {
    case "structure":
      return withInputRules(shape, rules);
    case "list":
      return { ...shape, member: within(shape.member, rules) } satisfies ModelList;
    case "map":
      return { ...shape, value: within(shape.value, rules) } satisfies ModelMap;
    default:
      throw new Error(`Input rules for the members of a ${shape.type}, which has none.`);
  }
}
