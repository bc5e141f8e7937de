/**
 * `cardsHtml` (the fast serialiser behind ExplainerCards) writes exactly what
 * hast-util-to-html writes for the same cards section: on generated articles in
 * both languages, with odd characters in names and quotes, and with options.
 */
import { toHtml } from "hast-util-to-html";
import { type Annotations, cardsSection, labelsFor } from "remark-explainer";
import { annotate, documentFromText } from "remark-explainer/core";
import { describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.mjs";
import { cardsHtml, serialiseCards } from "../../plugins/astro-explainer/src/site/cards-html.js";

const body = (markdown: string): string => markdown.replace(/^---[\s\S]*?---\n\n/, "");

/** hast-util-to-html's HTML of the section, after checking that the fast path covers it (no fallback). */
function reference(annotations: Annotations, options: Parameters<typeof cardsHtml>[1] = {}): string {
  const section = cardsSection(annotations, labelsFor(options.lang ?? annotations.lang), options);
  if (!section) return "";
  expect(serialiseCards(section)).toBeDefined();
  return toHtml(section);
}

describe("cardsHtml", () => {
  it("equals hast-util-to-html on 40 generated articles", () => {
    for (const article of generateArticles(40, { seed: 7 })) {
      const annotations = annotate(documentFromText(body(article.markdown)), { lang: article.lang });
      expect(annotations.entities.length, article.name).toBeGreaterThan(0);
      expect(cardsHtml(annotations), article.name).toBe(reference(annotations));
    }
  });

  it("equals it with characters to escape (< & \" ' `) and with options", () => {
    const text = `"Rates & <fees> rise 'soon' \`now\`," said Mira O'Hare, head of the Bank of Eastfield, on 3 March 2025. Costs rose 12% to $4.5 million.`;
    const annotations = annotate(documentFromText(text), { lang: "en", date: "2025-03-04" });
    expect(annotations.quotes.length).toBeGreaterThan(0);
    expect(cardsHtml(annotations)).toBe(reference(annotations));
    const options = { lang: "id", mark: ["person", "figure"] as const, entityHref: () => "/who?a=1&b='2'" };
    expect(cardsHtml(annotations, options)).toBe(reference(annotations, options));
  });

  it("leaves what it does not cover to hast-util-to-html", () => {
    expect(serialiseCards({ type: "element", tagName: "img", properties: { src: "x" }, children: [] })).toBe(undefined);
    expect(serialiseCards({ type: "element", tagName: "div", properties: { hidden: true }, children: [] })).toBe(
      undefined,
    );
  });

  it("gives nothing when there is nothing to explain", () => {
    const empty: Annotations = { lang: "en", entities: [], quotes: [], figures: [], blocks: [], warnings: [] };
    expect(cardsHtml(empty)).toBe("");
  });
});
