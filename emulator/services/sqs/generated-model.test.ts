import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../core/clock.js";
import type { Shape } from "../../core/shapes.js";
import { operations } from "../../generated/sqs.js";
import { buildParamTree, decodeQueryStructure } from "../../protocols/shape-input.js";
import { encodeStructureMembers, memberWireName } from "../../protocols/xml.js";
import { SqsKit } from "./testKit.js";

let sqs: SqsKit;
beforeAll(async () => {
  sqs = await SqsKit.start(new ManualClock());
});
afterAll(() => sqs.close());

/** How a shape travels on the query/XML wire: each member's wire name, type and element names, recursively. */
function wireLayout(shape: Shape): unknown {
  switch (shape.type) {
    case "structure":
      return Object.fromEntries(
        Object.entries(shape.members).map(([name, member]) => [
          name,
          { wire: memberWireName(name, member), ...(wireLayout(member) as object) },
        ]),
      );
    case "list": {
      const element = shape.flattened === true ? {} : { element: shape.memberName ?? "member" };
      return { type: "list", flattened: shape.flattened === true, ...element, of: wireLayout(shape.member) };
    }
    case "map":
      return {
        type: "map",
        flattened: shape.flattened === true,
        key: shape.keyName,
        value: shape.valueName,
        of: wireLayout(shape.value),
      };
    default:
      return { type: shape.type };
  }
}

describe("the generated SQS model", () => {
  it("has every action the SQS service serves", () => {
    const served = [...sqs.service.definition.actions.keys()].sort();
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((name) => !(name in operations))).toEqual([]);
  });

  it("gives every served action its operation's output, and its input members under the model's wire names", () => {
    const differences: string[] = [];
    for (const action of sqs.service.definition.actions.values()) {
      const op = operations[action.name as keyof typeof operations];
      if (action.output !== op.output) differences.push(`${action.name} output`);
      if (JSON.stringify(wireLayout(action.input)) !== JSON.stringify(wireLayout(op.input)))
        differences.push(`${action.name} input`);
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

  it("reads a query ReceiveMessage's AttributeName.N into both AttributeNames and MessageSystemAttributeNames", () => {
    const params = new URLSearchParams({ QueueUrl: "q", "AttributeName.1": "SentTimestamp" });
    const input = decodeQueryStructure(
      operations.ReceiveMessage.input,
      buildParamTree(params),
      "",
      typeError,
    );
    expect(input).toEqual({
      QueueUrl: "q",
      AttributeNames: ["SentTimestamp"],
      MessageSystemAttributeNames: ["SentTimestamp"],
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
