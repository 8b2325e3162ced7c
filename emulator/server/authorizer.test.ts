import { describe, expect, it } from "vitest";
import { Accounts } from "../core/accounts.js";
import { ManualClock } from "../core/clock.js";
import { AwsError } from "../core/errors.js";
import { ServiceHost } from "../core/host.js";
import { MetricsHub } from "../core/metrics.js";
import type { ActionDefinition, RequestContext, ServiceEndpoint } from "../core/service.js";
import { structure } from "../core/shapes.js";
import { MemoryStore } from "../core/store/store.js";
import { iamEndpoint } from "../services/iam/endpoint.js";
import { IamAuthorizer } from "./authorizer.js";

const ACCOUNT = "123456789012";
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/s1`;

async function authorizerWithRole(policy: string): Promise<IamAuthorizer> {
  const host = new ServiceHost({
    registrations: [
      {
        name: "iam",
        endpoint: iamEndpoint,
        load: async () => (await import("../services/iam/index.js")).createIamService,
      },
    ],
    store: new MemoryStore(),
    dataDir: undefined,
    clock: new ManualClock(),
    accounts: new Accounts(ACCOUNT, "us-east-1"),
    metrics: new MetricsHub(),
    log: () => {},
    debug: false,
  });
  const iam = (await host.instance("iam")).definition.actions;
  const root = context(`arn:aws:iam::${ACCOUNT}:root`);
  const trust = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"${ACCOUNT}"},"Action":"sts:AssumeRole"}]}`;
  await iam.get("CreateRole")?.handle({ RoleName: "app", AssumeRolePolicyDocument: trust }, root);
  await iam.get("PutRolePolicy")?.handle({ RoleName: "app", PolicyName: "p", PolicyDocument: policy }, root);
  return new IamAuthorizer(host, new ManualClock(), () => {});
}

function context(principalArn: string): RequestContext {
  return {
    accountId: ACCOUNT,
    region: "eu-west-1",
    principalArn,
    accessKeyId: undefined,
    requestId: "r",
    baseUrl: "http://localhost",
    path: "/",
    signal: new AbortController().signal,
    secureTransport: true,
    sourceIp: "127.0.0.1",
  };
}

function action(name: string, authorization?: ActionDefinition["authorization"]): ActionDefinition {
  return { name, input: structure({}), output: structure({}), handle: () => ({}), authorization };
}

const kinesis: ServiceEndpoint = {
  signingName: "kinesis",
  protocols: ["awsJson", "awsCbor"],
  jsonTargetPrefix: "Kinesis_20131202",
  jsonVersion: "1.1",
};
const sqs: ServiceEndpoint = {
  signingName: "sqs",
  protocols: ["awsJson", "awsQuery"],
  jsonTargetPrefix: "AmazonSQS",
  queryVersion: "2012-11-05",
};

async function denial(promise: Promise<void>): Promise<AwsError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AwsError)) throw new Error("the call was allowed");
  return error;
}

const ALLOW_PUT_RECORD =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kinesis:PutRecord","Resource":"*"}]}';

describe("IamAuthorizer", () => {
  it("allows what the session's role policy allows", async () => {
    const authorizer = await authorizerWithRole(ALLOW_PUT_RECORD);
    await expect(
      authorizer.authorize(context(SESSION), kinesis, action("PutRecord"), {}),
    ).resolves.toBeUndefined();
  });

  it("denies a JSON-only service's action with AccessDeniedException 400 on the service-wide resource", async () => {
    const authorizer = await authorizerWithRole(ALLOW_PUT_RECORD);
    const error = await denial(authorizer.authorize(context(SESSION), kinesis, action("DeleteStream"), {}));
    expect([error.code, error.queryCode, error.status]).toEqual([
      "AccessDeniedException",
      "AccessDenied",
      400,
    ]);
    expect(error.message).toBe(
      `User: ${SESSION} is not authorized to perform: kinesis:DeleteStream on resource: arn:aws:kinesis:eu-west-1:${ACCOUNT}:* because no identity-based policy allows the kinesis:DeleteStream action`,
    );
  });

  it("denies with 403 for a service that also speaks the query protocol", async () => {
    const authorizer = await authorizerWithRole(ALLOW_PUT_RECORD);
    const error = await denial(authorizer.authorize(context(SESSION), sqs, action("ListQueues"), {}));
    expect(error.status).toBe(403);
  });

  it("names a resource policy's explicit deny, on the resource the action names", async () => {
    const authorizer = await authorizerWithRole(ALLOW_PUT_RECORD);
    const stream = `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/orders`;
    const resourcePolicy = {
      name: "stream orders policy",
      policy: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"kinesis:PutRecord","Resource":"${stream}"}]}`,
    };
    const named = action("PutRecord", () => ({ resource: stream, resourceAccount: ACCOUNT, resourcePolicy }));
    const error = await denial(authorizer.authorize(context(SESSION), kinesis, named, {}));
    expect(error.message).toBe(
      `User: ${SESSION} is not authorized to perform: kinesis:PutRecord on resource: ${stream} with an explicit deny in a resource-based policy`,
    );
  });

  it("lets an account root do anything, whatever the policies", async () => {
    const authorizer = await authorizerWithRole(ALLOW_PUT_RECORD);
    const root = context(`arn:aws:iam::${ACCOUNT}:root`);
    await expect(authorizer.authorize(root, kinesis, action("DeleteStream"), {})).resolves.toBeUndefined();
  });
});
