/**
 * The phrase readers' first-character filter: `mayStart` may rule a position out
 * only where the reader's regex finds nothing, whatever the case, the spaces
 * (ASCII, no-break) or the characters that fold to ASCII under `iu` (ſ, K).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureMatchers, mayStart } from "../src/core/figure-matchers.js";
import { en } from "../src/languages/en.js";
import { id } from "../src/languages/id.js";

describe("mayStart", () => {
  const { phrases } = figureMatchers(en);

  it.each([
    ["  percent", phrases.percent, true],
    ["\tPER CENT", phrases.percent, true],
    [" %", phrases.percent, true],
    [" tons", phrases.percent, false],
    ["\u00a0percent", phrases.percent, true],
    ["", phrases.percent, false],
    ["   ", phrases.scale, false],
    [" \u212ailometres", phrases.scale, true],
  ])("%j", (text, reader, expected) => {
    expect(mayStart(text, 0, reader.starts)).toBe(expected);
  });

  for (const [name, pack] of [
    ["en", en],
    ["id", id],
  ] as const) {
    const readers = Object.entries(figureMatchers(pack).phrases);
    const words = readers.flatMap(([, reader]) => reader.regex.source.match(/[\p{L}%$]+/gu) ?? []);
    const pieces = [..." \t\n\u00a0\u2003xQ.,-5é\u017f\u212a", ...new Set(words)];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(""));

    it(`rules out only positions where no phrase starts (${name})`, () => {
      fc.assert(
        fc.property(texts, fc.boolean(), (text, upper) => {
          const input = upper ? text.toUpperCase() : text;
          for (const [, reader] of readers) {
            for (let at = 0; at <= input.length; at++) {
              if (mayStart(input, at, reader.starts)) continue;
              reader.regex.lastIndex = at;
              expect(reader.regex.exec(input)).toBeNull();
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  }
});
