import type { PollerKind } from "../poller.js";
import { CheckpointTable } from "./checkpoints.js";
import { KinesisMappingPoller } from "./mappingPoller.js";

/** Event source mappings that read Kinesis data streams. */
export const kinesisPollerKind: PollerKind = {
  service: "kinesis",
  start: (settings, host) => new KinesisMappingPoller(settings, host),
  forget: (uuid, host) => CheckpointTable.of(host.core.store).forget(uuid),
};
