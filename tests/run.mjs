#!/usr/bin/env node
/**
 * `npm test`: everything, from a fresh clone after `npm install`.
 * 1. Chromium for the browser tests (installed with apt-get when we are root; otherwise
 *    stop with the one command to run: never a silent skip).
 * 2. The packages (`npm run build:plugins`), then the site, once (`npm run build`), so the
 *    site and browser tests share one dist/.
 * 3. `vitest run` over every test; extra arguments go to vitest (`npm test -- tests/security`).
 * Exits non-zero on any failure.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { ensureChromium } from "./support/chromium.mjs";
import { exec } from "./support/exec.mjs";
import { BIN, ROOT } from "./support/paths.mjs";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** Run a step with its output shown; stop the whole run when it fails. */
async function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title} (${elapsed()})`);
  const result = await exec(command, args, { cwd: ROOT, env, echo: true });
  if (result.code !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.code}) after ${elapsed()}.`);
    process.exit(result.code);
  }
}

const [major] = process.versions.node.split(".").map(Number);
if ((major ?? 0) < 22) {
  console.error(
    `Node ${process.versions.node} is too old: run the tests through npm (npm test), which uses the project's Node 24.`,
  );
  process.exit(1);
}

console.log("▶ Chromium");
try {
  console.log(`  ${await ensureChromium()}`);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

await step("Packages: npm run build:plugins", "npm", ["run", "build:plugins"]);
await step("Site: npm run build", "npm", ["run", "build"]);

console.log(`\n▶ Tests: vitest run (${elapsed()})`);
const vitest = await exec(join(BIN, "vitest"), ["run", ...process.argv.slice(2)], {
  cwd: ROOT,
  echo: true,
  env: { EXPLAINER_SITE_BUILT: "1", EXPLAINER_TEST_RUN: randomUUID() },
});
console.log(`\n${vitest.code === 0 ? "✔ All tests passed" : "✖ Tests failed"} in ${elapsed()}.`);
process.exit(vitest.code);
