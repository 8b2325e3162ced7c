/**
 * Small services that exercise every protocol feature, for the server and protocol tests (and as a compact
 * example of how a service plugs into the protocol layer). They echo their decoded input back, so a test can
 * see exactly what an action would receive.
 */
import { AwsError } from "../core/errors.js";
import type {
  ActionDefinition,
  RequestContext,
  ServiceDefinition,
  ServiceEndpoint,
  ServiceFactory,
  ServiceInstance,
  ServiceRegistration,
  ServiceSummary,
} from "../core/service.js";
import { blob, boolean, integer, string, structure, timestamp } from "../core/shapes.js";
import type { StructureShape } from "../core/shapes.js";

const echoShape: StructureShape = structure({
  Text: string,
  Count: integer,
  Flag: boolean,
  When: timestamp,
  Data: blob,
  Items: { type: "list", member: string, flattened: true, memberName: "Item" },
  Wrapped: { type: "list", member: string },
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
  Entries: {
    type: "list",
    flattened: true,
    memberName: "Entry",
    member: structure({ Id: string, Size: integer }),
  },
  Nested: structure({ Inner: string, Deep: structure({ Value: integer }) }),
});

const contextShape = structure({
  RequestId: string,
  Region: string,
  AccountId: string,
  BaseUrl: string,
  Path: string,
  AccessKeyId: string,
});

function action(
  name: string,
  handle: ActionDefinition["handle"],
  shapes: Partial<Pick<ActionDefinition, "input" | "output" | "http">> = {},
): [string, ActionDefinition] {
  return [
    name,
    { name, input: shapes.input ?? echoShape, output: shapes.output ?? echoShape, http: shapes.http, handle },
  ];
}

function contextOf(ctx: RequestContext): Record<string, unknown> {
  return {
    RequestId: ctx.requestId,
    Region: ctx.region,
    AccountId: ctx.accountId,
    BaseUrl: ctx.baseUrl,
    Path: ctx.path,
    AccessKeyId: ctx.accessKeyId,
  };
}

/** Resolves `{ Aborted: true }` when the request's signal fires (client gone, server stopping). */
function waitForAbort(_input: unknown, ctx: RequestContext): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    if (ctx.signal.aborted) resolve({ Aborted: true });
    else ctx.signal.addEventListener("abort", () => resolve({ Aborted: true }), { once: true });
  });
}

const rpcActions = new Map<string, ActionDefinition>([
  action("Echo", (input) => input),
  action("Context", (_input, ctx) => contextOf(ctx), { input: structure({}), output: contextShape }),
  action("Nothing", () => ({}), { input: structure({}), output: structure({}) }),
  action("Fail", (input) => {
    throw new AwsError("ThingNotFound", (input.Text as string | undefined) ?? "no such thing", {
      status: 404,
      queryCode: "Echo.NonExistentThing",
    });
  }),
  action("Crash", () => {
    throw new TypeError("a bug in the service");
  }),
  action("Wait", waitForAbort, { input: structure({}), output: structure({ Aborted: boolean }) }),
]);

/** awsJson 1.1 + awsQuery, query-compatible (sends `x-amzn-query-error`), signing name `echo`. */
export const echoDefinition: ServiceDefinition = {
  signingName: "echo",
  protocols: ["awsJson", "awsQuery"],
  jsonTargetPrefix: "Echo_20240101",
  jsonVersion: "1.1",
  awsQueryCompatible: true,
  jsonErrorNamespace: "com.example.echo",
  queryVersion: "2024-01-01",
  xmlNamespace: "http://echo.example.com/doc/2024-01-01/",
  actions: rpcActions,
};

const thingShape = structure({ Name: string, Size: integer, Labels: { type: "list", member: string } });

/** restJson1, signing name `things`: a stand-in for Lambda's routes and bindings. */
export const thingsDefinition: ServiceDefinition = {
  signingName: "things",
  protocols: ["restJson"],
  actions: new Map<string, ActionDefinition>([
    action("CreateThing", (input) => ({ ...input, Status: 201 }), {
      input: thingShape,
      output: structure({ ...thingShape.members }),
      http: { method: "POST", requestUri: "/2015-03-31/things", responseCode: 201 },
    }),
    action("ListThings", (input) => ({ Things: [], Marker: input.Marker }), {
      input: structure({ Marker: { ...string, location: "querystring", locationName: "Marker" } }),
      output: structure({ Things: { type: "list", member: string }, Marker: string }),
      http: { method: "GET", requestUri: "/2015-03-31/things/" },
    }),
    action("GetThing", (input) => input, {
      input: structure({
        Name: { ...string, location: "uri", locationName: "Name" },
        Qualifier: { ...string, location: "querystring", locationName: "Qualifier" },
        Version: { ...integer, location: "querystring", locationName: "Version" },
        Mode: { ...string, location: "header", locationName: "X-Amz-Mode" },
      }),
      output: structure({
        Name: string,
        Qualifier: string,
        Version: integer,
        Mode: { ...string, location: "header", locationName: "X-Amz-Mode" },
      }),
      http: { method: "GET", requestUri: "/2015-03-31/things/{Name}" },
    }),
    action("DeleteThing", () => ({}), {
      input: structure({ Name: { ...string, location: "uri", locationName: "Name" } }),
      output: structure({}),
      http: { method: "DELETE", requestUri: "/2015-03-31/things/{Name}", responseCode: 204 },
    }),
    action(
      "InvokeThing",
      (input) => ({
        Payload: Buffer.concat([
          Buffer.from(`${String(input.Name)}:`),
          (input.Payload as Buffer | undefined) ?? Buffer.alloc(0),
        ]),
        ExecutedVersion: "$LATEST",
      }),
      {
        input: {
          ...structure({
            Name: { ...string, location: "uri", locationName: "Name" },
            Payload: blob,
          }),
          payload: "Payload",
        },
        output: {
          ...structure({
            Payload: blob,
            ExecutedVersion: { ...string, location: "header", locationName: "X-Amz-Executed-Version" },
          }),
          payload: "Payload",
        },
        http: { method: "POST", requestUri: "/2015-03-31/things/{Name}/invocations" },
      },
    ),
    action("TagThing", (input) => input, {
      input: structure({
        Resource: { ...string, location: "uri", locationName: "ARN" },
        Tags: { type: "map", key: string, value: string },
      }),
      output: structure({ Resource: string, Tags: { type: "map", key: string, value: string } }),
      http: { method: "POST", requestUri: "/2017-03-31/tags/{ARN+}" },
    }),
  ]),
};

/** awsJson 1.1 under Kinesis's names, so the real Kinesis SDK client (HTTP/2 by default) reaches an action. */
export const fakeKinesisDefinition: ServiceDefinition = {
  signingName: "kinesis",
  protocols: ["awsJson"],
  jsonTargetPrefix: "Kinesis_20131202",
  jsonVersion: "1.1",
  actions: new Map<string, ActionDefinition>([
    action(
      "ListStreams",
      (input) => ({
        StreamNames: [`limit-${(input.Limit as number | undefined) ?? "none"}`],
        HasMoreStreams: false,
      }),
      {
        input: structure({ Limit: integer }),
        output: structure({ StreamNames: { type: "list", member: string }, HasMoreStreams: boolean }),
      },
    ),
    action(
      "DescribeStream",
      (input) => {
        throw new AwsError(
          "ResourceNotFoundException",
          `Stream ${String(input.StreamName)} under account 000000000000 not found.`,
        );
      },
      { input: structure({ StreamName: string }), output: structure({}) },
    ),
  ]),
};

/** A running instance of a stateless definition: always ready, nothing to close, reset or count. */
export function readyInstance(definition: ServiceDefinition): ServiceInstance {
  return {
    definition,
    health: () => ({ status: "ready" }),
    close: () => Promise.resolve(),
    reset: () => undefined,
    summary: () => ({}),
  };
}

/** A test service's registration: its name, its endpoint and its factory (loaded on first use, as any service). */
export function registration(
  name: string,
  endpoint: ServiceEndpoint,
  factory: ServiceFactory,
): ServiceRegistration {
  return { name, endpoint, load: () => Promise.resolve(factory) };
}

export const echoService = registration("echo", echoDefinition, () => readyInstance(echoDefinition));
export const thingsService = registration("things", thingsDefinition, () => readyInstance(thingsDefinition));
export const fakeKinesisService = registration("kinesis", fakeKinesisDefinition, () =>
  readyInstance(fakeKinesisDefinition),
);

/** Text that needs every kind of XML escaping, for round trips through real clients' parsers. */
export const TRICKY_TEXT = `<a href="x">'&'</a>\r\n\ttab \u00e9\u2713\u{1f600}`;

const topicAttributes = { type: "map", key: string, value: string } as const;

/**
 * awsQuery under SNS's names (signing name `sns`, version 2010-03-31), so the real SNS SDK client exercises
 * query encoding of wrapped maps and lists and parses our XML. Topics live in the instance, which resets and
 * counts them (`topics` per account and region) like a real service.
 */
const fakeSnsEndpoint: ServiceEndpoint = {
  signingName: "sns",
  protocols: ["awsQuery"],
  queryVersion: "2010-03-31",
  xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
};

export const fakeSnsService = registration("sns", fakeSnsEndpoint, () => {
  const topics = new Map<string, { Attributes: Record<string, string>; Tags: unknown[] }>();
  const arnOf = (name: string, ctx: RequestContext): string =>
    `arn:aws:sns:${ctx.region}:${ctx.accountId}:${name}`;
  const definition: ServiceDefinition = {
    ...fakeSnsEndpoint,
    actions: new Map<string, ActionDefinition>([
      action(
        "CreateTopic",
        (input, ctx) => {
          const name = input.Name as string;
          topics.set(arnOf(name, ctx), {
            Attributes: (input.Attributes as Record<string, string> | undefined) ?? {},
            Tags: (input.Tags as unknown[] | undefined) ?? [],
          });
          return { TopicArn: arnOf(name, ctx) };
        },
        {
          input: structure({
            Name: string,
            Attributes: topicAttributes,
            Tags: { type: "list", member: structure({ Key: string, Value: string }) },
          }),
          output: structure({ TopicArn: string }),
        },
      ),
      action(
        "GetTopicAttributes",
        (input) => {
          const topic = topics.get(input.TopicArn as string);
          if (topic === undefined) {
            throw new AwsError("NotFoundException", "Topic does not exist", {
              status: 404,
              queryCode: "NotFound",
            });
          }
          return {
            Attributes: { ...topic.Attributes, Tags: JSON.stringify(topic.Tags), Tricky: TRICKY_TEXT },
          };
        },
        { input: structure({ TopicArn: string }), output: structure({ Attributes: topicAttributes }) },
      ),
      action("ListTopics", () => ({ Topics: [...topics.keys()].map((TopicArn) => ({ TopicArn })) }), {
        input: structure({ NextToken: string }),
        output: structure({
          Topics: { type: "list", member: structure({ TopicArn: string }) },
          NextToken: string,
        }),
      }),
    ]),
  };
  return {
    ...readyInstance(definition),
    reset: () => topics.clear(),
    summary: () => {
      const summary: ServiceSummary = {};
      for (const arn of topics.keys()) {
        const [, , , region, account] = arn.split(":");
        const counts = ((summary[account] ??= {})[region] ??= { topics: 0 });
        counts.topics++;
      }
      return summary;
    },
  };
});
