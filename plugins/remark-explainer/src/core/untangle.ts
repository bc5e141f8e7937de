/**
 * Quotes may nest (a partial quote inside reported speech) but never cross:
 * a reader, the rewrite and the cards all assume a tree. Rules that each look
 * at one cue can still produce two contents that overlap without one holding
 * the other, on odd input; the weaker of the two gives way.
 */
import type { QuoteKind, Span } from "../types.js";

interface Placed {
  kind: QuoteKind;
  content: Span;
  confidence: number;
  speaker?: { type: string; name: string } | undefined;
  source?: Span | undefined;
}

/** Marked quotes are firmer evidence than reported speech. */
const STRENGTH: Record<QuoteKind, number> = { direct: 2, partial: 1, indirect: 0 };

/** `quotes` without those that cross a stronger one, in their original order. */
export function untangleQuotes<T extends Placed>(quotes: readonly T[]): T[] {
  const order = [...quotes].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const dropped = new Set<T>();
  // Kept quotes still open at the current start, outermost first.
  const open: T[] = [];
  for (const quote of order) {
    while (open.length > 0 && (open.at(-1) as T).content.end <= quote.content.start) open.pop();
    let keep = true;
    while (open.length > 0) {
      const holder = open.at(-1) as T;
      if (quote.content.end <= holder.content.end) break;
      if (stronger(quote, holder)) {
        dropped.add(holder);
        open.pop();
      } else {
        keep = false;
        break;
      }
    }
    if (keep) open.push(quote);
    else dropped.add(quote);
  }
  return dropped.size === 0 ? [...quotes] : quotes.filter((quote) => !dropped.has(quote));
}

/** Whether `a` wins over `b` it crosses; on a tie the quote met first stays. */
function stronger(a: Placed, b: Placed): boolean {
  const byKind = STRENGTH[a.kind] - STRENGTH[b.kind];
  return byKind !== 0 ? byKind > 0 : a.confidence > b.confidence;
}

/**
 * Reported speech opening inside another's reported content is that source's account
 * ("…, a source said: a campaign operative decided to …"): it stands on its own only
 * when a name of a person or organization says it, not a description, group or pronoun.
 */
export function dropUnnamedNested<T extends Placed>(quotes: readonly T[]): T[] {
  // Untangled quotes nest or stand apart: one sweep in reading order with the reports still open.
  const order = [...quotes].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const open: T[] = [];
  const dropped = new Set<T>();
  for (const quote of order) {
    while (open.length > 0 && (open.at(-1) as T).content.end <= quote.content.start) open.pop();
    const outermost = open[0];
    if (quote.kind === "indirect" && outermost && outermost.content.start < quote.content.start && !named(quote))
      dropped.add(quote);
    else if (quote.kind === "indirect") open.push(quote);
  }
  return dropped.size === 0 ? [...quotes] : quotes.filter((quote) => !dropped.has(quote));
}

/** The source is written as (part of) its speaker's name: "Reed", not "he" or "the campaign". */
function named(quote: Placed): boolean {
  const { speaker, source } = quote;
  return (
    speaker !== undefined && speaker.type !== "group" && source !== undefined && speaker.name.includes(source.text)
  );
}

interface Adoptable extends Placed {
  cue?: Span | undefined;
  via?: unknown;
  continues?: unknown;
}

/**
 * A quotation with no cue of its own inside reported speech is that report's quoted words:
 * "“You squeezed the workers” to drive up your pay, Reed said" — Reed's partial quote, not an
 * unattributed direct one. So is a partial one cued inside the report by a description ("Reed
 * said the case showed the board had “lost its grip”": Reed's words, not the case's).
 * Changed in place: other quotes may point to it (`continues`).
 */
export function adoptNestedQuotations<T extends Adoptable>(quotes: readonly T[]): T[] {
  const order = [...quotes].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const open: T[] = [];
  for (const quote of order) {
    while (open.length > 0 && (open.at(-1) as T).content.end <= quote.content.start) open.pop();
    const holder = open.at(-1);
    if (quote.kind === "indirect") open.push(quote);
    else if (
      holder &&
      holder.content.end >= quote.content.end &&
      (quote.cue ? cuedWithin(quote, holder) : quote.kind === "direct")
    ) {
      quote.kind = "partial";
      quote.confidence = holder.confidence;
      // Assigned, not deleted: a quote keeps its hidden class (see `FoundQuote`).
      quote.speaker = holder.speaker;
      quote.source = holder.source;
      if (holder.cue) quote.cue = holder.cue;
      quote.via = holder.via;
      quote.continues = undefined;
    }
  }
  return [...quotes];
}

/**
 * A quotation cued inside `holder`'s reported words by a place ("a spokesperson said Berlin supported
 * “a simpler framework”"), or a partial one by a description; not by a person's name or a pronoun,
 * nor a whole quotation by a description ("…, the mother of three replied, “…”" is hers).
 */
function cuedWithin(quote: Adoptable, holder: Adoptable): boolean {
  const cue = quote.cue as Span;
  const type = quote.speaker?.type;
  return (
    (type === "place" || (type === "group" && quote.kind === "partial")) &&
    cue.start >= holder.content.start &&
    cue.end <= holder.content.end
  );
}
