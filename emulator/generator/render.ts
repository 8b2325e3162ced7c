import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { findModelFile, readModel } from "./botocore-model.js";
import { emitServiceModule } from "./emit.js";
import { applyOverlay } from "./overlay.js";
import type { GeneratedService } from "./services.js";
import type { BotocoreSource } from "./sources.js";

/** Where the generated modules live; also where prettier's configuration is looked up from. */
export const GENERATED_DIR = fileURLToPath(new URL("../generated/", import.meta.url));

export class MissingModelError extends Error {}

/** The formatted module for `service` from `source`'s botocore data and the service's overlay. */
export async function renderService(service: GeneratedService, source: BotocoreSource): Promise<string> {
  const file = findModelFile(source.dataDir, service.botocoreName);
  if (file === undefined) {
    throw new MissingModelError(`botocore ${source.version} has no model for ${service.botocoreName}.`);
  }
  const raw = readModel(file);
  const model = service.overlay ? applyOverlay(raw, service.overlay) : raw;
  const overlayNote = service.overlay ? ` and emulator/generator/overlays/${service.module}.ts` : "";
  const header = [
    `// Generated from botocore ${source.version} (${service.botocoreName} ${file.apiVersion})${overlayNote}.`,
    "// Do not edit: run `npm run generate:shapes` (see emulator/generator/README.md).",
  ].join("\n");
  const text = emitServiceModule(model, { header, corePath: "../core" });
  const filepath = `${GENERATED_DIR}${service.module}.ts`;
  const config = await resolveConfig(filepath);
  return format(text, { ...config, filepath });
}
