/**
 * The parts of botocore's `service-2.json` format the generator reads. botocore keeps its models as JSON (newer
 * releases gzip them); the format is documented by botocore's own loader and model classes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface ShapeRef {
  shape: string;
  locationName?: string;
  location?: string;
  flattened?: boolean;
  idempotencyToken?: boolean;
  streaming?: boolean;
  [trait: string]: unknown;
}

export interface BotocoreShape {
  type: string;
  members?: Record<string, ShapeRef>;
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  flattened?: boolean;
  locationName?: string;
  payload?: string;
  timestampFormat?: string;
  streaming?: boolean;
  union?: boolean;
  eventstream?: boolean;
  exception?: boolean;
  fault?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  [trait: string]: unknown;
}

export interface BotocoreOperation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: ShapeRef;
  output?: ShapeRef & { resultWrapper?: string };
  errors?: ShapeRef[];
}

export interface BotocoreMetadata {
  apiVersion: string;
  protocol: string;
  protocols?: string[];
  endpointPrefix: string;
  signingName?: string;
  serviceId: string;
  jsonVersion?: string;
  targetPrefix?: string;
  xmlNamespace?: string;
  awsQueryCompatible?: Record<string, never>;
  [field: string]: unknown;
}

export interface BotocoreModel {
  metadata: BotocoreMetadata;
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, BotocoreShape>;
}

/** A model file found in a botocore data directory. */
export interface ModelFile {
  /** The model's API version directory (`2012-11-05`). */
  apiVersion: string;
  path: string;
}

/** The newest API version of `service` under `dataDir` (`data/<service>/<version>/service-2.json[.gz]`). */
export function findModelFile(dataDir: string, service: string): ModelFile | undefined {
  const serviceDir = join(dataDir, service);
  if (!existsSync(serviceDir)) return undefined;
  const versions = readdirSync(serviceDir).sort();
  for (const apiVersion of versions.reverse()) {
    for (const name of ["service-2.json", "service-2.json.gz"]) {
      const path = join(serviceDir, apiVersion, name);
      if (existsSync(path)) return { apiVersion, path };
    }
  }
  return undefined;
}

export function readModel(file: ModelFile): BotocoreModel {
  const raw = readFileSync(file.path);
  const text = file.path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return JSON.parse(text) as BotocoreModel;
}
