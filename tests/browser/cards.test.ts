/**
 * Hover cards in a real browser: a page made of the rewrite's HTML (the
 * `basic-id` fixture), the enhancement script and the stylesheet, served on
 * 127.0.0.1 and driven in Debian's Chromium.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, toHast, toHtml } from "../../plugins/remark-explainer/test/rewrite-helpers.js";
import { launchChromium, OUTPUT, ROOT, serveDist } from "../support/index.mjs";

const clientSource = readFileSync(join(ROOT, "plugins/astro-explainer/src/client/index.ts"), "utf8");
/** The script as the page loads it: tsc's output is the same code without types. */
const clientScript = stripTypeScriptTypes(clientSource);

function writePage(dir: string): void {
  const fixture = loadFixture("basic-id");
  const article = toHtml(toHast(fixture.source, { annotations: fixture.annotations, options: fixture.options }));
  const filler = "<p>Paragraf pengisi agar halaman cukup panjang untuk menggulir.</p>".repeat(12);
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kartu</title><link rel="stylesheet" href="/explainer.css">
<style>body{font:18px/1.6 Georgia,serif;max-width:38rem;margin:2rem auto;padding:0 1rem}</style>
<script type="module">import { enhanceCards } from "/client.js"; enhanceCards();</script></head>
<body><main><article>${article}${filler}</article></main></body></html>`,
  );
  writeFileSync(join(dir, "client.js"), clientScript);
  writeFileSync(join(dir, "explainer.css"), readFileSync(join(ROOT, "plugins/astro-explainer/styles/explainer.css")));
}

const mention = '[data-entity="dewi-lestari"]';
const card = "#explainer-card-dewi-lestari";
const isOpen = (page: Page, selector = card) => page.locator(selector).evaluate((el) => el.matches(":popover-open"));

/** Wait (up to 3 s, the machine may be busy) for the person's card to be open or closed. */
const waitForCard = (page: Page, open: boolean) =>
  page.waitForFunction(
    ([selector, wanted]) => document.querySelector(selector as string)?.matches(":popover-open") === wanted,
    [card, open] as const,
    { timeout: 3000 },
  );

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let dir: string;

async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ...options });
  const page = await context.newPage();
  await page.goto(server.url);
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(() => "explainerCards" in document.documentElement.dataset);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "explainer-cards-"));
  writePage(dir);
  server = await serveDist(dir);
  browser = await launchChromium();
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("hover cards", () => {
  it("keeps the enhancement script within 2 KB gzipped", () => {
    expect(gzipSync(clientScript, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it("opens on hover intent, stays while the pointer moves into the card, closes after leaving", async () => {
    const page = await openPage();
    const trigger = page.locator(mention).first();
    let since = Date.now();
    await trigger.hover();
    await page.waitForTimeout(150);
    expect(await isOpen(page)).toBe(false);
    await waitForCard(page, true);
    expect(Date.now() - since).toBeGreaterThanOrEqual(350);
    await page.screenshot({ path: join(OUTPUT, "card-open.png") });

    // Into the card: it stays open (hoverable).
    const box = await page.locator(card).boundingBox();
    if (!box) throw new Error("card has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(500);
    expect(await isOpen(page)).toBe(true);

    // Away from both: closes after the grace period.
    since = Date.now();
    await page.mouse.move(5, 690, { steps: 4 });
    expect(await isOpen(page)).toBe(true);
    await waitForCard(page, false);
    expect(Date.now() - since).toBeGreaterThanOrEqual(250);
    await page.context().close();
  });

  it("opens on keyboard focus; Escape closes it and leaves focus on the trigger", async () => {
    const page = await openPage();
    // Tab to the first mention of the person (the place and the figures come first).
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((selector) => document.activeElement?.matches(selector), mention)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-entity"))).toBe("dewi-lestari");
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-entity"))).toBe("dewi-lestari");
    await page.context().close();
  });

  it("opens on tap on a 375 px touch screen, and the close control closes it", async () => {
    const page = await openPage({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await page.locator(mention).first().tap();
    expect(await isOpen(page)).toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    const close = page.locator(`${card} .explainer-card-close`);
    expect(await close.isVisible()).toBe(true);
    await page.waitForTimeout(200); // let the fade-in finish before the picture
    await page.screenshot({ path: join(OUTPUT, "card-mobile.png") });
    await close.tap();
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });

  it("closes on a click outside the card", async () => {
    const page = await openPage();
    await page.locator('[data-figure="f1"]').click();
    expect(await isOpen(page, "#explainer-card-f1")).toBe(true);
    await page.mouse.click(900, 650);
    expect(await isOpen(page, "#explainer-card-f1")).toBe(false);
    await page.context().close();
  });

  it("without JavaScript, the mention leads to the entry, which shows the card", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.locator(mention).first().click();
    expect(new URL(page.url()).hash).toBe("#explainer-dewi-lestari");
    const entry = page.locator(card);
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.textContent()).toContain("Dewi Lestari");
    await page.screenshot({ path: join(OUTPUT, "card-no-js.png") });
    await page.context().close();
  });
});
