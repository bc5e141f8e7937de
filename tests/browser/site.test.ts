/**
 * The built site in Chromium: who-said-what links land on their paragraph,
 * highlighted; search finds a speaker; axe finds no violations on the home,
 * article, index and entity pages. Screenshots go to tests/output/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Annotations, Entity } from "../../plugins/remark-explainer/src/types.js";
import { buildSiteOnce, launchChromium, OUTPUT, serveDist } from "../support/index.mjs";

const english = "river-authority-flood-crews";
const indonesian = "pasukan-korea-utara-ke-rusia";

let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

const annotations = (id: string): Annotations =>
  JSON.parse(readFileSync(join(dist, "articles", `${id}.json`), "utf8")) as Annotations;

/** A person who is quoted in the article, for the tests that need a speaker. */
function quotedPerson(id: string): Entity {
  const { entities, quotes } = annotations(id);
  const person = entities.find((entity) => entity.type === "person" && quotes.some((q) => q.speaker === entity.id));
  if (!person) throw new Error(`The annotator found no quoted person in ${id}.`);
  return person;
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The background of the paragraph holding the anchor `#id`. */
const paragraphBackground = (page: Page, id: string) =>
  page.evaluate((anchor) => {
    const paragraph = document.getElementById(anchor)?.parentElement;
    return paragraph ? getComputedStyle(paragraph).backgroundColor : "missing";
  }, id);

beforeAll(async () => {
  dist = await buildSiteOnce();
  server = await serveDist(dist, "/");
  browser = await launchChromium();
  mkdirSync(OUTPUT, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("who said what", () => {
  it("highlights the paragraph a link lands on, and only that one", async () => {
    const page = await open(`articles/${indonesian}/#p3`);
    const transparent = "rgba(0, 0, 0, 0)";
    await expect.poll(() => paragraphBackground(page, "p3")).not.toBe(transparent);
    expect(await paragraphBackground(page, "p4")).toBe(transparent);
    await page.context().close();
  });

  it("links each quote to its paragraph on the article page", async () => {
    const { quotes } = annotations(english);
    const quote = quotes.find((candidate) => candidate.speaker && candidate.block && candidate.block !== "p1");
    if (!quote?.block) throw new Error(`The annotator found no quote with a paragraph in ${english}.`);
    const page = await open(`articles/${english}/`);
    const link = page.locator(`#who-said-what li[data-quote-id="${quote.id}"] a[href="#${quote.block}"]`);
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${quote.block}`);
    await expect.poll(() => paragraphBackground(page, quote.block ?? "")).not.toBe("rgba(0, 0, 0, 0)");
    const paragraphText = await page.evaluate(
      (id) => document.getElementById(id)?.parentElement?.textContent,
      quote.block,
    );
    expect(paragraphText).toContain(quote.content.text.slice(0, 20));
    await page.context().close();
  });
});

describe("search", () => {
  it("finds an article by a speaker's name", async () => {
    const page = await open("search/");
    await page.locator("#search-input").fill("Helena Marsh");
    const result = page.locator(`.search-results a[href$="/articles/${english}/"]`);
    await result.first().waitFor({ timeout: 10_000 });
    expect(await result.count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("finds the page of a quoted person", async () => {
    const person = quotedPerson(english);
    const page = await open("search/");
    await page.locator("#search-input").fill(person.name);
    const result = page.locator(`.search-results a[href$="/people/${person.id}/"]`);
    await result.first().waitFor({ timeout: 10_000 });
    expect(await result.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUTPUT, "site-search.png") });
    await page.context().close();
  });
});

describe("accessibility (axe)", () => {
  async function violations(path: string, options: BrowserContextOptions = {}): Promise<string[]> {
    const page = await open(path, options);
    const result = await new AxeBuilder({ page }).analyze();
    await page.context().close();
    return result.violations.map(
      (violation) =>
        `${path || "/"}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  }

  it.each([[""], [`articles/${indonesian}/`], [`articles/${english}/`], ["who-said-what/"], ["people/"], ["search/"]])(
    "reports no violations on /%s",
    async (path) => {
      expect(await violations(path)).toEqual([]);
    },
  );

  it.each([[""], [`articles/${english}/`], ["who-said-what/"]])(
    "reports no violations in dark mode on /%s",
    async (path) => {
      expect(await violations(path, { colorScheme: "dark" })).toEqual([]);
    },
  );

  it("reports no violations on a person's page", async () => {
    expect(await violations(`people/${quotedPerson(english).id}/`)).toEqual([]);
  });
});

describe("narrow screens", () => {
  it.each([[""], [`articles/${indonesian}/`], [`articles/${english}/`], ["who-said-what/"], ["organizations/"]])(
    "/%s does not scroll sideways at 320 px",
    async (path) => {
      const page = await open(path, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );
});

describe("screenshots", () => {
  it("saves the article, the who-said-what index and a 375 px mobile view", async () => {
    const article = await open(`articles/${english}/`);
    await article.screenshot({ path: join(OUTPUT, "site-article.png"), fullPage: true });
    await article.context().close();
    const index = await open("who-said-what/");
    await index.screenshot({ path: join(OUTPUT, "site-who-said-what.png"), fullPage: true });
    await index.context().close();
    const mobile = await open(`articles/${indonesian}/`, {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await mobile.screenshot({ path: join(OUTPUT, "site-mobile.png"), fullPage: true });
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the page scrolls sideways at 375 px").toBeLessThanOrEqual(0);
    await mobile.context().close();
    const person = await open(`people/${quotedPerson(english).id}/`);
    await person.screenshot({ path: join(OUTPUT, "site-person.png"), fullPage: true });
    await person.context().close();
    const dark = await open("", { colorScheme: "dark" });
    await dark.screenshot({ path: join(OUTPUT, "site-home-dark.png") });
    await dark.context().close();
  });
});

describe("the article page", () => {
  it("prints its cards as footnotes after the article, with no close control", async () => {
    const page = await open(`articles/${english}/`);
    // A card the script has opened once holds its close control, which print must hide too.
    await page.waitForFunction(() => "explainerCards" in document.documentElement.dataset);
    await page.locator(".article-body a[data-explainer][aria-details]").first().click();
    await page.keyboard.press("Escape");
    expect(await page.locator(".explainer-card .explainer-card-close").count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".explainer-card")].map((card) => ({
        shown: card.checkVisibility(),
        inFlow: getComputedStyle(card).position === "static",
        close: card.querySelector<HTMLElement>(".explainer-card-close")?.checkVisibility() ?? false,
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.shown && card.inFlow && !card.close)).toBe(true);
    // Footnote numbers: before each card, and after each mention the card's own.
    const numbers = () =>
      page.evaluate(() => ({
        entries: [...document.querySelectorAll(".explainer-card[data-note]")].map((entry) => [
          `#${entry.id}`,
          getComputedStyle(entry, "::before").content,
        ]),
        marks: [...document.querySelectorAll(".article-body a[data-explainer][aria-details]")].map((mark) => [
          mark.getAttribute("href") ?? "",
          getComputedStyle(mark, "::after").content,
        ]),
      }));
    const printed = await numbers();
    expect(printed.entries.map(([, content]) => content)).toEqual(printed.entries.map((_, index) => `"${index + 1}."`));
    const noteOf = new Map(printed.entries.map(([href, content]) => [href, content?.replace(".", "")]));
    expect(printed.marks.length).toBeGreaterThan(0);
    for (const [href, content] of printed.marks) expect(content, href).toBe(noteOf.get(href ?? ""));
    await page.pdf({ path: join(OUTPUT, "site-article-print.pdf") });
    await page.locator(".explainer-cards").screenshot({ path: join(OUTPUT, "site-article-print.png") });
    await page
      .locator(".article-body p")
      .first()
      .screenshot({ path: join(OUTPUT, "site-article-print-text.png") });
    await page.emulateMedia({ media: "screen" });
    const onScreen = await numbers();
    expect([...onScreen.entries, ...onScreen.marks].every(([, content]) => content === "none")).toBe(true);
    await page.context().close();
  });

  it("without JavaScript, a speaker's mention leads to their card, and the legend filters marks", async () => {
    const person = quotedPerson(english);
    const page = await open(`articles/${english}/`, { javaScriptEnabled: false });
    await page.locator(`.article-body a[data-explainer][href="#explainer-${person.id}"]`).first().click();
    expect(new URL(page.url()).hash).toBe(`#explainer-${person.id}`);
    expect(await page.locator(`#explainer-${person.id}`).isVisible()).toBe(true);
    const underline = (type: string) =>
      page
        .locator(`.article-body [data-explainer="${type}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await underline("organization")).toBe("underline");
    await page.locator('.explainer-legend a[href="#explainer-filter-person"]').click();
    expect(await underline("person")).toBe("underline");
    expect(await underline("organization")).toBe("none");
    await page.locator('.explainer-legend a[href="#explainer-filter-all"]').click();
    expect(await underline("organization")).toBe("underline");
    await page.context().close();
  });

  it.each([["light"], ["dark"]] as const)(
    "gives each entity kind its own colour and its own underline style (%s)",
    async (colorScheme) => {
      const page = await open(`articles/${english}/`, { colorScheme });
      const looks = await page.evaluate(() =>
        ["person", "organization", "place", "group", "figure"].map((kind) => {
          const sample = document.querySelector(`.explainer-legend-sample[data-explainer-kind="${kind}"]`);
          const style = sample ? getComputedStyle(sample) : undefined;
          return {
            colour: style?.textDecorationColor,
            line: `${style?.textDecorationLine} ${style?.textDecorationStyle}`,
          };
        }),
      );
      expect(looks.every((look) => look.line.startsWith("underline"))).toBe(true);
      expect(new Set(looks.map((look) => look.colour)).size).toBe(5);
      expect(new Set(looks.map((look) => look.line)).size).toBe(5);
      await page.context().close();
    },
  );

  it("opens a card in dark mode with readable colours (screenshot)", async () => {
    const person = quotedPerson(english);
    const page = await open(`articles/${english}/`, { colorScheme: "dark" });
    await page.waitForFunction(() => "explainerCards" in document.documentElement.dataset);
    const trigger = page.locator(`.article-body a[data-explainer][href="#explainer-${person.id}"]`).first();
    await trigger.click();
    const card = page.locator(`#explainer-${person.id}`);
    await expect.poll(() => card.evaluate((el) => el.matches(":popover-open"))).toBe(true);
    await page.waitForTimeout(200);
    const [fg, bg] = await card.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(fg).not.toBe(bg);
    expect(await new AxeBuilder({ page }).include(`#explainer-${person.id}`).analyze()).toMatchObject({
      violations: [],
    });
    await page.screenshot({ path: join(OUTPUT, "site-article-card-dark.png") });
    await page.context().close();
  });
});
