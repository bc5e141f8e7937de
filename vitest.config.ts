import { randomUUID } from "node:crypto";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["plugins/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "tests/fixtures/**", "tests/output/**"],
    testTimeout: 60_000,
    // Fixture sites are built in beforeAll: an Astro build takes tens of seconds on two cores.
    hookTimeout: 600_000,
    // One id per vitest run, so workers share one site build when vitest is run directly (tests/support/build.mjs).
    env: { EXPLAINER_TEST_RUN: process.env.EXPLAINER_TEST_RUN ?? randomUUID() },
  },
});
