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

const stylesheet = readFileSync(join(ROOT, "plugins/astro-explainer/styles/explainer.css"), "utf8");
/**
 * The stylesheet as a browser without CSS anchor positioning reads it: the anchoring properties
 * unknown (renamed), so its `@supports not (position-area: …)` fallback applies.
 */
const stylesheetWithoutAnchors = stylesheet.replace(/\bposition-(area|try-fallbacks)\b/g, "x-unsupported-$1");

const clientSource = readFileSync(join(ROOT, "plugins/astro-explainer/src/client/index.ts"), "utf8");
/** The script as the page loads it: tsc's output is the same code without types. */
const clientScript = stripTypeScriptTypes(clientSource);

function writePage(dir: string, file = "index.html", css = "explainer.css"): void {
  const fixture = loadFixture("basic-id");
  const article = toHtml(toHast(fixture.source, { annotations: fixture.annotations, options: fixture.options }));
  const filler = "<p>Paragraf pengisi agar halaman cukup panjang untuk menggulir.</p>".repeat(12);
  writeFileSync(
    join(dir, file),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kartu</title><link rel="stylesheet" href="/${css}">
<style>body{font:18px/1.6 Georgia,serif;max-width:38rem;margin:2rem auto;padding:0 1rem}</style>
<script type="module">import { enhanceCards } from "/client.js"; enhanceCards();</script></head>
<body><main><article>${article}${filler}</article></main></body></html>`,
  );
  writeFileSync(join(dir, "client.js"), clientScript);
  writeFileSync(join(dir, "explainer.css"), stylesheet);
}

const mention = '[data-explainer][href="#explainer-dewi-lestari"]';
const card = "#explainer-dewi-lestari";
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

async function openPage(options: BrowserContextOptions = {}, file = ""): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}${file}`);
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(() => "explainerCards" in document.documentElement.dataset);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "explainer-cards-"));
  writePage(dir);
  writePage(dir, "no-anchors.html", "no-anchors.css");
  writeFileSync(join(dir, "no-anchors.css"), stylesheetWithoutAnchors);
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
    await page.waitForTimeout(200); // let the fade-in finish before the picture
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

  it("WCAG 1.4.13: stays open while hovered, and Escape dismisses it without moving the pointer", async () => {
    const page = await openPage();
    await page.locator(mention).first().hover();
    await waitForCard(page, true);
    await page.waitForTimeout(2000);
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    await page.waitForTimeout(700); // no reopening while the pointer rests on the trigger
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });

  it("opens on keyboard focus; Escape closes it and leaves focus on the trigger", async () => {
    const page = await openPage();
    // Tab to the first mention of the person (the place and the figures come first).
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((selector) => document.activeElement?.matches(selector), mention)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#explainer-dewi-lestari");
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#explainer-dewi-lestari");
    await page.context().close();
  });

  it("opens on tap on a 375 px touch screen, and the close control closes it", async () => {
    const page = await openPage({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await page.locator(mention).first().tap();
    expect(await isOpen(page)).toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    // The page has no close controls: the script adds one, named in the page's language, to the card it opens.
    const close = page.locator(`${card} .explainer-card-close`);
    expect(await close.isVisible()).toBe(true);
    expect(await close.getAttribute("aria-label")).toBe("Tutup");
    expect(await page.locator(".explainer-card-close").count()).toBe(1);
    await page.waitForTimeout(200); // let the fade-in finish before the picture
    await page.screenshot({ path: join(OUTPUT, "card-mobile.png") });
    await close.tap();
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });

  it("closes on a click outside the card", async () => {
    const page = await openPage();
    await page.locator('[data-explainer][href="#explainer-f1"]').click();
    expect(await isOpen(page, "#explainer-f1")).toBe(true);
    await page.mouse.click(900, 650);
    expect(await isOpen(page, "#explainer-f1")).toBe(false);
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

  it("without JavaScript, Chromium opens the card on hover and names it as the link's details (interestfor)", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const trigger = page.locator(mention).first();
    expect(await trigger.getAttribute("aria-details")).toBe(null);
    await trigger.hover();
    // No page scripts: poll from outside (the native delay is about half a second).
    await expect.poll(() => isOpen(page), { timeout: 3000 }).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const name = await trigger.textContent();
    const link = nodes.find((node) => node.role?.value === "link" && node.name?.value === name);
    const details = link?.properties?.find((property) => property.name === "details");
    expect(details?.value.relatedNodes?.map((node) => node.idref)).toEqual(["explainer-dewi-lestari"]);
    // It closes on leave and on Escape: the card needs no close control of its own.
    expect(await page.locator(".explainer-card-close").count()).toBe(0);
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });

  it("shifts no layout while cards open and close (CLS 0), and hover changes no mention's size", async () => {
    const page = await openPage();
    await page.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const box = (selector: string) => page.locator(selector).first().boundingBox();
    for (const selector of [mention, '[data-explainer][href="#explainer-f1"]', '[data-explainer="organization"]']) {
      const before = await box(selector);
      await page.locator(selector).first().hover();
      await page.waitForTimeout(600); // open, faded in
      expect(await box(selector), `${selector} keeps its size on hover`).toEqual(before);
      await page.mouse.move(5, 690);
      await page.waitForTimeout(500); // closed
    }
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    await page.context().close();
  });

  it("respects prefers-reduced-motion: the card appears without a transition", async () => {
    const duration = async (reducedMotion: "reduce" | "no-preference") => {
      const page = await openPage({ reducedMotion });
      await page.locator('[data-explainer][href="#explainer-f1"]').click();
      const value = await page.locator("#explainer-f1").evaluate((el) => getComputedStyle(el).transitionDuration);
      await page.context().close();
      return value;
    };
    expect(await duration("no-preference")).not.toBe("0s");
    expect(await duration("reduce")).toBe("0s");
  });

  /** Opens each card from its first trigger and returns those not fully inside the viewport. */
  async function cardsOutsideViewport(page: Page): Promise<string[]> {
    const outside: string[] = [];
    const triggers = await page.locator("[data-explainer][aria-details]").all();
    expect(triggers.length).toBeGreaterThan(3);
    for (const trigger of triggers) {
      const id = await trigger.getAttribute("aria-details");
      if (!id) continue;
      await trigger.scrollIntoViewIfNeeded();
      await trigger.click();
      const rect = await page.locator(`#${id}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: innerWidth, h: innerHeight };
      });
      if (rect.left < 0 || rect.top < 0 || rect.right > rect.w || rect.bottom > rect.h)
        outside.push(`${id}: ${JSON.stringify(rect)}`);
      await page.keyboard.press("Escape");
    }
    return outside;
  }

  it.each([
    [320, "index.html"],
    [1280, "index.html"],
    [320, "no-anchors.html"],
    [1280, "no-anchors.html"],
  ])("keeps every open card inside a %i px viewport (%s)", async (width, file) => {
    const page = await openPage({ viewport: { width, height: 700 } }, file);
    if (file === "no-anchors.html") {
      // The emulation holds: this stylesheet positions no card by its anchor.
      expect(
        await page.evaluate(() =>
          [...document.styleSheets].some((sheet) =>
            /position-area/.test([...sheet.cssRules].map((rule) => rule.cssText).join("")),
          ),
        ),
      ).toBe(false);
    }
    expect(await cardsOutsideViewport(page)).toEqual([]);
    if (width === 320) {
      await page.locator(mention).first().click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(OUTPUT, `card-320-${file.replace(".html", "")}.png`) });
    }
    await page.context().close();
  });

  it("links each trigger to its card with aria-details", async () => {
    const page = await openPage();
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll("[data-explainer][href]")]
        .filter((el) => el.tagName === "A" && !el.closest(".explainer-card"))
        .filter((el) => !document.getElementById(el.getAttribute("aria-details") ?? "")?.matches("[popover]"))
        .map((el) => el.outerHTML),
    );
    expect(missing).toEqual([]);
    await page.context().close();
  });
});
