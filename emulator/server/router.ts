import type { IncomingHttpHeaders } from "node:http";
import type { ServiceDefinition, ServiceRegistration } from "../core/service.js";
import { awsCbor, CBOR_CONTENT_TYPE } from "../protocols/aws-cbor.js";
import { awsJson } from "../protocols/aws-json.js";
import { awsQuery, queryParams } from "../protocols/aws-query.js";
import { restJson } from "../protocols/rest-json.js";
import { restRoutes } from "../protocols/rest-routes.js";
import type { Protocol, WireRequest } from "../protocols/wire.js";

export interface Route {
  readonly protocol: Protocol;
  /** Absent when nothing answers; for awsQuery it may still be found from `Version`/`Action` in the body. */
  readonly service?: ServiceRegistration;
}

/**
 * Picks the service and protocol of a request, in the order the clients make possible: the SigV4 credential
 * scope's service name (every client signs), the `X-Amz-Target` prefix (awsJson), a restJson route, and
 * finally the query protocol, whose service is only known once `Version`/`Action` are read from the body.
 * It decides from the registrations alone, so no service is loaded to route a request to another.
 */
export class Router {
  private readonly bySigningName = new Map<string, ServiceRegistration>();
  private readonly byTargetPrefix = new Map<string, ServiceRegistration>();
  private readonly byQueryVersion = new Map<string, ServiceRegistration>();
  private readonly queryServices: ServiceRegistration[] = [];
  private readonly restServices: ServiceRegistration[] = [];

  /** `definition` returns a service's loaded definition, or undefined while it is not loaded. */
  constructor(
    registrations: readonly ServiceRegistration[],
    private readonly definition: (name: string) => ServiceDefinition | undefined,
  ) {
    for (const registration of registrations) {
      const { endpoint } = registration;
      this.bySigningName.set(endpoint.signingName, registration);
      if (endpoint.jsonTargetPrefix) this.byTargetPrefix.set(endpoint.jsonTargetPrefix, registration);
      if (endpoint.queryVersion) {
        this.byQueryVersion.set(endpoint.queryVersion, registration);
        this.queryServices.push(registration);
      }
      if (endpoint.restJson) this.restServices.push(registration);
    }
  }

  /** restJson services, whose route tables need them loaded before an unsigned request can be matched. */
  get restRegistrations(): readonly ServiceRegistration[] {
    return this.restServices;
  }

  /** Decides from the request line and headers alone, so errors before the body (413) have the right shape. */
  route(method: string, path: string, headers: IncomingHttpHeaders, signingName: string | undefined): Route {
    const target = headers["x-amz-target"];
    const signed = signingName === undefined ? undefined : this.bySigningName.get(signingName);
    if (signed !== undefined) {
      const { endpoint } = signed;
      if (target !== undefined && endpoint.jsonTargetPrefix)
        return { protocol: jsonOrCbor(headers), service: signed };
      if (endpoint.restJson && (!endpoint.queryVersion || this.matchesRest(signed, method, path))) {
        return { protocol: restJson, service: signed };
      }
      if (endpoint.queryVersion) return { protocol: awsQuery, service: signed };
      if (endpoint.jsonTargetPrefix) return { protocol: jsonOrCbor(headers), service: signed };
    }
    if (typeof target === "string") {
      const dot = target.indexOf(".");
      return {
        protocol: jsonOrCbor(headers),
        service: this.byTargetPrefix.get(dot === -1 ? target : target.slice(0, dot)),
      };
    }
    for (const service of this.restServices) {
      if (this.matchesRest(service, method, path)) return { protocol: restJson, service };
    }
    return { protocol: awsQuery };
  }

  /** The query service a request names by `Version`, else the one query service that has its `Action`. */
  queryService(request: WireRequest): ServiceRegistration | undefined {
    const params = queryParams(request);
    const version = params.get("Version");
    if (version !== null) return this.byQueryVersion.get(version);
    const action = params.get("Action");
    if (action === null) return undefined;
    return this.queryServices.find((service) => this.definition(service.name)?.actions.has(action));
  }

  private matchesRest(service: ServiceRegistration, method: string, path: string): boolean {
    const definition = this.definition(service.name);
    return definition !== undefined && restRoutes(definition).match(method, path) !== undefined;
  }
}

/** A JSON-target service's calls come as JSON or, from the Java SDK and the KCL, as CBOR; the content type says which. */
function jsonOrCbor(headers: IncomingHttpHeaders): Protocol {
  const contentType = headers["content-type"];
  return typeof contentType === "string" && contentType.startsWith(CBOR_CONTENT_TYPE) ? awsCbor : awsJson;
}
