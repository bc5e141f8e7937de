/** Is a predicted quote's speaker the gold one? */
import type { Entity, Quote } from "remark-explainer/core";
import { overlap } from "./match.ts";
import type { GoldQuote, Range } from "./types.ts";

function words(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function indexOfWords(haystack: string[], needle: string[]): number {
  if (needle.length === 0) return -1;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return i;
  }
  return -1;
}

/**
 * Names match ignoring case, spacing and punctuation, and also when the
 * candidate is part of the gold name that includes its last word (a surname:
 * "Manurung", "Roland Manurung" for "AKP Roland Manurung"), or the candidate
 * holds the whole gold name (a title before it).
 */
export function namesMatch(candidate: string, gold: string): boolean {
  const c = words(candidate);
  const g = words(gold);
  if (c.length === 0 || g.length === 0) return false;
  const at = indexOfWords(g, c);
  if (at >= 0 && at + c.length === g.length) return true;
  return indexOfWords(c, g) >= 0;
}

/** The speaker entity's name, aliases and mention texts. */
function entityNames(entity: Entity): string[] {
  return [entity.name, ...(entity.aliases ?? []), ...entity.mentions.map((mention) => mention.text)];
}

/**
 * PFSA-ID gives a name: right when the entity's name or any of its aliases or
 * mentions matches the resolved gold name or the short name the text used.
 * PolNeAR gives the literal source mention: right when one of the entity's
 * mentions, or the quote's own `source`, overlaps it.
 * A gold quote with no speaker is right only when none is predicted.
 */
export function speakerRight(
  gold: GoldQuote,
  quote: Quote,
  entities: ReadonlyMap<string, Entity>,
  text: string,
): boolean {
  const entity = quote.speaker === undefined ? undefined : entities.get(quote.speaker);
  if (!gold.speaker) return entity === undefined && quote.source === undefined;
  const { name, mentions } = gold.speaker;
  if (name !== undefined) {
    if (!entity) return false;
    const goldNames = [name, ...mentions.map((m: Range) => text.slice(m.start, m.end))];
    return entityNames(entity).some((candidate) => goldNames.some((g) => namesMatch(candidate, g)));
  }
  const spans: Range[] = [...(entity?.mentions ?? []), ...(quote.source ? [quote.source] : [])];
  return spans.some((span) => mentions.some((m) => overlap(span, m) > 0));
}
