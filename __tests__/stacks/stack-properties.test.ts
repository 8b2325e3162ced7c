import { Testing, type TerraformResource } from "cdktf";
import { describe, expect, it } from "vitest";
import type { EventDrivenStackProps } from "../../stacks/config.js";
import { environmentProps } from "../../stacks/environments.js";
import { EventDrivenStack } from "../../stacks/event-driven-stack.js";
import type { TerraformJson } from "./synth.js";

const environments = environmentProps();

function build(props: EventDrivenStackProps): { stack: EventDrivenStack; config: () => TerraformJson } {
  const stack = new EventDrivenStack(Testing.app(), props.environment, props);
  return { stack, config: () => JSON.parse(Testing.synth(stack)) as TerraformJson };
}

/** `type.logical id` of each resource, as the synthesized JSON has it. */
const address = (resource: TerraformResource): string =>
  `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;

const addressesIn = (config: TerraformJson): string[] =>
  Object.entries(config.resource).flatMap(([type, byId]) => Object.keys(byId).map((id) => `${type}.${id}`));

describe("EventDrivenStack properties", () => {
  it("expose the topic, queues, stream, key, function and alarm topic it synthesizes", () => {
    const { stack, config } = build(environments.prod);
    const branch = stack.queues.get("orders");
    const exposed = [
      stack.topic,
      stack.subscriptionDlq,
      branch?.queue,
      branch?.dlq,
      branch?.subscription,
      stack.stream,
      stack.key,
      stack.consumer?.function,
      stack.consumer?.role,
      stack.consumer?.logGroup,
      stack.consumer?.mapping,
      stack.consumer?.failureQueue,
      stack.alarms.topic,
      ...stack.alarms.alarms,
    ];
    expect(exposed.every((resource) => resource !== undefined)).toBe(true);
    expect(addressesIn(config())).toEqual(
      expect.arrayContaining(exposed.map((resource) => address(resource as TerraformResource))),
    );
  });

  it("key the fan-out branches by the configured queue names", () => {
    const { stack } = build(environments.dev);
    expect([...stack.queues.keys()]).toEqual(["orders", "audit"]);
  });

  it("leave out what the configuration turns off", () => {
    const { stack } = build({ ...environments.dev, lambda: false });
    expect(stack.consumer).toBeUndefined();
    expect(stack.key).toBeUndefined();
    expect(stack.alarms.topic).toBeUndefined();
  });

  it("let a caller change a resource through its property", () => {
    const { stack, config } = build(environments.dev);
    stack.topic.addOverride("delivery_policy", "{}");
    expect(config().resource.aws_sns_topic?.[stack.topic.friendlyUniqueId]?.delivery_policy).toBe("{}");
  });
});
