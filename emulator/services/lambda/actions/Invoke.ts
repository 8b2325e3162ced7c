import { randomUUID } from "node:crypto";
import { operations, type InvocationRequest } from "../../../generated/lambda.js";
import { lambdaAction } from "../action.js";
import { findFunction } from "../configuration.js";
import { LambdaErrors } from "../errors.js";
import { functionRef } from "../functionRef.js";
import { invocationTarget } from "../invokeTarget.js";

/** Invoke's payload quotas: 6 MB each way for synchronous calls, 1 MB for asynchronous events. */
const SYNC_PAYLOAD_MAX = 6_291_456;
const ASYNC_PAYLOAD_MAX = 1_048_576;

/** The event a function gets when the caller sent no payload. */
const EMPTY_EVENT = Buffer.from("{}");

function checkJson(payload: Buffer): void {
  try {
    JSON.parse(payload.toString("utf8"));
  } catch (error) {
    throw LambdaErrors.invalidRequestContent(
      `Could not parse request body into json: ${(error as Error).message}. Send the payload as JSON.`,
    );
  }
}

/** Runs the function: RequestResponse waits for its result, Event queues it, DryRun only checks the call. */
export const Invoke = lambdaAction<InvocationRequest>(
  operations.Invoke,
  async ({ model, invocations, asyncQueue, core }, input, ctx) => {
    const ref = functionRef(input.FunctionName, input.Qualifier, ctx);
    const record = findFunction(model, ref);
    const type = input.InvocationType ?? "RequestResponse";
    const raw = input.Payload as Buffer | string | undefined;
    const payload = raw === undefined || raw.length === 0 ? EMPTY_EVENT : Buffer.from(raw);
    const limit = type === "Event" ? ASYNC_PAYLOAD_MAX : SYNC_PAYLOAD_MAX;
    if (payload.length > limit) {
      throw LambdaErrors.requestTooLarge(
        `Request must be smaller than ${limit} bytes for the ${type === "Event" ? "InvokeAsync" : "InvokeFunction"} operation`,
      );
    }
    checkJson(payload);
    const target = invocationTarget(record, ref.qualifier);
    if (type === "DryRun") return { StatusCode: 204 };
    if (type === "Event") {
      const now = core.clock.now();
      asyncQueue.enqueue({
        id: randomUUID(),
        accountId: record.accountId,
        region: record.region,
        functionName: record.name,
        qualifier: ref.qualifier,
        payload: payload.toString("base64"),
        enqueuedAt: now,
        attempts: 0,
        nextAt: now,
        endpointUrl: ctx.baseUrl,
      });
      return { StatusCode: 202 };
    }
    const result = await invocations.run(target, {
      requestId: ctx.requestId,
      payload,
      clientContext: input.ClientContext,
      tailLog: input.LogType === "Tail",
      endpointUrl: ctx.baseUrl,
      signal: ctx.signal,
    });
    if (result.kind === "throttled") throw result.error;
    const { outcome } = result;
    const tooLarge = outcome.payload.length > SYNC_PAYLOAD_MAX;
    return {
      StatusCode: 200,
      ExecutedVersion: target.version.version,
      FunctionError: outcome.kind === "function-error" || tooLarge ? "Unhandled" : undefined,
      LogResult: outcome.logTail,
      Payload: tooLarge
        ? Buffer.from(
            JSON.stringify({
              errorMessage: `Response payload size exceeded maximum allowed payload size (${SYNC_PAYLOAD_MAX} bytes).`,
              errorType: "Function.ResponseSizeTooLarge",
            }),
          )
        : outcome.payload,
    };
  },
  { iamAction: "lambda:InvokeFunction" },
);
