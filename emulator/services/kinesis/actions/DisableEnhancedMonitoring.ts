import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { changeMonitoring } from "../monitoring.js";
import { streamRef } from "../streamRef.js";

interface Input {
  StreamName?: string;
  StreamARN?: string;
  ShardLevelMetrics: string[];
}

export const DisableEnhancedMonitoring = kinesisAction<Input>(
  operations.DisableEnhancedMonitoring,
  (model, input, ctx) =>
    changeMonitoring(model, model.findActive(streamRef(input, ctx)), input.ShardLevelMetrics, false),
);
