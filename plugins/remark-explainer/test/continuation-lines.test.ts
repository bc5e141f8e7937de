/**
 * A list item's or a block quote's continuation lines: the parser drops their indent and
 * `>` markers from the text's value, so the value is no longer its source stretch. Marks
 * must still land on their words (not wrap the whole item), on both processors.
 */
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
];

describe.each(["unified", "satteri"] as const)("continuation lines on %s", (processor) => {
  it.each(cases)("marks the words of %s where they stand", (_name, markdown) => {
    const html = render[processor](markdown);
    expect(html).toMatch(/<a [^>]*data-explainer="person"[^>]*>Helen Marsh<\/a>/);
    expect(html).toMatch(/<a [^>]*data-explainer="figure"[^>]*>Tuesday<\/a>/);
    expect(html).toMatch(/<a [^>]*data-explainer="figure"[^>]*>3,000 people<\/a>/);
    expect(html).toMatch(/<span data-explainer="quote">the pier\n/);
  });
});
