/**
 * The producer library: `import { publish, Producer, configFromOutputs } from "./producer/index.js"`.
 * See README.md beside this file.
 */
export { configFromOutputs, defaultPartitionKey } from "./config.js";
export type { ProducerConfig, ProducerEvent, TerraformOutputs } from "./config.js";
export type { Delivery } from "./delivery.js";
export { Producer, publish } from "./producer.js";
export type { PublishOptions, PublishResult } from "./producer.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export type { RetryPolicy } from "./retry.js";
export type { StreamReceipt } from "./stream.js";
export type { TopicReceipt } from "./topic.js";
export { sampleEvents } from "./sample-events.js";
