/**
 * People, organizations, places, groups and what they said: the speech half
 * of the annotator. Each block is tokenised once; quotation marks are paired
 * over the whole article; mentions are found in reading order so that later
 * short names resolve to earlier full ones; then cues are attributed.
 */
import type { LanguagePack } from "../languages/types.js";
import type { AnnotationWarning, Entity, Quote, Span } from "../types.js";
import { Attributor, type FoundQuote } from "./attribution.js";
import type { ArticleDocument } from "./document.js";
import { lexiconOf, WordFlag } from "./lexicon.js";
import { allMentions, findMentions } from "./mentions.js";
import { addPronounMentions } from "./pronouns.js";
import { pairQuotes, type QuoteRegion } from "./quotes.js";
import { type EntityRecord, Registry, slugify } from "./registry.js";
import { TokenKind } from "./tokens.js";
import { adoptNestedQuotations, dropUnnamedNested, untangleQuotes } from "./untangle.js";
import { type BlockView, blockViews } from "./view.js";

/** Below this, an attribution is reported as a warning. */
const LOW_CONFIDENCE = 0.5;

export function findSpeech(
  document: ArticleDocument,
  pack: LanguagePack,
  warnings: AnnotationWarning[],
): { entities: Entity[]; quotes: Quote[] } {
  const lexicon = lexiconOf(pack);
  const views = blockViews(document, lexicon);
  const regions = pairQuotes(
    views.map((view) => ({ text: view.block.text, tokens: view.tokens, quotable: view.block.kind === "paragraph" })),
  );
  markQuotes(views, regions);
  const lowercase = new Set<string>();
  for (const view of views) markSentences(view, lowercase);
  const registry = new Registry();
  findMentions({ document, lexicon, registry, lowercase }, views);
  const attributor = new Attributor(document, views, lexicon, registry, allMentions(views), {
    determiners: lexicon.sourceDeterminers,
    definite: lexicon.definiteDeterminers,
    cueNouns: lexicon.cueNouns,
    possessive: lexicon.possessive,
    relatives: lexicon.relativePronouns,
    progressiveEnding: pack.reporting.progressiveEnding,
    adverbEnding: pack.reporting.adverbEnding,
    pluralEnding: pack.reporting.pluralEnding,
  });
  const found = adoptNestedQuotations(dropUnnamedNested(untangleQuotes(attributor.run(regions))));
  addPronounMentions(document, views);
  return output(document, views, registry, found, warnings);
}

/** Flag the tokens inside quotations, marks included. */
function markQuotes(views: BlockView[], regions: readonly QuoteRegion[]): void {
  for (const region of regions) {
    if (region.depth > 0) continue;
    for (let b = region.openBlock; b <= region.closeBlock; b++) {
      const view = views[b] as BlockView;
      const from = b === region.openBlock ? region.open : 0;
      const to = b === region.closeBlock ? region.close : view.tokens.length - 1;
      view.quoted.fill(1, from, to + 1);
    }
  }
}

/**
 * Sentence-initial words, and attribution units: sentences whose breaks inside quotations do not
 * count. Adds the words written in lower case to `lowercase`, in the same pass (common words, 4 in
 * 10 lower-case tokens, are left out: the rules that read the Set rule them out before).
 */
function markSentences(view: BlockView, lowercase: Set<string>): void {
  let unit = 0;
  let initial = true;
  for (let k = 0; k < view.tokens.length; k++) {
    const token = view.tokens[k];
    if (!token) continue;
    // An opening mark after a sentence's end starts the next unit (Kompas: "ini. ”Jadi").
    if (view.quoted[k] && !view.quoted[k - 1] && k > 0 && view.ends[k - 1] === false && isFinal(view, k - 1)) unit++;
    view.unit[k] = unit;
    if (token.kind === TokenKind.Word) {
      view.initial[k] = initial;
      initial = false;
      if (!token.cap && (token.flags & WordFlag.Common) === 0) lowercase.add(token.lower);
    }
    if (view.ends[k]) {
      initial = true;
      if (!view.quoted[k] || !view.quoted[k + 1]) unit++;
    }
  }
}

function isFinal(view: BlockView, k: number): boolean {
  const text = view.tokens[k]?.text;
  return text === "." || text === "!" || text === "?" || text === "…";
}

function output(
  document: ArticleDocument,
  views: readonly BlockView[],
  registry: Registry,
  found: readonly FoundQuote[],
  warnings: AnnotationWarning[],
): { entities: Entity[]; quotes: Quote[] } {
  const used = new Set<EntityRecord>();
  for (const quote of found) {
    if (quote.speaker) used.add(quote.speaker);
    if (quote.via) used.add(quote.via);
  }
  // Each entity's mention spans, at its `order` (its index in the registry): no Map keyed by records.
  const mentions: Entity["mentions"][] = [];
  for (const view of views) {
    let previous: unknown;
    for (const mention of view.mentions) {
      if (!mention || mention === previous) continue;
      previous = mention;
      mentions[mention.entity.order] ??= [];
      mentions[mention.entity.order]?.push(mention.span);
    }
  }
  const kept = registry.entities.filter(
    (entity) => (!entity.tentative || used.has(entity)) && (mentions[entity.order]?.length ?? 0) > 0,
  );
  for (const entity of kept) if (entity.affiliation) used.add(entity.affiliation);
  const ids = new Map<EntityRecord, string>();
  const taken = new Set<string>();
  for (const entity of kept) {
    const base = slugify(entity.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(entity, id);
  }
  const entities: Entity[] = kept.map((record) => {
    const entity: Entity = {
      id: ids.get(record) as string,
      type: record.type,
      name: record.name,
      mentions: byStart(mentions[record.order] ?? []),
    };
    if (record.role) entity.role = record.role;
    const affiliation = record.affiliation && ids.get(record.affiliation);
    if (affiliation) entity.affiliation = affiliation;
    if (record.aliases.size > 0) entity.aliases = [...record.aliases];
    return entity;
  });
  const lines = new LineIndex(document.source);
  const quoteIds = new Map(found.map((item, index) => [item, `q${index + 1}`]));
  const quotes: Quote[] = found.map((item, index) => {
    const quote: Quote = { id: `q${index + 1}`, kind: item.kind, content: item.content, confidence: item.confidence };
    if (item.cue) quote.cue = item.cue;
    const speaker = item.speaker && ids.get(item.speaker);
    if (speaker) quote.speaker = speaker;
    // A pronoun naming no one is kept as the source of a quote without speaker.
    if (item.source && (speaker || !item.speaker)) quote.source = item.source;
    const via = item.via && ids.get(item.via);
    if (via) quote.via = via;
    const continues = item.continues && quoteIds.get(item.continues);
    if (continues) quote.continues = continues;
    quote.block = item.block;
    if (quote.confidence < LOW_CONFIDENCE) {
      warnings.push({
        ruleId: "low-confidence-speaker",
        reason: speaker
          ? `Speaker of ${quote.id} guessed as "${item.speaker?.name}" from the context only.`
          : quote.source
            ? `"${quote.source.text}" in the attribution of ${quote.id} points back to no one named before it.`
            : `No speaker found for ${quote.id}.`,
        line: lines.lineOf(quote.content.start),
        ref: quote.id,
      });
    }
    return quote;
  });
  return { entities, quotes };
}

/** Spans in source order. They come in reading order, so sorted already (almost always): then no sort, whose copy cost more. */
function byStart(spans: Span[]): Span[] {
  for (let k = 1; k < spans.length; k++)
    if ((spans[k - 1] as Span).start > (spans[k] as Span).start) return spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** 1-based line numbers of source offsets, by binary search over line starts built once. */
class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly source: string) {}

  lineOf(offset: number): number {
    if (!this.starts) {
      this.starts = [0];
      for (let k = this.source.indexOf("\n"); k !== -1; k = this.source.indexOf("\n", k + 1)) this.starts.push(k + 1);
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
