import { describe, expect, it } from "vitest";
import { ENVIRONMENTS } from "../../stacks/environments.js";
import { synthEnvironment } from "./synth.js";

describe("synthesized environments", () => {
  // Reviewed snapshots: any unintended change to the generated Terraform shows up as a diff.
  it.each(ENVIRONMENTS)("%s matches its reviewed snapshot", (name) => {
    expect(synthEnvironment(name).config).toMatchSnapshot();
  });
});
