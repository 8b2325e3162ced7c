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

export const serviceRegistrations: readonly ServiceRegistration[] = [
  sqsRegistration,
  {
    name: "kinesis",
    endpoint: kinesisEndpoint,
    load: async () => (await import("./kinesis/index.js")).createKinesisService,
  },
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
