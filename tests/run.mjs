#!/usr/bin/env node
/**
 * `npm test`: everything, from a fresh clone after `npm install`.
 * 1. Chromium for the browser tests (installed with apt-get when we are root; otherwise
 *    stop with the one command to run: never a silent skip).
 * 2. The packages (`npm run build:plugins`), then the site, once (`npm run build`), so the
 *    site and browser tests share one dist/.
 * 3. The guard rails: `npm run check` (type checker, `astro check`, Biome), so CI runs them too.
 * 4. `vitest run` over every test; extra arguments go to vitest (`npm test -- tests/security`).
 * Exits non-zero on any failure. A failed build does not stop the run: the unit tests still
 * report, and the site tests fail naming the build.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureChromium } from "./support/chromium.mjs";
import { exec } from "./support/exec.mjs";
import { BIN, ROOT } from "./support/paths.mjs";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** Failed steps, reported at the end: a broken build still lets the unit tests report. */
const failed = [];

/** Run a step with its output shown; true when it passed. */
async function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title} (${elapsed()})`);
  const result = await exec(command, args, { cwd: ROOT, env, echo: true });
  if (result.code === 0) return true;
  console.error(`\n✖ ${title} failed (exit ${result.code}) after ${elapsed()}; the tests still run.`);
  failed.push(title);
  return false;
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
const siteBuilt = await step("Site: npm run build", "npm", ["run", "build"]);
await step("Check: npm run check (tsc, astro check, Biome)", "npm", ["run", "check"]);

console.log(`\n▶ Tests: vitest run (${elapsed()})`);
// A JSON report beside the usual output, for the closing count line below.
const report = join(ROOT, "tests/output/vitest.json");
rmSync(report, { force: true });
const reporters = ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
const vitest = await exec(join(BIN, "vitest"), ["run", ...reporters, ...process.argv.slice(2)], {
  cwd: ROOT,
  echo: true,
  // Site tests use this dist/; when its build failed they fail at once, pointing here (tests/support/build.mjs).
  env: { EXPLAINER_SITE_BUILT: siteBuilt ? "1" : "failed", EXPLAINER_TEST_RUN: randomUUID() },
});
if (vitest.code !== 0) failed.push("Tests");
// The plain closing line CI reads: how many tests ran, how many failed (none ran is a failure too).
const counts = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : undefined;
if (!counts || counts.numTotalTests === 0) failed.push("Tests (no test ran)");
const failedTests = (counts?.numFailedTests ?? 0) + (counts?.numRuntimeErrorTestSuites ?? 0);
console.log(
  `\nvitest: ${counts?.numPassedTests ?? 0} passed, ${failedTests} failed, ${counts?.numPendingTests ?? 0} skipped`,
);
console.log(`\n${failed.length === 0 ? "✔ All tests passed" : `✖ Failed: ${failed.join(", ")}`} in ${elapsed()}.`);
process.exit(failed.length === 0 ? 0 : 1);
