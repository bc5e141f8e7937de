import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { documentFromText, documentFromTree, toSpan } from "../src/core/document.js";

describe("document", () => {
  it("maps block text back to the Markdown source", () => {
    const source = "# Judul\n\nIa *berkata*, “Halo.”\n\nKalimat [tautan](https://x.test) akhir.\n";
    const tree = unified().use(remarkParse).parse(source);
    const document = documentFromTree(tree, source);
    expect(document.blocks.map((block) => block.text)).toEqual([
      "Judul",
      "Ia berkata, “Halo.”",
      "Kalimat tautan akhir.",
    ]);
    const block = document.blocks[1];
    if (!block) throw new Error("no block");
    const from = block.text.indexOf("berkata");
    const span = toSpan(document, block, from, from + "berkata".length);
    expect(span.text).toBe("berkata");
    expect(source.slice(span.start, span.end)).toBe("berkata");
  });

  it("splits plain text into blank-line-separated paragraphs", () => {
    const source = "Satu baris.\nMasih satu.\n\n\nDua.";
    const document = documentFromText(source);
    expect(document.blocks.map((block) => [block.text, block.start])).toEqual([
      ["Satu baris.\nMasih satu.", 0],
      ["Dua.", 26],
    ]);
  });
});
