/**
 * A small subset of the Smithy/botocore shape model: just enough for the protocol layer to decode awsQuery
 * form parameters into the same input object the JSON protocols deliver, and to encode an action's output as
 * the XML the query protocol answers with. Services describe each action's input and output once; actions
 * never see which protocol a request came in on.
 */
export type Shape = ScalarShape | ListShape | MapShape | StructureShape;

export interface ScalarShape {
  type: "string" | "integer" | "long" | "boolean" | "blob" | "timestamp" | "double";
}

export interface ListShape {
  type: "list";
  member: Shape;
  /**
   * Flattened lists repeat without a wrapper: query input `AttributeName.1`, XML `<QueueUrl>…</QueueUrl>` ×N.
   * Non-flattened lists wrap: query `TagKeys.member.1`, XML `<Topics><member>…</member></Topics>`.
   */
  flattened?: boolean;
  /** Element name: for flattened lists, the repeated name (`AttributeName`); otherwise the wrapper's child (`member`). */
  memberName?: string;
}

export interface MapShape {
  type: "map";
  key: Shape;
  value: Shape;
  /** Flattened maps repeat entries directly: `Attribute.1.Name`; non-flattened use `Attributes.entry.1.key`. */
  flattened?: boolean;
  /** Entry element name for flattened maps (`Attribute`) or `entry` for wrapped ones. */
  entryName?: string;
  /** Key element name (`Name` for SQS, `key` for SNS). */
  keyName?: string;
  /** Value element name (`Value` for SQS, `value` for SNS). */
  valueName?: string;
}

export interface StructureShape {
  type: "structure";
  members: Record<string, Member>;
  /**
   * restJson: the member that is the whole HTTP body (a blob is sent raw, a structure as JSON); without it the
   * members that have no `location` make up the JSON body.
   */
  payload?: string;
}

/**
 * Where a restJson member travels instead of the JSON body: a URI label (`{FunctionName}`), a query-string
 * parameter, a header, every header starting with `locationName` (a map), or, in an output, the HTTP status.
 */
export type MemberLocation = "uri" | "querystring" | "header" | "headers" | "statusCode";

/**
 * A structure member; `locationName` is its name on the query/XML wire when that differs from the member name,
 * or, with `location`, the URI label / query parameter / header name it binds to in restJson.
 */
export type Member = Shape & { locationName?: string; location?: MemberLocation };

export const string: ScalarShape = { type: "string" };
export const integer: ScalarShape = { type: "integer" };
export const long: ScalarShape = { type: "long" };
export const boolean: ScalarShape = { type: "boolean" };
export const blob: ScalarShape = { type: "blob" };
export const timestamp: ScalarShape = { type: "timestamp" };
export const double: ScalarShape = { type: "double" };

export function structure(members: Record<string, Member>): StructureShape {
  return { type: "structure", members };
}
