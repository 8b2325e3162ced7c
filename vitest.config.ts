import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "__tests__/**/*.test.ts",
      "emulator/**/*.test.ts",
      "lambda-src/**/*.test.ts",
      "cli/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    // Terraform init/plan and real-client runs take seconds each; the defaults would flake on two cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
