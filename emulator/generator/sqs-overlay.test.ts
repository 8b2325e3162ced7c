import { describe, expect, it } from "vitest";
import { findModelFile, readModel, type BotocoreModel } from "./botocore-model.js";
import { applyOverlay } from "./overlay.js";
import { sqsOverlay } from "./overlays/sqs.js";
import { newestSource, queryEraSqsSource } from "./sources.js";

/** Every wire-name slot a model fills, `slot → value`, for the facts the SQS overlay restores. */
function wireFacts(model: BotocoreModel): Map<string, string> {
  const facts = new Map<string, string>();
  const put = (slot: string, value: string | undefined): void => {
    if (value !== undefined) facts.set(slot, value);
  };
  put("xmlNamespace", model.metadata.xmlNamespace);
  for (const [name, shape] of Object.entries(model.shapes)) {
    put(`${name} locationName`, shape.locationName);
    put(`${name}.member`, shape.member?.locationName);
    put(`${name}.key`, shape.key?.locationName);
    put(`${name}.value`, shape.value?.locationName);
    for (const [member, ref] of Object.entries(shape.members ?? {}))
      put(`${name}.${member}`, ref.locationName);
    if (shape.error?.code !== undefined)
      put(`${name} error`, `${shape.error.code} ${shape.error.httpStatusCode}`);
  }
  for (const [name, op] of Object.entries(model.operations))
    put(`${name} resultWrapper`, op.output?.resultWrapper);
  return facts;
}

/** Whether the slot's shape (and member) exists in `model`. */
function hasSlot(model: BotocoreModel, slot: string): boolean {
  if (slot === "xmlNamespace") return true;
  const [path] = slot.split(" ");
  const [name, member] = path.split(".");
  if (model.operations[name] !== undefined) return true;
  const shape = model.shapes[name];
  if (shape === undefined) return false;
  return (
    member === undefined ||
    ["member", "key", "value"].includes(member) ||
    shape.members?.[member] !== undefined
  );
}

const newest = newestSource();
const queryEra = queryEraSqsSource();
const absent = [
  newest === undefined ? "no botocore at all" : undefined,
  queryEra === undefined
    ? "no botocore whose SQS model is still the query model (Debian's python3-botocore)"
    : undefined,
].filter((reason) => reason !== undefined);

function load(dataDir: string): BotocoreModel {
  const file = findModelFile(dataDir, "sqs");
  if (file === undefined) throw new Error(`No SQS model under ${dataDir}.`);
  return readModel(file);
}

describe("the SQS overlay against the query-era botocore SQS model", () => {
  it("restores every query wire name, error code and result wrapper the query-era model had", (ctx) => {
    if (newest === undefined || queryEra === undefined) {
      ctx.skip(`Cannot check the SQS overlay: ${absent.join("; ")}.`);
      return;
    }
    const current = load(newest.dataDir);
    const merged = wireFacts(applyOverlay(current, sqsOverlay));
    const expected = [...wireFacts(load(queryEra.dataDir))].filter(([slot]) => hasSlot(current, slot));
    const missing = expected.filter(([slot, value]) => merged.get(slot) !== value);
    expect(missing, `facts in botocore ${queryEra.version} the overlay lacks or contradicts`).toEqual([]);
  });

  it("states nothing the query-era model contradicts", (ctx) => {
    if (newest === undefined || queryEra === undefined) {
      ctx.skip(`Cannot check the SQS overlay: ${absent.join("; ")}.`);
      return;
    }
    const current = load(newest.dataDir);
    const before = wireFacts(current);
    const old = wireFacts(load(queryEra.dataDir));
    const added = [...wireFacts(applyOverlay(current, sqsOverlay))].filter(([slot]) => !before.has(slot));
    const contradicted = added.filter(([slot, value]) => old.has(slot) && old.get(slot) !== value);
    expect(contradicted).toEqual([]);
  });
});
