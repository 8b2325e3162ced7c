import { describe, expect, it } from "vitest";
import { kinesisTable, kinesisVerdicts, type KinesisRow } from "./kinesis.js";

function row(overrides: Partial<KinesisRow> & Pick<KinesisRow, "target" | "client" | "handler">): KinesisRow {
  return {
    putRecordsPerSecond: 1000,
    getRecordsPerSecond: 1000,
    recordsWritten: 1000,
    recordsRead: 1000,
    errors: 0,
    putCalls: 10,
    putServerCpuSeconds: 0.01,
    putClientCpuSeconds: 0.02,
    ...overrides,
  };
}

const kinesaliteSdk = row({ target: "kinesalite", client: "sdk", handler: "http1" });
const kinesaliteWrk = row({
  target: "kinesalite",
  client: "wrk",
  handler: "http1",
  putRecordsPerSecond: 2000,
  getRecordsPerSecond: 4000,
});

describe("kinesisTable", () => {
  it("compares each emulator row with kinesalite's row of the same client", () => {
    const rows = [
      row({ target: "emulator-durable", client: "wrk", handler: "http1", putRecordsPerSecond: 9000 }),
      kinesaliteSdk,
      kinesaliteWrk,
    ];
    const emulatorLine = kinesisTable(rows).split("\n")[2];
    expect(emulatorLine).toContain("| 4.50× ");
    expect(emulatorLine).toContain("| 0.25× ");
  });

  it("leaves the peers' own ratio cells empty and marks a missing peer with a dash", () => {
    const lines = kinesisTable([
      row({ target: "emulator-durable", client: "sdk", handler: "http2" }),
      kinesaliteSdk,
    ])
      .split("\n")
      .map((line) => line.split("|").map((cell) => cell.trim()));
    expect(lines[2].slice(4, 6)).toEqual(["1.00×", "–"]);
    expect(lines[3].slice(4, 6)).toEqual(["", ""]);
  });
});

describe("kinesisTable, ceiling rows", () => {
  it("shows no GetRecords rate and no ratios for the no-op ceiling, and its CPU µs per PutRecords call", () => {
    const ceiling = row({
      target: "ceiling",
      client: "sdk",
      handler: "http2",
      getRecordsPerSecond: undefined,
    });
    const cells = kinesisTable([ceiling, kinesaliteSdk])
      .split("\n")[2]
      .split("|")
      .map((cell) => cell.trim());
    expect(cells.slice(3, 12)).toEqual(["1,000", "", "", "–", "", "", "1,000", "2,000", "0"]);
  });
});

describe("kinesisVerdicts", () => {
  it("says whether the data-dir emulator reaches 4× kinesalite on PutRecords and 2× on GetRecords", () => {
    const verdicts = kinesisVerdicts([
      row({
        target: "emulator-durable",
        client: "sdk",
        handler: "http1",
        putRecordsPerSecond: 4000,
        getRecordsPerSecond: 1500,
      }),
      kinesaliteSdk,
    ]);
    expect(verdicts).toEqual([
      "SDK NodeHttpHandler (HTTP/1.1): PutRecords 4.0× kinesalite (target ≥ 4×: met), GetRecords 1.5× (target ≥ 2×: NOT met)",
    ]);
  });

  it("says whether the SDK's default HTTP/2 handler is within 20 % of its HTTP/1.1 handler", () => {
    const http1 = row({
      target: "emulator-durable",
      client: "sdk",
      handler: "http1",
      putRecordsPerSecond: 1000,
    });
    const within = row({
      target: "emulator-durable",
      client: "sdk",
      handler: "http2",
      putRecordsPerSecond: 850,
    });
    const beyond = row({
      target: "emulator-durable",
      client: "sdk",
      handler: "http2",
      putRecordsPerSecond: 700,
    });
    expect(kinesisVerdicts([http1, within])).toEqual([
      "SDK default (HTTP/2) PutRecords 15 % below HTTP/1.1 (target ≤ 20 %: met)",
    ]);
    expect(kinesisVerdicts([http1, beyond])).toEqual([
      "SDK default (HTTP/2) PutRecords 30 % below HTTP/1.1 (target ≤ 20 %: NOT met)",
    ]);
  });

  it("adds the SDK's own HTTP/2 gap measured against the no-op ceiling", () => {
    const verdicts = kinesisVerdicts([
      row({ target: "ceiling", client: "sdk", handler: "http1", putRecordsPerSecond: 2000 }),
      row({
        target: "ceiling",
        client: "sdk",
        handler: "http2",
        putRecordsPerSecond: 1200,
        putClientCpuSeconds: 0.03,
        putServerCpuSeconds: 0.005,
      }),
    ]);
    expect(verdicts).toEqual([
      "Against the no-op ceiling the SDK's HTTP/2 handler is 40 % below its HTTP/1.1 handler on PutRecords (client 3,000 vs 2,000 µs per call, server 500 vs 1,000): a new connection and HTTP/2 session per call, with no server work in it",
    ]);
  });
});
