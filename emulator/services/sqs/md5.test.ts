import { describe, expect, it } from "vitest";
import { md5OfBody, md5OfMessageAttributes } from "./md5.js";

const base64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");

describe("MD5 checksums", () => {
  it("hashes the UTF-8 body as lowercase hex", () => {
    expect(md5OfBody("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(md5OfBody("The quick brown fox jumps over the lazy dog")).toBe("9e107d9d372bb6826bd81d3542a419d6");
  });

  it("reproduces the published vector for two string attributes in unsorted order", () => {
    expect(
      md5OfMessageAttributes({
        test_attribute_name_2: { DataType: "String", StringValue: "test_attribute_value_2" },
        test_attribute_name_1: { DataType: "String", StringValue: "test_attribute_value_1" },
      }),
    ).toBe("d53f3b558fe951154770f25cb63dbba9");
  });

  it("reproduces the published vector for a binary attribute", () => {
    expect(
      md5OfMessageAttributes({
        test_attribute_name: { DataType: "Binary", BinaryValue: base64("test_attribute_value") },
      }),
    ).toBe("23f6bd27ea87aab7dfeadcc9aebee495");
  });

  it("reproduces the published vector for one string attribute", () => {
    expect(md5OfMessageAttributes({ SellerName: { DataType: "String", StringValue: "Example Store" } })).toBe(
      "cd28f3b68aeee4b2eac9c66f2f694b58",
    );
  });

  it("reproduces the published vector mixing Number and String attributes", () => {
    expect(
      md5OfMessageAttributes({
        ordinal: { DataType: "Number", StringValue: "1" },
        category: { DataType: "String", StringValue: "test" },
      }),
    ).toBe("d21ae90c49061e927f57df5f5d72be1f");
  });

  it("omits the attribute checksum when there are no attributes", () => {
    expect(md5OfMessageAttributes({})).toBeUndefined();
    expect(md5OfMessageAttributes(undefined)).toBeUndefined();
  });
});
