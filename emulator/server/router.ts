import type { IncomingHttpHeaders } from "node:http";
import type { ServiceDefinition } from "../core/service.js";
import { awsJson } from "../protocols/aws-json.js";
import { awsQuery, queryParams } from "../protocols/aws-query.js";
import { restJson } from "../protocols/rest-json.js";
import { restRoutes } from "../protocols/rest-routes.js";
import type { Protocol, WireRequest } from "../protocols/wire.js";

export interface Route {
  readonly protocol: Protocol;
  /** Absent when nothing answers; for awsQuery it may still be found from `Version`/`Action` in the body. */
  readonly service?: ServiceDefinition;
}

/**
 * Picks the service and protocol of a request, in the order the clients make possible: the SigV4 credential
 * scope's service name (every client signs), the `X-Amz-Target` prefix (awsJson), a restJson route, and
 * finally the query protocol, whose service is only known once `Version`/`Action` are read from the body.
 */
export class Router {
  private readonly bySigningName = new Map<string, ServiceDefinition>();
  private readonly byTargetPrefix = new Map<string, ServiceDefinition>();
  private readonly byQueryVersion = new Map<string, ServiceDefinition>();
  private readonly queryServices: ServiceDefinition[] = [];
  private readonly restServices: ServiceDefinition[] = [];

  constructor(services: readonly ServiceDefinition[]) {
    for (const service of services) {
      this.bySigningName.set(service.signingName, service);
      if (service.jsonTargetPrefix) this.byTargetPrefix.set(service.jsonTargetPrefix, service);
      if (service.queryVersion) {
        this.byQueryVersion.set(service.queryVersion, service);
        this.queryServices.push(service);
      }
      if (!restRoutes(service).isEmpty) this.restServices.push(service);
    }
  }

  /** Decides from the request line and headers alone, so errors before the body (413) have the right shape. */
  route(method: string, path: string, headers: IncomingHttpHeaders, signingName: string | undefined): Route {
    const target = headers["x-amz-target"];
    const signed = signingName === undefined ? undefined : this.bySigningName.get(signingName);
    if (signed !== undefined) {
      if (target !== undefined && signed.jsonTargetPrefix) return { protocol: awsJson, service: signed };
      const rest = restRoutes(signed);
      if (!rest.isEmpty && (rest.match(method, path) !== undefined || !signed.queryVersion)) {
        return { protocol: restJson, service: signed };
      }
      if (signed.queryVersion) return { protocol: awsQuery, service: signed };
      if (signed.jsonTargetPrefix) return { protocol: awsJson, service: signed };
    }
    if (typeof target === "string") {
      const dot = target.indexOf(".");
      return {
        protocol: awsJson,
        service: this.byTargetPrefix.get(dot === -1 ? target : target.slice(0, dot)),
      };
    }
    for (const service of this.restServices) {
      if (restRoutes(service).match(method, path) !== undefined) return { protocol: restJson, service };
    }
    return { protocol: awsQuery };
  }

  /** The query service a request names by `Version`, else the one query service that has its `Action`. */
  queryService(request: WireRequest): ServiceDefinition | undefined {
    const params = queryParams(request);
    const version = params.get("Version");
    if (version !== null) return this.byQueryVersion.get(version);
    const action = params.get("Action");
    if (action === null) return undefined;
    return this.queryServices.find((service) => service.actions.has(action));
  }
}
