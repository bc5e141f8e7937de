/**
 * Properties of figures on generated text: every span cuts its own text out of
 * the source, ids run f1, f2, … in source order, figures never overlap, and a
 * `previous` link points at another figure of the article.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../src/core/document.js";
import { findFigures } from "../src/core/figures.js";
import { en } from "../src/languages/en.js";
import { id } from "../src/languages/id.js";

const pieces = [
  "10.000",
  "3,5",
  "1,2",
  "25",
  "2024",
  "7/3/2019",
  "(28/12)",
  "15.50",
  "4–6",
  "5%",
  "%",
  "-",
  "–",
  ".",
  ",",
  "Rp",
  "US$",
  "$",
  "juta",
  "ribu",
  "miliar",
  "persen",
  "tentara",
  "orang",
  "sekitar",
  "naik dari",
  "menjadi",
  "dua",
  "puluh",
  "lima",
  "belas",
  "seratus",
  "puluhan",
  "Selasa",
  "Senin",
  "Juni",
  "Okt",
  "Oktober",
  "lalu",
  "depan",
  "minggu lalu",
  "akhir pekan ini",
  "tahun",
  "hari",
  "berminggu-minggu",
  "pada",
  "Pasal",
  "COVID-19",
  "thousand",
  "twenty-five",
  "last",
  "Tuesday",
  "Oct.",
  "ago",
  "years",
  "up from",
  "percent",
  "of",
  "the",
  "1990s",
  "1970-an",
  "pukul",
  "WIB",
  "p.m.",
  "(",
  ")",
  "“",
  "”",
  "\n",
  "\n\n",
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "", "  ", "\u00a0")), { maxLength: 40 })
  .map((parts) => parts.map(([piece, space]) => piece + space).join(""));

describe("figure properties", () => {
  for (const pack of [id, en]) {
    it(`hold on generated ${pack.code} text`, () => {
      fc.assert(
        fc.property(text, fc.constantFrom(undefined, "2024-10-29", "2025-01-01"), (source, date) => {
          const figures = findFigures(documentFromText(source), pack, { date });
          const ids = new Set(figures.map((figure) => figure.id));
          figures.forEach((figure, index) => {
            expect(figure.id).toBe(`f${index + 1}`);
            expect(source.slice(figure.span.start, figure.span.end)).toBe(figure.span.text);
            expect(figure.span.end).toBeGreaterThan(figure.span.start);
            const next = figures[index + 1];
            if (next) expect(next.span.start).toBeGreaterThanOrEqual(figure.span.end);
            if (figure.previous !== undefined) {
              expect(ids.has(figure.previous)).toBe(true);
              expect(figure.previous).not.toBe(figure.id);
            }
            if (figure.value !== undefined) expect(Number.isFinite(figure.value)).toBe(true);
            if (figure.date !== undefined) expect(figure.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          });
        }),
        { numRuns: 300 },
      );
    });
  }
});
