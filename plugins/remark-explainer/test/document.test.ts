import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { alignRuns, documentFromText, documentFromTree, toSpan } from "../src/core/document.js";

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

  it.each([
    ["a list item's continuation lines", "- Mayor Helen Marsh said the pier\n  would close on Tuesday.\n"],
    ["a block quote's", "> Mayor Helen Marsh said the pier\n> would close on Tuesday.\n"],
    ["a quote in a list", "- > Mayor Helen Marsh said the pier\n  > would close on Tuesday.\n"],
    ["spaces before a line break", "Mayor Helen Marsh said the pier \nwould close on Tuesday.\n"],
  ])("maps text to its source through %s", (_name, source) => {
    const document = documentFromTree(unified().use(remarkParse).parse(source), source);
    const block = document.blocks[0];
    if (!block) throw new Error("no block");
    for (const word of ["Helen Marsh", "would close", "Tuesday"]) {
      const from = block.text.indexOf(word);
      expect(toSpan(document, block, from, from + word.length).text).toBe(word);
    }
  });
});

describe("alignRuns", () => {
  it("finds the runs of a value that lost line prefixes and trailing spaces", () => {
    const source = "- one two  \r\n  > three\n";
    expect(alignRuns("one two\nthree", source, 2, 22)).toEqual([
      { valueStart: 0, sourceStart: 2, length: 7 },
      { valueStart: 7, sourceStart: 12, length: 1 },
      { valueStart: 8, sourceStart: 17, length: 5 },
    ]);
  });

  it.each([
    ["an escape", "a * b", "a \\* b"],
    ["an entity", "a & b", "a &amp; b"],
    ["a space dropped inside a line", "a b", "a  b"],
    ["a marker inside a line", "a b", "a > b"],
  ])("gives up on %s", (_name, value, source) => {
    expect(alignRuns(value, source, 0, source.length)).toBeUndefined();
  });
});
