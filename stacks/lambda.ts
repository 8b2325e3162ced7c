import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { LambdaEventSourceMapping } from "@cdktf/provider-aws/lib/lambda-event-source-mapping/index.js";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function/index.js";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import { Fn, Op, Token } from "cdktf";
import { Construct } from "constructs";
import type { Encryption } from "./encryption.js";
import { FunctionCode } from "./function-code.js";
import { LAMBDA_HANDLER, bundleLambda } from "./lambda-package.js";
import { policyJson, type PolicyStatement } from "./policy-document.js";
import { EncryptedQueue } from "./encrypted-queue.js";
import type { ResolvedLambda } from "./resolve-config.js";
import type { LambdaVariables } from "./variables.js";

export interface StreamConsumerProps {
  readonly functionName: string;
  readonly roleName: string;
  readonly failureQueueName: string;
  readonly streamArn: string;
  readonly encryption: Encryption;
  readonly settings: ResolvedLambda;
  readonly variables: LambdaVariables;
  readonly metricsNamespace: string;
  readonly preventDestroy: boolean;
}

const FAILURE_QUEUE_RETENTION_SECONDS = 1_209_600;

/** Read-only access to one stream, as the Kinesis event source mapping needs it. */
const STREAM_READ_ACTIONS = [
  "kinesis:DescribeStream",
  "kinesis:DescribeStreamSummary",
  "kinesis:GetRecords",
  "kinesis:GetShardIterator",
  "kinesis:ListShards",
];

/** Terraform null (attribute unset) for an empty string. cdktf drops "" literals in Op.eq, hence length. */
const nullIfEmpty = (value: string): string =>
  Token.asString(Fn.conditional(Op.lt(Fn.lengthOf(value), 1), Token.nullValue(), value));

/**
 * The Kinesis-triggered consumer: packaged function, its log group (created first), a role limited to
 * this stream, this failure queue and this log group, and the event source mapping.
 */
export class StreamConsumer extends Construct {
  readonly function: LambdaFunction;
  readonly role: IamRole;
  readonly logGroup: CloudwatchLogGroup;
  readonly failureQueue: SqsQueue;
  readonly mapping: LambdaEventSourceMapping;
  readonly code: FunctionCode;

  constructor(scope: Construct, id: string, props: StreamConsumerProps) {
    super(scope, id);
    const { settings, variables } = props;

    this.failureQueue = new EncryptedQueue(this, "failures", {
      name: props.failureQueueName,
      fifo: false,
      encryption: props.encryption,
      messageRetentionSeconds: FAILURE_QUEUE_RETENTION_SECONDS,
      preventDestroy: props.preventDestroy,
    }).queue;

    this.logGroup = new CloudwatchLogGroup(this, "logs", {
      name: `/aws/lambda/${props.functionName}`,
      retentionInDays: variables.logRetentionDays,
      lifecycle: { preventDestroy: props.preventDestroy },
    });

    this.role = new IamRole(this, "role", {
      name: props.roleName,
      description: `Execution role of ${props.functionName}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      }),
      permissionsBoundary: nullIfEmpty(variables.permissionsBoundaryArn),
    });
    const rolePolicy = new IamRolePolicy(this, "policy", {
      name: "least-privilege",
      role: this.role.id,
      policy: policyJson(this.statements(props)),
    });

    this.code = new FunctionCode(this, "code", {
      directory: bundleLambda("lambda-src/handler.ts").directory,
      packaging: settings.packaging,
    });

    this.function = new LambdaFunction(this, "function", {
      functionName: props.functionName,
      description: "Consumes CloudEvents from the event stream",
      role: this.role.arn,
      runtime: "nodejs22.x",
      handler: LAMBDA_HANDLER,
      architectures: [settings.architecture],
      filename: this.code.filename,
      sourceCodeHash: this.code.sourceCodeHash,
      memorySize: variables.memoryMb,
      timeout: variables.timeoutSeconds,
      reservedConcurrentExecutions: variables.reservedConcurrency,
      loggingConfig: {
        logFormat: "JSON",
        logGroup: this.logGroup.name,
        applicationLogLevel: variables.logLevel,
        systemLogLevel: "WARN",
      },
      tracingConfig: { mode: settings.tracing ? "Active" : "PassThrough" },
      environment: {
        variables: {
          POWERTOOLS_SERVICE_NAME: props.functionName,
          POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
          ACCEPTED_EVENT_TYPE_PREFIXES: variables.acceptedEventTypePrefixes,
        },
      },
      dependsOn: [this.logGroup, rolePolicy],
    });

    this.mapping = new LambdaEventSourceMapping(this, "mapping", {
      eventSourceArn: props.streamArn,
      functionName: this.function.arn,
      startingPosition: variables.startingPosition,
      batchSize: variables.batchSize,
      maximumBatchingWindowInSeconds: variables.maximumBatchingWindowSeconds,
      parallelizationFactor: variables.parallelizationFactor,
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: variables.maximumRetryAttempts,
      maximumRecordAgeInSeconds: variables.maximumRecordAgeSeconds,
      functionResponseTypes: ["ReportBatchItemFailures"],
      destinationConfig: { onFailure: { destinationArn: this.failureQueue.arn } },
      dependsOn: [rolePolicy],
    });
  }

  private statements(props: StreamConsumerProps): PolicyStatement[] {
    const statements: PolicyStatement[] = [
      {
        Sid: "ReadThisStream",
        Effect: "Allow",
        Action: STREAM_READ_ACTIONS,
        Resource: props.streamArn,
      },
      {
        Sid: "SendFailedBatchesToThisQueue",
        Effect: "Allow",
        Action: "sqs:SendMessage",
        Resource: this.failureQueue.arn,
      },
      {
        Sid: "WriteThisLogGroup",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: `${this.logGroup.arn}:*`,
      },
    ];
    if (props.encryption.keyArn) {
      statements.push({
        Sid: "DecryptStreamEncryptFailures",
        Effect: "Allow",
        Action: ["kms:Decrypt", "kms:GenerateDataKey"],
        Resource: props.encryption.keyArn,
      });
    }
    if (props.settings.tracing) {
      // X-Ray has no resource-level permissions: these two actions only accept "*".
      statements.push({
        Sid: "WriteTraces",
        Effect: "Allow",
        Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
        Resource: "*",
      });
    }
    return statements;
  }
}
