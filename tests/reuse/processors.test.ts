/**
 * The integration's registration on Astro's two Markdown processors, run the
 * way Astro runs them (`processor.createRenderer().render(body, …)`) without a
 * whole site build: same annotations on both, marks and cards in the HTML,
 * warnings logged with the file's line, unsupported processors warned about.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseFrontmatter, unified } from "@astrojs/markdown-remark";
import { satteri } from "@astrojs/markdown-satteri";
import type { AstroIntegrationLogger } from "astro";
import { toHtml } from "hast-util-to-html";
import { type Annotations, cardsSection, type LanguagePack, labelsFor } from "remark-explainer";
import { type AnnotationCache, createAnnotationCache } from "remark-explainer/cache";
import { expandCards, expandDeferredMarks, expandMarks, expandPage } from "remark-explainer/expand";
import { describe, expect, it } from "vitest";
import { type MarkdownProcessorLike, registerOnProcessor } from "../../plugins/astro-explainer/src/register.js";
import { cardsHtml } from "../../plugins/astro-explainer/src/site/cards-html.js";
import { logWarnings } from "../../plugins/astro-explainer/src/warnings.js";

const article = `---
title: Test
lang: en
date: 2025-03-14
---

# The harbour gets a new crane

The Port Authority of Eastbridge bought a second container crane for $4.5 million on Tuesday, its director Helen Marsh said.

"This crane doubles what we can unload in a day," Marsh told reporters. She said that the crane would arrive in June.

About 1,200 people work at the port, up from 900 people in 2020.
`;

function fakeLogger(): AstroIntegrationLogger & { warnings: string[] } {
  const warnings: string[] = [];
  const logger = { warnings, warn: (message: string) => warnings.push(message), info() {}, error() {}, debug() {} };
  return logger as unknown as AstroIntegrationLogger & { warnings: string[] };
}

/** Render one file as Astro does for a content-collection `.md` entry: the body after the frontmatter, trimmed. */
async function render(processor: ReturnType<typeof satteri> | ReturnType<typeof unified>, path: string, text: string) {
  const { frontmatter, content } = parseFrontmatter(text);
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const result = await renderer.render(content.trim(), { frontmatter, fileURL: pathToFileURL(path) });
  return { html: result.code, annotations: result.metadata.frontmatter.explainer as Annotations, body: content.trim() };
}

function setUp(kind: "satteri" | "unified", options = {}) {
  const logger = fakeLogger();
  const processor = kind === "satteri" ? satteri() : unified();
  const registered = registerOnProcessor(
    processor as MarkdownProcessorLike,
    { cache: false, onWarnings: logWarnings(logger, "/"), ...options },
    logger,
  );
  return { processor, logger, registered };
}

describe("registration on Astro's Markdown processors", () => {
  const dir = mkdtempSync(join(tmpdir(), "explainer-processors-"));
  const file = join(dir, "harbour.md");
  writeFileSync(file, article);

  it("annotates identically on Sätteri and unified, Spans indexing the text the processor got", async () => {
    const onSatteri = setUp("satteri");
    const onUnified = setUp("unified");
    expect([onSatteri.registered, onUnified.registered]).toEqual(["satteri", "unified"]);
    const a = await render(onSatteri.processor, file, article);
    const b = await render(onUnified.processor, file, article);
    expect(a.annotations.entities.length).toBeGreaterThan(0);
    expect(a.annotations.figures.length).toBeGreaterThan(0);
    expect(a.annotations).toEqual(b.annotations);
    const spans = [
      ...a.annotations.entities.flatMap((entity) => entity.mentions),
      ...a.annotations.quotes.map((quote) => quote.content),
      ...a.annotations.figures.map((figure) => figure.span),
    ];
    for (const span of spans) expect(a.body.slice(span.start, span.end)).toBe(span.text);
  });

  it("annotates the shipped article identically on both", async () => {
    const shipped = join(import.meta.dirname, "../../content/articles/pasukan-korea-utara-ke-rusia.md");
    const text = readFileSync(shipped, "utf8");
    const a = await render(setUp("satteri").processor, shipped, text);
    const b = await render(setUp("unified").processor, shipped, text);
    expect(a.annotations.quotes.length).toBeGreaterThan(0);
    expect(a.annotations).toEqual(b.annotations);
  });

  it("marks the text and appends cards on both", async () => {
    for (const kind of ["satteri", "unified"] as const) {
      const { html } = await render(setUp(kind).processor, file, article);
      expect(html, kind).toMatch(/<a [^>]*data-explainer="person"[^>]*>Helen Marsh<\/a>/);
      expect(html, kind).toMatch(/data-explainer="figure"/);
      expect(html, kind).toMatch(/<section [^>]*data-explainer-added="cards"/);
    }
  });

  it("with compactMarks, writes links to cards as comments that expandMarks turns back into the same page, on both", async () => {
    for (const kind of ["satteri", "unified"] as const) {
      const full = await render(setUp(kind).processor, file, article);
      const compact = await render(setUp(kind, { compactMarks: true }).processor, file, article);
      expect(compact.html, kind).toMatch(/<!--x:helen-marsh:person:\d+-->Helen Marsh<!--\/x-->/);
      expect(expandMarks(compact.html), kind).toBe(full.html);
    }
  });

  it("with compactCards and the cache on disk, writes one comment naming the entry where expandCards puts the section, on both", async () => {
    const cache = createAnnotationCache({ dir: join(dir, "compact-cards-cache") });
    for (const kind of ["satteri", "unified"] as const) {
      const full = await render(setUp(kind).processor, file, article);
      const compact = await render(
        setUp(kind, { cache, compactMarks: true, compactCards: true }).processor,
        file,
        article,
      );
      const key = /<!--x-cards:([0-9a-f]{64})-->\s*$/.exec(compact.html)?.[1];
      expect(key, kind).toBeDefined();
      expect(cache.get(key as string), kind).toEqual(compact.annotations);
      const page = expandCards(expandMarks(compact.html), (ref) => cardsHtml(cache.get(ref) as Annotations));
      expect(page, kind).toBe(full.html);
      // Deferred marks on Sätteri; unified writes them compact.
      const deferred = await render(
        setUp(kind, { cache, compactMarks: "deferred", compactCards: true }).processor,
        file,
        article,
      );
      expect(deferred.html.includes("<!--x@"), kind).toBe(kind === "satteri");
      const annotationsOf = (ref: string) => cache.get(ref) as Annotations;
      const written = expandDeferredMarks(expandMarks(deferred.html), annotationsOf);
      expect(
        expandCards(written, (ref) => cardsHtml(annotationsOf(ref))),
        kind,
      ).toBe(full.html);
      expect(
        expandPage(deferred.html, annotationsOf, (ref) => cardsHtml(annotationsOf(ref))),
        kind,
      ).toBe(full.html);
      expect(
        expandPage(compact.html, annotationsOf, (ref) => cardsHtml(annotationsOf(ref))),
        kind,
      ).toBe(full.html);
    }
  });

  it("leaves cards out with cards: false", async () => {
    for (const kind of ["satteri", "unified"] as const) {
      const { html } = await render(setUp(kind, { cards: false }).processor, file, article);
      expect(html, kind).toMatch(/data-explainer="person"/);
      expect(html, kind).not.toMatch(/data-explainer-added="cards"/);
    }
  });

  it('with cards: "page", marks as with cards: true and appends nothing; cardsSection gives the same section', async () => {
    for (const kind of ["satteri", "unified"] as const) {
      const withCards = await render(setUp(kind).processor, file, article);
      const onPage = await render(setUp(kind, { cards: "page" }).processor, file, article);
      const section = /<section [^>]*data-explainer-added="cards"[\s\S]*<\/section>/.exec(withCards.html)?.[0];
      expect(section, kind).toBeDefined();
      expect(onPage.html, kind).not.toMatch(/data-explainer-added="cards"/);
      // Identical marks: the page is the Markdown's HTML with the section taken out.
      expect(onPage.html.trim(), kind).toBe(withCards.html.replace(section as string, "").trim());
      const rendered = cardsSection(onPage.annotations, labelsFor(onPage.annotations.lang));
      expect(rendered && toHtml(rendered), kind).toBe(section);
    }
  });

  it("logs warnings with the file's name and its own line numbers", async () => {
    const french = join(dir, "article-fr.md");
    const text = `---\ntitle: Test\nlang: fr\n---\n\n« Nous partons demain », a dit le ministre.\n`;
    writeFileSync(french, text);
    for (const kind of ["satteri", "unified"] as const) {
      const { processor, logger } = setUp(kind);
      await render(processor, french, text);
      expect(logger.warnings.join("\n"), kind).toMatch(/article-fr\.md.*\[unsupported-language\]/);
    }
  });

  it("renders the same marks and cards on both for the same annotations", async () => {
    const body = parseFrontmatter(article).content.trim();
    const span = (text: string, from = 0) => {
      const start = body.indexOf(text, from);
      return { start, end: start + text.length, text };
    };
    const given: Annotations = {
      lang: "en",
      entities: [
        {
          id: "helen-marsh",
          type: "person",
          name: "Helen Marsh",
          role: "director",
          mentions: [span("Helen Marsh"), span("Marsh", body.indexOf("Marsh told"))],
        },
      ],
      quotes: [
        {
          id: "q1",
          kind: "direct",
          content: span("This crane doubles what we can unload in a day,"),
          speaker: "helen-marsh",
          confidence: 0.9,
        },
      ],
      figures: [{ id: "f1", kind: "money", span: span("$4.5 million"), value: 4.5e6, unit: "USD" }],
      blocks: [
        { id: "p1", kind: "heading", span: span("# The harbour gets a new crane") },
        { id: "p2", kind: "paragraph", span: span("The Port Authority") },
      ],
      warnings: [],
    };
    // A cache that knows this article stands in for the annotator: only the adapters are compared.
    const cache: AnnotationCache = { key: (source) => source, get: () => given, set: () => false, dir: undefined };
    const html = [];
    for (const kind of ["satteri", "unified"] as const) {
      const rendered = await render(setUp(kind, { cache }).processor, file, article);
      expect(rendered.html, kind).toMatch(/<a [^>]*data-explainer="person"[^>]*>Helen Marsh<\/a>/);
      expect(rendered.html, kind).toMatch(/<a [^>]*data-explainer="person"[^>]*>Marsh<\/a> told/);
      expect(rendered.html, kind).toMatch(/data-explainer="quote"[^>]*>This crane doubles/);
      expect(rendered.html, kind).toMatch(/data-explainer="figure"[^>]*>\$4\.5 million</);
      expect(rendered.html, kind).toMatch(/<section [^>]*data-explainer-added="cards"/);
      expect(rendered.html, kind).toMatch(/<p><span id="p2"[^>]*data-explainer-added="anchor"><\/span>The Port/);
      html.push(rendered.html);
    }
    expect(html[0]?.trimEnd()).toBe(html[1]?.trimEnd());
  });

  it("counts warning lines in the file, not in the body the processor got", () => {
    const path = join(dir, "lines.md");
    const text = "---\ntitle: Lines\nlang: en\n---\n\nFirst line.\n\nThird line, where the warning is.\n";
    writeFileSync(path, text);
    const body = parseFrontmatter(text).content.trim();
    const logger = fakeLogger();
    const warning = { ruleId: "low-confidence-speaker", reason: "Unsure who said it.", line: 3, column: 1 };
    logWarnings(logger, `${dir}/`)({ file: path, source: body, warnings: [warning] });
    expect(text.split("\n")[7]).toBe("Third line, where the warning is.");
    expect(logger.warnings).toEqual(["lines.md:8:1 Unsure who said it. [low-confidence-speaker]"]);
    // A page's text keeps the file's length (frontmatter blanked): lines are the file's already.
    const blanked = parseFrontmatter(text, { frontmatter: "empty-with-spaces" }).content;
    logWarnings(logger, `${dir}/`)({ file: path, source: blanked, warnings: [{ ...warning, line: 8 }] });
    expect(logger.warnings[1]).toBe("lines.md:8:1 Unsure who said it. [low-confidence-speaker]");
  });

  it("fails the build naming the file when annotating throws (as author overrides naming nothing do)", async () => {
    const path = join(dir, "broken.md");
    const text = "---\ntitle: Broken\n---\n\nSome text.\n";
    writeFileSync(path, text);
    const broken = {
      code: "xx",
      get stopwords(): string[] {
        throw new Error("override names nothing");
      },
    } as unknown as LanguagePack;
    for (const kind of ["satteri", "unified"] as const) {
      const { processor } = setUp(kind, { languages: [broken] });
      await expect(render(processor, path, text), kind).rejects.toThrow(/broken\.md.*override names nothing/s);
    }
  });

  it("applies frontmatter overrides, and fails naming the file and the override when one names nothing", async () => {
    const corrected = join(dir, "corrected.md");
    const fixed = article.replace("date: 2025-03-14", "date: 2025-03-14\nexplainer:\n  ignore: [helen-marsh]");
    writeFileSync(corrected, fixed);
    const wrong = join(dir, "wrong-override.md");
    const naming = article.replace(
      "date: 2025-03-14",
      "date: 2025-03-14\nexplainer:\n  speakers:\n    q99: helen-marsh",
    );
    writeFileSync(wrong, naming);
    for (const kind of ["satteri", "unified"] as const) {
      const { annotations, html } = await render(setUp(kind).processor, corrected, fixed);
      expect(
        annotations.entities.map((entity) => entity.id),
        kind,
      ).not.toContain("helen-marsh");
      expect(html, kind).not.toMatch(/explainer-helen-marsh/);
      await expect(render(setUp(kind).processor, wrong, naming), kind).rejects.toThrow(/wrong-override\.md[\s\S]*q99/);
    }
  });

  it("warns that another processor is not supported, and registers nothing", () => {
    const logger = fakeLogger();
    const processor = { name: "custom", options: {} };
    expect(registerOnProcessor(processor, {}, logger)).toBeUndefined();
    expect(logger.warnings.join("\n")).toMatch(/"custom" Markdown processor is not supported/);
  });
});
