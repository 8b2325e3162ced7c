import type { ServiceDefinition, ServiceEndpoint, ServiceRegistration } from "../core/service.js";
import type { DefinitionLookup, Protocol, WireRequest } from "../protocols/wire.js";
import type { KnownAwsService } from "./aws-services.js";

/** Where a request goes: the protocol that reads and answers it, and the service it is for, if any. */
export interface Route {
  readonly protocol: Protocol;
  /** The served service; absent when the request names none (then see `unserved`). */
  readonly service?: ServiceRegistration;
  /** An AWS service the request names that the emulator does not serve. */
  readonly unserved?: KnownAwsService;
}

export interface RouterOptions {
  readonly registrations: readonly ServiceRegistration[];
  /** In priority order: the first protocol that recognises a request reads it. */
  readonly protocols: readonly Protocol[];
  /** AWS services the emulator does not serve but recognises, so their calls get an error that says so. */
  readonly unserved: readonly KnownAwsService[];
  /** A service's definition while it is loaded. */
  readonly loaded: (name: string) => ServiceDefinition | undefined;
  /** Loads a service (settling, failed or not); the router loads only what it needs to identify a request. */
  readonly load: (name: string) => Promise<unknown>;
}

/** A service the router can send requests to, with its routes (one per protocol it speaks) made once. */
interface Destination {
  readonly endpoint: ServiceEndpoint;
  readonly registration?: ServiceRegistration;
  /** The protocols it speaks, in the router's priority order, and the route of each. */
  readonly spoken: readonly Protocol[];
  readonly routes: readonly Route[];
  /** The route of its preferred protocol, for signed requests none of its protocols recognises. */
  readonly preferred: Route;
}

/**
 * Picks the protocol and service of a request once, from the registrations alone (no service is loaded to route
 * a request to another) and without knowing any protocol: a signed request goes to the service of its
 * credential scope, in the first of its protocols that recognises it; an unsigned one to the first protocol
 * that identifies its service or recognises it. Services the emulator lacks are routed the same way, so their
 * calls are answered in the protocol their clients read.
 */
export class Router {
  private readonly protocols: readonly Protocol[];
  private readonly bySigningName = new Map<string, Destination>();
  private readonly byEndpoint = new Map<ServiceEndpoint, Destination>();
  /** Per protocol (same index as `protocols`): the served services, and the unserved ones, that speak it. */
  private readonly servedSpeakers: (readonly ServiceRegistration[])[] = [];
  private readonly servedEndpoints: (readonly ServiceEndpoint[])[] = [];
  private readonly unservedEndpoints: (readonly ServiceEndpoint[])[] = [];
  /** Per protocol: the route of a request it recognises but no service answers. */
  private readonly orphanRoutes: readonly Route[];

  constructor(private readonly options: RouterOptions) {
    this.protocols = options.protocols;
    if (this.protocols.length === 0) throw new Error("The emulator needs at least one protocol.");
    this.orphanRoutes = this.protocols.map((protocol) => ({ protocol }));
    const served = new Set(options.registrations.map((r) => r.endpoint.signingName));
    for (const registration of options.registrations) this.add(registration.endpoint, registration);
    for (const known of options.unserved) if (!served.has(known.signingName)) this.add(known, undefined);
    for (const protocol of this.protocols) {
      const speakers = [...this.byEndpoint.values()].filter((d) => d.spoken.includes(protocol));
      const registrations = speakers.flatMap((d) => (d.registration === undefined ? [] : [d.registration]));
      this.servedSpeakers.push(registrations);
      this.servedEndpoints.push(registrations.map((r) => r.endpoint));
      this.unservedEndpoints.push(
        speakers.filter((d) => d.registration === undefined).map((d) => d.endpoint),
      );
    }
  }

  /**
   * The route of a request. Synchronous except when identifying an unsigned request needs services loaded
   * (route tables, action names): then it loads them and resolves.
   */
  route(request: WireRequest, signingName: string | undefined): Route | Promise<Route> {
    const signed = signingName === undefined ? undefined : this.bySigningName.get(signingName);
    if (signed !== undefined) return this.routeTo(signed, request);
    return this.unsigned(request, 0, -1);
  }

  private add(endpoint: ServiceEndpoint, registration: ServiceRegistration | undefined): void {
    const spoken = this.protocols.filter((protocol) => endpoint.protocols.includes(protocol.name));
    const preferredName = endpoint.protocols.find((name) =>
      spoken.some((protocol) => protocol.name === name),
    );
    const preferredProtocol = spoken.find((protocol) => protocol.name === preferredName);
    if (preferredProtocol === undefined) {
      // A service the emulator lacks can only be recognised in a protocol it has; one it serves must be reachable.
      if (registration === undefined) return;
      throw new Error(
        `Service ${endpoint.signingName} speaks ${endpoint.protocols.join(", ") || "no protocol"}, and the emulator has only ${this.protocols.map((p) => p.name).join(", ")}: add its protocol unit to the emulator's protocols.`,
      );
    }
    const routes = spoken.map((protocol): Route =>
      registration === undefined
        ? { protocol, unserved: endpoint as KnownAwsService }
        : { protocol, service: registration },
    );
    const destination: Destination = {
      endpoint,
      registration,
      spoken,
      routes,
      preferred: routes[spoken.indexOf(preferredProtocol)],
    };
    this.bySigningName.set(endpoint.signingName, destination);
    this.byEndpoint.set(endpoint, destination);
  }

  private routeTo(destination: Destination, request: WireRequest): Route {
    const { endpoint, registration, spoken } = destination;
    const definition = registration === undefined ? undefined : this.options.loaded(registration.name);
    for (let i = 0; i < spoken.length; i++) {
      if (spoken[i].recognizes(request, endpoint, definition)) return destination.routes[i];
    }
    return destination.preferred;
  }

  /** Walks the protocols from `from`; `loadedAt` is the protocol whose services were just loaded. */
  private unsigned(request: WireRequest, from: number, loadedAt: number): Route | Promise<Route> {
    for (let i = from; i < this.protocols.length; i++) {
      const protocol = this.protocols[i];
      if (protocol.identify !== undefined && this.servedEndpoints[i].length > 0) {
        const found = protocol.identify(request, this.servedEndpoints[i], this.definition);
        if (found !== undefined) return this.routeOf(found, protocol);
        if (protocol.identifiesByDefinition && i !== loadedAt && this.someUnloaded(this.servedSpeakers[i])) {
          return this.loadSpeakers(i).then(() => this.unsigned(request, i, i));
        }
      }
      if (protocol.recognizes(request)) return this.orphan(request, i);
    }
    return this.orphanRoutes[this.orphanRoutes.length - 1];
  }

  /** A request protocol `i` recognises that no served service answers: maybe one the emulator lacks. */
  private orphan(request: WireRequest, i: number): Route {
    const protocol = this.protocols[i];
    const known =
      this.unservedEndpoints[i].length === 0
        ? undefined
        : protocol.identify?.(request, this.unservedEndpoints[i], noDefinition);
    return known === undefined ? this.orphanRoutes[i] : this.routeOf(known, protocol);
  }

  private routeOf(endpoint: ServiceEndpoint, protocol: Protocol): Route {
    const destination = this.byEndpoint.get(endpoint) as Destination;
    return destination.routes[destination.spoken.indexOf(protocol)];
  }

  private readonly definition: DefinitionLookup = (endpoint) => {
    const registration = this.byEndpoint.get(endpoint)?.registration;
    return registration === undefined ? undefined : this.options.loaded(registration.name);
  };

  private someUnloaded(registrations: readonly ServiceRegistration[]): boolean {
    return registrations.some((registration) => this.options.loaded(registration.name) === undefined);
  }

  private async loadSpeakers(i: number): Promise<void> {
    await Promise.allSettled(
      this.servedSpeakers[i].map((registration) => this.options.load(registration.name)),
    );
  }
}

const noDefinition: DefinitionLookup = () => undefined;
