/**
 * A service overlay: facts about a service's wire format that AWS states but the newest botocore model no
 * longer carries (botocore keeps only what the service's preferred protocol needs). Each overlay is small,
 * reviewed by hand, and lists where every fact comes from (see README.md). Applying one refuses facts the model
 * already has, so an overlay shrinks as the models catch up instead of silently shadowing them.
 */
import type { BotocoreModel, BotocoreShape, ShapeRef } from "./botocore-model.js";

/** The error trait of a query or query-compatible service (Smithy `awsQueryError`). */
export interface QueryError {
  code: string;
  httpStatusCode: number;
  senderFault: boolean;
}

export interface ShapeOverlay {
  /** Wire name of every member targeting this shape that does not name itself (`TagMap` → `Tag`). */
  locationName?: string;
  /** Wire name of the list's elements (`AttributeName` for `AttributeName.1`). */
  member?: string;
  /** Wire names of a map's keys and values (`Name`/`Value`). */
  key?: string;
  value?: string;
  /** Wire name of a structure's members where it differs from the member name (`Attributes` → `Attribute`). */
  members?: Record<string, string>;
  error?: QueryError;
}

export interface ServiceOverlay {
  metadata?: {
    /** Protocols the service also speaks beyond those the model lists (appended, so less preferred). */
    extraProtocols?: string[];
    xmlNamespace?: string;
  };
  shapes?: Record<string, ShapeOverlay>;
  /** awsQuery result wrappers (`SendMessageResult`) by operation. */
  resultWrappers?: Record<string, string>;
}

export class OverlayError extends Error {}

function refuseKnown(present: unknown, what: string): void {
  if (present !== undefined) {
    throw new OverlayError(`${what} is already in the model; remove it from the overlay.`);
  }
}

function shapeOf(model: BotocoreModel, name: string): BotocoreShape {
  const shape = model.shapes[name];
  if (shape === undefined) throw new OverlayError(`The overlay names shape ${name}, which the model lacks.`);
  return shape;
}

function nameRef(ref: ShapeRef | undefined, where: string, locationName: string): void {
  if (ref === undefined) throw new OverlayError(`The overlay names ${where}, which the model lacks.`);
  refuseKnown(ref.locationName, `The wire name of ${where}`);
  ref.locationName = locationName;
}

function applyShape(model: BotocoreModel, name: string, overlay: ShapeOverlay): void {
  const shape = shapeOf(model, name);
  if (overlay.locationName !== undefined) {
    refuseKnown(shape.locationName, `The wire name of ${name}`);
    shape.locationName = overlay.locationName;
  }
  if (overlay.member !== undefined) nameRef(shape.member, `${name}.member`, overlay.member);
  if (overlay.key !== undefined) nameRef(shape.key, `${name}.key`, overlay.key);
  if (overlay.value !== undefined) nameRef(shape.value, `${name}.value`, overlay.value);
  for (const [member, locationName] of Object.entries(overlay.members ?? {})) {
    nameRef(shape.members?.[member], `${name}.${member}`, locationName);
  }
  if (overlay.error !== undefined) {
    if (shape.exception !== true) throw new OverlayError(`Shape ${name} is not an error shape.`);
    refuseKnown(shape.error?.code, `The query error code of ${name}`);
    shape.error = { ...overlay.error };
  }
}

/** Returns a copy of `model` with `overlay` applied; the input model is left as it was. */
export function applyOverlay(model: BotocoreModel, overlay: ServiceOverlay): BotocoreModel {
  const result = structuredClone(model);
  const { extraProtocols, xmlNamespace } = overlay.metadata ?? {};
  if (extraProtocols !== undefined) {
    const known = result.metadata.protocols ?? [result.metadata.protocol];
    for (const protocol of extraProtocols)
      refuseKnown(
        known.find((p) => p === protocol),
        `Protocol ${protocol}`,
      );
    result.metadata.protocols = [...known, ...extraProtocols];
  }
  if (xmlNamespace !== undefined) {
    refuseKnown(result.metadata.xmlNamespace, "The XML namespace");
    result.metadata.xmlNamespace = xmlNamespace;
  }
  for (const [name, shapeOverlay] of Object.entries(overlay.shapes ?? {})) {
    applyShape(result, name, shapeOverlay);
  }
  for (const [name, wrapper] of Object.entries(overlay.resultWrappers ?? {})) {
    const output = result.operations[name]?.output;
    if (output === undefined)
      throw new OverlayError(`The overlay wraps the output of ${name}, which has none.`);
    refuseKnown(output.resultWrapper, `The result wrapper of ${name}`);
    output.resultWrapper = wrapper;
  }
  return result;
}
