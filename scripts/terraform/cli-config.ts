import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Folder holding the `registry.terraform.io/...` tree of an offline provider mirror. */
export const MIRROR_ENV = "EDA_TF_PROVIDER_MIRROR";
const MIRRORED_PROVIDERS = ["registry.terraform.io/hashicorp/aws"];

export interface TerraformEnvironment {
  readonly configFile: string;
  readonly env: NodeJS.ProcessEnv;
}

const hcl = (value: string): string => JSON.stringify(value);

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
 * and returns the environment every terraform command runs with. With `EDA_TF_PROVIDER_MIRROR` set,
 * the AWS provider comes from that mirror; without it, from the registry as usual.
 */
export function terraformEnvironment(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): TerraformEnvironment {
  const root = path.join(projectRoot, ".eda", "terraform");
  const pluginCacheDir = path.join(root, "plugin-cache");
  mkdirSync(pluginCacheDir, { recursive: true });
  const configFile = path.join(root, "terraformrc");
  const mirror = env[MIRROR_ENV] ? path.resolve(env[MIRROR_ENV]) : undefined;
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
