import { describe, expect, it } from "vitest";
import type { BotocoreModel } from "./botocore-model.js";
import { applyOverlay, OverlayError } from "./overlay.js";

function model(): BotocoreModel {
  return {
    metadata: { apiVersion: "1", protocol: "json", endpointPrefix: "svc", serviceId: "Svc" },
    operations: {
      Get: {
        name: "Get",
        http: { method: "POST", requestUri: "/" },
        input: { shape: "GetRequest" },
        output: { shape: "GetResult" },
      },
    },
    shapes: {
      GetRequest: {
        type: "structure",
        members: { Names: { shape: "NameList" }, Named: { shape: "S", locationName: "N" } },
      },
      GetResult: { type: "structure", members: {} },
      NameList: { type: "list", member: { shape: "S" }, flattened: true },
      S: { type: "string" },
      Gone: { type: "structure", members: {}, exception: true },
    },
  };
}

describe("applyOverlay", () => {
  it("adds wire names, protocols, the XML namespace, error codes and result wrappers to a copy", () => {
    const original = model();
    const result = applyOverlay(original, {
      metadata: { extraProtocols: ["query"], xmlNamespace: "urn:svc" },
      shapes: {
        NameList: { member: "Name" },
        Gone: { error: { code: "Svc.Gone", httpStatusCode: 410, senderFault: true } },
      },
      resultWrappers: { Get: "GetResult" },
    });
    expect(result.metadata.protocols).toEqual(["json", "query"]);
    expect(result.metadata.xmlNamespace).toBe("urn:svc");
    expect(result.shapes.NameList.member).toEqual({ shape: "S", locationName: "Name" });
    expect(result.shapes.Gone.error).toEqual({ code: "Svc.Gone", httpStatusCode: 410, senderFault: true });
    expect(result.operations.Get.output?.resultWrapper).toBe("GetResult");
    expect(original.shapes.NameList.member).toEqual({ shape: "S" });
  });

  it("refuses a wire name the model already has, so stale overlay facts get removed", () => {
    expect(() => applyOverlay(model(), { shapes: { GetRequest: { members: { Named: "Other" } } } })).toThrow(
      new OverlayError(
        "The wire name of GetRequest.Named is already in the model; remove it from the overlay.",
      ),
    );
  });

  it("refuses facts about shapes or members the model does not have", () => {
    expect(() => applyOverlay(model(), { shapes: { Missing: { member: "X" } } })).toThrow(/shape Missing/);
    expect(() => applyOverlay(model(), { shapes: { GetRequest: { members: { Nope: "X" } } } })).toThrow(
      /GetRequest\.Nope/,
    );
  });

  it("refuses an error code on a shape that is not an error", () => {
    expect(() =>
      applyOverlay(model(), {
        shapes: { S: { error: { code: "X", httpStatusCode: 400, senderFault: true } } },
      }),
    ).toThrow(/not an error shape/);
  });

  it("refuses a protocol the model already lists", () => {
    expect(() => applyOverlay(model(), { metadata: { extraProtocols: ["json"] } })).toThrow(/Protocol json/);
  });
});
