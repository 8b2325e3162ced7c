/**
 * The shapes the generator writes from the AWS service models (emulator/generated/*.ts). They extend the
 * protocol layer's shapes (./shapes.ts) with what the models also say: constraints, required members, error
 * shapes and operation bindings. Every Model* type is assignable to its ./shapes.ts counterpart, so the
 * protocols consume generated shapes unchanged.
 */
import type { ListShape, MapShape, Member, ScalarShape, StructureShape } from "./shapes.js";

/** Constraints as the models state them; `min`/`max` bound a number's value or a string/blob/list/map's size. */
export interface ModelConstraints {
  readonly min?: number;
  readonly max?: number;
  /** A Java regular expression that must match the whole value (AWS validates with `Matcher.matches`). */
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

export interface ModelScalar extends ScalarShape, ModelConstraints {
  /** Timestamp wire format when it differs from the protocol's default (`iso8601`, `unixTimestamp`, ...). */
  readonly timestampFormat?: string;
  /** A blob sent as the raw, possibly streamed, HTTP body (restJson payloads such as Lambda's `Invoke`). */
  readonly streaming?: boolean;
}

export interface ModelList extends ListShape, ModelConstraints {
  readonly member: ModelShape;
}

export interface ModelMap extends MapShape, ModelConstraints {
  readonly key: ModelShape;
  readonly value: ModelShape;
}

export interface ModelStructure extends StructureShape {
  readonly members: Readonly<Record<string, ModelMember>>;
  /** Members the model marks required, in model order. */
  readonly required?: readonly string[];
  /** Exactly one member may be set (Smithy union). */
  readonly union?: boolean;
  /** An event stream: the members are the events it may carry. */
  readonly eventstream?: boolean;
}

export type ModelShape = ModelScalar | ModelList | ModelMap | ModelStructure;

/** A structure member: its target shape plus the member's own wire traits. */
export type ModelMember = ModelShape &
  Pick<Member, "locationName" | "location"> & {
    /** The service fills the member in when the client leaves it out (Smithy idempotencyToken). */
    readonly idempotencyToken?: boolean;
  };

/** An error the service may answer with, as the model declares it. */
export interface ModelError {
  /** The error shape's name: the JSON protocols' `__type` / code. */
  readonly name: string;
  /** The code the query protocol (and `x-amzn-query-error`) uses when it differs from `name`. */
  readonly queryCode?: string;
  readonly status: number;
  readonly fault: "Sender" | "Server";
  readonly shape: ModelStructure;
}

export interface ModelOperation {
  readonly name: string;
  readonly input: ModelStructure;
  readonly output: ModelStructure;
  /** awsQuery: the element that wraps the output in the XML reply (`SendMessageResult`). */
  readonly resultWrapper?: string;
  /** Names of the errors the model lists for this operation (keys of `ServiceModel.errors`). */
  readonly errors: readonly string[];
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
}

/** Service metadata as in the model's `metadata` block (after the service's overlay). */
export interface ModelMetadata {
  readonly apiVersion: string;
  /** The preferred protocol (`json`, `query`, `rest-json`, `smithy-rpc-v2-cbor`). */
  readonly protocol: string;
  /** Every protocol the service speaks, preferred first. */
  readonly protocols: readonly string[];
  readonly signingName: string;
  readonly endpointPrefix: string;
  readonly serviceId: string;
  readonly jsonVersion?: string;
  readonly targetPrefix?: string;
  readonly xmlNamespace?: string;
  /** awsJson services that were query services first answer with their query error codes too. */
  readonly awsQueryCompatible?: boolean;
}

export interface ServiceModel {
  readonly metadata: ModelMetadata;
  readonly operations: Readonly<Record<string, ModelOperation>>;
  readonly errors: Readonly<Record<string, ModelError>>;
}

/** The input or output of an operation the model gives none for. */
export const emptyStructure: ModelStructure = { type: "structure", members: {} };
