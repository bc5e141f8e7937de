/**
 * Figures, fixture by fixture: each case gives a sentence (our own), the article
 * date if any, and every figure expected in it, nothing more.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../src/core/document.js";
import { findFigures } from "../src/core/figures.js";
import { en } from "../src/languages/en.js";
import { generic } from "../src/languages/generic.js";
import { id } from "../src/languages/id.js";
import type { LanguagePack } from "../src/languages/types.js";
import type { Figure } from "../src/types.js";

interface Case {
  rule: string;
  text: string;
  date?: string;
  figures: Record<string, unknown>[];
}

/** A figure as the fixtures write it: its text instead of its span, no id or block. */
function reading(figure: Figure): Record<string, unknown> {
  const { id: _id, span, block: _block, ...fields } = figure;
  return { text: span.text, ...fields };
}

for (const pack of [id, en, generic] satisfies LanguagePack[]) {
  const cases = JSON.parse(
    readFileSync(new URL(`./fixtures/figures/${pack.code}.json`, import.meta.url), "utf8"),
  ) as Case[];
  describe(`figures (${pack.code})`, () => {
    for (const fixture of cases) {
      it(fixture.rule, () => {
        const document = documentFromText(fixture.text);
        const figures = findFigures(document, pack, { date: fixture.date });
        expect(figures.map(reading)).toEqual(fixture.figures);
        for (const figure of figures)
          expect(fixture.text.slice(figure.span.start, figure.span.end)).toBe(figure.span.text);
      });
    }
  });
}
