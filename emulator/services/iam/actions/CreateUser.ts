import { uniqueId } from "../../../core/aws-ids.js";
import { operations } from "../../../generated/iam.js";
import { iamAction, iamArn, mergeTags } from "../action.js";
import { IamErrors } from "../errors.js";
import { userOutput } from "../output.js";
import type { Tag } from "../records.js";

export const CreateUser = iamAction<{ UserName: string; Path?: string; Tags?: Tag[] }>((model) => ({
  operation: operations.CreateUser,
  run(input, ctx) {
    if (model.get("user", ctx.accountId, input.UserName) !== undefined) {
      throw IamErrors.entityAlreadyExists(`User with name ${input.UserName} already exists.`);
    }
    const path = input.Path ?? "/";
    const user = {
      accountId: ctx.accountId,
      name: input.UserName,
      id: uniqueId("AIDA"),
      path,
      arn: iamArn(ctx.accountId, "user", path, input.UserName),
      createDate: model.clock.now(),
      tags: mergeTags([], input.Tags ?? []),
      inline: {},
      attached: [],
    };
    model.put("user", user);
    return { User: userOutput(user, "full") };
  },
}));
