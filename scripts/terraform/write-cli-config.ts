/** Writes the project's Terraform CLI configuration and prints its path (for shell scripts). */
import { terraformEnvironment } from "./cli-config.js";
import { PROJECT_ROOT } from "./workspace.js";

process.stdout.write(`${terraformEnvironment(PROJECT_ROOT).configFile}\n`);
