import type { LanguagePack } from "../languages/types.js";
import type { Figure } from "../types.js";
import { parseArticleDate } from "./dates.js";
import { type ArticleDocument, toSpan } from "./document.js";
import { figureMatchers } from "./figure-matchers.js";
import { scanFigures } from "./figure-scanner.js";

export interface FigureOptions {
  /** The article's date (`YYYY-MM-DD`), to resolve relative dates. */
  date?: string | undefined;
}

/**
 * Numbers, quantities, percentages, money, dates and durations, with ids
 * `f1`, `f2`, … in source order. Dates are resolved against `options.date`
 * when it is given; without it only dates written in full get a `date`.
 */
export function findFigures(document: ArticleDocument, pack: LanguagePack, options: FigureOptions): Figure[] {
  const matchers = figureMatchers(pack);
  const article = parseArticleDate(options.date);
  const figures: Figure[] = [];
  for (const block of document.blocks) {
    const first = figures.length;
    for (const found of scanFigures(block.text, matchers, article)) {
      // Field by field rather than rest and spread (a generic copy per figure); the keys keep their order.
      const figure = { id: `f${figures.length + 1}`, kind: found.kind } as Figure;
      if (found.value !== undefined) figure.value = found.value;
      if (found.valueMax !== undefined) figure.valueMax = found.valueMax;
      if (found.unit !== undefined) figure.unit = found.unit;
      if (found.approximate !== undefined) figure.approximate = found.approximate;
      if (found.date !== undefined) figure.date = found.date;
      figure.span = toSpan(document, block, found.start, found.end);
      if (found.previous !== undefined) figure.previous = `f${first + found.previous + 1}`;
      figure.block = block.id;
      figures.push(figure);
    }
  }
  return figures;
}
