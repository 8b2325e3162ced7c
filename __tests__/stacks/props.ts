import type { EventDrivenStackProps } from "../../stacks/config.js";

type Tree = Record<string, unknown>;

/** A copy of `props` with the prop at `path` set; `queues[].x` sets it on the first queue only. */
export function withProp(props: EventDrivenStackProps, path: string, value: unknown): EventDrivenStackProps {
  const set = (node: unknown, keys: readonly string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    if (key.endsWith("[]")) {
      const [first, ...others] = ((node as Tree | undefined)?.[key.slice(0, -2)] ?? []) as unknown[];
      return { ...(node as Tree), [key.slice(0, -2)]: [set(first, rest), ...others] };
    }
    return { ...(node as Tree), [key]: set((node as Tree | undefined)?.[key], rest) };
  };
  return set(props, path.split(".")) as EventDrivenStackProps;
}
