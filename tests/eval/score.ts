/**
 * Scoring one document's annotations against its gold: quotes (detection,
 * speaker, relation) and entity spans (exact and overlap), keeping every
 * mismatch so that errors can be explained.
 */
import type { Annotations, Entity, FigureKind, Quote, QuoteKind } from "remark-explainer/core";
import {
  type Candidate,
  matchOneToOne,
  mostlyInside,
  overlap,
  pickOneToOne,
  pieceSetScore,
  quoteMatchScore,
  singleCandidates,
} from "./match.ts";
import { speakerRight } from "./speakers.ts";
import type { EvalDocument, GoldEntity, GoldEntityType, GoldQuote, Range } from "./types.ts";

export interface QuotePair {
  gold: GoldQuote;
  /** The prediction matched, the first one when a set of pieces matched. */
  predicted: Quote;
  /** The other pieces of a matched set, when gold gave its content in several pieces. */
  pieces: Quote[];
  speakerRight: boolean;
}

export interface QuoteOutcome {
  /** The predictions that were scored (see `scoredQuotes`). */
  predicted: Quote[];
  /** Predicted relations: the predictions, each matched set counting once. */
  relations: number;
  pairs: QuotePair[];
  missed: GoldQuote[];
  spurious: Quote[];
}

/**
 * The predicted quotes a corpus can judge: those of the kinds its gold tags,
 * except partial quotes inside another predicted quote (quoted words within
 * reported speech belong to that relation, not to one of their own). Nested
 * direct or indirect quotes stay: relayed speech is a relation of its own.
 */
export function scoredQuotes(quotes: readonly Quote[], kinds: readonly QuoteKind[]): Quote[] {
  const nested = (quote: Quote): boolean =>
    quote.kind === "partial" &&
    quotes.some(
      (other) =>
        other !== quote &&
        other.content.start <= quote.content.start &&
        quote.content.end <= other.content.end &&
        other.content.end - other.content.start > quote.content.end - quote.content.start,
    );
  return quotes.filter((quote) => kinds.includes(quote.kind) && !nested(quote));
}

/**
 * One utterance's pieces share a key: the speaker, else the first piece of a
 * `continues` chain (a speakerless quote is only grouped with its own continuations).
 */
function utteranceKey(quote: Quote, byId: ReadonlyMap<string, Quote>): string {
  if (quote.speaker !== undefined) return `speaker:${quote.speaker}`;
  let first = quote;
  for (let hops = 0; first.continues !== undefined && hops < 100; hops++) {
    const previous = byId.get(first.continues);
    if (!previous) break;
    first = previous;
  }
  return `quote:${first.id}`;
}

/**
 * Candidates for gold contents given in several pieces: per utterance key, the
 * predictions lying mostly inside the gold content, as one set.
 */
function pieceCandidates(gold: readonly GoldQuote[], predicted: readonly Quote[]): Candidate[] {
  const byId = new Map(predicted.map((quote) => [quote.id, quote]));
  const candidates: Candidate[] = [];
  gold.forEach((quote, g) => {
    if (quote.content.length < 2) return;
    const groups = new Map<string, number[]>();
    predicted.forEach((p, index) => {
      if (!mostlyInside(quote.content, p.content)) return;
      const key = utteranceKey(p, byId);
      groups.set(key, [...(groups.get(key) ?? []), index]);
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const score = pieceSetScore(
        quote.content,
        members.map((m) => (predicted[m] as Quote).content),
      );
      if (score !== undefined) candidates.push({ gold: g, predicted: members, score });
    }
  });
  return candidates;
}

/**
 * Gold and predictions paired one-to-one: a prediction covering half of a gold
 * content matches it; a gold content given in several pieces is also matched
 * by the set of same-utterance predictions that together cover half of it,
 * the set counting as one predicted relation.
 */
export function scoreQuotes(
  document: EvalDocument,
  annotations: Annotations,
  kinds: readonly QuoteKind[] = ["direct", "partial", "indirect"],
): QuoteOutcome {
  const entities = new Map(annotations.entities.map((entity) => [entity.id, entity]));
  const predicted = scoredQuotes(annotations.quotes, kinds);
  const singles = singleCandidates(document.quotes, predicted, (gold, quote) =>
    quoteMatchScore(gold.content, quote.content),
  );
  const matches = pickOneToOne([...singles, ...pieceCandidates(document.quotes, predicted)]);
  const pairs: QuotePair[] = [];
  const matchedGold = new Set<number>();
  const matchedPredicted = new Set<number>();
  for (const match of matches) {
    const gold = document.quotes[match.gold];
    const quotes = match.predicted.map((p) => predicted[p] as Quote);
    const [first, ...pieces] = quotes;
    if (!gold || !first) continue;
    matchedGold.add(match.gold);
    for (const p of match.predicted) matchedPredicted.add(p);
    const right = quotes.some((quote) => speakerRight(gold, quote, entities, document.text));
    pairs.push({ gold, predicted: first, pieces, speakerRight: right });
  }
  return {
    predicted,
    relations: predicted.length - pairs.reduce((sum, pair) => sum + pair.pieces.length, 0),
    pairs,
    missed: document.quotes.filter((_, i) => !matchedGold.has(i)),
    spurious: predicted.filter((_, i) => !matchedPredicted.has(i)),
  };
}

/** A predicted span with the category it is scored under. */
export interface TypedSpan extends Range {
  type: GoldEntityType;
}

/**
 * How figures are scored. Durations ("tiga tahun", "selama 12 bulan") are not:
 * NER-UGM tags none of them as TIME, files some under QUANTITY and leaves the
 * spelled-out ones untagged, so neither category is a fair test of them.
 */
const FIGURE_TYPES: Record<FigureKind, GoldEntityType | undefined> = {
  number: "quantity",
  quantity: "quantity",
  percent: "quantity",
  money: "quantity",
  date: "time",
  duration: undefined,
};

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A mention that names the entity: it shares a word, case included, with the
 * entity's name or aliases. Pronouns and descriptions ("dia", "the spokesman")
 * resolved to an entity are mentions, but not names a NER corpus tags.
 */
function namesEntity(entity: Entity, mention: string): boolean {
  const nameWords = new Set([entity.name, ...(entity.aliases ?? [])].flatMap((name) => name.match(WORD) ?? []));
  return (mention.match(WORD) ?? []).some((word) => nameWords.has(word));
}

/** Named mentions of people, organizations and places; figures as quantity or time. Duplicates dropped. */
export function predictedSpans(annotations: Annotations): TypedSpan[] {
  const spans = new Map<string, TypedSpan>();
  const add = (type: GoldEntityType, span: Range): void => {
    spans.set(`${type}:${span.start}:${span.end}`, { type, start: span.start, end: span.end });
  };
  for (const entity of annotations.entities) {
    if (entity.type === "group") continue;
    const type = entity.type === "person" ? "person" : entity.type === "organization" ? "organization" : "place";
    for (const mention of entity.mentions) if (namesEntity(entity, mention.text)) add(type, mention);
  }
  for (const figure of annotations.figures) {
    const type = FIGURE_TYPES[figure.kind];
    if (type) add(type, figure.span);
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export type SpanMatching = "exact" | "overlap";

export interface EntityOutcome {
  type: GoldEntityType;
  matching: SpanMatching;
  tp: number;
  missed: GoldEntity[];
  spurious: TypedSpan[];
}

function sameSpan(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Per type and matching: matches one-to-one, missed gold and spurious predictions. */
export function scoreEntities(
  gold: readonly GoldEntity[],
  predicted: readonly TypedSpan[],
  types: readonly GoldEntityType[],
): EntityOutcome[] {
  const outcomes: EntityOutcome[] = [];
  for (const type of types) {
    const g = gold.filter((entity) => entity.type === type);
    const p = predicted.filter((span) => span.type === type);
    for (const matching of ["exact", "overlap"] as const) {
      const pairs = matchOneToOne(g, p, (a, b) => {
        if (matching === "exact") return sameSpan(a, b) ? 1 : undefined;
        const shared = overlap(a, b);
        return shared > 0 ? shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start)) : undefined;
      });
      const matchedGold = new Set(pairs.map(([i]) => i));
      const matchedPredicted = new Set(pairs.map(([, j]) => j));
      outcomes.push({
        type,
        matching,
        tp: pairs.length,
        missed: g.filter((_, i) => !matchedGold.has(i)),
        spurious: p.filter((_, j) => !matchedPredicted.has(j)),
      });
    }
  }
  return outcomes;
}
