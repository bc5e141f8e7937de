/**
 * Issue 7: ≥ 50 hostile strings in article text, quotes, names, roles, frontmatter and
 * overrides never become live markup. A copy of this site is built with hostile articles;
 * every built page is loaded in Chromium with execution recorded, every card opened, and
 * the DOM searched for injected handlers, script URLs and broken JSON.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteCopy } from "../support/build.mjs";
import { launchChromium } from "../support/chromium.mjs";
import { findPage, htmlFiles, pageText } from "../support/pages.mjs";
import { OUTPUT } from "../support/paths.mjs";
import { serveDist } from "../support/server.mjs";
import { hostileArticles, hostileOverrideArticle } from "./articles.ts";
import { exercise, injectedMarkup, recordExecution } from "./browser-audit.ts";
import { payloads } from "./payloads.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Undo smart punctuation (Astro's unified processor turns "x" into “x” and -- into —): text stays text. */
const typographic = (text: string): string =>
  text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[—–]/g, "--")
    .replace(/…/g, "...");

/** Load every page of a built site and report executions, dialogs and injected markup per page. */
async function auditSite(dist: string): Promise<Record<string, string[]>> {
  const server = await serveDist(dist, "/");
  const context = await browser.newContext();
  await recordExecution(context);
  const report: Record<string, string[]> = {};
  try {
    for (const file of await htmlFiles(dist)) {
      const page = await context.newPage();
      const findings: string[] = [];
      page.on("dialog", (dialog) => {
        findings.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(server.url + file.replace(/index\.html$/, ""), { waitUntil: "load" });
      await exercise(page);
      const ran = await page.evaluate(() => window.__xss);
      if (ran.length > 0) findings.push(`payloads ran: ${JSON.stringify(ran)}`);
      findings.push(...(await injectedMarkup(page)));
      if (findings.length > 0) report[file] = findings;
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return report;
}

describe("the audit itself", () => {
  it("notices a payload that runs, a handler attribute, a script URL and broken JSON", async () => {
    const scratch = join(OUTPUT, "xss-self-check");
    await mkdir(scratch, { recursive: true });
    await writeFile(
      join(scratch, "index.html"),
      '<!doctype html><title>x</title><p>ok</p><img src=x onerror="__xss.push(1)"><a href="java\tscript:x">a</a>' +
        '<script type="application/ld+json">{"name": "</p>"}</script><script type="application/ld+json">{"a": 1</script>',
    );
    const findings = (await auditSite(scratch))["index.html"]?.join("\n") ?? "";
    expect(findings).toMatch(/payloads ran: \[1\]/);
    expect(findings).toMatch(/event handler attribute onerror/);
    expect(findings).toMatch(/script URL in href/);
    expect(findings).toMatch(/does not parse/);
  });
});

describe("hostile article text, quotes, names, roles and frontmatter", async () => {
  const site = await buildSiteCopy("security", { articles: hostileArticles() });

  it("uses at least 50 distinct payloads", () => {
    expect(new Set(payloads).size).toBeGreaterThanOrEqual(50);
  });

  it("builds", () => {
    expect(site.code, site.output).toBe(0);
  });

  it("no payload runs and no markup is injected on any page", async () => {
    const pages = await htmlFiles(site.dist);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(await auditSite(site.dist)).toEqual({});
  }, 600_000);

  it("every payload is still there, as text, on the article pages", async () => {
    const texts = await Promise.all(
      (await htmlFiles(site.dist)).map(async (file) => pageText(await readFile(join(site.dist, file), "utf8"))),
    );
    const all = typographic(texts.join("\n"));
    const missing = payloads.filter((payload) => !all.includes(typographic(payload.replace(/\s+/g, " ").trim())));
    expect(missing).toEqual([]);
  });

  it("every JSON file parses", async () => {
    const files = (await readdir(site.dist, { recursive: true })).filter((file) => file.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(join(site.dist, file), "utf8");
      expect(() => JSON.parse(text), file).not.toThrow();
    }
  });
});

describe("hostile author overrides", async () => {
  const site = await buildSiteCopy("security-overrides", {
    articles: { "hostile-overrides.md": hostileOverrideArticle() },
  });

  it("builds", () => {
    expect(site.code, site.output).toBe(0);
  });

  it("shows the overriding name and role, as text", async () => {
    const [name = "", role = ""] = payloads.filter((payload) => payload.includes("<"));
    expect(await findPage(site.dist, typographic(name))).toBeDefined();
    expect(await findPage(site.dist, typographic(role))).toBeDefined();
  });

  it("no payload runs and no markup is injected on any page", async () => {
    expect(await auditSite(site.dist)).toEqual({});
  }, 300_000);
});
