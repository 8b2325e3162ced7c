import { describe, expect, it } from "vitest";
import { AwsError } from "../core/errors.js";
import { thingsDefinition } from "../testing/echo-services.js";
import { restJson } from "./rest-json.js";
import { restRoutes } from "./rest-routes.js";
import type { WireRequest } from "./wire.js";

function request(method: string, url: string, body = "", headers: Record<string, string> = {}): WireRequest {
  const mark = url.indexOf("?");
  return {
    method,
    path: mark === -1 ? url : url.slice(0, mark),
    query: mark === -1 ? "" : url.slice(mark + 1),
    headers,
    body: Buffer.from(body),
  };
}

describe("restJson routes", () => {
  const routes = restRoutes(thingsDefinition);

  it("matches a literal path with or without a trailing slash", () => {
    expect(routes.match("GET", "/2015-03-31/things")?.action.name).toBe("ListThings");
    expect(routes.match("GET", "/2015-03-31/things/")?.action.name).toBe("ListThings");
  });

  it("prefers the template with more literal segments", () => {
    expect(routes.match("POST", "/2015-03-31/things/x/invocations")?.action.name).toBe("InvokeThing");
  });

  it("percent-decodes URI labels", () => {
    expect(routes.match("GET", "/2015-03-31/things/arn%3Aaws%3Athing%3Ax")?.labels).toEqual({
      Name: "arn:aws:thing:x",
    });
  });

  it("lets a greedy label take the rest of the path", () => {
    expect(routes.match("POST", "/2017-03-31/tags/arn:aws:x/y/z")?.labels).toEqual({ ARN: "arn:aws:x/y/z" });
  });

  it("matches nothing for an unknown method or path", () => {
    expect(routes.match("PATCH", "/2015-03-31/things/x")).toBeUndefined();
    expect(routes.match("GET", "/2015-03-31/things/x/y/z")).toBeUndefined();
    expect(routes.match("GET", "/2015-03-31/things/%E0%A4%A")).toBeUndefined();
  });
});

describe("restJson decoding and encoding", () => {
  it("binds URI labels, query parameters and headers to their members", () => {
    const call = restJson.decode(
      request("GET", "/2015-03-31/things/t1?Qualifier=%24LATEST&Version=3", "", { "x-amz-mode": "fast" }),
      thingsDefinition,
    );
    expect(call.action.name).toBe("GetThing");
    expect(call.input).toEqual({ Name: "t1", Qualifier: "$LATEST", Version: 3, Mode: "fast" });
  });

  it("reads the unbound members from the JSON body", () => {
    const call = restJson.decode(
      request("POST", "/2015-03-31/things", '{"Name":"n","Size":2}'),
      thingsDefinition,
    );
    expect(call.input).toEqual({ Name: "n", Size: 2 });
  });

  it("hands a blob payload over raw", () => {
    const call = restJson.decode(
      request("POST", "/2015-03-31/things/t/invocations", "\u0000raw{"),
      thingsDefinition,
    );
    expect(call.input).toEqual({ Name: "t", Payload: Buffer.from("\u0000raw{") });
  });

  it("rejects a wrongly typed query parameter and body member", () => {
    expect(() => restJson.decode(request("GET", "/2015-03-31/things/t?Version=x"), thingsDefinition)).toThrow(
      AwsError,
    );
    expect(() =>
      restJson.decode(request("POST", "/2015-03-31/things", '{"Size":"2"}'), thingsDefinition),
    ).toThrow("Size");
  });

  it("answers an unknown route with a 404 UnknownOperationException", () => {
    try {
      restJson.decode(request("GET", "/2015-03-31/nothing"), thingsDefinition);
      throw new Error("decode did not fail");
    } catch (error) {
      expect(error).toMatchObject({ code: "UnknownOperationException", status: 404 });
    }
  });

  it("uses the action's success status and moves header members out of the body", () => {
    const create = thingsDefinition.actions.get("CreateThing")!;
    expect(
      restJson.encodeOutput(
        request("POST", "/2015-03-31/things"),
        thingsDefinition,
        create,
        { Name: "n" },
        "r",
      ).status,
    ).toBe(201);
    const get = thingsDefinition.actions.get("GetThing")!;
    const response = restJson.encodeOutput(
      request("GET", "/2015-03-31/things/n"),
      thingsDefinition,
      get,
      { Name: "n", Mode: "m" },
      "r",
    );
    expect(response.headers["x-amz-mode"]).toBe("m");
    expect(JSON.parse(response.body as string)).toEqual({ Name: "n" });
  });

  it("sends no body with a 204", () => {
    const remove = thingsDefinition.actions.get("DeleteThing")!;
    expect(
      restJson.encodeOutput(request("DELETE", "/2015-03-31/things/n"), thingsDefinition, remove, {}, "r"),
    ).toMatchObject({ status: 204, body: "" });
  });

  it("writes errors with x-amzn-ErrorType and a Type of User or Service", () => {
    const response = restJson.encodeError(
      request("GET", "/2015-03-31/things/n"),
      new AwsError("ResourceNotFoundException", "no", { status: 404 }),
      undefined,
      "r",
    );
    expect(response.status).toBe(404);
    expect(response.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(JSON.parse(response.body as string)).toEqual({ Type: "User", message: "no" });
    const fault = restJson.encodeError(
      request("GET", "/2015-03-31/things/n"),
      new AwsError("ServiceException", "x", { status: 500 }),
      undefined,
      "r",
    );
    expect(JSON.parse(fault.body as string)).toMatchObject({ Type: "Service" });
  });
});
