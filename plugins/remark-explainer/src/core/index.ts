/** The annotator without any tree rewriting: for tools that only want the data. */

export { builtinLanguages, detectLanguage, type LanguageOptions } from "../languages/index.js";
export type { LanguagePack } from "../languages/types.js";
export type * from "../types.js";
export { type AnnotateOptions, annotate, documentFromText, documentFromTree } from "./annotate.js";
export type { ArticleDocument, TextBlock } from "./document.js";
export {
  applyOverrides,
  type EntityOverride,
  ExplainerOverrideError,
  type ExplainerOverrides,
} from "./overrides.js";
