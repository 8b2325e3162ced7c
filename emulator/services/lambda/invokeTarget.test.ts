import { describe, expect, it } from "vitest";
import { invocationTarget } from "./invokeTarget.js";
import type { FunctionRecord, StoredConfiguration, VersionRecord } from "./records.js";

function version(name: string, state: StoredConfiguration["State"] = "Active"): VersionRecord {
  const config = {
    Role: "arn:aws:iam::000000000000:role/r",
    CodeSha256: name,
    CodeSize: 1,
    LastModified: "2024-01-01T00:00:00.000+0000",
    RevisionId: name,
    State: state,
    LastUpdateStatus: "Successful",
  } as const;
  return { version: name, config };
}

const RECORD: FunctionRecord = {
  accountId: "000000000000",
  region: "us-east-1",
  name: "routed",
  versions: [version("$LATEST"), version("1"), version("2")],
  nextVersion: 3,
  aliases: [
    {
      Name: "canary",
      FunctionVersion: "1",
      Description: "",
      RoutingConfig: { AdditionalVersionWeights: { "2": 0.25 } },
      RevisionId: "r",
    },
  ],
  permissions: {},
  tags: {},
  eventInvokeConfigs: {},
};

describe("invocationTarget", () => {
  it("sends a call whose draw falls within the additional version's weight to that version", () => {
    expect(invocationTarget(RECORD, "canary", () => 0.2).version.version).toBe("2");
  });

  it("sends a call whose draw falls beyond the weights to the alias's own version", () => {
    expect(invocationTarget(RECORD, "canary", () => 0.25).version.version).toBe("1");
  });

  it("keeps the qualifier the caller named, for the Resource metric dimension", () => {
    expect(invocationTarget(RECORD, "canary", () => 0.9).qualifier).toBe("canary");
  });

  it("runs $LATEST without a qualifier and a version by its number", () => {
    expect(invocationTarget(RECORD, undefined).version.version).toBe("$LATEST");
    expect(invocationTarget(RECORD, "2").version.version).toBe("2");
  });

  it("refuses a function whose $LATEST is not Active yet", () => {
    const pending = { ...RECORD, versions: [version("$LATEST", "Pending")] };
    expect(() => invocationTarget(pending, undefined)).toThrow(/currently in the following state: Pending/);
  });
});
