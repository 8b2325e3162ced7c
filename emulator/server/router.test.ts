import { describe, expect, it } from "vitest";
import type { ServiceDefinition, ServiceEndpoint, ServiceRegistration } from "../core/service.js";
import { defaultProtocols } from "../protocols/index.js";
import type { Protocol, WireRequest } from "../protocols/wire.js";
import { serviceRegistrations } from "../services/registry.js";
import { echoDefinition, readyInstance, registration } from "../testing/echo-services.js";
import { knownAwsServices } from "./aws-services.js";
import { Router } from "./router.js";
import type { RouterOptions } from "./router.js";

function request(headers: Record<string, string>, body = ""): WireRequest {
  return { method: "POST", path: "/", query: "", headers, body: Buffer.from(body) };
}

/** A protocol that recognises requests carrying its header and identifies services by that header's value. */
function headerProtocol(name: string, header: string): Protocol {
  const refuse = (): never => {
    throw new Error(`${name} does not decode or encode in this test`);
  };
  return {
    name,
    recognizes: (wire) => wire.headers[header] !== undefined,
    identify: (wire, services: readonly ServiceEndpoint[]) =>
      services.find((service) => service.signingName === wire.headers[header]),
    decode: refuse,
    encodeOutput: refuse,
    encodeError: refuse,
    unknownService: refuse,
  };
}

function router(registrations: readonly ServiceRegistration[], options: Partial<RouterOptions> = {}): Router {
  const loaded = new Map<string, ServiceDefinition>();
  return new Router({
    registrations,
    protocols: defaultProtocols,
    unserved: knownAwsServices,
    loaded: (name) => loaded.get(name),
    load: async (name) => {
      const found = registrations.find((r) => r.name === name);
      const instance = await (await found!.load())({} as never);
      loaded.set(name, instance.definition);
    },
    ...options,
  });
}

const echo = registration("echo", echoDefinition, () => readyInstance(echoDefinition));
const SIGNED_ECHO = "AWS4-HMAC-SHA256 Credential=AK/20260101/us-east-1/echo/aws4_request, Signature=00";

describe("Router", () => {
  it("lets the first protocol in the list that recognises a request read it", async () => {
    const first = headerProtocol("first", "x-route");
    const second = headerProtocol("second", "x-route");
    const both = registration("both", { signingName: "both", protocols: ["second", "first"] }, () =>
      readyInstance(echoDefinition),
    );
    const route = await router([both], { protocols: [first, second] }).route(
      request({ "x-route": "both" }),
      undefined,
    );
    expect(route.protocol).toBe(first);
    expect(route.service).toBe(both);
  });

  it("sends a signed request to the first of its service's protocols that recognises it, else its preferred", async () => {
    const routes = router([echo]);
    const json = await routes.route(
      request({ "x-amz-target": "Echo_20240101.Echo", authorization: SIGNED_ECHO }),
      "echo",
    );
    expect(json.protocol.name).toBe("awsJson");
    const bare = await routes.route(request({}, "Action=Echo"), "echo");
    expect(bare.protocol.name).toBe("awsQuery");
    expect(bare.service).toBe(echo);
  });

  it("hands out the same route for every request to the same service and protocol", async () => {
    const routes = router([echo]);
    const headers = { "x-amz-target": "Echo_20240101.Echo" };
    expect(await routes.route(request(headers), "echo")).toBe(await routes.route(request(headers), "echo"));
  });

  it("loads the services a protocol identifies by definition, then finds the query service by its Action", async () => {
    const route = await router([echo]).route(request({}, "Action=Echo"), undefined);
    expect(route.protocol.name).toBe("awsQuery");
    expect(route.service).toBe(echo);
  });

  it("gives up, without loading again, when a service it must load to identify a request fails to load", async () => {
    let loads = 0;
    const broken = registration(
      "broken",
      { signingName: "broken", protocols: ["awsQuery"], queryVersion: "1" },
      () => {
        throw new Error("cannot start");
      },
    );
    const routes = router([broken], {
      load: () => {
        loads++;
        return Promise.reject(new Error("cannot start"));
      },
    });
    const route = await routes.route(request({}, "Action=Nothing"), undefined);
    expect(route.service).toBeUndefined();
    expect(route.unserved).toBeUndefined();
    expect(route.protocol.name).toBe("awsQuery");
    expect(loads).toBe(1);
  });

  it("routes a request for an AWS service the emulator lacks to that service's protocol, marked unserved", async () => {
    const routes = router([echo]);
    const kinesis = await routes.route(request({}, "Action=ListStreams"), "kinesis");
    expect(kinesis.protocol.name).toBe("awsJson");
    expect(kinesis.unserved?.title).toBe("Amazon Kinesis");
    const sns = await routes.route(request({}, "Action=ListTopics&Version=2010-03-31"), undefined);
    expect(sns.protocol.name).toBe("awsQuery");
    expect(sns.unserved?.title).toBe("Amazon SNS");
  });

  it("reads a Kinesis call by its content type: CBOR in awsCbor and JSON in awsJson, signed or not", async () => {
    const kinesis = serviceRegistrations.find((r) => r.name === "kinesis")!;
    const routes = router(serviceRegistrations);
    const target = { "x-amz-target": "Kinesis_20131202.ListStreams" };
    const cbor = request({ ...target, "content-type": "application/x-amz-cbor-1.1" });
    const json = request({ ...target, "content-type": "application/x-amz-json-1.1" });
    for (const signingName of ["kinesis", undefined]) {
      const asCbor = await routes.route(cbor, signingName);
      expect([asCbor.protocol.name, asCbor.service]).toEqual(["awsCbor", kinesis]);
      const asJson = await routes.route(json, signingName);
      expect([asJson.protocol.name, asJson.service]).toEqual(["awsJson", kinesis]);
    }
  });

  it("refuses a service that speaks none of the router's protocols", () => {
    const lines = registration("lines", { signingName: "lines", protocols: ["line"] }, () =>
      readyInstance(echoDefinition),
    );
    expect(() => router([lines])).toThrow("Service lines speaks line, and the emulator has only");
  });
});
