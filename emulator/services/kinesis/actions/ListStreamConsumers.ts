import { operations } from "../../../generated/kinesis.js";
import { kinesisAction } from "../action.js";
import { consumerView } from "../consumers.js";
import { KinesisErrors } from "../errors.js";
import { refFromArn } from "../streamRef.js";

interface Input {
  StreamARN: string;
  NextToken?: string;
  MaxResults?: number;
}

const DEFAULT_MAX_RESULTS = 100;

export const ListStreamConsumers = kinesisAction<Input>(operations.ListStreamConsumers, (model, input) => {
  const stream = model.find(refFromArn(input.StreamARN));
  const sorted = [...stream.consumers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let after: string | undefined;
  if (input.NextToken !== undefined) {
    after = Buffer.from(input.NextToken, "base64").toString("utf8");
    if (!after.startsWith("after:"))
      throw KinesisErrors.invalidArgument(
        "NextToken is not one ListStreamConsumers returned: give the one from its reply.",
      );
    after = after.slice("after:".length);
  }
  const rest = sorted.filter((consumer) => after === undefined || consumer.name > after);
  const page = rest.slice(0, input.MaxResults ?? DEFAULT_MAX_RESULTS);
  const output: Record<string, unknown> = { Consumers: page.map(consumerView) };
  if (rest.length > page.length)
    output.NextToken = Buffer.from(`after:${page[page.length - 1].name}`).toString("base64");
  return output;
});
