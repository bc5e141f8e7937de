/**
 * Pronoun mentions that name no speaker: each unquoted "ia", "dia", "he", "she"
 * left after attribution becomes a mention of the most recent person, when
 * that person was named in the same or the previous block and no other person
 * was named in the pronoun's sentence before it (then the reference is unclear).
 */
import type { ArticleDocument } from "./document.js";
import { WordFlag } from "./lexicon.js";
import type { EntityRecord } from "./registry.js";
import { TokenKind } from "./tokens.js";
import { addMention, type BlockView } from "./view.js";

/** Blocks a person stays the antecedent across. */
const RECENT_BLOCKS = 1;

export function addPronounMentions(document: ArticleDocument, views: readonly BlockView[]): void {
  let last: EntityRecord | undefined;
  let lastBlock = -1;
  for (const view of views) {
    // Persons named in the current sentence, to tell a clear antecedent from a choice of two:
    // the first one, and whether another followed (a count, not a Set per sentence).
    let unit = -1;
    let firstInUnit: EntityRecord | undefined;
    let severalInUnit = false;
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.unit[k] !== unit) {
        unit = view.unit[k] as number;
        firstInUnit = undefined;
        severalInUnit = false;
      }
      const mention = view.mentions[k];
      if (mention) {
        if (mention.start === k && mention.entity.type === "person" && !view.quoted[k]) {
          last = mention.entity;
          lastBlock = view.index;
          if (firstInUnit === undefined) firstInUnit = mention.entity;
          else if (mention.entity !== firstInUnit) severalInUnit = true;
        }
        continue;
      }
      const token = view.tokens[k];
      if (token?.kind !== TokenKind.Word || (token.flags & WordFlag.Singular) === 0 || view.quoted[k]) continue;
      if (!last || view.index - lastBlock > RECENT_BLOCKS || severalInUnit) continue;
      addMention(document, view, k, k + 1, last);
    }
  }
}
