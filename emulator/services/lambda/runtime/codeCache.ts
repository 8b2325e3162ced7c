import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import { unzipSync } from "fflate";

/**
 * Unpacked deployment packages, one folder per CodeSha256, so every worker of the same code shares one copy
 * and a restart with the same folder unpacks nothing again. A folder appears complete or not at all: it is
 * unpacked beside its final name and renamed into place.
 */
export class CodeCache {
  constructor(private readonly root: string) {}

  /** The folder holding the code whose zip hashes to `codeSha256` (base64), unpacking `zip()` if needed. */
  folder(codeSha256: string, zip: () => Buffer): string {
    const folder = join(this.root, Buffer.from(codeSha256, "base64").toString("hex"));
    if (existsSync(folder)) return folder;
    const partial = `${folder}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    try {
      unpack(zip(), partial);
      renameSync(partial, folder);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      // Another worker of the same code may have won the race to the final name.
      if (!existsSync(folder)) throw error;
    }
    return folder;
  }
}

/** Writes every file of `zip` under `target`; entries that would land outside it are refused. */
function unpack(zip: Buffer, target: string): void {
  const entries = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.length));
  for (const [name, data] of Object.entries(entries)) {
    const relative = normalize(name);
    if (isAbsolute(relative) || relative === ".." || relative.startsWith(`..${sep}`)) {
      throw new Error(`the deployment package has an entry outside its root: ${name}`);
    }
    const path = join(target, relative);
    if (name.endsWith("/")) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    // Lambda's task root is read-only for the function and its files are world-readable and executable.
    writeFileSync(path, data, { mode: 0o755 });
  }
}
