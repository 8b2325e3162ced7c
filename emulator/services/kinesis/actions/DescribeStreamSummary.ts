import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { streamRef } from "../streamRef.js";
import { streamSummaryView } from "../views.js";

export const DescribeStreamSummary = kinesisAction<{ StreamName?: string; StreamARN?: string }>(
  operations.DescribeStreamSummary,
  (model, input, ctx) => ({
    StreamDescriptionSummary: streamSummaryView(model.find(streamRef(input, ctx))),
  }),
);
