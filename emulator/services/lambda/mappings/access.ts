import { evaluate } from "../../../core/policy/index.js";
import type { ServiceContext } from "../../../core/service.js";
import { LambdaErrors } from "../errors.js";
import type { EventSource } from "./source.js";

/** What the execution role needs to read each source, in the order Lambda checks (and names) them. */
const READ_ACTIONS = {
  kinesis: ["GetRecords", "GetShardIterator", "DescribeStream", "ListShards"],
  sqs: ["ReceiveMessage", "DeleteMessage", "GetQueueAttributes"],
} as const;

const LABELS = { kinesis: "Kinesis", sqs: "SQS", sns: "SNS" } as const;

/** Whether the role's identity policies allow `service:action` on `resource`. */
export async function roleMay(
  core: ServiceContext,
  roleArn: string,
  action: string,
  resource: string,
): Promise<boolean> {
  const iam = await core.use("iam");
  return (
    evaluate({
      request: { principal: { type: "role", arn: roleArn }, action, resource, time: core.clock.now() },
      resourceAccount: resource.split(":")[4] ?? "",
      identityPolicies: iam.identityPolicies(roleArn) ?? [],
    }).decision === "Allow"
  );
}

/**
 * Lambda's checks before it creates or enables a mapping, whether or not IAM is enforced on callers: the
 * source exists, and the function's execution role may read it (and send to the on-failure destination).
 */
export async function checkSourceAccess(
  core: ServiceContext,
  source: EventSource,
  roleArn: string,
  onFailureDestination: string | undefined,
): Promise<void> {
  if (!(await sourceExists(core, source))) {
    throw LambdaErrors.invalidParameterValue(
      source.service === "sqs"
        ? `Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist: create ${source.arn} first.`
        : `Stream not found: ${source.arn}. Create the stream first.`,
    );
  }
  for (const action of READ_ACTIONS[source.service]) {
    if (!(await roleMay(core, roleArn, `${source.service}:${action}`, source.arn))) {
      throw missingPermission(action, LABELS[source.service]);
    }
  }
  if (onFailureDestination === undefined) return;
  const sns = onFailureDestination.split(":")[2] === "sns";
  const action = sns ? "Publish" : "SendMessage";
  if (!(await roleMay(core, roleArn, `${sns ? "sns" : "sqs"}:${action}`, onFailureDestination))) {
    throw missingPermission(action, sns ? LABELS.sns : LABELS.sqs);
  }
}

function missingPermission(action: string, label: string) {
  return LambdaErrors.invalidParameterValue(
    `The provided execution role does not have permissions to call ${action} on ${label}`,
  );
}

async function sourceExists(core: ServiceContext, source: EventSource): Promise<boolean> {
  if (source.service === "kinesis") return (await core.use("kinesis")).shards(source.arn) !== undefined;
  return (await core.use("sqs")).queueExists(source.arn);
}
