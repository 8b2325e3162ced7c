import { describe, expect, it } from "vitest";
import type { RowResult } from "./model.js";
import { formatRatio, markdownTable, summaryTable, verdicts } from "./table.js";

function row(overrides: Partial<RowResult> & Pick<RowResult, "target" | "client" | "messages">): RowResult {
  return {
    operation: "sqs-send",
    calls: overrides.messages,
    seconds: 1,
    latency: { p50: 1, p99: 2, max: 3 },
    errors: 0,
    emptyReceives: 0,
    generatorCpuSeconds: 0.5,
    serverCpuSeconds: 0.5,
    ...overrides,
  };
}

describe("markdownTable", () => {
  it("pads every column to its widest cell and adds the header rule", () => {
    expect(markdownTable(["a", "long header"], [["wide cell", "x"]])).toBe(
      ["| a         | long header |", "| --------- | ----------- |", "| wide cell | x           |"].join(
        "\n",
      ),
    );
  });

  it("escapes pipes inside cells so they cannot split a column", () => {
    expect(markdownTable(["h"], [["a|b"]]).split("\n")[2]).toBe("| a\\|b |");
  });
});

describe("formatRatio", () => {
  it("shows two decimals below 10× and one above", () => {
    expect(formatRatio(150, 100)).toBe("1.50×");
    expect(formatRatio(4321, 100)).toBe("43.2×");
  });

  it("shows a dash when a side was not measured, and infinity when moto completed nothing", () => {
    expect(formatRatio(undefined, 100)).toBe("–");
    expect(formatRatio(100, 0)).toBe("∞×");
    expect(formatRatio(0, 0)).toBe("–");
  });
});

describe("verdicts", () => {
  it("holds only load-generator rows to the 30× moto target", () => {
    const rows = [
      row({ target: "emulator-durable", client: "wrk", messages: 3100 }),
      row({ target: "moto", client: "wrk", messages: 100 }),
      row({ target: "emulator-durable", client: "sdk", messages: 900 }),
      row({ target: "moto", client: "sdk", messages: 100 }),
      row({ target: "ceiling", client: "sdk", messages: 1000 }),
    ];
    const byClient = Object.fromEntries(verdicts(rows).map((v) => [v.client, v]));
    expect(byClient.wrk).toMatchObject({ timesMoto: 31, meetsMotoTarget: true });
    expect(byClient.sdk).toMatchObject({ timesMoto: 9, ofCeiling: 0.9 });
    expect(byClient.sdk).not.toHaveProperty("meetsMotoTarget");
  });

  it("fails the target below 30× moto", () => {
    const rows = [
      row({ target: "emulator-durable", client: "wrk", messages: 2900 }),
      row({ target: "moto", client: "wrk", messages: 100 }),
    ];
    expect(verdicts(rows)[0]?.meetsMotoTarget).toBe(false);
  });

  it("holds SNS envelope delivery to 10× moto", () => {
    const rows = [
      row({ operation: "sns-publish-envelope", target: "emulator-durable", client: "wrk", messages: 1100 }),
      row({ operation: "sns-publish-envelope", target: "moto", client: "wrk", messages: 100 }),
    ];
    expect(verdicts(rows)[0]?.meetsMotoTarget).toBe(true);
  });
});

describe("summaryTable", () => {
  it("puts each target's rate in its column and the ratios beside them", () => {
    const table = summaryTable([
      row({ target: "ceiling", client: "wrk", messages: 20000 }),
      row({ target: "emulator-durable", client: "wrk", messages: 6000 }),
      row({ target: "moto", client: "wrk", messages: 100 }),
    ]);
    const cells = table
      .split("\n")[2]
      .split("|")
      .map((cell) => cell.trim())
      .filter(Boolean);
    expect(cells).toEqual([
      "SendMessage",
      "wrk (load generator)",
      "20,000",
      "6,000",
      "–",
      "100",
      "60.0×",
      "–",
      "30 %",
      "yes (≥30×)",
    ]);
  });
});
