/**
 * Loops that stand in for regular expressions on hot paths give what the regular
 * expressions gave: white space, phrase keys, digit runs with separators.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allDigits,
  hasDigit,
  isLetterUnit,
  isSpaceCode,
  isUpperAt,
  startsLower,
  startsUpper,
} from "../src/core/chars.js";
import { phraseKey } from "../src/core/figure-matchers.js";
import { digitValue } from "../src/core/figure-numbers.js";

describe("isSpaceCode", () => {
  it("is /\\s/ at every code unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });
});

describe("letter tests", () => {
  it("are the regexes at every code unit, alone and opening a word", () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `${char}b`]) {
        expect(startsUpper(text)).toBe(/^\p{Lu}/u.test(text));
        expect(startsLower(text)).toBe(/^\p{Ll}/u.test(text));
      }
      expect(isLetterUnit(char)).toBe(/\p{L}/u.test(char));
      expect(isUpperAt(`a${char}`, 1)).toBe(/^\p{Lu}/u.test(char));
      expect(hasDigit(`ab${char}`)).toBe(/\p{N}/u.test(char));
    }
    expect([startsUpper(""), startsLower(""), isLetterUnit("")]).toEqual([false, false, false]);
    expect(startsUpper("\u{1d400}b")).toBe(true);
  });

  it("allDigits is /^\\d+$/", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("0", "9", "5", "a", ".", "٣", " "), { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        expect(allDigits(text)).toBe(/^\d+$/.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("phraseKey", () => {
  const reference = (text: string): string => text.toLowerCase().replace(/[\s\u00a0]+/g, " ");
  it("lower-cases and collapses white space as the replacement did", () => {
    const pieces = fc.constantFrom("Per", "cent", "é", "İ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "-", ".");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(phraseKey(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("digitValue", () => {
  /** The function as it was, with the regex split and replacement. */
  function reference(token: string, conventions: { decimal: string; group: string }): number | undefined {
    const parts = token.split(/[.,]/);
    if (parts.length === 1) return Number(token);
    const separators = token.replace(/\d/g, "");
    const first = parts[0] as string;
    const grouped = (count: number): boolean =>
      first.length <= 3 &&
      first !== "0" &&
      parts.slice(1, count + 1).every((part) => part.length === 3) &&
      [...separators.slice(0, count)].every((separator) => separator === conventions.group);
    if (grouped(parts.length - 1)) return Number(parts.join(""));
    if (separators.endsWith(conventions.decimal) && grouped(parts.length - 2)) {
      return Number(`${parts.slice(0, -1).join("")}.${parts.at(-1)}`);
    }
    if (parts.length === 2) return Number(`${first}.${parts[1]}`);
    return undefined;
  }
  it("reads digit runs with separators as the regex version did, in both conventions", () => {
    const pieces = fc.constantFrom("0", "1", "12", "123", "1234", ".", ",", "x");
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
        const token = parts.join("");
        for (const conventions of [
          { decimal: ",", group: "." },
          { decimal: ".", group: "," },
        ]) {
          expect(digitValue(token, conventions)).toBe(reference(token, conventions));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
