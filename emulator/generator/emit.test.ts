import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ModelError, ModelOperation, ModelStructure, ServiceModel } from "../core/model-shapes.js";
import type { BotocoreModel } from "./botocore-model.js";
import { emitServiceModule } from "./emit.js";
import { applyOverlay, type ServiceOverlay } from "./overlay.js";

const CORE = fileURLToPath(new URL("../core", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "eda-emit-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Emitted {
  text: string;
  module: {
    model: ServiceModel;
    operations: Record<string, ModelOperation>;
    errors: Record<string, ModelError>;
  } & Record<string, unknown>;
}

let counter = 0;
/** Emits `model` and imports the module, so tests check what the protocol layer would really get. */
async function emit(model: BotocoreModel): Promise<Emitted> {
  const text = emitServiceModule(model, { header: "// test module", corePath: CORE });
  const file = join(workDir, `module${counter++}.ts`);
  writeFileSync(file, text);
  return { text, module: (await import(pathToFileURL(file).href)) as Emitted["module"] };
}

/** A query service in the style of SQS's query-era model: flattened lists and maps, renamed members. */
const queryModel: BotocoreModel = {
  metadata: {
    apiVersion: "2020-01-01",
    protocol: "json",
    endpointPrefix: "things",
    serviceId: "Things",
    jsonVersion: "1.0",
    targetPrefix: "Things_2020",
    awsQueryCompatible: {},
  },
  operations: {
    PutThing: {
      name: "PutThing",
      http: { method: "POST", requestUri: "/" },
      input: { shape: "PutThingRequest" },
      output: { shape: "PutThingResult" },
      errors: [{ shape: "ThingMissing" }, { shape: "Broken" }],
    },
    Ping: { name: "Ping", http: { method: "POST", requestUri: "/" } },
  },
  shapes: {
    PutThingRequest: {
      type: "structure",
      required: ["Name"],
      members: {
        Name: { shape: "ThingName" },
        Count: { shape: "Count" },
        Labels: { shape: "LabelMap" },
        Ids: { shape: "IdList" },
        Values: { shape: "ValueList", flattened: true },
        Root: { shape: "Node" },
        Token: { shape: "String", idempotencyToken: true },
      },
    },
    PutThingResult: { type: "structure", members: { Id: { shape: "String" } } },
    ThingName: { type: "string", min: 1, max: 80, pattern: "[a-z]+" },
    Count: { type: "integer", min: 1, max: 10 },
    Mode: { type: "string", enum: ["fast", "slow"] },
    String: { type: "string" },
    LabelMap: { type: "map", key: { shape: "String" }, value: { shape: "Mode" }, flattened: true },
    IdList: { type: "list", member: { shape: "String" }, flattened: true, max: 3 },
    ValueList: { type: "list", member: { shape: "String" } },
    Node: { type: "structure", members: { Children: { shape: "NodeList" }, Label: { shape: "String" } } },
    NodeList: { type: "list", member: { shape: "Node" } },
    ThingMissing: { type: "structure", members: { message: { shape: "String" } }, exception: true },
    Broken: { type: "structure", members: {}, exception: true, fault: true },
    Unused: { type: "structure", members: {} },
  },
};

const overlay: ServiceOverlay = {
  metadata: { extraProtocols: ["query"], xmlNamespace: "http://things.example/doc/2020-01-01/" },
  shapes: {
    LabelMap: { locationName: "Label", key: "Name", value: "Value" },
    IdList: { member: "Id" },
    PutThingRequest: { members: { Values: "Value" } },
    ThingMissing: { error: { code: "AWS.Things.NonExistentThing", httpStatusCode: 404, senderFault: true } },
  },
  resultWrappers: { PutThing: "PutThingResult" },
};

describe("emitServiceModule", () => {
  it("writes metadata with the protocols list, awsQueryCompatible and the signing name defaulting to the endpoint prefix", async () => {
    const { module } = await emit(applyOverlay(queryModel, overlay));
    expect(module.model.metadata).toEqual({
      apiVersion: "2020-01-01",
      protocol: "json",
      protocols: ["json", "query"],
      signingName: "things",
      endpointPrefix: "things",
      serviceId: "Things",
      jsonVersion: "1.0",
      targetPrefix: "Things_2020",
      xmlNamespace: "http://things.example/doc/2020-01-01/",
      awsQueryCompatible: true,
    });
  });

  it("carries constraints, required members and overlay wire names into the input shape", async () => {
    const { module } = await emit(applyOverlay(queryModel, overlay));
    const input = module.operations.PutThing.input;
    expect(input.required).toEqual(["Name"]);
    expect(input.members.Name).toEqual({ type: "string", min: 1, max: 80, pattern: "[a-z]+" });
    expect(input.members.Count).toEqual({ type: "integer", min: 1, max: 10 });
    expect(input.members.Labels).toEqual({
      type: "map",
      key: { type: "string" },
      value: { type: "string", enum: ["fast", "slow"] },
      flattened: true,
      keyName: "Name",
      valueName: "Value",
      locationName: "Label",
    });
    expect(input.members.Ids).toMatchObject({ type: "list", flattened: true, memberName: "Id", max: 3 });
    expect(input.members.Token).toMatchObject({ type: "string", idempotencyToken: true });
  });

  it("moves a member-level flattened trait onto the member's shape", async () => {
    const { module } = await emit(applyOverlay(queryModel, overlay));
    expect(module.operations.PutThing.input.members.Values).toEqual({
      type: "list",
      member: { type: "string" },
      flattened: true,
      locationName: "Value",
    });
    expect((module.ValueList as { flattened?: boolean }).flattened).toBeUndefined();
  });

  it("resolves recursive shapes through getters", async () => {
    const { text, module } = await emit(queryModel);
    const node = module.Node as ModelStructure;
    const children = node.members.Children;
    expect(children.type).toBe("list");
    expect(children.type === "list" && children.member).toBe(node);
    expect(text).toContain("get member()");
  });

  it("names each shape's value type as its constant: required members, arrays, string-keyed records", async () => {
    const { text } = await emit(queryModel);
    const lines = text.split("\n");
    expect(lines).toContain(
      "export interface PutThingRequest { Name: ThingName; Count?: Count; Labels?: LabelMap; Ids?: IdList; " +
        "Values?: ValueList; Root?: Node; Token?: string; }",
    );
    expect(lines).toContain("export type ThingName = string;");
    expect(lines).toContain("export type Count = number;");
    // Enums stay strings: the service decides what an unknown value means.
    expect(lines).toContain("export type Mode = string;");
    expect(lines).toContain("export type LabelMap = Record<string, Mode>;");
    expect(lines).toContain("export type NodeList = Node[];");
    expect(lines).toContain("export type Broken = Record<string, never>;");
  });

  it("lists operations in name order with an empty structure for a missing input or output", async () => {
    const { module } = await emit(applyOverlay(queryModel, overlay));
    expect(Object.keys(module.operations)).toEqual(["Ping", "PutThing"]);
    expect(module.operations.Ping).toEqual({
      name: "Ping",
      input: { type: "structure", members: {} },
      output: { type: "structure", members: {} },
      errors: [],
      http: { method: "POST", requestUri: "/" },
    });
    expect(module.operations.PutThing.resultWrapper).toBe("PutThingResult");
    expect(module.operations.PutThing.errors).toEqual(["ThingMissing", "Broken"]);
  });

  it("gives errors their query code, status and fault, defaulting a server fault to 500", async () => {
    const { module } = await emit(applyOverlay(queryModel, overlay));
    expect(module.errors.ThingMissing).toMatchObject({
      name: "ThingMissing",
      queryCode: "AWS.Things.NonExistentThing",
      status: 404,
      fault: "Sender",
    });
    expect(module.errors.Broken).toMatchObject({ name: "Broken", status: 500, fault: "Server" });
    expect(module.errors.Broken.queryCode).toBeUndefined();
  });

  it("leaves out shapes no operation reaches and renames shapes that would shadow JavaScript globals", async () => {
    const { text, module } = await emit(queryModel);
    expect(module.Unused).toBeUndefined();
    expect(text).not.toMatch(/const String\b/);
    expect(text).toContain("import { string }");
  });

  it("writes restJson bindings: HTTP method, URI, status, member locations and payload", async () => {
    const rest: BotocoreModel = {
      metadata: {
        apiVersion: "2015-03-31",
        protocol: "rest-json",
        protocols: ["rest-json"],
        endpointPrefix: "fn",
        signingName: "fn",
        serviceId: "Fn",
      },
      operations: {
        Invoke: {
          name: "Invoke",
          http: { method: "POST", requestUri: "/functions/{FunctionName}/invocations", responseCode: 202 },
          input: { shape: "InvokeRequest" },
          output: { shape: "InvokeResponse" },
        },
      },
      shapes: {
        InvokeRequest: {
          type: "structure",
          required: ["FunctionName"],
          payload: "Payload",
          members: {
            FunctionName: { shape: "Name", location: "uri", locationName: "FunctionName" },
            Qualifier: { shape: "Name", location: "querystring", locationName: "Qualifier" },
            InvocationType: { shape: "Name", location: "header", locationName: "X-Amz-Invocation-Type" },
            Meta: { shape: "Headers", location: "headers", locationName: "X-Amz-Meta-" },
            Payload: { shape: "Body" },
          },
        },
        InvokeResponse: {
          type: "structure",
          members: { StatusCode: { shape: "Code", location: "statusCode" } },
        },
        Name: { type: "string", min: 1 },
        Code: { type: "integer" },
        Headers: { type: "map", key: { shape: "Text" }, value: { shape: "Text" } },
        Text: { type: "string" },
        Body: { type: "blob", streaming: true },
      },
    };
    const { module } = await emit(rest);
    const op = module.operations.Invoke;
    expect(op.http).toEqual({
      method: "POST",
      requestUri: "/functions/{FunctionName}/invocations",
      responseCode: 202,
    });
    expect(op.input.payload).toBe("Payload");
    expect(op.input.members.FunctionName).toEqual({ type: "string", min: 1, location: "uri" });
    expect(op.input.members.Qualifier).toEqual({ type: "string", min: 1, location: "querystring" });
    expect(op.input.members.InvocationType).toMatchObject({
      location: "header",
      locationName: "X-Amz-Invocation-Type",
    });
    expect(op.input.members.Meta).toMatchObject({
      type: "map",
      location: "headers",
      locationName: "X-Amz-Meta-",
    });
    expect(op.input.members.Payload).toEqual({ type: "blob", streaming: true });
    expect(op.output.members.StatusCode).toEqual({ type: "integer", location: "statusCode" });
  });

  it("gives the same text for the same model whatever order the model lists its shapes in", () => {
    const reversed: BotocoreModel = {
      ...queryModel,
      shapes: Object.fromEntries(Object.entries(queryModel.shapes).reverse()),
      operations: Object.fromEntries(Object.entries(queryModel.operations).reverse()),
    };
    const options = { header: "// h", corePath: CORE };
    expect(emitServiceModule(reversed, options)).toBe(emitServiceModule(queryModel, options));
  });
});
