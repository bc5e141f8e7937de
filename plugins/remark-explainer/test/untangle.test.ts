import { describe, expect, it } from "vitest";
import { untangleQuotes } from "../src/core/untangle.js";
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
