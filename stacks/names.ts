import type { ResolvedConfig } from "./resolve-config.js";

/** AWS name length limits for the names this stack builds. */
export const NAME_LIMITS = {
  snsTopic: 256,
  sqsQueue: 80,
  kinesisStream: 128,
  lambdaFunction: 64,
  iamRole: 64,
} as const;

type NameKind = keyof typeof NAME_LIMITS;

export interface QueueNames {
  readonly queue: string;
  readonly dlq: string;
}

/** Every name the stack gives a resource, derived from one prefix. */
export interface ResourceNames {
  readonly topic: string;
  readonly queues: ReadonlyMap<string, QueueNames>;
  readonly subscriptionDlq: string;
  readonly stream: string;
  readonly function: string;
  readonly role: string;
  readonly failureQueue: string;
  readonly alarmTopic: string;
  readonly keyAlias: string;
}

const fifoSuffix = (fifo: boolean): string => (fifo ? ".fifo" : "");

/** `prefix` may be a Terraform token (the `name_prefix` variable) or the literal default. */
export function resourceNames(prefix: string, config: ResolvedConfig): ResourceNames {
  return {
    topic: `${prefix}-events${fifoSuffix(config.fifo)}`,
    queues: new Map(
      config.queues.map((queue) => [
        queue.name,
        {
          queue: `${prefix}-${queue.name}${fifoSuffix(queue.fifo)}`,
          dlq: `${prefix}-${queue.name}-dlq${fifoSuffix(queue.fifo)}`,
        },
      ]),
    ),
    subscriptionDlq: `${prefix}-events-sub-dlq${fifoSuffix(config.fifo)}`,
    stream: `${prefix}-events`,
    function: `${prefix}-consumer`,
    role: `${prefix}-consumer-role`,
    failureQueue: `${prefix}-consumer-failures`,
    alarmTopic: `${prefix}-alarms`,
    keyAlias: `alias/${prefix}`,
  };
}

export interface NamedResource {
  readonly kind: NameKind;
  readonly name: string;
}

/** The names that have a length limit worth checking, with the limit that applies to each. */
export function limitedNames(names: ResourceNames, config: ResolvedConfig): NamedResource[] {
  const queues = [...names.queues.values()].flatMap(({ queue, dlq }) => [queue, dlq]);
  const lambdaNames: NamedResource[] = config.lambda
    ? [
        { kind: "lambdaFunction", name: names.function },
        { kind: "iamRole", name: names.role },
        { kind: "sqsQueue", name: names.failureQueue },
      ]
    : [];
  return [
    { kind: "snsTopic", name: names.topic },
    ...queues.map((name): NamedResource => ({ kind: "sqsQueue", name })),
    { kind: "sqsQueue", name: names.subscriptionDlq },
    { kind: "kinesisStream", name: names.stream },
    ...lambdaNames,
  ];
}

/** The longest prefix that keeps every limited name within its AWS limit. */
export function maxPrefixLength(config: ResolvedConfig): number {
  const probe = "";
  return Math.min(
    ...limitedNames(resourceNames(probe, config), config).map(
      ({ kind, name }) => NAME_LIMITS[kind] - name.length,
    ),
  );
}

export const NAME_PREFIX_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]*$";
