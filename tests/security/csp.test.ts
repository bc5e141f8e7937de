/**
 * Issue 7: the site works under the strict Content-Security-Policy of public/_headers (no
 * 'unsafe-inline'): every page of dist/, served with that header, loads, opens its cards and
 * runs its search with no CSP violation.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteOnce } from "../support/build.mjs";
import { launchChromium } from "../support/chromium.mjs";
import { htmlFiles } from "../support/pages.mjs";
import { OUTPUT, ROOT } from "../support/paths.mjs";
import { serveDist } from "../support/server.mjs";
import { exercise } from "./browser-audit.ts";

/** The headers public/_headers gives every path ("/*"), as a static host would send them. */
async function headersForAllPaths(file: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) inAllPaths = line.trim() === "/*";
    else if (inAllPaths) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** Load every page of `dir` served with `headers`; report CSP violations and page errors per page. */
async function violations(dir: string, headers: Record<string, string>): Promise<Record<string, string[]>> {
  const server = await serveDist(dir, "/", { headers });
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = found;
    document.addEventListener("securitypolicyviolation", (event) => {
      found.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const report: Record<string, string[]> = {};
  try {
    for (const file of await htmlFiles(dir)) {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (/Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      const response = await page.goto(server.url + file.replace(/index\.html$/, ""), { waitUntil: "load" });
      if (response?.headers()["content-security-policy"] !== headers["Content-Security-Policy"])
        problems.push("served without the policy");
      await exercise(page);
      const search = page.locator("input[type=search]").first();
      if (await search.count()) {
        await search.fill("a");
        await page.waitForTimeout(1500);
      }
      problems.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
      if (problems.length > 0) report[file] = [...new Set(problems)];
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return report;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("strict Content-Security-Policy", async () => {
  const dist = await buildSiteOnce();
  const headers = await headersForAllPaths(join(ROOT, "public", "_headers"));
  const policy = headers["Content-Security-Policy"] ?? "";

  it("public/_headers sets a policy without unsafe-inline or unsafe-eval, and the build ships it", async () => {
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(await readFile(join(dist, "_headers"), "utf8")).toContain(policy);
  });

  it("no page of the site violates it", async () => {
    const pages = await htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(0);
    expect(await violations(dist, headers)).toEqual({});
  }, 300_000);

  it("would notice inline script and style (self-check)", async () => {
    const scratch = join(OUTPUT, "csp-self-check");
    await mkdir(scratch, { recursive: true });
    await writeFile(
      join(scratch, "index.html"),
      '<!doctype html><title>x</title><style>p{color:red}</style><p style="color:blue">x</p><script>1</script>',
    );
    const report = await violations(scratch, headers);
    expect(report["index.html"]?.join("\n")).toMatch(/script-src/);
    expect(report["index.html"]?.join("\n")).toMatch(/style-src/);
  });
});
