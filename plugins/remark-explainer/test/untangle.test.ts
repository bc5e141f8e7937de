import { describe, expect, it } from "vitest";
import { dropUnnamedNested, untangleQuotes } from "../src/core/untangle.js";
import type { QuoteKind } from "../src/types.js";

const quote = (id: string, kind: QuoteKind, start: number, end: number, confidence = 0.9) => ({
  id,
  kind,
  confidence,
  content: { start, end, text: "x".repeat(end - start) },
});
const ids = (quotes: { id: string }[]) => quotes.map((item) => item.id);

describe("untangleQuotes", () => {
  it("keeps nested and separate quotes", () => {
    const quotes = [quote("q1", "indirect", 0, 50), quote("q2", "partial", 10, 20), quote("q3", "direct", 60, 80)];
    expect(ids(untangleQuotes(quotes))).toEqual(["q1", "q2", "q3"]);
  });

  it("drops reported speech that crosses a marked quote", () => {
    const quotes = [quote("q1", "indirect", 0, 40), quote("q2", "direct", 26, 59)];
    expect(ids(untangleQuotes(quotes))).toEqual(["q2"]);
    expect(ids(untangleQuotes([quote("q1", "direct", 0, 40), quote("q2", "indirect", 26, 59)]))).toEqual(["q1"]);
  });

  it("between quotes of one kind keeps the surer one, else the first", () => {
    expect(ids(untangleQuotes([quote("q1", "indirect", 0, 40, 0.5), quote("q2", "indirect", 26, 59, 0.8)]))).toEqual([
      "q2",
    ]);
    expect(ids(untangleQuotes([quote("q1", "indirect", 0, 40), quote("q2", "indirect", 26, 59)]))).toEqual(["q1"]);
  });

  it("keeps the original order and what nests inside a dropped quote", () => {
    const quotes = [
      quote("q1", "indirect", 0, 40),
      quote("q2", "partial", 5, 10),
      quote("q3", "direct", 30, 70),
      quote("q4", "partial", 45, 50),
    ];
    expect(ids(untangleQuotes(quotes))).toEqual(["q2", "q3", "q4"]);
  });
});

describe("dropUnnamedNested", () => {
  // "A source said a harbor official decided to keep the night boat, …": input and what stays side by side.
  const said = (id: string, start: number, end: number, type: string, name: string, source: string) => ({
    ...quote(id, "indirect", start, end),
    speaker: { type, name },
    source: { start: 0, end: source.length, text: source },
  });

  it("drops reported speech opening inside another's content when a description, group or pronoun says it", () => {
    const outer = said("q1", 0, 80, "group", "a source", "a source");
    expect(
      ids(dropUnnamedNested([outer, said("q2", 30, 80, "group", "a harbor official", "a harbor official")])),
    ).toEqual(["q1"]);
    expect(ids(dropUnnamedNested([outer, said("q2", 30, 80, "person", "Jo Reed", "she")]))).toEqual(["q1"]);
    expect(ids(dropUnnamedNested([outer, said("q2", 30, 90, "organization", "Harbor Board", "the board")]))).toEqual([
      "q1",
    ]);
  });

  it("keeps it when a name says it, and keeps marked quotes and separate reports", () => {
    const outer = said("q1", 0, 80, "group", "a source", "a source");
    expect(ids(dropUnnamedNested([outer, said("q2", 30, 80, "person", "Jo Reed", "Reed")]))).toEqual(["q1", "q2"]);
    expect(ids(dropUnnamedNested([outer, quote("q2", "partial", 30, 40)]))).toEqual(["q1", "q2"]);
    expect(ids(dropUnnamedNested([outer, said("q2", 80, 120, "group", "officials", "officials")]))).toEqual([
      "q1",
      "q2",
    ]);
  });
});
