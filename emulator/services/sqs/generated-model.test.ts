import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import type { Shape } from "../../core/shapes.js";
import { operations } from "../../generated/sqs.js";
import { buildParamTree, decodeQueryStructure } from "../../protocols/shape-input.js";
import { encodeStructureMembers, memberWireName } from "../../protocols/xml.js";
import { SqsKit } from "./testKit.js";

let kit: SqsKit;
beforeAll(async () => {
  kit = await SqsKit.start(new ManualClock());
});
afterAll(() => kit.close());

/**
 * Members whose hand-written wire name differs from AWS's model, left for the SQS port to settle: the SQS
 * Smithy model gives `MessageSystemAttributeNames` the query name `AttributeName` (the same as
 * `AttributeNames`), while the hand-written shape reads `MessageSystemAttributeName.N`.
 */
const KNOWN_DIFFERENCES = new Set(["ReceiveMessage.MessageSystemAttributeNames"]);

/** How a shape travels on the query/XML wire: each member's wire name, type and element names, recursively. */
function wireLayout(shape: Shape, twin: Shape | undefined, path: string): unknown {
  switch (shape.type) {
    case "structure": {
      const known = twin?.type === "structure" ? twin.members : shape.members;
      const members = Object.entries(shape.members).filter(
        ([name]) => name in known && !KNOWN_DIFFERENCES.has(`${path}.${name}`),
      );
      return Object.fromEntries(
        members.map(([name, member]) => [
          name,
          {
            wire: memberWireName(name, member),
            ...(wireLayout(member, known[name], `${path}.${name}`) as object),
          },
        ]),
      );
    }
    case "list": {
      const element = shape.flattened === true ? {} : { element: shape.memberName ?? "member" };
      const of = wireLayout(shape.member, twin?.type === "list" ? twin.member : undefined, path);
      return { type: "list", flattened: shape.flattened === true, ...element, of };
    }
    case "map": {
      const value = wireLayout(shape.value, twin?.type === "map" ? twin.value : undefined, path);
      return {
        type: "map",
        flattened: shape.flattened === true,
        key: shape.keyName,
        value: shape.valueName,
        of: value,
      };
    }
    default:
      return { type: shape.type === "long" ? "integer" : shape.type };
  }
}

describe("the generated SQS model", () => {
  it("has every action the SQS service serves", () => {
    const served = [...kit.service.definition.actions.keys()].sort();
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((name) => !(name in operations))).toEqual([]);
  });

  it("puts the members the hand-written shapes know under the same query wire names", () => {
    const differences: string[] = [];
    for (const action of kit.service.definition.actions.values()) {
      const op = operations[action.name as keyof typeof operations];
      for (const [side, handWritten, generated] of [
        ["input", action.input, op.input],
        ["output", action.output, op.output],
      ] as const) {
        const expected = JSON.stringify(wireLayout(handWritten, handWritten, action.name));
        const actual = JSON.stringify(wireLayout(generated, handWritten, action.name));
        if (expected !== actual) differences.push(`${action.name} ${side}: ${expected} vs model ${actual}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

describe("the protocol layer on generated SQS shapes", () => {
  const typeError = (path: string, expected: string): Error => new Error(`${path} is not ${expected}`);

  it("decodes a query SendMessageBatch with flattened entries and message attributes", () => {
    const params = new URLSearchParams({
      QueueUrl: "http://localhost/000000000000/q",
      "SendMessageBatchRequestEntry.1.Id": "a",
      "SendMessageBatchRequestEntry.1.MessageBody": "hello",
      "SendMessageBatchRequestEntry.1.DelaySeconds": "5",
      "SendMessageBatchRequestEntry.1.MessageAttribute.1.Name": "color",
      "SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.DataType": "String",
      "SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.StringValue": "blue",
    });
    const input = decodeQueryStructure(
      operations.SendMessageBatch.input,
      buildParamTree(params),
      "",
      typeError,
    );
    expect(input).toEqual({
      QueueUrl: "http://localhost/000000000000/q",
      Entries: [
        {
          Id: "a",
          MessageBody: "hello",
          DelaySeconds: 5,
          MessageAttributes: { color: { DataType: "String", StringValue: "blue" } },
        },
      ],
    });
  });

  it("encodes a ReceiveMessage result as SQS's query XML", () => {
    const xml = encodeStructureMembers(operations.ReceiveMessage.output, {
      Messages: [{ MessageId: "m1", Body: "hi", Attributes: { SenderId: "AID" } }],
    });
    expect(xml).toBe(
      "<Message><MessageId>m1</MessageId><Body>hi</Body>" +
        "<Attribute><Name>SenderId</Name><Value>AID</Value></Attribute></Message>",
    );
  });
});
