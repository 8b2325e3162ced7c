import { randomUUID } from "node:crypto";
import { AwsError } from "../../../core/errors.js";
import type { ServiceContext } from "../../../core/service.js";
import { sendToDestination } from "../destinations.js";
import type { Invocations } from "../invocations.js";
import { invocationTarget } from "../invokeTarget.js";
import type { LambdaModel } from "../model.js";
import { resolveVersion } from "../configuration.js";
import type { MappingInvokeResult, MappingSettings, PollerHost } from "./poller.js";
import type { MappingStore } from "./store.js";

type NotInvokedReason = Extract<MappingInvokeResult, { kind: "not-invoked" }>["reason"];

function notInvoked(reason: NotInvokedReason, detail: string): MappingInvokeResult {
  return { kind: "not-invoked", reason, detail };
}

/** `arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]` → its parts. */
function functionOf(functionArn: string) {
  const [, , , region = "", accountId = "", , name = "", qualifier] = functionArn.split(":");
  return { region, accountId, name, qualifier };
}

/** What pollers reach of Lambda and the core: invocation, failure destinations, the mapping's record. */
export function pollerHost(
  core: ServiceContext,
  model: LambdaModel,
  invocations: Invocations,
  records: MappingStore,
): PollerHost {
  const host: PollerHost = {
    clock: core.clock,
    core,
    log: (line) => core.log(line),

    async invoke(settings: MappingSettings, payload: Buffer, signal: AbortSignal) {
      const fn = functionOf(settings.config.FunctionArn);
      const record = model.get(fn.accountId, fn.region, fn.name);
      if (record === undefined) {
        return notInvoked("FunctionNotFound", `Function not found: ${settings.config.FunctionArn}`);
      }
      if (signal.aborted) return notInvoked("Stopped", "the event source mapping's poller is stopping");
      try {
        const target = invocationTarget(record, fn.qualifier);
        const result = await invocations.run(target, {
          requestId: randomUUID(),
          payload,
          tailLog: false,
          endpointUrl: core.origin(),
          signal,
        });
        if (result.kind === "throttled") return notInvoked("Throttled", result.error.message);
        const { outcome } = result;
        return outcome.kind === "success"
          ? { kind: "success", payload: outcome.payload }
          : { kind: "function-error", errorType: outcome.errorType, payload: outcome.payload };
      } catch (error) {
        if (signal.aborted) return notInvoked("Stopped", "the event source mapping's poller is stopping");
        if (!(error instanceof AwsError)) throw error;
        if (error.code === "ResourceNotFoundException") return notInvoked("FunctionNotFound", error.message);
        if (error.message.includes("cannot be assumed")) return notInvoked("RoleNotAssumable", error.message);
        // A function still Pending or updating: Lambda's poller waits and tries again, as for throttling.
        return notInvoked("Throttled", error.message);
      }
    },

    async sendToOnFailureDestination(settings: MappingSettings, failure: object) {
      const { config } = settings;
      const destination = config.DestinationConfig?.OnFailure?.Destination;
      if (destination === undefined)
        return `event source mapping ${config.UUID} has no on-failure destination`;
      const role = host.executionRole(settings);
      if (role === undefined) return `Function not found: ${config.FunctionArn}`;
      const iam = await core.use("iam");
      return sendToDestination(
        core,
        destination,
        { body: JSON.stringify(failure) },
        {
          servicePrincipal: "lambda.amazonaws.com",
          sourceArn: config.EventSourceMappingArn ?? config.UUID,
          sourceAccount: settings.accountId,
          actingRole: { arn: role, identityPolicies: iam.identityPolicies(role) ?? [] },
        },
      );
    },

    executionRole(settings: MappingSettings) {
      const fn = functionOf(settings.config.FunctionArn);
      const record = model.get(fn.accountId, fn.region, fn.name);
      if (record === undefined) return undefined;
      try {
        return resolveVersion(record, fn.qualifier).config.Role;
      } catch (error) {
        if (error instanceof AwsError) return undefined;
        throw error;
      }
    },

    reportProcessingResult(uuid: string, result: string) {
      const record = records.get(uuid);
      if (record === undefined || record.config.LastProcessingResult === result) return;
      core.store.transaction(() =>
        records.put({ ...record, config: { ...record.config, LastProcessingResult: result } }),
      );
    },
  };
  return host;
}
