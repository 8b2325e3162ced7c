import { randomUUID } from "node:crypto";
import { AwsError } from "../../core/errors.js";
import type { LambdaInterface, LambdaInvokeResult } from "../../core/interfaces.js";
import { evaluate } from "../../core/policy/index.js";
import type { ServiceContext } from "../../core/service.js";
import type { AsyncQueue } from "./asyncQueue.js";
import { resolveVersion } from "./configuration.js";
import { functionPolicy } from "./crossAccount.js";
import type { FunctionRef } from "./functionRef.js";
import type { LambdaModel } from "./model.js";
import { permissionKey } from "./permissions.js";

/** `arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`. */
const FUNCTION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([^:]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::([^:]+))?$/;

function parseFunctionArn(arn: string): FunctionRef | undefined {
  const match = FUNCTION_ARN.exec(arn);
  if (match === null) return undefined;
  const [, region = "", accountId = "", name = "", qualifier] = match;
  return { region, accountId, name, ...(qualifier === undefined ? {} : { qualifier }) };
}

/**
 * What Lambda offers other services: asynchronous invocations on a service's behalf (SNS subscriptions) through
 * the same queue as Invoke's `Event` calls, allowed only by the function's resource policy, and the execution
 * role of a function for the pollers that read event sources as that role.
 */
export function lambdaInterface(
  model: LambdaModel,
  asyncQueue: AsyncQueue,
  core: ServiceContext,
): LambdaInterface {
  return {
    invokeAsync(functionArn, payload, caller): LambdaInvokeResult {
      const ref = parseFunctionArn(functionArn);
      const record = ref && model.get(ref.accountId, ref.region, ref.name);
      if (!ref || !record) {
        return {
          accepted: false,
          reason: "ResourceNotFoundException",
          detail: `Function not found: ${functionArn}`,
        };
      }
      let policyRef: FunctionRef;
      try {
        resolveVersion(record, ref.qualifier);
        policyRef = { ...ref, qualifier: permissionKey(record, ref.qualifier) };
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return { accepted: false, reason: "ResourceNotFoundException", detail: error.message };
      }
      const decision = evaluate({
        request: {
          principal: { type: "service", service: caller.servicePrincipal },
          action: "lambda:InvokeFunction",
          resource: functionArn,
          time: core.clock.now(),
          secureTransport: true,
          sourceArn: caller.sourceArn,
          sourceAccount: caller.sourceAccount,
        },
        resourceAccount: ref.accountId,
        resourcePolicy: functionPolicy(model, policyRef),
      });
      if (decision.decision !== "Allow") {
        return {
          accepted: false,
          reason: "AccessDeniedException",
          detail: `${caller.servicePrincipal} is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn} for ${caller.sourceArn}: no statement of the function's policy (AddPermission) allows it`,
        };
      }
      const now = core.clock.now();
      const id = randomUUID();
      asyncQueue.enqueue({
        id,
        accountId: record.accountId,
        region: record.region,
        functionName: record.name,
        ...(ref.qualifier === undefined ? {} : { qualifier: ref.qualifier }),
        payload: Buffer.from(payload).toString("base64"),
        enqueuedAt: now,
        attempts: 0,
        nextAt: now,
        endpointUrl: core.origin(),
      });
      return { accepted: true, requestId: id };
    },
  };
}
