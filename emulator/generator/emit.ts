/**
 * Writes one service model as a TypeScript module of shapes (types in emulator/core/model-shapes.ts). Every
 * shape the operations reach becomes a named constant, emitted children first; scalars with nothing to say
 * beyond their type reuse the core's `string`, `integer`, ... constants. Shapes are visited in name order, so
 * the same model always gives the same text.
 */
import type { BotocoreModel, BotocoreShape, ShapeRef } from "./botocore-model.js";

export interface EmitOptions {
  /** First line(s) of the module: what it was generated from. */
  header: string;
  /** Import path of emulator/core as seen from the generated module (`../core`). */
  corePath: string;
}

const SCALAR_TYPES = ["string", "integer", "long", "boolean", "blob", "timestamp", "double"] as const;
type ScalarType = (typeof SCALAR_TYPES)[number];

const SCALAR_CONSTRAINTS = ["min", "max", "pattern", "enum", "timestampFormat", "streaming"] as const;

/**
 * The TypeScript type of each scalar as actions receive it, whatever the protocol: blobs as base64 text (a
 * streamed body as bytes), timestamps as epoch seconds. Enums stay `string`: services decide what an unknown
 * value means (SQS answers InvalidAttributeName, or ignores it).
 */
const SCALAR_TS: Readonly<Record<ScalarType, string>> = {
  string: "string",
  integer: "number",
  long: "number",
  double: "number",
  boolean: "boolean",
  blob: "string",
  timestamp: "number",
};

/** Names a shape constant may not take: JavaScript's reserved words and globals, and this module's own names. */
const TAKEN = new Set([
  ...SCALAR_TYPES,
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else"],
  ...["enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof"],
  ...["new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void"],
  ...["while", "with", "yield", "let", "static", "implements", "interface", "package", "private"],
  ...["protected", "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity"],
  ...["Array", "Boolean", "Date", "Error", "Function", "JSON", "Map", "Math", "Number", "Object", "Promise"],
  ...["RegExp", "Set", "String", "Symbol", "Buffer", "Record"],
  ...["emptyStructure", "metadata", "operations", "errors", "model"],
]);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class EmitError extends Error {}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function key(name: string): string {
  return IDENTIFIER.test(name) && name !== "__proto__" ? name : literal(name);
}

function isScalar(type: string): type is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(type);
}

/** Statuses the protocols default to when the model gives none. */
function errorStatus(shape: BotocoreShape): number {
  return shape.error?.httpStatusCode ?? (shape.fault === true ? 500 : 400);
}

class ModuleWriter {
  private readonly declarations: string[] = [];
  private readonly done = new Set<string>();
  private readonly inProgress = new Set<string>();
  private readonly identifiers = new Map<string, string>();
  private readonly usedIdentifiers = new Set<string>();
  private readonly scalarImports = new Set<ScalarType>();
  private readonly typeImports = new Set<string>(["ServiceModel"]);

  constructor(private readonly model: BotocoreModel) {}

  shape(name: string): BotocoreShape {
    const shape = this.model.shapes[name];
    if (shape === undefined)
      throw new EmitError(`The model refers to shape ${name}, which it does not define.`);
    return shape;
  }

  private isPlainScalar(shape: BotocoreShape): boolean {
    return isScalar(shape.type) && SCALAR_CONSTRAINTS.every((trait) => shape[trait] === undefined);
  }

  private identifier(name: string): string {
    const known = this.identifiers.get(name);
    if (known !== undefined) return known;
    let id = name.replace(/[^\w$]/g, "_");
    if (!IDENTIFIER.test(id) || TAKEN.has(id)) id = `${id}Shape`;
    if (this.usedIdentifiers.has(id)) throw new EmitError(`Shapes ${name} and another both map to ${id}.`);
    this.usedIdentifiers.add(id);
    this.identifiers.set(name, id);
    return id;
  }

  /** The expression for shape `name`, emitting its declaration (and its children's) first. */
  reference(name: string): string {
    const shape = this.shape(name);
    if (this.isPlainScalar(shape)) {
      const type = shape.type as ScalarType;
      this.scalarImports.add(type);
      return type;
    }
    if (!this.done.has(name) && !this.inProgress.has(name)) this.declare(name, shape);
    return this.identifier(name);
  }

  /** Whether a reference to `name` from here must wait until the module has run (a recursive shape). */
  private isCycle(name: string): boolean {
    return this.inProgress.has(name);
  }

  private declare(name: string, shape: BotocoreShape): void {
    this.inProgress.add(name);
    const [type, body] = this.body(name, shape);
    this.inProgress.delete(name);
    this.done.add(name);
    this.typeImports.add(type);
    this.declarations.push(`export const ${this.identifier(name)}: ${type} = ${body};`);
    this.declarations.push(this.typeDeclaration(name, shape));
  }

  /** The TypeScript type of a reference to shape `name`: a scalar's own type, else the shape's named type. */
  private tsType(name: string): string {
    const shape = this.shape(name);
    if (this.isPlainScalar(shape)) return SCALAR_TS[shape.type as ScalarType];
    return this.identifier(name);
  }

  /**
   * The type of the values a shape describes, named as its constant (`SendMessageRequest` is both): required
   * members are not optional, lists are arrays, maps are records keyed by string.
   */
  private typeDeclaration(name: string, shape: BotocoreShape): string {
    const id = this.identifier(name);
    if (isScalar(shape.type)) {
      const type = shape.streaming === true ? "Uint8Array" : SCALAR_TS[shape.type];
      return `export type ${id} = ${type};`;
    }
    switch (shape.type) {
      case "list":
        return `export type ${id} = ${this.tsType(shape.member!.shape)}[];`;
      case "map":
        return `export type ${id} = Record<string, ${this.tsType(shape.value!.shape)}>;`;
      default: {
        const required = new Set(shape.required ?? []);
        const members = Object.entries(shape.members ?? {}).map(
          ([member, ref]) => `${key(member)}${required.has(member) ? "" : "?"}: ${this.tsType(ref.shape)};`,
        );
        return members.length === 0
          ? `export type ${id} = Record<string, never>;`
          : `export interface ${id} { ${members.join(" ")} }`;
      }
    }
  }

  private body(name: string, shape: BotocoreShape): [string, string] {
    if (isScalar(shape.type)) {
      const fields = [`type: ${literal(shape.type)}`, ...this.constraints(shape)];
      if (shape.timestampFormat !== undefined)
        fields.push(`timestampFormat: ${literal(shape.timestampFormat)}`);
      if (shape.streaming === true) fields.push("streaming: true");
      return ["ModelScalar", `{ ${fields.join(", ")} }`];
    }
    switch (shape.type) {
      case "list":
        return ["ModelList", this.list(name, shape)];
      case "map":
        return ["ModelMap", this.map(name, shape)];
      case "structure":
        return ["ModelStructure", this.structure(shape)];
      default:
        throw new EmitError(
          `Shape ${name} has type ${shape.type}, which the emulator's shapes cannot express.`,
        );
    }
  }

  private constraints(shape: BotocoreShape): string[] {
    const fields: string[] = [];
    if (shape.min !== undefined) fields.push(`min: ${shape.min}`);
    if (shape.max !== undefined) fields.push(`max: ${shape.max}`);
    if (shape.pattern !== undefined) fields.push(`pattern: ${literal(shape.pattern)}`);
    if (shape.enum !== undefined) fields.push(`enum: ${literal(shape.enum)}`);
    return fields;
  }

  /** A reference as a property: a getter when the target is still being declared (recursion). */
  private property(name: string, ref: ShapeRef, extra: string[] = []): string {
    const target = this.reference(ref.shape);
    const value = extra.length === 0 ? target : `{ ...${target}, ${extra.join(", ")} }`;
    return this.isCycle(ref.shape) ? `get ${key(name)}() { return ${value}; }` : `${key(name)}: ${value}`;
  }

  /** The wire name a reference carries: its own, else its target shape's (botocore's resolution order). */
  private wireName(ref: ShapeRef): string | undefined {
    return ref.locationName ?? this.shape(ref.shape).locationName;
  }

  private list(name: string, shape: BotocoreShape): string {
    if (shape.member === undefined) throw new EmitError(`List ${name} has no member.`);
    const fields = [`type: "list"`, this.property("member", shape.member)];
    if (shape.flattened === true) fields.push("flattened: true");
    const memberName = this.wireName(shape.member);
    if (memberName !== undefined) fields.push(`memberName: ${literal(memberName)}`);
    fields.push(...this.constraints(shape));
    return `{ ${fields.join(", ")} }`;
  }

  private map(name: string, shape: BotocoreShape): string {
    if (shape.key === undefined || shape.value === undefined)
      throw new EmitError(`Map ${name} lacks a key or value.`);
    const fields = [`type: "map"`, this.property("key", shape.key), this.property("value", shape.value)];
    if (shape.flattened === true) fields.push("flattened: true");
    const keyName = this.wireName(shape.key);
    const valueName = this.wireName(shape.value);
    if (keyName !== undefined) fields.push(`keyName: ${literal(keyName)}`);
    if (valueName !== undefined) fields.push(`valueName: ${literal(valueName)}`);
    fields.push(...this.constraints(shape));
    return `{ ${fields.join(", ")} }`;
  }

  private structure(shape: BotocoreShape): string {
    const members = Object.entries(shape.members ?? {}).map(([member, ref]) =>
      this.property(member, ref, this.memberTraits(member, ref)),
    );
    const fields = [`type: "structure"`];
    if (shape.required !== undefined && shape.required.length > 0)
      fields.push(`required: ${literal(shape.required)}`);
    if (shape.union === true) fields.push("union: true");
    if (shape.eventstream === true) fields.push("eventstream: true");
    if (shape.payload !== undefined) fields.push(`payload: ${literal(shape.payload)}`);
    fields.push(`members: { ${members.join(", ")} }`);
    return `{ ${fields.join(", ")} }`;
  }

  /** Member-level traits, written over the target shape's fields. */
  private memberTraits(member: string, ref: ShapeRef): string[] {
    const traits: string[] = [];
    const target = this.shape(ref.shape);
    const wireName = this.wireName(ref);
    if (wireName !== undefined && wireName !== member) traits.push(`locationName: ${literal(wireName)}`);
    if (ref.location !== undefined) traits.push(`location: ${literal(ref.location)}`);
    if (ref.flattened === true && target.flattened !== true) traits.push("flattened: true");
    if (ref.idempotencyToken === true) traits.push("idempotencyToken: true");
    if (typeof ref.timestampFormat === "string")
      traits.push(`timestampFormat: ${literal(ref.timestampFormat)}`);
    return traits;
  }

  operationsBlock(): string {
    const entries = Object.keys(this.model.operations)
      .sort()
      .map((name) => {
        const op = this.model.operations[name];
        const input = op.input ? this.reference(op.input.shape) : "emptyStructure";
        const output = op.output ? this.reference(op.output.shape) : "emptyStructure";
        const fields = [`name: ${literal(name)}`, `input: ${input}`, `output: ${output}`];
        if (op.output?.resultWrapper !== undefined)
          fields.push(`resultWrapper: ${literal(op.output.resultWrapper)}`);
        fields.push(`errors: ${literal((op.errors ?? []).map((error) => error.shape))}`);
        const http = [`method: ${literal(op.http.method)}`, `requestUri: ${literal(op.http.requestUri)}`];
        if (op.http.responseCode !== undefined) http.push(`responseCode: ${op.http.responseCode}`);
        fields.push(`http: { ${http.join(", ")} }`);
        return `${key(name)}: { ${fields.join(", ")} }`;
      });
    this.typeImports.add("ModelOperation");
    return `export const operations = { ${entries.join(", ")} } satisfies Record<string, ModelOperation>;`;
  }

  errorsBlock(): string {
    const names = new Set<string>();
    for (const op of Object.values(this.model.operations))
      for (const error of op.errors ?? []) names.add(error.shape);
    const entries = [...names].sort().map((name) => {
      const shape = this.shape(name);
      const status = errorStatus(shape);
      const fault =
        shape.fault === true || shape.error?.senderFault === false || status >= 500 ? "Server" : "Sender";
      const fields = [`name: ${literal(name)}`];
      const code = shape.error?.code;
      if (code !== undefined && code !== name) fields.push(`queryCode: ${literal(code)}`);
      fields.push(`status: ${status}`, `fault: ${literal(fault)}`, `shape: ${this.reference(name)}`);
      return `${key(name)}: { ${fields.join(", ")} }`;
    });
    this.typeImports.add("ModelError");
    return `export const errors = { ${entries.join(", ")} } satisfies Record<string, ModelError>;`;
  }

  metadataBlock(): string {
    const m = this.model.metadata;
    const fields = [
      `apiVersion: ${literal(m.apiVersion)}`,
      `protocol: ${literal(m.protocol)}`,
      `protocols: ${literal(m.protocols ?? [m.protocol])}`,
      `signingName: ${literal(m.signingName ?? m.endpointPrefix)}`,
      `endpointPrefix: ${literal(m.endpointPrefix)}`,
      `serviceId: ${literal(m.serviceId)}`,
    ];
    if (m.jsonVersion !== undefined) fields.push(`jsonVersion: ${literal(m.jsonVersion)}`);
    if (m.targetPrefix !== undefined) fields.push(`targetPrefix: ${literal(m.targetPrefix)}`);
    if (m.xmlNamespace !== undefined) fields.push(`xmlNamespace: ${literal(m.xmlNamespace)}`);
    if (m.awsQueryCompatible !== undefined) fields.push("awsQueryCompatible: true");
    this.typeImports.add("ModelMetadata");
    return `export const metadata: ModelMetadata = { ${fields.join(", ")} };`;
  }

  imports(corePath: string, usesEmpty: boolean): string[] {
    const names = [...this.typeImports].sort().map((name) => `type ${name}`);
    if (usesEmpty) names.unshift("emptyStructure");
    const lines = [`import { ${names.join(", ")} } from "${corePath}/model-shapes.js";`];
    if (this.scalarImports.size > 0) {
      lines.push(`import { ${[...this.scalarImports].sort().join(", ")} } from "${corePath}/shapes.js";`);
    }
    return lines;
  }

  shapeDeclarations(): readonly string[] {
    return this.declarations;
  }
}

/** The TypeScript module for `model` (unformatted; the caller runs prettier over it). */
export function emitServiceModule(model: BotocoreModel, options: EmitOptions): string {
  const writer = new ModuleWriter(model);
  // Declare shapes in name order so the output does not depend on the order operations list them in.
  const reachable = new Set<string>();
  const visit = (name: string): void => {
    if (reachable.has(name)) return;
    reachable.add(name);
    const shape = writer.shape(name);
    for (const ref of [shape.member, shape.key, shape.value, ...Object.values(shape.members ?? {})]) {
      if (ref !== undefined) visit(ref.shape);
    }
  };
  for (const op of Object.values(model.operations)) {
    for (const ref of [op.input, op.output, ...(op.errors ?? [])]) if (ref !== undefined) visit(ref.shape);
  }
  for (const name of [...reachable].sort()) writer.reference(name);
  const operations = writer.operationsBlock();
  const errors = writer.errorsBlock();
  const metadata = writer.metadataBlock();
  const usesEmpty = operations.includes("emptyStructure");
  return [
    options.header,
    ...writer.imports(options.corePath, usesEmpty),
    "",
    ...writer.shapeDeclarations(),
    "",
    metadata,
    "",
    operations,
    "",
    errors,
    "",
    "export const model: ServiceModel = { metadata, operations, errors };",
    "",
  ].join("\n");
}
