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
  const run = (valueStart: number, length: number, sourceStart: number, sourceEnd: number, exact = true) => ({
    valueStart,
    length,
    sourceStart,
    sourceEnd,
    exact,
  });

  it("finds the runs of a value that lost line prefixes and trailing spaces", () => {
    const source = "- one two  \r\n  > three\n";
    expect(alignRuns("one two\nthree", source, 2, 22)).toEqual([run(0, 7, 2, 9), run(7, 1, 12, 13), run(8, 5, 17, 22)]);
  });

  it("maps a decoded reference, an escape and smart punctuation to what they are written as", () => {
    const source = `a &mdash; b \\* "c" -- d... e&#x1F600;`;
    const value = "a — b * “c” – d… e😀";
    expect(alignRuns(value, source, 0, source.length)).toEqual([
      run(0, 2, 0, 2),
      run(2, 1, 2, 9, false),
      run(3, 3, 9, 12),
      run(6, 2, 13, 15),
      run(8, 1, 15, 16, false),
      run(9, 1, 16, 17),
      run(10, 1, 17, 18, false),
      run(11, 1, 18, 19),
      run(12, 1, 19, 21, false),
      run(13, 2, 21, 23),
      run(15, 1, 23, 26, false),
      run(16, 2, 26, 28),
      run(18, 2, 28, 37, false),
    ]);
  });

  it.each([
    ["a space dropped inside a line", "a b", "a  b"],
    ["a marker inside a line", "a b", "a > b"],
    ["another character", "a x b", "a y b"],
    ["a reference without its semicolon", "a — b", "a &mdash b"],
  ])("gives up on %s", (_name, value, source) => {
    expect(alignRuns(value, source, 0, source.length)).toBeUndefined();
  });
});
