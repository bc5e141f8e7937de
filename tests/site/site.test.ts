/**
 * The built site (`dist/`, built once per test run): languages, who-said-what
 * links to paragraphs that exist, entity pages, the per-article JSON and the
 * JSON-LD, search, a build under a sub-path `base`, and frontmatter errors.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Element } from "hast";
import { beforeAll, describe, expect, it } from "vitest";
import type { Annotations } from "../../plugins/remark-explainer/src/types.js";
import { buildSiteCopy, buildSiteOnce, ROOT } from "../support/index.mjs";
import { htmlFiles } from "../support/pages.mjs";
import { attr, elements, hasClass, parse, text } from "./dom.js";

interface Article {
  id: string;
  lang: string;
  source: string;
  annotations: Annotations;
}

let dist: string;
let articles: Article[];

const page = async (path: string) => parse(await readFile(join(dist, path), "utf8"));
const htmlLang = async (path: string) =>
  attr(elements(await page(path), (el) => el.tagName === "html")[0] as Element, "lang");

beforeAll(async () => {
  dist = await buildSiteOnce();
  const dir = join(ROOT, "content/articles");
  articles = [];
  for (const file of (await readdir(dir)).filter((name) => name.endsWith(".md")).sort()) {
    const source = await readFile(join(dir, file), "utf8");
    const id = file.replace(/\.md$/, "");
    const annotations = JSON.parse(await readFile(join(dist, "articles", `${id}.json`), "utf8")) as Annotations;
    articles.push({ id, lang: /^lang:\s*(\S+)/m.exec(source)?.[1] ?? "", source, annotations });
  }
}, 300_000);

describe("every article", () => {
  it("has a page in its own language and a JSON file with its annotations", async () => {
    expect(articles.map((article) => article.lang).sort()).toEqual(["en", "id"]);
    for (const article of articles) {
      expect(await htmlLang(`articles/${article.id}/index.html`)).toBe(article.lang);
      expect(article.annotations.lang).toBe(article.lang);
    }
  });

  it("has annotations that follow the data model, every span cutting its text out of the article", () => {
    for (const { id, source, annotations } of articles) {
      expect(Object.keys(annotations).sort(), id).toEqual([
        "blocks",
        "entities",
        "figures",
        "lang",
        "quotes",
        "warnings",
      ]);
      const first = annotations.blocks[0];
      expect(first, `${id}: no blocks`).toBeDefined();
      // Spans count from the start of the Markdown body the processor saw.
      const shift = source.indexOf(first?.span.text ?? "\0") - (first?.span.start ?? 0);
      const spans = [
        ...annotations.blocks.map((block) => block.span),
        ...annotations.entities.flatMap((entity) => entity.mentions),
        ...annotations.quotes.flatMap((quote) => [quote.content, quote.cue, quote.source]),
        ...annotations.figures.map((figure) => figure.span),
      ];
      for (const span of spans) {
        if (span) expect(source.slice(span.start + shift, span.end + shift), id).toBe(span.text);
      }
      const entityIds = new Set(annotations.entities.map((entity) => entity.id));
      const blockIds = new Set(annotations.blocks.map((block) => block.id));
      for (const quote of annotations.quotes) {
        expect(["direct", "partial", "indirect"]).toContain(quote.kind);
        if (quote.speaker) expect(entityIds, `${id} ${quote.id}`).toContain(quote.speaker);
        if (quote.via) expect(entityIds).toContain(quote.via);
        if (quote.block) expect(blockIds).toContain(quote.block);
        expect(quote.confidence).toBeGreaterThanOrEqual(0);
        expect(quote.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it("numbers its cards in reading order, each mention with its card's number (footnotes in print)", async () => {
    for (const { id } of articles) {
      const tree = await page(`articles/${id}/index.html`);
      const entries = elements(tree, (el) => hasClass(el, "explainer-card") && attr(el, "popover") !== undefined);
      expect(entries.length, id).toBeGreaterThan(0);
      expect(entries.map((entry) => attr(entry, "data-note"))).toEqual(entries.map((_, index) => String(index + 1)));
      const note = new Map(entries.map((entry) => [`#${attr(entry, "id")}`, attr(entry, "data-note")]));
      const body = elements(tree, (el) => hasClass(el, "article-body"))[0] as Element;
      const marks = elements(body, (el) => el.tagName === "a" && attr(el, "interestfor") !== undefined);
      expect(marks.length, id).toBeGreaterThan(0);
      for (const mark of marks)
        expect(attr(mark, "data-note"), attr(mark, "href")).toBe(note.get(attr(mark, "href") ?? ""));
      // The first time each number appears in the text, it is the next one: 1, 2, 3…
      const firsts = [...new Set(marks.map((mark) => Number(attr(mark, "data-note"))))];
      expect(firsts, id).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  it("lists who said what: every quote, linking to a paragraph that exists on the page", async () => {
    for (const { id, annotations } of articles) {
      const speakers = new Set(annotations.entities.map((entity) => entity.id));
      const attributed = annotations.quotes.filter((quote) => quote.speaker && speakers.has(quote.speaker));
      expect(attributed.length, `${id}: the annotator attributed no quotes`).toBeGreaterThan(0);
      const tree = await page(`articles/${id}/index.html`);
      const ids = new Set(elements(tree, (el) => attr(el, "id") !== undefined).map((el) => attr(el, "id")));
      const section = elements(tree, (el) => attr(el, "id") === "who-said-what")[0];
      expect(section, id).toBeDefined();
      const items = elements(
        section as Element,
        (el) => el.tagName === "li" && attr(el, "data-quote-id") !== undefined,
      );
      const listed = items.map((item) => {
        const kind = attr(
          elements(item, (el) => attr(el, "data-quote-kind") !== undefined)[0] as Element,
          "data-quote-kind",
        );
        const fragment = elements(item, (el) => el.tagName === "a" && (attr(el, "href") ?? "").startsWith("#p"))
          .map((a) => (attr(a, "href") ?? "").slice(1))
          .at(0);
        if (fragment) expect(ids, `${id}: #${fragment}`).toContain(fragment);
        return [attr(item, "data-quote-id"), kind, fragment];
      });
      expect(listed.sort()).toEqual(annotations.quotes.map((quote) => [quote.id, quote.kind, quote.block]).sort());
      // Quotes with no known speaker are listed too, under their own "unattributed" entry.
      const unattributed = elements(section as Element, (el) => attr(el, "id") === "speaker-unattributed")[0];
      const inUnattributed = unattributed
        ? elements(unattributed, (el) => el.tagName === "li").map((item) => attr(item, "data-quote-id"))
        : [];
      expect(inUnattributed.sort()).toEqual(
        annotations.quotes
          .filter((quote) => !attributed.includes(quote))
          .map((quote) => quote.id)
          .sort(),
      );
    }
  });

  it("embeds JSON-LD: a NewsArticle citing its direct and partial quotes, safely escaped", async () => {
    for (const { id, annotations } of articles) {
      const html = await readFile(join(dist, `articles/${id}/index.html`), "utf8");
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(scripts, id).toHaveLength(1);
      const body = scripts[0]?.[1] ?? "";
      expect(body).not.toMatch(/[<\u2028\u2029]/);
      const ld = JSON.parse(body);
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        inLanguage: annotations.lang,
      });
      const quoted = annotations.quotes.filter((quote) => quote.kind !== "indirect");
      expect((ld.citation ?? []).map((item: { text: string }) => item.text)).toEqual(
        quoted.map((quote) => quote.content.text),
      );
      for (const item of ld.citation ?? []) expect(item["@type"]).toBe("Quotation");
    }
  });
});

describe("site-wide pages", () => {
  it("home lists every article with its language, and links to the indexes", async () => {
    const tree = await page("index.html");
    expect(await htmlLang("index.html")).toBe("id");
    const cards = elements(tree, (el) => hasClass(el, "article-card"));
    expect(cards.map((card) => attr(card, "lang")).sort()).toEqual(["en", "id"]);
    const hrefs = elements(tree, (el) => el.tagName === "a").map((a) => attr(a, "href"));
    for (const path of ["/who-said-what/", "/people/", "/organizations/", "/search/"]) expect(hrefs).toContain(path);
    for (const { id } of articles) expect(hrefs).toContain(`/articles/${id}/`);
  });

  it("who-said-what across the site shows each speaker's 3 most recent quotes and links to all of them", async () => {
    const tree = await page("who-said-what/index.html");
    const quotesOf = new Map<string, number>();
    for (const { annotations } of articles) {
      const known = new Set(annotations.entities.map((entity) => entity.id));
      for (const quote of annotations.quotes) {
        const slug = quote.speaker !== undefined && known.has(quote.speaker) ? quote.speaker : "unknown";
        quotesOf.set(slug, (quotesOf.get(slug) ?? 0) + 1);
      }
    }
    const sections = elements(tree, (el) => hasClass(el, "speaker"));
    expect(sections.map((section) => attr(section, "id")?.replace(/^who-/, "")).sort()).toEqual(
      [...quotesOf.keys()].sort(),
    );
    let capped = 0;
    for (const section of sections) {
      const slug = attr(section, "id")?.replace(/^who-/, "") ?? "";
      const total = quotesOf.get(slug) ?? 0;
      const shown = elements(section, (el) => hasClass(el, "quote-item"));
      const all = elements(section, (el) => hasClass(el, "speaker-all")).flatMap((p) =>
        elements(p, (el) => el.tagName === "a"),
      );
      expect(shown, slug).toHaveLength(Math.min(3, total));
      expect(text(elements(section, (el) => hasClass(el, "speaker-counts"))[0] as Element), slug).toMatch(
        new RegExp(`^${total} `),
      );
      const page = elements(section, (el) => hasClass(el, "speaker-name"))
        .flatMap((heading) => elements(heading, (el) => el.tagName === "a"))
        .map((a) => attr(a, "href"))[0];
      if (total > 3 && slug !== "unknown") {
        capped++;
        // A person's or organization's page; an unnamed source has none: the site's search for it.
        expect(
          all.map((a) => [attr(a, "href"), text(a)]),
          slug,
        ).toEqual([[page ?? expect.stringMatching(/^\/search\/\?q=./), `semua ${total} kutipan →`]]);
      } else expect(all, slug).toEqual([]);
    }
    expect(capped, "no speaker has more than 3 quotes: the cap is not tested").toBeGreaterThan(0);
  });

  it("has a page per person and per organization, in the language of its articles", async () => {
    const files = await htmlFiles(dist);
    let pages = 0;
    for (const [type, dir] of [
      ["person", "people"],
      ["organization", "organizations"],
    ] as const) {
      const slugs = new Map<string, string[]>();
      for (const { lang, annotations } of articles) {
        for (const entity of annotations.entities.filter((candidate) => candidate.type === type)) {
          slugs.set(entity.id, [...(slugs.get(entity.id) ?? []), lang]);
        }
      }
      const index = await page(`${dir}/index.html`);
      const indexLinks = elements(index, (el) => el.tagName === "a").map((a) => attr(a, "href"));
      for (const [slug, langs] of slugs) {
        const file = `${dir}/${slug}/index.html`;
        expect(files, file).toContain(file);
        expect(indexLinks).toContain(`/${dir}/${slug}/`);
        if (new Set(langs).size === 1) expect(await htmlLang(file)).toBe(langs[0]);
        const heading = elements(await page(file), (el) => el.tagName === "h1")[0];
        expect(heading && text(heading)).toBeTruthy();
        pages++;
      }
    }
    expect(pages, "no person or organization found in any article").toBeGreaterThan(0);
  });

  it("shows the curated description of an entity on its page", async () => {
    const dir = join(ROOT, "content/entities");
    const files = await htmlFiles(dist);
    let shown = 0;
    for (const file of (await readdir(dir)).filter((name) => name.endsWith(".json"))) {
      const slug = file.replace(/\.json$/, "");
      const { description } = JSON.parse(await readFile(join(dir, file), "utf8")) as { description?: string };
      const pagePath = ["people", "organizations"].map((d) => `${d}/${slug}/index.html`).find((p) => files.includes(p));
      if (!pagePath || !description) continue;
      const paragraphs = elements(await page(pagePath), (el) => hasClass(el, "entity-description")).map(text);
      expect(paragraphs, pagePath).toEqual([description]);
      shown++;
    }
    expect(shown, "no curated entity has a page").toBeGreaterThan(0);
  });

  it("builds a Pagefind index, with the speakers as a filter", async () => {
    const files = await readdir(join(dist, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.some((file) => file.endsWith(".pf_meta"))).toBe(true);
    const tree = await page("who-said-what/index.html");
    const speakers = elements(tree, (el) => attr(el, "data-pagefind-filter") === "speaker").map(text);
    expect(speakers.length).toBeGreaterThan(0);
  });
});

/** Pages of a build with duplicate ids, and same-page links whose target is missing. */
async function idProblems(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await htmlFiles(dir)) {
    const tree = parse(await readFile(join(dir, file), "utf8"));
    const ids = elements(tree, (el) => attr(el, "id") !== undefined).map((el) => attr(el, "id") ?? "");
    const known = new Set(ids);
    if (known.size !== ids.length) problems.push(`${file}: duplicate ids`);
    for (const a of elements(tree, (el) => el.tagName === "a")) {
      const href = attr(a, "href") ?? "";
      if (href.startsWith("#") && href.length > 1 && !known.has(decodeURIComponent(href.slice(1))))
        problems.push(`${file}: ${href}`);
    }
  }
  return problems;
}

describe("every page", () => {
  it("has unique ids (one card per entity, not per mention) and no same-page link without its target", async () => {
    expect(await idProblems(dist)).toEqual([]);
  });
});

describe("who gets quoted how much, as inline SVG", () => {
  it("charts every speaker of the site once, grouped by whom they speak for, the most quoted bar full", async () => {
    const tree = await page("who-said-what/index.html");
    const chart = elements(tree, (el) => hasClass(el, "speaker-chart"))[0];
    expect(chart).toBeDefined();
    const names = elements(chart as Element, (el) => hasClass(el, "speaker-chart-name")).map(text);
    const speakers = elements(tree, (el) => hasClass(el, "speaker") && attr(el, "id") !== "who-unknown");
    expect(names.length).toBe(speakers.length);
    expect(new Set(names).size).toBe(names.length);
    expect(elements(chart as Element, (el) => hasClass(el, "speaker-chart-bloc")).length).toBeGreaterThan(1);
    const widths = elements(chart as Element, (el) => el.tagName === "rect").map((rect) => Number(attr(rect, "width")));
    expect(Math.max(...widths)).toBe(100);
    expect(widths.every((width) => width > 0 && width <= 100)).toBe(true);
  });

  it("charts quotes and words per speaker of an article, named in the picture's label", async () => {
    for (const { id, annotations } of articles) {
      const tree = await page(`articles/${id}/index.html`);
      const svg = elements(tree, (el) => el.tagName === "svg" && hasClass(el, "explainer-wsw-chart"))[0];
      expect(svg, id).toBeDefined();
      expect(attr(svg as Element, "role")).toBe("img");
      const speakers = new Set(annotations.quotes.map((quote) => quote.speaker).filter((speaker) => speaker));
      const named = annotations.entities.filter((entity) => speakers.has(entity.id));
      for (const entity of named) expect(attr(svg as Element, "aria-label"), id).toContain(entity.name);
      // Two bars (quotes, words) per speaker, after the two legend swatches.
      expect(elements(svg as Element, (el) => el.tagName === "rect").length, id).toBe(2 * named.length + 2);
    }
  });
});

describe("a build under a sub-path", () => {
  it("keeps every internal link and asset under the base", async () => {
    const copy = await buildSiteCopy("base-news", { env: { EXPLAINER_BASE: "/news/" } });
    expect(copy.code, copy.output).toBe(0);
    const offending: string[] = [];
    for (const file of await htmlFiles(copy.dist)) {
      const tree = parse(await readFile(join(copy.dist, file), "utf8"));
      for (const element of elements(tree, (el) => ["a", "link", "script", "img"].includes(el.tagName))) {
        const url = attr(element, "href") ?? attr(element, "src");
        if (url?.startsWith("/") && !url.startsWith("/news/")) offending.push(`${file}: ${url}`);
      }
    }
    expect(offending).toEqual([]);
    expect(await readdir(join(copy.dist, "pagefind"))).toContain("pagefind.js");
  }, 300_000);
});

const entityTypes = ["person", "organization", "place", "group"];

describe("a host with routes: false and cards: false", () => {
  it("builds its own pages with the components, links to no missing page or fragment", async () => {
    const own = Object.fromEntries(
      await Promise.all(
        articles.map(async ({ id }) => [
          `${id}.md`,
          await readFile(join(ROOT, "content/articles", `${id}.md`), "utf8"),
        ]),
      ),
    );
    const copy = await buildSiteCopy("routes-off", {
      config: (text) => text.replace('cards: "page"', "cards: false").replace("routes: {", "routes: false && {"),
      articles: { ...own, "harbour-reopens.md": unattributedArticle },
    });
    expect(copy.code, copy.output).toBe(0);
    const files = await htmlFiles(copy.dist);
    expect(files.filter((file) => /^(who-said-what|people|organizations)\//.test(file))).toEqual([]);
    const dangling: string[] = [];
    for (const file of files) {
      const tree = parse(await readFile(join(copy.dist, file), "utf8"));
      for (const a of elements(tree, (el) => el.tagName === "a")) {
        const url = attr(a, "href") ?? "";
        if (/^\/(who-said-what|people|organizations)\b/.test(url)) dangling.push(`${file}: ${url}`);
      }
    }
    expect(dangling).toEqual([]);
    // Without cards, a speaker's mention leads to their who-said-what entry; other mentions are no links.
    expect(await idProblems(copy.dist)).toEqual([]);
    for (const { id, annotations } of articles) {
      const tree = parse(await readFile(join(copy.dist, `articles/${id}/index.html`), "utf8"));
      expect(
        elements(tree, (el) => attr(el, "data-explainer-added") === "cards"),
        id,
      ).toEqual([]);
      // The page shows the cards itself with the EntityCard component, one per mentioned entity.
      const cards = elements(tree, (el) => attr(el, "data-explainer-card") !== undefined);
      expect(cards.length, id).toBe(annotations.entities.filter((entity) => entity.mentions.length > 0).length);
      const marks = elements(tree, (el) => entityTypes.includes(attr(el, "data-explainer") ?? ""));
      const hrefs = marks.map((mark) => attr(mark, "href")).filter((href) => href !== undefined);
      expect(hrefs.length, id).toBeGreaterThan(0);
      expect(
        hrefs.filter((href) => !href.startsWith("#speaker-")),
        id,
      ).toEqual([]);
      expect(
        marks.some((mark) => mark.tagName === "span"),
        id,
      ).toBe(true);
      expect(elements(tree, (el) => hasClass(el, "explainer-wsw-speaker")).length, id).toBeGreaterThan(0);
    }

    // A quote whose "he" points back to no one: listed under "unattributed", linking to its paragraph.
    const harbour = parse(await readFile(join(copy.dist, "articles/harbour-reopens/index.html"), "utf8"));
    const entry = elements(harbour, (el) => attr(el, "id") === "speaker-unattributed")[0];
    expect(entry && text(entry)).toContain("Unattributed");
    const item = entry && elements(entry, (el) => el.tagName === "li")[0];
    expect(item && text(item)).toContain("We are not going anywhere");
    expect(item && elements(item, (el) => el.tagName === "a").map((a) => attr(a, "href"))).toEqual(["#p2"]);
  }, 300_000);
});

const unattributedArticle = `---
title: "Harbour reopens"
description: "The harbour reopened after the storm."
lang: en
date: 2024-11-20
---

The harbour reopened on Monday after the storm.

"We are not going anywhere," he said.

Officials said the repairs would take weeks.
`;

describe("frontmatter", () => {
  it("fails the build on an invalid field, naming the file and the field", async () => {
    const copy = await buildSiteCopy("bad-frontmatter", {
      articles: { "no-date.md": "---\ntitle: A title\ndescription: Words.\nlang: en\n---\n\nSome text.\n" },
    });
    expect(copy.code).not.toBe(0);
    expect(copy.output).toContain("no-date.md");
    expect(copy.output).toMatch(/\bdate\b/);
  }, 300_000);
});
