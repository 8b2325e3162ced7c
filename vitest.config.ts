import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "__tests__/**/*.test.ts",
      "emulator/**/*.test.ts",
      "lambda-src/**/*.test.ts",
      "cli/**/*.test.ts",
      "bench/**/*.test.ts",
      "producer/**/*.test.ts",
      "examples/**/*.test.ts",
    ],
    // Terraform init/plan and real-client runs take seconds each; the defaults would flake on two cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // The AWS SDK reminds every worker, once, that its releases after early 2027 need Node.js 22; the
    // supported Node.js versions are stated once in the README, so the reminder is only noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
