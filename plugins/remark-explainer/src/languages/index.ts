/**
 * The language packs and how one is chosen for an article.
 * Adding a language is adding one file beside this one and listing it here.
 */

import type { ArticleDocument } from "../core/document.js";
import type { AnnotationWarning } from "../types.js";
import { en } from "./en.js";
import { generic } from "./generic.js";
import { id } from "./id.js";
import type { LanguagePack } from "./types.js";

export type { LanguagePack } from "./types.js";

/** The packs that ship with the plugin. */
export const builtinLanguages: readonly LanguagePack[] = [id, en];

export interface LanguageOptions {
  /** The article's language (frontmatter `lang`); detected from the text when absent. */
  lang?: string | undefined;
  /** Extra or replacement packs; a pack whose `code` matches a built-in one replaces it. */
  languages?: readonly LanguagePack[] | undefined;
}

/** Pick the pack for an article, warning when its language is not supported. */
export function chooseLanguage(
  document: ArticleDocument,
  options: LanguageOptions,
  warnings: AnnotationWarning[],
): { lang: string; pack: LanguagePack } {
  const packs = new Map<string, LanguagePack>();
  for (const pack of [...builtinLanguages, ...(options.languages ?? [])]) packs.set(pack.code, pack);
  const lang = (options.lang ?? detectLanguage(document, [...packs.values()])).toLowerCase().split(/[-_]/)[0] ?? "";
  const pack = packs.get(lang);
  if (pack) return { lang, pack };
  warnings.push({
    ruleId: "unsupported-language",
    reason: `No language pack for "${lang}"; using language-independent rules (quotation marks, numbers, capitalisation).`,
  });
  return { lang, pack: generic };
}

/** The pack whose stopwords cover most of the text's words. */
export function detectLanguage(document: ArticleDocument, packs: readonly LanguagePack[]): string {
  const counts = new Map<string, number>();
  const sets = packs.map((pack) => ({ code: pack.code, words: new Set(pack.stopwords) }));
  for (const block of document.blocks) {
    for (const [word] of block.text.toLowerCase().matchAll(/\p{L}+/gu)) {
      for (const { code, words } of sets) if (words.has(word)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  let best = packs[0]?.code ?? "und";
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
