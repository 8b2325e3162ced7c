import {
  blob,
  boolean,
  integer,
  long,
  string,
  structure,
  type ListShape,
  type MapShape,
  type Member,
} from "../../core/shapes.js";

/**
 * Query-protocol names of SQS's shared shapes, as the SQS API reference / botocore query model spell them.
 * Flattened maps and lists carry their wire name both as `locationName` (member name on the wire) and as
 * `entryName`/`memberName`, so the protocol layer finds it either way.
 *
 * Blob convention: blobs (BinaryValue) are base64 strings in action input and output, as the JSON protocol
 * carries them and as query form parameters and XML replies spell them; no protocol layer decodes them.
 */
function flatMap(
  entryName: string,
  keyName: string,
  valueName: string,
  value: Member = string,
): MapShape & Member {
  return {
    type: "map",
    key: string,
    value,
    flattened: true,
    entryName,
    keyName,
    valueName,
    locationName: entryName,
  };
}

export function flatList(memberName: string, member: Member = string): ListShape & Member {
  return { type: "list", member, flattened: true, memberName, locationName: memberName };
}

export const queueAttributeMap = flatMap("Attribute", "Name", "Value");
export const tagMap = flatMap("Tag", "Key", "Value");
export const messageSystemAttributeMap = flatMap("Attribute", "Name", "Value");

export const messageAttributeValue = structure({
  StringValue: string,
  BinaryValue: blob,
  DataType: string,
});

export const messageAttributeMap = flatMap("MessageAttribute", "Name", "Value", messageAttributeValue);
export const messageSystemAttributeInputMap = flatMap(
  "MessageSystemAttribute",
  "Name",
  "Value",
  messageAttributeValue,
);

export const batchResultErrorEntry = structure({
  Id: string,
  SenderFault: boolean,
  Code: string,
  Message: string,
});

export const failedList = flatList("BatchResultErrorEntry", batchResultErrorEntry);

export const emptyOutput = structure({});

export const queueUrlInput = structure({ QueueUrl: string });

export { blob, boolean, integer, long, string, structure };
