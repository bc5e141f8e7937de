/**
 * The figure trigger: fixtures, and a property that `nextTrigger` finds what the
 * global regex `(?<![\p{L}\p{N}_])(?:…)` with flags `giu` finds, match for
 * match. That regex is the trigger's specification (and was its first, slower form).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureMatchers } from "../src/core/figure-matchers.js";
import { nextTrigger, type TriggerMatch } from "../src/core/figure-trigger.js";
import { en } from "../src/languages/en.js";
import { id } from "../src/languages/id.js";

const all = (text: string, pack = en): TriggerMatch[] => {
  const { trigger } = figureMatchers(pack);
  const found: TriggerMatch[] = [];
  for (let match = nextTrigger(text, 0, trigger); match; match = nextTrigger(text, match.end, trigger))
    found.push(match);
  return found;
};

/** The specification: the same alternatives with the look-behind, run as one global regex. */
const byRegex = (text: string, pack = en): TriggerMatch[] => {
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${figureMatchers(pack).trigger.at.source})`, "giu");
  return [...text.matchAll(regex)].map((match) => {
    const { change, currency, digit } = match.groups ?? {};
    const group =
      change !== undefined ? "change" : currency !== undefined ? "currency" : digit !== undefined ? "digit" : "word";
    return { start: match.index, end: match.index + match[0].length, group, text: match[0] };
  });
};

describe("nextTrigger", () => {
  it.each([
    ["On Monday, US$5 up\u00a0from 3%", ["word:Monday", "currency:US$", "digit:5", "change:up\u00a0from", "digit:3"]],
    ["x5 _7 Mondays Rp5.000 €2", ["currency:Rp", "digit:0", "currency:€", "digit:2"]],
  ])("%s", (text, expected) => {
    expect(all(text).map((match) => `${match.group}:${match.text}`)).toEqual(expected);
  });

  const pieces = [
    ..."aZé5_ .,-$€£¥\u00a0\u017f\u212a\u0301",
    "𝐀",
    "😀",
    "\ud800",
    "monday",
    "MONDAY",
    "Oktober",
    "Okt.",
    "last week",
    "minggu  lalu",
    "up from",
    "Up  From",
    "naik dari",
    "Rp",
    "US$",
    "juta",
    "two",
    "dua puluh",
    "ſeptember",
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));

  it("finds what the regex finds (English and Indonesian)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(all(text, en)).toEqual(byRegex(text, en));
        expect(all(text, id)).toEqual(byRegex(text, id));
      }),
      { numRuns: 3000 },
    );
  });
});
