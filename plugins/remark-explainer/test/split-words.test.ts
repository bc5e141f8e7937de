/** Names split into words: the loop with `split(" ")` gives what `split(/\s+/)` gives. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitWords } from "../src/core/registry.js";

const reference = (text: string): string[] => text.split(/\s+/);

describe("splitWords", () => {
  it.each([
    ["dewi lestari", ["dewi", "lestari"]],
    ["", [""]],
    [" park", ["", "park"]],
    ["park ", ["park", ""]],
    ["jo  reed", ["jo", "reed"]],
    ["jo\u00a0reed\nsmith", ["jo", "reed", "smith"]],
  ])("%j", (text, expected) => {
    expect(splitWords(text)).toEqual(expected);
  });

  it("splits at every code unit exactly as \\s does", () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(splitWords(text)).toEqual(reference(text));
    }
  });

  it("matches the reference on mixes of words and spaces", () => {
    const pieces = fc.constantFrom(
      "a",
      "Budi",
      "é",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u2009",
      "\u3000",
      "\ufeff",
      "-",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(splitWords(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
