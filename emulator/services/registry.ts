import type { ServiceRegistration } from "../core/service.js";
import { iamEndpoint } from "./iam/endpoint.js";
import { kinesisEndpoint } from "./kinesis/endpoint.js";
import { lambdaEndpoint } from "./lambda/endpoint.js";
import { snsEndpoint } from "./sns/endpoint.js";
import { logsEndpoint } from "./logs/endpoint.js";
import { monitoringEndpoint } from "./monitoring/endpoint.js";
import { sqsEndpoint } from "./sqs/endpoint.js";
import { stsEndpoint } from "./sts/endpoint.js";

/**
 * Every service the emulator serves. A registration names the service, says how requests reach it and how to
 * load it; nothing of a service is imported until its first request (or another service uses it).
 */
export const sqsRegistration: ServiceRegistration = {
  name: "sqs",
  endpoint: sqsEndpoint,
  load: async () => (await import("./sqs/index.js")).createSqsService,
};

/** Settings of single services, from `eda emulator`'s flags; each is off when left out. */
export interface ServiceSettings {
  /** Kinesis: per-shard throughput limits on PROVISIONED streams (`--kinesis-throughput-limits`). */
  readonly kinesisThroughputLimits?: boolean;
}

export function kinesisRegistration(settings: ServiceSettings = {}): ServiceRegistration {
  const throughputLimits = settings.kinesisThroughputLimits ?? false;
  return {
    name: "kinesis",
    endpoint: kinesisEndpoint,
    load: async () => (await import("./kinesis/index.js")).createKinesisService({ throughputLimits }),
  };
}

/** Every service, in the same order, with the given settings. */
export function serviceRegistrationsWith(settings: ServiceSettings): readonly ServiceRegistration[] {
  return serviceRegistrations.map((registration) =>
    registration.name === "kinesis" ? kinesisRegistration(settings) : registration,
  );
}

export const serviceRegistrations: readonly ServiceRegistration[] = [
  sqsRegistration,
  kinesisRegistration(),
  { name: "sns", endpoint: snsEndpoint, load: async () => (await import("./sns/index.js")).createSnsService },
  { name: "sts", endpoint: stsEndpoint, load: async () => (await import("./sts/index.js")).createStsService },
  { name: "iam", endpoint: iamEndpoint, load: async () => (await import("./iam/index.js")).createIamService },
  {
    name: "logs",
    endpoint: logsEndpoint,
    load: async () => (await import("./logs/index.js")).createLogsService,
  },
  {
    name: "monitoring",
    endpoint: monitoringEndpoint,
    load: async () => (await import("./monitoring/index.js")).createMonitoringService,
  },
  {
    name: "lambda",
    endpoint: lambdaEndpoint,
    load: async () => (await import("./lambda/index.js")).createLambdaService,
  },
];
