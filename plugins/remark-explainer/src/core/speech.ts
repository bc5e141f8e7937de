import type { LanguagePack } from "../languages/types.js";
import type { AnnotationWarning, Entity, Quote } from "../types.js";
import type { ArticleDocument } from "./document.js";

/** People, organizations, places, groups and what they said. */
export function findSpeech(
  _document: ArticleDocument,
  _pack: LanguagePack,
  _warnings: AnnotationWarning[],
): { entities: Entity[]; quotes: Quote[] } {
  return { entities: [], quotes: [] };
}
