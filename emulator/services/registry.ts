import type { ServiceRegistration } from "../core/service.js";
import { logsEndpoint } from "./logs/endpoint.js";
import { monitoringEndpoint } from "./monitoring/endpoint.js";
import { sqsEndpoint } from "./sqs/endpoint.js";

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
    name: "logs",
    endpoint: logsEndpoint,
    load: async () => (await import("./logs/index.js")).createLogsService,
  },
  {
    name: "monitoring",
    endpoint: monitoringEndpoint,
    load: async () => (await import("./monitoring/index.js")).createMonitoringService,
  },
];
