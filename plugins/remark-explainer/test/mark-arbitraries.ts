/** Random marks over a text, for the property tests of the rewrite's HTML (satteri-html, compact). */
import fc from "fast-check";
import type { Properties } from "hast";
import { compareMarks, type Mark } from "../src/mdast/marks.js";
import { markKinds } from "../src/mdast/options.js";

/** Up to six marks within `length` characters, nested and crossing, sorted as `collectMarks` sorts them. */
export const marksOf = (length: number, properties: fc.Arbitrary<Properties>): fc.Arbitrary<Mark[]> =>
  fc
    .array(
      fc.record({
        start: fc.nat(length - 1),
        size: fc.integer({ min: 1, max: length }),
        kind: fc.constantFrom(...markKinds),
        trigger: fc.boolean(),
        properties,
      }),
      { maxLength: 6 },
    )
    .map((list) =>
      list
        .map(({ start, size, ...mark }) => ({ ...mark, start, end: Math.min(length, start + size) }))
        .sort(compareMarks),
    );
