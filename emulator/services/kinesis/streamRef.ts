import { parseArn } from "../../core/accounts.js";
import type { RequestContext } from "../../core/service.js";
import { KinesisErrors } from "./errors.js";

/** Which stream a call names: by StreamName in the caller's account and region, or by StreamARN. */
export interface StreamRef {
  readonly accountId: string;
  readonly region: string;
  readonly name: string;
}

/**
 * The stream named by `StreamName` and/or `StreamARN` (either, or both when they agree), as every stream
 * action accepts it.
 */
export function streamRef(
  input: { StreamName?: unknown; StreamARN?: unknown },
  caller: Pick<RequestContext, "accountId" | "region">,
): StreamRef {
  const name = typeof input.StreamName === "string" ? input.StreamName : undefined;
  const arn = typeof input.StreamARN === "string" ? input.StreamARN : undefined;
  if (arn !== undefined) {
    const ref = refFromArn(arn);
    if (name !== undefined && name !== ref.name)
      throw KinesisErrors.invalidArgument(
        `StreamARN ${arn} and StreamName ${name} name different streams; give one of them, or both naming the same stream.`,
      );
    return ref;
  }
  if (name === undefined) throw KinesisErrors.validation("Either StreamName or StreamARN must be provided.");
  return { accountId: caller.accountId, region: caller.region, name };
}

/** `arn:aws:kinesis:<region>:<account>:stream/<name>` (the model's pattern has already been checked). */
export function refFromArn(arn: string): StreamRef {
  const parsed = parseArn(arn);
  const resource = parsed?.resource ?? "";
  if (parsed === undefined || parsed.service !== "kinesis" || !resource.startsWith("stream/"))
    throw KinesisErrors.invalidArgument(`${arn} is not a Kinesis stream ARN.`);
  const name = resource.slice("stream/".length).split("/")[0];
  return { accountId: parsed.accountId, region: parsed.region, name };
}
