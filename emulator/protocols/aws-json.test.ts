import { describe, expect, it } from "vitest";
import { AwsError } from "../core/errors.js";
import { echoDefinition, fakeKinesisDefinition } from "../testing/echo-services.js";
import { awsJson } from "./aws-json.js";
import { ProtocolError } from "./errors.js";
import type { WireRequest } from "./wire.js";

function jsonRequest(body: string, target = "Echo_20240101.Echo"): WireRequest {
  return {
    method: "POST",
    path: "/",
    query: "",
    headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.1" },
    body: Buffer.from(body),
  };
}

function decodeError(body: string, target?: string): AwsError {
  try {
    awsJson.decode(jsonRequest(body, target), echoDefinition);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error("decode did not fail");
}

describe("awsJson decoding", () => {
  it("passes the JSON object through as the input", () => {
    const body = {
      Text: "t",
      Count: 2,
      Items: ["a"],
      Attributes: { k: "v" },
      Nested: { Deep: { Value: 1 } },
    };
    expect(awsJson.decode(jsonRequest(JSON.stringify(body)), echoDefinition).input).toEqual(body);
  });

  it("reads an empty body as an empty input", () => {
    expect(awsJson.decode(jsonRequest(""), echoDefinition).input).toEqual({});
  });

  it("drops members sent as null, as AWS treats them as absent", () => {
    expect(awsJson.decode(jsonRequest('{"Text":null,"Count":1}'), echoDefinition).input).toEqual({
      Count: 1,
    });
  });

  it("answers malformed JSON with a SerializationException", () => {
    const error = decodeError('{"Text": "unterminated');
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.code).toBe("SerializationException");
    expect(error.status).toBe(400);
  });

  it("answers a body that is not a JSON object with a SerializationException", () => {
    expect(decodeError("[1,2]").code).toBe("SerializationException");
    expect(decodeError('"text"').code).toBe("SerializationException");
  });

  it.each([
    ['{"Text": 5}', "Text"],
    ['{"Count": "5"}', "Count"],
    ['{"Count": 1.5}', "Count"],
    ['{"Flag": "true"}', "Flag"],
    ['{"Items": "a"}', "Items"],
    ['{"Items": ["a", 1]}', "Items.2"],
    ['{"Attributes": {"k": 1}}', "Attributes.k"],
    ['{"Nested": {"Deep": {"Value": "x"}}}', "Nested.Deep.Value"],
    ['{"Entries": [{"Id": "a", "Size": true}]}', "Entries.1.Size"],
  ])("rejects the wrongly typed member in %s, naming %s", (body, path) => {
    const error = decodeError(body);
    expect(error.code).toBe("SerializationException");
    expect(error.message).toContain(path);
  });

  it("uses the service's own type error when it declares one", () => {
    const strict = {
      ...echoDefinition,
      inputTypeError: (path: string) => new AwsError("InvalidParameterValue", `bad ${path}`),
    };
    expect(() => awsJson.decode(jsonRequest('{"Count":"x"}'), strict)).toThrow("bad Count");
  });

  it("answers an unknown action with UnknownOperationException", () => {
    const error = decodeError("{}", "Echo_20240101.Nope");
    expect(error.code).toBe("UnknownOperationException");
    expect(error.status).toBe(400);
  });
});

describe("awsJson encoding", () => {
  it("answers with the service's JSON content type and the request id", () => {
    const echo = echoDefinition.actions.get("Echo")!;
    const response = awsJson.encodeOutput(jsonRequest(""), echoDefinition, echo, { Text: "x" }, "id-1");
    expect(response).toEqual({
      status: 200,
      headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "id-1" },
      body: '{"Text":"x"}',
    });
  });

  it("names service errors with the service namespace and adds x-amzn-query-error for query-compatible services", () => {
    const error = new AwsError("QueueDoesNotExist", "The specified queue does not exist.", {
      queryCode: "AWS.SimpleQueueService.NonExistentQueue",
    });
    const response = awsJson.encodeError(jsonRequest(""), error, echoDefinition, "id-2");
    expect(response.status).toBe(400);
    expect(response.headers["x-amzn-query-error"]).toBe("AWS.SimpleQueueService.NonExistentQueue;Sender");
    expect(JSON.parse(response.body as string)).toEqual({
      __type: "com.example.echo#QueueDoesNotExist",
      message: "The specified queue does not exist.",
    });
  });

  it("names protocol-level errors in AWS's front-end namespace", () => {
    const response = awsJson.encodeError(
      jsonRequest(""),
      new ProtocolError("SerializationException", "bad"),
      echoDefinition,
      "i",
    );
    expect(JSON.parse(response.body as string)).toMatchObject({
      __type: "com.amazon.coral.service#SerializationException",
    });
  });

  it("sends the bare code and no x-amzn-query-error for services that were never query services", () => {
    const response = awsJson.encodeError(
      jsonRequest(""),
      new AwsError("ResourceNotFoundException", "gone"),
      fakeKinesisDefinition,
      "i",
    );
    expect(response.headers["x-amzn-query-error"]).toBeUndefined();
    expect(JSON.parse(response.body as string)).toEqual({
      __type: "ResourceNotFoundException",
      message: "gone",
    });
  });

  it("marks server faults as Receiver with status 500", () => {
    const response = awsJson.encodeError(
      jsonRequest(""),
      new AwsError("InternalError", "boom", { status: 500 }),
      echoDefinition,
      "i",
    );
    expect(response.status).toBe(500);
    expect(response.headers["x-amzn-query-error"]).toBe("InternalError;Receiver");
  });
});
