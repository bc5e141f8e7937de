/** Entity ids: the ASCII loop gives what normalising and the three regexes give. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../src/core/registry.js";

const reference = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "entity";

describe("slugify", () => {
  it.each([
    ["Dewi Lestari", "dewi-lestari"],
    ["  O'Brien Jr. ", "o-brien-jr"],
    ["...", "entity"],
    ["Kementerian Luar Negeri (Kemlu)", "kementerian-luar-negeri-kemlu"],
    ["Léa Ørsted", "lea-rsted"],
  ])("%s", (name, expected) => {
    expect(slugify(name)).toBe(expected);
  });

  it("matches the reference on ASCII and beyond", () => {
    const pieces = fc.constantFrom(..."aZ09 -_.'’é\u0301ÅİK\t@[`{/:", "Dewi", "SBY", "--");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const name = parts.join("");
        expect(slugify(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});
