/**
 * The annotator: a pure function from an article to its `Annotations`.
 * It reads no files and touches no tree; the remark plugin and the CLI adapt it.
 */
import { chooseLanguage, type LanguageOptions } from "../languages/index.js";
import type { Annotations, AnnotationWarning } from "../types.js";
import { type ArticleDocument, blockRecords, documentFromText, documentFromTree } from "./document.js";
import { findFigures } from "./figures.js";
import { applyOverrides, type ExplainerOverrides } from "./overrides.js";
import { findSpeech } from "./speech.js";

export interface AnnotateOptions extends LanguageOptions {
  /** The article's publication date (`YYYY-MM-DD`), to resolve relative dates. */
  date?: string;
  /** The author's corrections (frontmatter `explainer`), applied after detection. */
  overrides?: ExplainerOverrides;
}

/** Annotate an article already split into text blocks. */
export function annotate(document: ArticleDocument, options: AnnotateOptions = {}): Annotations {
  const warnings: AnnotationWarning[] = [];
  const { lang, pack } = chooseLanguage(document, options, warnings);
  const { entities, quotes } = findSpeech(document, pack, warnings);
  const figures = findFigures(document, pack, { date: options.date });
  const annotations = { lang, entities, quotes, figures, blocks: blockRecords(document), warnings };
  return options.overrides ? applyOverrides(annotations, options.overrides) : annotations;
}

export { documentFromText, documentFromTree };
