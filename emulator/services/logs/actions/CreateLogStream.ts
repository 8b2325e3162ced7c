import { operations } from "../../../generated/logs.js";
import { logsAction } from "../action.js";
import { LogsErrors } from "../errors.js";

export const CreateLogStream = logsAction<{ logGroupName: string; logStreamName: string }>(
  operations.CreateLogStream,
  (model, input, ctx) => {
    const group = model.group(ctx.accountId, ctx.region, input.logGroupName);
    if (group.streams.has(input.logStreamName)) {
      throw LogsErrors.resourceAlreadyExists("The specified log stream already exists");
    }
    model.addStream(group, {
      name: input.logStreamName,
      creationTime: model.clock.now(),
      events: [],
      storedBytes: 0,
    });
    return {};
  },
);
