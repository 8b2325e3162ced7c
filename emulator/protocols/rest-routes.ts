import type { ActionDefinition, ServiceDefinition } from "../core/service.js";

type Segment = { literal: string } | { label: string; greedy: boolean };

interface CompiledRoute {
  readonly action: ActionDefinition;
  readonly segments: readonly Segment[];
}

export interface RouteMatch {
  readonly action: ActionDefinition;
  /** URI label values, percent-decoded. */
  readonly labels: Readonly<Record<string, string>>;
}

function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  return trimmed.split("/").slice(1);
}

function compile(action: ActionDefinition, requestUri: string): CompiledRoute {
  const path = requestUri.split("?")[0];
  const segments = splitPath(path).map((part): Segment => {
    if (part.startsWith("{") && part.endsWith("}")) {
      const inner = part.slice(1, -1);
      return inner.endsWith("+")
        ? { label: inner.slice(0, -1), greedy: true }
        : { label: inner, greedy: false };
    }
    return { literal: part };
  });
  return { action, segments };
}

function literalCount(route: CompiledRoute): number {
  return route.segments.filter((segment) => "literal" in segment).length;
}

function hasGreedy(route: CompiledRoute): boolean {
  return route.segments.some((segment) => "greedy" in segment && segment.greedy);
}

/**
 * The restJson route table of one service: method + URI template → action, compiled once. A path matches the
 * most specific template (most literal segments, greedy labels last); a trailing slash is ignored because
 * older botocore models send `/functions/` where newer ones send `/functions`.
 */
export class RestRouteTable {
  private readonly byMethod = new Map<string, CompiledRoute[]>();

  constructor(service: ServiceDefinition) {
    for (const action of service.actions.values()) {
      if (action.http === undefined) continue;
      const method = action.http.method.toUpperCase();
      const routes = this.byMethod.get(method) ?? [];
      routes.push(compile(action, action.http.requestUri));
      this.byMethod.set(method, routes);
    }
    for (const routes of this.byMethod.values()) {
      routes.sort((a, b) => Number(hasGreedy(a)) - Number(hasGreedy(b)) || literalCount(b) - literalCount(a));
    }
  }

  get isEmpty(): boolean {
    return this.byMethod.size === 0;
  }

  match(method: string, rawPath: string): RouteMatch | undefined {
    const routes = this.byMethod.get(method);
    if (routes === undefined) return undefined;
    const parts = splitPath(rawPath);
    for (const route of routes) {
      const labels = matchSegments(route.segments, parts);
      if (labels !== undefined) return { action: route.action, labels };
    }
    return undefined;
  }
}

function matchSegments(
  segments: readonly Segment[],
  parts: readonly string[],
): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if ("literal" in segment) {
      if (parts[i] !== segment.literal) return undefined;
      continue;
    }
    if (segment.greedy) {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join("") === "") return undefined;
      const value = safeDecode(rest.join("/"));
      if (value === undefined) return undefined;
      labels[segment.label] = value;
      return labels;
    }
    const part = parts[i];
    if (part === undefined || part === "") return undefined;
    const value = safeDecode(part);
    if (value === undefined) return undefined;
    labels[segment.label] = value;
  }
  return segments.length === parts.length ? labels : undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const tables = new WeakMap<ServiceDefinition, RestRouteTable>();

/** The service's route table, compiled on first use. */
export function restRoutes(service: ServiceDefinition): RestRouteTable {
  let table = tables.get(service);
  if (table === undefined) {
    table = new RestRouteTable(service);
    tables.set(service, table);
  }
  return table;
}
