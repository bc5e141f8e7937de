import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["plugins/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "tests/fixtures/**"],
    testTimeout: 60_000,
  },
});
