/**
 * The shipped article's figures, as a careful reader finds them: the Pentagon's
 * estimate of 10.000 troops (twice, approximate), changed from 3.000, and the
 * relative dates, resolved against the article's date (Tuesday 29 October 2024).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../src/core/document.js";
import { findFigures } from "../src/core/figures.js";
import { id } from "../src/languages/id.js";

const markdown = readFileSync(
  new URL("../../../content/articles/pasukan-korea-utara-ke-rusia.md", import.meta.url),
  "utf8",
);
const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
const body = markdown.slice(frontmatter?.[0].length ?? 0);
const date = /^date:\s*(\S+)/m.exec(frontmatter?.[1] ?? "")?.[1];

describe("figures of the shipped article", () => {
  it("is dated 29 October 2024", () => {
    expect(date).toBe("2024-10-29");
  });

  it("finds the troop estimates, their change and the dates", () => {
    const figures = findFigures(documentFromText(body), id, { date });
    const reading = figures.map(({ span, block: _block, ...figure }) => ({ text: span.text, ...figure }));
    expect(reading).toEqual([
      { id: "f1", text: "10.000 tentara", kind: "quantity", value: 10000, unit: "tentara", approximate: true },
      {
        id: "f2",
        text: "10.000 tentara",
        kind: "quantity",
        value: 10000,
        unit: "tentara",
        approximate: true,
        previous: "f3",
      },
      { id: "f3", text: "3.000 tentara", kind: "quantity", value: 3000, unit: "tentara" },
      { id: "f4", text: "minggu lalu", kind: "date", date: "2024-10-22" },
      { id: "f5", text: "Selasa", kind: "date", date: "2024-10-29" },
      { id: "f6", text: "Selasa", kind: "date", date: "2024-10-29" },
      { id: "f7", text: "Senin", kind: "date", date: "2024-10-28" },
      { id: "f8", text: "Senin", kind: "date", date: "2024-10-28" },
      { id: "f9", text: "Juni", kind: "date", date: "2024-06" },
      { id: "f10", text: "akhir pekan ini", kind: "date", date: "2024-11-02" },
      { id: "f11", text: "berminggu-minggu", kind: "duration", unit: "minggu" },
    ]);
  });

  it("puts the second estimate and its earlier value in the same paragraph", () => {
    const figures = findFigures(documentFromText(body), id, { date });
    const [, second, earlier] = figures;
    expect(second?.block).toBe(earlier?.block);
    expect(second?.span.text).toBe("10.000 tentara");
    expect(body.slice(second?.span.start, earlier?.span.end)).toContain("naik dari perkiraan awal");
  });
});
