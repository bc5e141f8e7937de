/**
 * Text whose value is not its source: a list item's or a block quote's continuation lines
 * (the parser drops their indent and `>` markers), a line ending in a space, a character
 * reference, an escape, and on Astro's unified processor smart punctuation. Marks must
 * still land on their words (not wrap the whole paragraph), on every processor.
 */

import { unified as astroUnified } from "@astrojs/markdown-remark";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { markdownToHtml } from "satteri";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import remarkExplainer from "../src/index.js";
import satteriExplainer from "../src/satteri.js";

const render = {
  unified: (markdown: string) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkExplainer, { lang: "en", cards: "page" })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(markdown),
    ),
  // Astro's unified processor, whose smartypants step runs before our plugin.
  astroUnified: async (markdown: string) => {
    const processor = astroUnified({ remarkPlugins: [[remarkExplainer, { lang: "en", cards: "page" }]] });
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    return (await renderer.render(markdown, { frontmatter: {} })).code;
  },
  satteri: (markdown: string) => {
    const result = markdownToHtml(markdown, { mdastPlugins: [satteriExplainer({ lang: "en", cards: "page" })] });
    if (result instanceof Promise) throw new Error("the plugin renders synchronously");
    return result.html;
  },
};

const cases = [
  [
    "a list item",
    "- Mayor Helen Marsh said the pier\n  would close on Tuesday, and 3,000 people\n  would lose work.\n",
  ],
  [
    "a block quote",
    "> Mayor Helen Marsh said the pier\n> would close on Tuesday, and 3,000 people\n> would lose work.\n",
  ],
  [
    "a line ending in a space",
    "Mayor Helen Marsh said the pier \nwould close on Tuesday, and 3,000 people\nwould lose work.\n",
  ],
  [
    "a reference",
    "Mayor Helen Marsh said the pier &mdash; at last &mdash; would close on Tuesday, and 3,000 people would lose work.\n",
  ],
  ["an escape", "Mayor Helen Marsh said the pier \\*would\\* close on Tuesday, and 3,000 people would lose work.\n"],
  [
    "punctuation made smart",
    "Mayor Helen Marsh said the pier's gate -- at last -- would close on Tuesday, and 3,000 people would lose work...\n",
  ],
];

describe.each(["unified", "astroUnified", "satteri"] as const)("text changed by the parser, on %s", (processor) => {
  it.each(cases)("marks the words of %s where they stand", async (_name, markdown) => {
    const html = await render[processor](markdown);
    expect(html).toMatch(/<a [^>]*data-explainer="person"[^>]*>Helen Marsh<\/a>/);
    expect(html).toMatch(/<a [^>]*data-explainer="figure"[^>]*>Tuesday<\/a>/);
    expect(html).toMatch(/<a [^>]*data-explainer="figure"[^>]*>3,000 people<\/a>/);
    expect(html).toMatch(/<span data-explainer="quote">the pier/);
  });
});
