import { readFile } from "node:fs/promises";
import type { TerraformOutputs } from "../producer/index.js";
import { UserError } from "./io.js";

/** A stack's `terraform output -json`, from a file (or `-` for standard input). */
export async function readOutputs(path: string): Promise<TerraformOutputs> {
  const text = await (path === "-" ? readStdin() : readFile(path, "utf8")).catch(
    (error: NodeJS.ErrnoException) => {
      throw new UserError(`cannot read the outputs file ${path}: ${error.code ?? error.message}.`);
    },
  );
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      return parsed as TerraformOutputs;
  } catch {
    // reported below
  }
  throw new UserError(`${path} is not the JSON of terraform output -json.`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
