import { describe, expect, it } from "vitest";
import { AwsError } from "../core/errors.js";
import { snsEndpoint } from "../services/sns/endpoint.js";
import { echoDefinition } from "../testing/echo-services.js";
import { awsQuery } from "./aws-query.js";
import type { WireRequest } from "./wire.js";

function formRequest(body: string, query = ""): WireRequest {
  return {
    method: query === "" ? "POST" : "GET",
    path: "/",
    query,
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body: Buffer.from(body),
  };
}

function decode(body: string, query = ""): Record<string, unknown> {
  return awsQuery.decode(formRequest(body, query), echoDefinition).input;
}

function decodeError(body: string): AwsError {
  try {
    decode(body);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error("decode did not fail");
}

describe("awsQuery decoding", () => {
  it("reads a flattened list under its member name in index order, 10 after 9", () => {
    const indexes = [10, 2, 1, 9, 3, 4, 5, 6, 7, 8];
    const body = `Action=Echo&${indexes.map((i) => `Item.${i}=v${i}`).join("&")}`;
    expect(decode(body).Items).toEqual(["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10"]);
  });

  it("reads a wrapped list from Name.member.N", () => {
    expect(decode("Action=Echo&Wrapped.member.2=b&Wrapped.member.1=a").Wrapped).toEqual(["a", "b"]);
  });

  it("reads a flattened map from Entry.N.Name and Entry.N.Value", () => {
    const body =
      "Action=Echo&Attribute.1.Name=DelaySeconds&Attribute.1.Value=5&Attribute.2.Name=Policy&Attribute.2.Value=%7B%7D";
    expect(decode(body).Attributes).toEqual({ DelaySeconds: "5", Policy: "{}" });
  });

  it("reads a wrapped map from Name.entry.N.key and .value", () => {
    expect(decode("Action=Echo&Tags.entry.1.key=team&Tags.entry.1.value=core").Tags).toEqual({
      team: "core",
    });
  });

  it("reads a flattened list of structures and coerces their integers", () => {
    const body = "Action=Echo&Entry.2.Id=b&Entry.2.Size=20&Entry.1.Id=a&Entry.1.Size=10";
    expect(decode(body).Entries).toEqual([
      { Id: "a", Size: 10 },
      { Id: "b", Size: 20 },
    ]);
  });

  it("reads nested structures through dotted names", () => {
    expect(decode("Action=Echo&Nested.Inner=x&Nested.Deep.Value=7").Nested).toEqual({
      Inner: "x",
      Deep: { Value: 7 },
    });
  });

  it("coerces integers, booleans and ISO timestamps from their text", () => {
    const input = decode("Action=Echo&Count=-3&Flag=TRUE&When=2026-01-01T00%3A00%3A10Z");
    expect(input).toMatchObject({ Count: -3, Flag: true, When: Date.UTC(2026, 0, 1, 0, 0, 10) / 1000 });
  });

  it("keeps text exactly, including +, percent-escapes and non-ASCII", () => {
    expect(decode("Action=Echo&Text=a+b%2Bc%26d%E2%9C%93%0D%0A").Text).toBe("a b+c&d\u2713\r\n");
  });

  it("gives an empty list for the bare Name= botocore sends for []", () => {
    expect(decode("Action=Echo&Item=").Items).toEqual([]);
  });

  it("ignores parameters the input shape does not know", () => {
    expect(decode("Action=Echo&Version=2024-01-01&Unknown.1=x&Text=t")).toEqual({ Text: "t" });
  });

  it("reads parameters from a GET query string", () => {
    expect(decode("", "Action=Echo&Count=4&Item.1=q")).toEqual({ Count: 4, Items: ["q"] });
  });

  it("rejects a non-integer integer with InvalidParameterValue naming the member", () => {
    const error = decodeError("Action=Echo&Entry.1.Size=ten");
    expect(error.code).toBe("InvalidParameterValue");
    expect(error.status).toBe(400);
    expect(error.message).toContain("Entries.1.Size");
  });

  it("rejects a boolean that is neither true nor false", () => {
    expect(decodeError("Action=Echo&Flag=yes").code).toBe("InvalidParameterValue");
  });

  it("uses the service's own type error when it declares one", () => {
    const strict = {
      ...echoDefinition,
      inputTypeError: (path: string) => new AwsError("MalformedInput", `bad ${path}`),
    };
    expect(() => awsQuery.decode(formRequest("Action=Echo&Count=x"), strict)).toThrow("bad Count");
  });

  it("answers a missing Action with MissingAction and an unknown one with InvalidAction", () => {
    expect(decodeError("Version=2024-01-01").code).toBe("MissingAction");
    const unknown = decodeError("Action=Nope");
    expect(unknown.code).toBe("InvalidAction");
    expect(unknown.message).toContain("Nope");
  });
});

describe("awsQuery unsigned calls", () => {
  it("lets through only the actions a service lists in unsignedQueryActions", () => {
    expect(
      awsQuery.allowsUnsigned?.(formRequest("", "Action=Unsubscribe&SubscriptionArn=a"), snsEndpoint),
    ).toBe(true);
    expect(awsQuery.allowsUnsigned?.(formRequest("Action=Publish&Message=m"), snsEndpoint)).toBe(false);
    expect(awsQuery.allowsUnsigned?.(formRequest("Action=Unsubscribe"), echoDefinition)).toBe(false);
  });
});

describe("awsQuery encoding", () => {
  const echo = echoDefinition.actions.get("Echo")!;
  const nothing = echoDefinition.actions.get("Nothing")!;

  it("wraps members in ActionResponse/ActionResult with the request id in ResponseMetadata", () => {
    const response = awsQuery.encodeOutput(
      formRequest(""),
      echoDefinition,
      echo,
      { Text: "hi", Count: 2 },
      "req-1",
    );
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/xml");
    expect(response.body).toBe(
      '<?xml version="1.0"?><EchoResponse xmlns="http://echo.example.com/doc/2024-01-01/"><EchoResult>' +
        "<Text>hi</Text><Count>2</Count></EchoResult><ResponseMetadata><RequestId>req-1</RequestId>" +
        "</ResponseMetadata></EchoResponse>",
    );
  });

  it("leaves out the Result element for an action without output members", () => {
    const response = awsQuery.encodeOutput(formRequest(""), echoDefinition, nothing, {}, "r");
    expect(response.body).toBe(
      '<?xml version="1.0"?><NothingResponse xmlns="http://echo.example.com/doc/2024-01-01/">' +
        "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></NothingResponse>",
    );
  });

  it("writes errors as ErrorResponse with Type, the query code, and an escaped Message", () => {
    const error = new AwsError("QueueDoesNotExist", "queue <q> & co", {
      queryCode: "AWS.SimpleQueueService.NonExistentQueue",
    });
    const response = awsQuery.encodeError(formRequest(""), error, echoDefinition, "r2");
    expect(response.status).toBe(400);
    expect(response.body).toBe(
      '<?xml version="1.0"?><ErrorResponse xmlns="http://echo.example.com/doc/2024-01-01/"><Error><Type>Sender</Type>' +
        "<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>queue &lt;q&gt; &amp; co</Message><Detail/>" +
        "</Error><RequestId>r2</RequestId></ErrorResponse>",
    );
  });

  it("marks server faults as Receiver", () => {
    const response = awsQuery.encodeError(
      formRequest(""),
      new AwsError("InternalError", "boom", { status: 500 }),
      undefined,
      "r",
    );
    expect(response.status).toBe(500);
    expect(response.body).toContain("<Type>Receiver</Type><Code>InternalError</Code>");
  });
});
