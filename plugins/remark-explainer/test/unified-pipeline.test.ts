/**
 * remark-explainer in a bare unified pipeline, no Astro:
 * remark-parse → remark-explainer → remark-rehype → rehype-stringify.
 */
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import remarkExplainer, { type Options } from "../src/index.js";

const article = `# Library opens on Sunday

The city library reopened on Sunday after a $2 million renovation, librarian Grace Whitfield said.

"We added 5,000 new books," Whitfield told visitors.
`;

function toHtml(options?: Options) {
  const processor = unified().use(remarkParse).use(remarkExplainer, options).use(remarkRehype).use(rehypeStringify);
  const file = processor.processSync({ value: article, path: "library.md" });
  return { html: String(file), annotations: file.data.explainer };
}

describe("bare unified pipeline", () => {
  it("marks people and figures and appends their cards", () => {
    const { html, annotations } = toHtml({ lang: "en" });
    expect(annotations?.lang).toBe("en");
    expect(html).toMatch(/<a [^>]*data-explainer="person"[^>]*>Grace Whitfield<\/a>/);
    expect(html).toMatch(/<(a|span) [^>]*data-explainer="figure"[^>]*>\$2 million<\/(a|span)>/);
    expect(html).toMatch(/<section [^>]*data-explainer-added="cards"/);
  });

  it("leaves the cards out with cards: false, keeping the marks and the data", () => {
    const { html, annotations } = toHtml({ lang: "en", cards: false });
    expect(html).toMatch(/data-explainer="person"/);
    expect(html).not.toMatch(/data-explainer-added="cards"/);
    expect(annotations?.entities.some((entity) => entity.name === "Grace Whitfield")).toBe(true);
  });

  it("marks only the kinds asked for", () => {
    const { html } = toHtml({ lang: "en", mark: ["figure"] });
    expect(html).toMatch(/data-explainer="figure"/);
    expect(html).not.toMatch(/data-explainer="person"/);
  });
});
