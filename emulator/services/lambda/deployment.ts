import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import type { IamInterface } from "../../core/interfaces.js";
import { evaluate } from "../../core/policy/index.js";
import { LambdaErrors } from "./errors.js";

/** Lambda's quota on a function's unzipped deployment package. */
const UNZIPPED_MAX_BYTES = 262_144_000;

/** A checked deployment package with the values Lambda reports for it. */
export interface DeploymentPackage {
  readonly zip: Buffer;
  /** Base64 SHA-256 of the zip, as CodeSha256. */
  readonly sha256: string;
  readonly size: number;
}

/**
 * Checks an uploaded `.zip` (base64 from the JSON body) as Lambda does: it must unzip, and unzipped fit the
 * quota. fflate reads the central directory without inflating anything when every entry is filtered out.
 */
export function deploymentPackage(zipFile: string | Buffer | undefined): DeploymentPackage {
  if (zipFile === undefined) {
    throw LambdaErrors.invalidParameterValue(
      "Please provide a source for function code: the .zip file as ZipFile (S3 and container images are not served here).",
    );
  }
  const zip = typeof zipFile === "string" ? Buffer.from(zipFile, "base64") : zipFile;
  let unzipped = 0;
  try {
    unzipSync(zip, {
      filter(file) {
        unzipped += file.originalSize;
        return false;
      },
    });
  } catch {
    throw LambdaErrors.invalidParameterValue(
      "Could not unzip uploaded file. Please check your file, then try to upload again.",
    );
  }
  if (zip.length === 0) {
    throw LambdaErrors.invalidParameterValue(
      "Could not unzip uploaded file. Please check your file, then try to upload again.",
    );
  }
  if (unzipped > UNZIPPED_MAX_BYTES) {
    throw LambdaErrors.invalidParameterValue(
      `Unzipped size must be smaller than ${UNZIPPED_MAX_BYTES} bytes`,
    );
  }
  return { zip, sha256: createHash("sha256").update(zip).digest("base64"), size: zip.length };
}

const ROLE_ARN = /^arn:aws[a-zA-Z-]*:iam::(\d{12}):role\/(?:[^/]*\/)*([^/]+)$/;

/**
 * The execution role must exist and trust `lambda.amazonaws.com` with `sts:AssumeRole`, checked with the core's
 * evaluator against the role's trust policy; otherwise AWS's sentence.
 */
export function checkExecutionRole(iam: IamInterface, roleArn: string, now: number): void {
  const match = ROLE_ARN.exec(roleArn);
  const role = match === null ? undefined : iam.role(match[1] ?? "", match[2] ?? "");
  const cannotAssume = LambdaErrors.invalidParameterValue(
    "The role defined for the function cannot be assumed by Lambda.",
  );
  if (role === undefined) throw cannotAssume;
  const decision = evaluate({
    request: {
      principal: { type: "service", service: "lambda.amazonaws.com" },
      action: "sts:AssumeRole",
      resource: role.arn,
      time: now,
      secureTransport: true,
    },
    resourceAccount: role.accountId,
    resourcePolicy: { name: `role ${role.roleName} trust policy`, policy: role.trustPolicy },
  });
  if (decision.decision !== "Allow") throw cannotAssume;
}

/** Runtimes AWS no longer lets anyone create or update functions with (past their "block update" date). */
const BLOCKED_RUNTIMES: Readonly<Record<string, string>> = {
  nodejs: "nodejs22.x",
  "nodejs4.3": "nodejs22.x",
  "nodejs4.3-edge": "nodejs22.x",
  "nodejs6.10": "nodejs22.x",
  "nodejs8.10": "nodejs22.x",
  "nodejs10.x": "nodejs22.x",
  "nodejs12.x": "nodejs22.x",
  "nodejs14.x": "nodejs22.x",
  "python2.7": "python3.13",
  "python3.6": "python3.13",
  "python3.7": "python3.13",
  "dotnetcore1.0": "dotnet8",
  "dotnetcore2.0": "dotnet8",
  "dotnetcore2.1": "dotnet8",
  "dotnetcore3.1": "dotnet8",
  "ruby2.5": "ruby3.3",
  "ruby2.7": "ruby3.3",
};

/** A zip function needs a runtime AWS still accepts and a handler. */
export function checkRuntime(runtime: string | undefined, handler: string | undefined): void {
  if (runtime === undefined || handler === undefined) {
    throw LambdaErrors.invalidParameterValue(
      "Runtime and Handler are mandatory parameters for functions created with deployment packages.",
    );
  }
  const replacement = BLOCKED_RUNTIMES[runtime];
  if (replacement !== undefined) {
    throw LambdaErrors.invalidParameterValue(
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime (${replacement}) while creating or updating functions.`,
    );
  }
}
