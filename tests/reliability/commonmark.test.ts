/**
 * Issue 7: every CommonMark spec example renders the same HTML with and without the plugin,
 * once its wrappers are unwrapped and its added elements removed.
 */
import commonmark from "commonmark-spec";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../support/html.ts";

interface Example {
  markdown: string;
  section: string;
  number: number;
}

// The spec package shows tabs as "→".
const examples = (commonmark.tests as Example[]).map((example) => ({
  ...example,
  markdown: example.markdown.replaceAll("→", "\t"),
}));
const sections = [...new Set(examples.map((example) => example.section))];

describe("CommonMark spec examples", () => {
  it("has the whole spec to check", () => {
    expect(examples.length).toBeGreaterThan(600);
  });

  for (const language of [{}, { lang: "id" }, { lang: "en" }, { lang: "xx" }]) {
    it.for(sections)(`%s: same HTML with the plugin ${JSON.stringify(language)}`, async (section) => {
      const differing: string[] = [];
      for (const example of examples.filter((candidate) => candidate.section === section)) {
        const plain = await renderMarkdown(example.markdown);
        const annotated = await renderMarkdown(example.markdown, { explainer: language, strip: true });
        if (annotated.html !== plain.html)
          differing.push(
            `#${example.number}: ${JSON.stringify(example.markdown)}\n  without: ${JSON.stringify(plain.html)}\n  with:    ${JSON.stringify(annotated.html)}`,
          );
      }
      expect(differing, differing.join("\n")).toEqual([]);
    });
  }
});
