/**
 * The evaluation: load the corpora, run the annotator on every document, score
 * it, and (English) run compromise on the same text as a baseline.
 * The annotator is passed in, so the runner can use the built package and the
 * regression test the sources.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Annotations } from "remark-explainer/core";
import { compromiseSpans } from "./compromise.ts";
import { type ErrorGroup, ErrorLog, type ErrorRecord, inContext, shorten } from "./errors.ts";
import { matchOneToOne, type Prf, quoteMatchScore, Tally } from "./match.ts";
import { loadIdner, loadNerugm, SENTENCES_PER_DOCUMENT } from "./ner.ts";
import { loadPfsa } from "./pfsa.ts";
import { loadPolnear } from "./polnear.ts";
import { predictedSpans, scoredQuotes, scoreEntities, scoreQuotes } from "./score.ts";
import type { Corpus, EvalDocument, GoldEntityType, Range } from "./types.ts";

export type Annotator = (text: string, lang: string) => Annotations;

/** Why the corpora cannot be read, or undefined when they can. */
export function corpusMissing(root: string): string | undefined {
  if (!existsSync(join(root, "README.md"))) return `evaluation corpus not found at ${root}`;
  return undefined;
}

export function loadCorpora(root: string): Corpus[] {
  const read = (path: string): string => readFileSync(join(root, path), "utf8");
  const grouped = `sentences grouped in file order into pseudo-articles of ${SENTENCES_PER_DOCUMENT}, one paragraph each`;
  return [
    {
      name: "pfsa-id",
      lang: "id",
      scores: { quoteKinds: ["direct"], entityTypes: [] },
      notes: [
        "direct quotes only are STATEMENTs, so only predicted direct quotes are scored",
        "one document per article; sentences become paragraphs, except inside a quotation, which stays in one paragraph",
        "speaker: nearest CUE/CUECOREF, the PERSON/PERSONCOREF in its sentence, else the last one before the statement",
      ],
      documents: loadPfsa(read("pfsa-id/dev.txt")),
    },
    {
      name: "polnear",
      lang: "en",
      scores: { quoteKinds: ["direct", "partial", "indirect"], entityTypes: [] },
      notes: ["one document per article, text as published; first annotator file in name order when there are several"],
      documents: loadPolnear(join(root, "polnear/dev")),
    },
    {
      name: "idner-news-2k",
      lang: "id",
      scores: { quoteKinds: [], entityTypes: ["person", "organization", "place"] },
      notes: [grouped, "quotation marks were removed from this release"],
      documents: loadIdner(read("idner-news-2k/dev.txt")),
    },
    {
      name: "indolem-nerugm",
      lang: "id",
      scores: { quoteKinds: [], entityTypes: ["person", "organization", "place", "quantity", "time"] },
      notes: [grouped],
      documents: loadNerugm(read("indolem-nerugm/dev.tsv")),
    },
  ];
}

export interface QuoteResult {
  detection: Prf;
  speaker: { right: number; judged: number; accuracy: number };
  relation: Prf;
  /** Gold in quotation marks vs not; predictions split by kind (direct/partial vs indirect). */
  byStyle: { quoted: Prf; unquoted: Prf };
}

export interface EntityResult {
  type: GoldEntityType;
  exact: Prf;
  overlap: Prf;
}

/** compromise beside us on the same English text, where gold allows a comparison. */
export interface BaselineResult {
  /** Quoted-text detection against the gold contents in quotation marks. */
  quotations: { ours: Prf; compromise: Prf };
  /** Gold source mentions that are names, found as a named person/organization span. */
  namedSources: { ours: number; compromise: number; of: number };
  milliseconds: { ours: number; compromise: number };
}

export interface CorpusResult {
  name: string;
  lang: string;
  documents: number;
  characters: number;
  notes: string[];
  quotes?: QuoteResult;
  entities: EntityResult[];
  baseline?: BaselineResult;
  errors: ErrorGroup[];
  records: ErrorRecord[];
  milliseconds: number;
}

const TOP_ERRORS = 8;

function quoteCategories(traits: readonly string[], kind: string): string[] {
  return traits.map((trait) => `${kind} · ${trait}`);
}

function scoreCorpusQuotes(corpus: Corpus, annotated: Annotations[], log: ErrorLog): QuoteResult {
  const detection = new Tally();
  const relation = new Tally();
  const quoted = new Tally();
  const unquoted = new Tally();
  let judged = 0;
  let right = 0;
  corpus.documents.forEach((document, index) => {
    const annotations = annotated[index] as Annotations;
    const outcome = scoreQuotes(document, annotations, corpus.scores.quoteKinds);
    const { predicted, relations } = outcome;
    detection.add(outcome.pairs.length, relations, document.quotes.length);
    relation.add(outcome.pairs.filter((pair) => pair.speakerRight).length, relations, document.quotes.length);
    const isIndirect = (kind: string): boolean => kind === "indirect";
    // The pieces of a matched set beyond its first count once, under the first piece's kind.
    const merged = outcome.pairs.flatMap((pair) => pair.pieces);
    const styleCount = (indirect: boolean): number =>
      predicted.filter((quote) => isIndirect(quote.kind) === indirect).length -
      merged.filter((quote) => isIndirect(quote.kind) === indirect).length;
    quoted.add(
      outcome.pairs.filter((pair) => pair.gold.quoted && !isIndirect(pair.predicted.kind)).length,
      styleCount(false),
      document.quotes.filter((quote) => quote.quoted).length,
    );
    unquoted.add(
      outcome.pairs.filter((pair) => !pair.gold.quoted && isIndirect(pair.predicted.kind)).length,
      styleCount(true),
      document.quotes.filter((quote) => !quote.quoted).length,
    );

    const text = document.text;
    const record = (kind: string, range: Range, detail: string): ErrorRecord => ({
      kind,
      document: document.id,
      start: range.start,
      end: range.end,
      detail,
    });
    const missed = new Set(outcome.missed);
    for (const gold of document.quotes) {
      const categories = quoteCategories(gold.traits, "missed quote");
      log.seen(categories);
      const first = gold.content[0] as Range;
      const last = gold.content.at(-1) as Range;
      if (missed.has(gold)) {
        const range = { start: first.start, end: last.end };
        log.fail(
          categories,
          text.slice(first.start, first.end),
          record("missed quote", range, shorten(text.slice(range.start, range.end), 160)),
        );
      }
    }
    for (const quote of predicted) {
      const categories = [`spurious quote · kind:${quote.kind}`];
      log.seen(categories);
      if (outcome.spurious.includes(quote)) {
        const snippet = inContext(text, quote.content.start, quote.content.end);
        log.fail(
          categories,
          snippet,
          record("spurious quote", quote.content, inContext(text, quote.content.start, quote.content.end, 160)),
        );
      }
    }
    const names = new Map(annotations.entities.map((entity) => [entity.id, entity.name]));
    for (const pair of outcome.pairs) {
      if (!pair.gold.speaker) continue;
      judged++;
      const predictedName = pair.predicted.speaker === undefined ? undefined : names.get(pair.predicted.speaker);
      const cause =
        predictedName === undefined ? "wrong speaker · none predicted" : "wrong speaker · another speaker predicted";
      const categories = [...quoteCategories(pair.gold.traits, "wrong speaker"), cause];
      log.seen(categories);
      if (pair.speakerRight) {
        right++;
        continue;
      }
      const goldName =
        pair.gold.speaker.name ?? pair.gold.speaker.mentions.map((m) => text.slice(m.start, m.end)).join(" ");
      const said = `“${shorten(text.slice(pair.predicted.content.start, pair.predicted.content.end), 30)}”`;
      const example = `${said} ${shorten(predictedName ?? "(none)", 20)} ≠ ${shorten(goldName, 20)}`;
      log.fail(categories, example, record("wrong speaker", pair.predicted.content, example));
    }
  });
  return {
    detection: detection.result(),
    speaker: { right, judged, accuracy: judged === 0 ? 0 : right / judged },
    relation: relation.result(),
    byStyle: { quoted: quoted.result(), unquoted: unquoted.result() },
  };
}

function scoreCorpusEntities(corpus: Corpus, annotated: Annotations[], log: ErrorLog): EntityResult[] {
  const tallies = new Map<string, Tally>();
  const tally = (key: string): Tally => {
    let found = tallies.get(key);
    if (!found) {
      found = new Tally();
      tallies.set(key, found);
    }
    return found;
  };
  const types = corpus.scores.entityTypes;
  corpus.documents.forEach((document: EvalDocument, index) => {
    const predicted = predictedSpans(annotated[index] as Annotations).filter((span) => types.includes(span.type));
    const gold = document.entities.filter((entity) => types.includes(entity.type));
    for (const outcome of scoreEntities(gold, predicted, types)) {
      const goldCount = gold.filter((entity) => entity.type === outcome.type).length;
      const predictedCount = predicted.filter((span) => span.type === outcome.type).length;
      tally(`${outcome.type}:${outcome.matching}`).add(outcome.tp, predictedCount, goldCount);
      if (outcome.matching !== "exact") continue;
      // Why an exact match failed: a boundary (same type overlaps), a type confusion, or nothing there.
      const cause = (range: Range, others: readonly { type: string; start: number; end: number }[]): string => {
        const touching = others.filter((other) => other.start < range.end && range.start < other.end);
        if (touching.some((other) => other.type === outcome.type)) return "boundary";
        const other = touching[0];
        return other ? `typed ${other.type}` : "no overlap";
      };
      log.seen([`missed ${outcome.type}`], goldCount);
      log.seen([`spurious ${outcome.type}`], predictedCount);
      for (const entity of outcome.missed) {
        const category = `missed ${outcome.type} · ${cause(entity, predicted)}`;
        const snippet = inContext(document.text, entity.start, entity.end);
        log.fail([category], snippet, {
          kind: `missed ${outcome.type}`,
          document: document.id,
          start: entity.start,
          end: entity.end,
          detail: snippet,
        });
      }
      for (const span of outcome.spurious) {
        const category = `spurious ${outcome.type} · ${cause(span, gold)}`;
        const snippet = inContext(document.text, span.start, span.end);
        log.fail([category], snippet, {
          kind: `spurious ${outcome.type}`,
          document: document.id,
          start: span.start,
          end: span.end,
          detail: snippet,
        });
      }
    }
  });
  return types.map((type) => ({
    type,
    exact: tally(`${type}:exact`).result(),
    overlap: tally(`${type}:overlap`).result(),
  }));
}

function baseline(corpus: Corpus, annotated: Annotations[], oursMilliseconds: number): BaselineResult {
  const ours = new Tally();
  const theirs = new Tally();
  let sourcesOurs = 0;
  let sourcesTheirs = 0;
  let sources = 0;
  const started = performance.now();
  const found = corpus.documents.map((document) => compromiseSpans(document.text));
  const compromiseMilliseconds = performance.now() - started;
  const overlaps = (a: Range, spans: readonly Range[]): boolean =>
    spans.some((b) => a.start < b.end && b.start < a.end);
  corpus.documents.forEach((document, index) => {
    const annotations = annotated[index] as Annotations;
    const spans = found[index];
    if (!spans) return;
    const gold = document.quotes.filter((quote) => quote.quoted);
    const ourQuotes = scoredQuotes(annotations.quotes, ["direct", "partial"]).map((quote) => quote.content);
    const count = (predicted: readonly Range[]): number =>
      matchOneToOne(gold, predicted, (g, p) => quoteMatchScore(g.content, p)).length;
    ours.add(count(ourQuotes), ourQuotes.length, gold.length);
    theirs.add(count(spans.quotations), spans.quotations.length, gold.length);
    const ourNames = predictedSpans(annotations).filter(
      (span) => span.type === "person" || span.type === "organization",
    );
    const theirNames = [...spans.people, ...spans.organizations];
    for (const quote of document.quotes) {
      if (!quote.speaker || !quote.traits.includes("source:name")) continue;
      sources++;
      if (quote.speaker.mentions.some((m) => overlaps(m, ourNames))) sourcesOurs++;
      if (quote.speaker.mentions.some((m) => overlaps(m, theirNames))) sourcesTheirs++;
    }
  });
  return {
    quotations: { ours: ours.result(), compromise: theirs.result() },
    namedSources: { ours: sourcesOurs, compromise: sourcesTheirs, of: sources },
    milliseconds: { ours: oursMilliseconds, compromise: compromiseMilliseconds },
  };
}

export interface EvaluateOptions {
  /** Run compromise on the English corpora (slow: about 0.1 MB/s). */
  compromise?: boolean;
}

export function evaluateCorpus(corpus: Corpus, annotate: Annotator, options: EvaluateOptions = {}): CorpusResult {
  const started = performance.now();
  const annotated = corpus.documents.map((document) => annotate(document.text, corpus.lang));
  const milliseconds = performance.now() - started;
  const log = new ErrorLog();
  const result: CorpusResult = {
    name: corpus.name,
    lang: corpus.lang,
    documents: corpus.documents.length,
    characters: corpus.documents.reduce((sum, document) => sum + document.text.length, 0),
    notes: corpus.notes,
    entities: scoreCorpusEntities(corpus, annotated, log),
    errors: [],
    records: [],
    milliseconds,
  };
  if (corpus.scores.quoteKinds.length > 0) result.quotes = scoreCorpusQuotes(corpus, annotated, log);
  if (options.compromise && corpus.lang === "en") result.baseline = baseline(corpus, annotated, milliseconds);
  result.errors = log.top(TOP_ERRORS);
  result.records = log.records;
  return result;
}

/** Every figure under a stable key, for floors, targets and JSON: "pfsa-id.quotes.f1", "idner-news-2k.person.exact.f1". */
export function metrics(results: readonly CorpusResult[]): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const result of results) {
    const { name, quotes } = result;
    if (quotes) {
      flat[`${name}.quotes.f1`] = quotes.detection.f1;
      flat[`${name}.speaker.accuracy`] = quotes.speaker.accuracy;
      flat[`${name}.relation.f1`] = quotes.relation.f1;
    }
    for (const entity of result.entities) {
      flat[`${name}.${entity.type}.exact.f1`] = entity.exact.f1;
      flat[`${name}.${entity.type}.overlap.f1`] = entity.overlap.f1;
    }
  }
  return flat;
}
