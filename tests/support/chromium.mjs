/** Debian's Chromium for browser tests: find it, install it where we can, launch it. */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { exec } from "./exec.mjs";

/** The browser the tests drive (override with CHROMIUM_PATH); never a downloaded one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The one command a user must run when we cannot install Chromium ourselves. */
export const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

/** Flags for a quiet, reproducible headless browser in containers and CI. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * What to do about Chromium: use it, install Debian's package (only for the default path,
 * as root with apt-get), or explain the command to run.
 * @param {{ path: string, exists: boolean, isRoot: boolean, hasApt: boolean }} machine
 * @returns {"ready" | "install" | "explain"}
 */
export function chromiumPlan({ path, exists, isRoot, hasApt }) {
  if (exists) return "ready";
  return path === "/usr/bin/chromium" && isRoot && hasApt ? "install" : "explain";
}

/**
 * Make sure Chromium is there: install it with apt-get when we are root, otherwise
 * explain the one command to run. Resolves to the browser's path or rejects with that message.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function ensureChromium({ log = console.log } = {}) {
  const plan = chromiumPlan({
    path: CHROMIUM_PATH,
    exists: existsSync(CHROMIUM_PATH),
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync("/usr/bin/apt-get"),
  });
  if (plan === "ready") return CHROMIUM_PATH;
  if (plan === "install") {
    log("Chromium is missing: installing it with apt-get (Debian's chromium package).");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "chromium"]]) {
      const result = await exec("apt-get", args, { env, echo: true });
      if (result.code !== 0) throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.code}).`);
    }
    if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
    throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing.`);
  }
  throw new Error(
    `Chromium is needed for the browser tests and ${CHROMIUM_PATH} does not exist. Install it with:\n\n  ${INSTALL_COMMAND}\n\n(or point CHROMIUM_PATH at a Chromium binary), then run npm test again.`,
  );
}

/**
 * Launch headless Chromium with a fresh profile (Playwright gives each launch its own
 * temporary user-data-dir). Close it with `await browser.close()`.
 * @param {import("playwright-core").LaunchOptions} [options]
 */
export async function launchChromium(options = {}) {
  await ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
