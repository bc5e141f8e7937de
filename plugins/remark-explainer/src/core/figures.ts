import type { LanguagePack } from "../languages/types.js";
import type { Figure } from "../types.js";
import type { ArticleDocument } from "./document.js";

export interface FigureOptions {
  /** The article's date (`YYYY-MM-DD`), to resolve relative dates. */
  date?: string | undefined;
}

/** Numbers, quantities, percentages, money, dates and durations. */
export function findFigures(_document: ArticleDocument, _pack: LanguagePack, _options: FigureOptions): Figure[] {
  return [];
}
