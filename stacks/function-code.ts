import { ArchiveProvider } from "@cdktf/provider-archive/lib/provider/index.js";
import { DataArchiveFile } from "@cdktf/provider-archive/lib/data-archive-file/index.js";
import { AssetType, Fn, TerraformAsset } from "cdktf";
import { Construct } from "constructs";
import type { LambdaPackaging } from "./config.js";
import { FILE_MODE } from "./lambda-package.js";

/** The zip a function deploys and Lambda's hash of it, so an unchanged bundle never redeploys. */
export interface FunctionCodeProps {
  /** Folder holding the bundled handler. */
  readonly directory: string;
  readonly packaging: LambdaPackaging;
}

/**
 * Turns the bundle folder into the function's zip, in one of two ways:
 * - `asset`: cdktf zips the folder at synth into the stack's `assets/`; Terraform's `filebase64sha256()`
 *   hashes that very file at plan time. No extra provider, so it works offline.
 * - `archive-file`: the folder is copied into `assets/` and the `archive_file` data source of
 *   hashicorp/archive zips it at plan time, as the classic Lambda module does.
 */
export class FunctionCode extends Construct {
  /** Path of the zip, relative to the stack folder Terraform runs in. */
  readonly filename: string;
  /** Base64 SHA-256 of the zip (Lambda's `source_code_hash`). */
  readonly sourceCodeHash: string;
  /** The data source that zips the bundle, with `archive-file` packaging. */
  readonly archive: DataArchiveFile | undefined;

  constructor(scope: Construct, id: string, props: FunctionCodeProps) {
    super(scope, id);
    if (props.packaging === "asset") {
      const zip = new TerraformAsset(this, "zip", { path: props.directory, type: AssetType.ARCHIVE });
      this.filename = zip.path;
      this.sourceCodeHash = Fn.filebase64sha256(zip.path);
      this.archive = undefined;
      return;
    }
    const bundle = new TerraformAsset(this, "bundle", { path: props.directory, type: AssetType.DIRECTORY });
    new ArchiveProvider(this, "archive_provider");
    this.archive = new DataArchiveFile(this, "archive", {
      type: "zip",
      sourceDir: bundle.path,
      outputPath: "${path.module}/build/consumer.zip",
      // archive_file writes every entry with a zero timestamp; a fixed mode makes the zip byte-reproducible.
      outputFileMode: `0${FILE_MODE.toString(8)}`,
    });
    this.filename = this.archive.outputPath;
    this.sourceCodeHash = this.archive.outputBase64Sha256;
  }
}
