import { describe, expect, it } from "vitest";
import { digitValue, NumberWordsValue, numberWordRoles } from "../src/core/figure-numbers.js";
import { en } from "../src/languages/en.js";
import { id } from "../src/languages/id.js";
import type { LanguagePack } from "../src/languages/types.js";

describe("digitValue", () => {
  it.each([
    ["10.000", 10000],
    ["1.234.567", 1234567],
    ["3,5", 3.5],
    ["1.234,5", 1234.5],
    ["0,768", 0.768],
    ["5.1", 5.1],
    ["12.50", 12.5],
    ["2024", 2024],
    ["1.2.3", undefined],
  ])("id %s", (token, value) => {
    expect(digitValue(token, id.numbers)).toBe(value);
  });

  it.each([
    ["10,000", 10000],
    ["3.5", 3.5],
    ["1,234.5", 1234.5],
    ["0.25", 0.25],
    ["1,2", 1.2],
  ])("en %s", (token, value) => {
    expect(digitValue(token, en.numbers)).toBe(value);
  });
});

/** The value of a run of number words, or undefined where a word would not continue it. */
function wordsValue(pack: LanguagePack, text: string): number | undefined {
  const roles = numberWordRoles(pack.numbers);
  const value = new NumberWordsValue();
  for (const word of text.split(/[\s-]+/)) {
    const role = roles.get(word);
    if (!role || !value.add(role)) return undefined;
  }
  return value.value;
}

describe("number words", () => {
  it.each([
    ["dua", 2],
    ["dua puluh lima", 25],
    ["dua belas", 12],
    ["seratus dua puluh lima", 125],
    ["dua ratus lima puluh ribu", 250000],
    ["sepuluh ribu", 10000],
    ["tiga juta lima ratus ribu", 3500000],
    ["seribu sembilan ratus", 1900],
  ])("id %s", (text, value) => {
    expect(wordsValue(id, text)).toBe(value);
  });

  it.each([
    ["twenty-five", 25],
    ["one hundred twenty-five", 125],
    ["ten thousand", 10000],
    ["three thousand five hundred", 3500],
    ["two million", 2000000],
  ])("en %s", (text, value) => {
    expect(wordsValue(en, text)).toBe(value);
  });

  it("does not open a number with a multiplier, a teen or a scale, nor join two units", () => {
    expect(wordsValue(id, "puluh")).toBeUndefined();
    expect(wordsValue(id, "belas")).toBeUndefined();
    expect(wordsValue(id, "ribu")).toBeUndefined();
    expect(wordsValue(id, "dua tiga")).toBeUndefined();
  });
});
