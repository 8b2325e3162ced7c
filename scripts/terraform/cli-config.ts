import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Folder holding the `registry.terraform.io/...` tree of an offline provider mirror. */
export const MIRROR_ENV = "EDA_TF_PROVIDER_MIRROR";
const MIRRORED_PROVIDERS = ["registry.terraform.io/hashicorp/aws"];

export interface TerraformEnvironment {
  readonly configFile: string;
  readonly env: NodeJS.ProcessEnv;
}

const hcl = (value: string): string => JSON.stringify(value);

/**
 * Where an unset `EDA_TF_PROVIDER_MIRROR` is looked for: Terraform's own implicit local mirror folders (which
 * our `provider_installation` block would otherwise switch off), then `/opt/tf-plugins`, the folder this
 * project's CI image unpacks its mirror into (not a Terraform convention). A folder counts only when it
 * holds the AWS provider.
 */
function mirrorCandidates(env: NodeJS.ProcessEnv): string[] {
  const dataHome = env.XDG_DATA_HOME ?? path.join(os.homedir(), ".local", "share");
  return [
    path.join(os.homedir(), ".terraform.d", "plugins"),
    path.join(dataHome, "terraform", "plugins"),
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
    "/opt/tf-plugins",
  ];
}

/** The mirror to use: `EDA_TF_PROVIDER_MIRROR` when set, else the first candidate folder holding the provider. */
export function findProviderMirror(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env[MIRROR_ENV];
  if (explicit) return path.resolve(explicit);
  return mirrorCandidates(env).find((folder) => existsSync(path.join(folder, MIRRORED_PROVIDERS[0] ?? "")));
}

function cliConfig(pluginCacheDir: string, mirror: string | undefined): string {
  const lines = [`plugin_cache_dir = ${hcl(pluginCacheDir)}`, "disable_checkpoint = true"];
  if (mirror) {
    const providers = `[${MIRRORED_PROVIDERS.map(hcl).join(", ")}]`;
    lines.push(
      "provider_installation {",
      `  filesystem_mirror {\n    path    = ${hcl(mirror)}\n    include = ${providers}\n  }`,
      `  direct {\n    exclude = ${providers}\n  }`,
      "}",
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Writes the project's own Terraform CLI configuration under `.eda/terraform/` (never the home folder)
 * and returns the environment every terraform command runs with. With a provider mirror (see
 * `findProviderMirror`) the AWS provider comes from it; without one, from the registry as usual.
 */
export function terraformEnvironment(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): TerraformEnvironment {
  const root = path.join(projectRoot, ".eda", "terraform");
  const pluginCacheDir = path.join(root, "plugin-cache");
  mkdirSync(pluginCacheDir, { recursive: true });
  const configFile = path.join(root, "terraformrc");
  const mirror = findProviderMirror(env);
  writeFileSync(configFile, cliConfig(pluginCacheDir, mirror));
  return {
    configFile,
    env: {
      ...env,
      TF_CLI_CONFIG_FILE: configFile,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      AWS_EC2_METADATA_DISABLED: "true",
    },
  };
}
