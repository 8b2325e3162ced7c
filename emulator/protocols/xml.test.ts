import { describe, expect, it } from "vitest";
import { boolean, integer, string, structure, timestamp } from "../core/shapes.js";
import { encodeStructureMembers, escapeXml } from "./xml.js";

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("writes CR as a numeric reference so parsers do not turn it into LF", () => {
    expect(escapeXml("a\r\nb")).toBe("a&#xD;\nb");
  });

  it("keeps tab, LF and characters outside ASCII as they are", () => {
    expect(escapeXml("\tx\ny \u00e9\u2713\u{1f600}")).toBe("\tx\ny \u00e9\u2713\u{1f600}");
  });

  it("writes other control characters and U+FFFE as numeric references", () => {
    expect(escapeXml("\u0001\u001f\ufffe")).toBe("&#x1;&#x1F;&#xFFFE;");
  });

  it("returns text without special characters unchanged", () => {
    const text = "plain text 123";
    expect(escapeXml(text)).toBe(text);
  });
});

describe("encodeStructureMembers", () => {
  const shape = structure({
    Name: string,
    Count: integer,
    On: boolean,
    At: timestamp,
    Urls: { type: "list", member: string, flattened: true, memberName: "QueueUrl" },
    Topics: { type: "list", member: structure({ TopicArn: string }) },
    Attributes: {
      type: "map",
      key: string,
      value: string,
      flattened: true,
      entryName: "Attribute",
      keyName: "Name",
      valueName: "Value",
    },
    Tags: { type: "map", key: string, value: string },
    Renamed: { ...string, locationName: "OnTheWire" },
  });

  it("writes members in shape order whatever the object's key order", () => {
    expect(encodeStructureMembers(shape, { Count: 1, Name: "n" })).toBe("<Name>n</Name><Count>1</Count>");
  });

  it("repeats a flattened list under its member name without a wrapper", () => {
    expect(encodeStructureMembers(shape, { Urls: ["u1", "u2"] })).toBe(
      "<QueueUrl>u1</QueueUrl><QueueUrl>u2</QueueUrl>",
    );
  });

  it("wraps a non-flattened list in member elements", () => {
    expect(encodeStructureMembers(shape, { Topics: [{ TopicArn: "a" }] })).toBe(
      "<Topics><member><TopicArn>a</TopicArn></member></Topics>",
    );
  });

  it("writes an empty wrapped list as an empty element and an empty flattened list as nothing", () => {
    expect(encodeStructureMembers(shape, { Topics: [], Urls: [] })).toBe("<Topics/>");
  });

  it("repeats a flattened map as entries named after the member", () => {
    expect(encodeStructureMembers(shape, { Attributes: { A: "1", B: "x&y" } })).toBe(
      "<Attribute><Name>A</Name><Value>1</Value></Attribute><Attribute><Name>B</Name><Value>x&amp;y</Value></Attribute>",
    );
  });

  it("wraps a non-flattened map in entry/key/value", () => {
    expect(encodeStructureMembers(shape, { Tags: { k: "v" } })).toBe(
      "<Tags><entry><key>k</key><value>v</value></entry></Tags>",
    );
  });

  it("writes booleans as true/false and epoch-second timestamps as ISO 8601", () => {
    expect(encodeStructureMembers(shape, { On: false, At: 1767225600.5 })).toBe(
      "<On>false</On><At>2026-01-01T00:00:00.500Z</At>",
    );
  });

  it("uses locationName as the element name and skips null, undefined and unknown members", () => {
    expect(encodeStructureMembers(shape, { Renamed: "r", Name: null, Count: undefined, Other: "o" })).toBe(
      "<OnTheWire>r</OnTheWire>",
    );
  });
});
