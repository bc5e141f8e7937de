/**
 * Pronoun mentions that name no speaker: each unquoted "ia", "dia", "he", "she"
 * left after attribution becomes a mention of the most recent person, when
 * that person was named in the same or the previous block and no other person
 * was named in the pronoun's sentence before it (then the reference is unclear).
 */
import type { ArticleDocument } from "./document.js";
import type { Lexicon } from "./lexicon.js";
import type { EntityRecord } from "./registry.js";
import { TokenKind } from "./tokens.js";
import { addMention, type BlockView } from "./view.js";

/** Blocks a person stays the antecedent across. */
const RECENT_BLOCKS = 1;

export function addPronounMentions(document: ArticleDocument, lexicon: Lexicon, views: readonly BlockView[]): void {
  let last: EntityRecord | undefined;
  let lastBlock = -1;
  for (const view of views) {
    // Persons named in the current sentence, to tell a clear antecedent from a choice of two.
    let unit = -1;
    let inUnit = new Set<EntityRecord>();
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.unit[k] !== unit) {
        unit = view.unit[k] as number;
        inUnit = new Set();
      }
      const mention = view.mentions[k];
      if (mention) {
        if (mention.start === k && mention.entity.type === "person" && !view.quoted[k]) {
          last = mention.entity;
          lastBlock = view.index;
          inUnit.add(mention.entity);
        }
        continue;
      }
      const token = view.tokens[k];
      if (token?.kind !== TokenKind.Word || !lexicon.singular.has(token.lower) || view.quoted[k]) continue;
      if (!last || view.index - lastBlock > RECENT_BLOCKS || inUnit.size > 1) continue;
      addMention(document, view, k, k + 1, last);
    }
  }
}
