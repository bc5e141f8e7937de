/**
 * On the evaluation corpora: the scorer gives the gold itself full marks, and the
 * annotator, from its sources, stays at or above the floors in floors.json (a
 * little below the figures when they were last raised; see README.md).
 * Skips, saying why, without the corpora.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Annotations, Entity, Figure, Quote, Span } from "remark-explainer/core";
import { describe, expect, it } from "vitest";
import { annotate, documentFromText } from "../../plugins/remark-explainer/src/core/annotate.ts";
import { type Annotator, corpusMissing, evaluateCorpus, loadCorpora, metrics } from "./evaluate.ts";
import type { Corpus, EvalDocument } from "./types.ts";

const corpusRoot = process.env.EXPLAINER_CORPUS ?? resolve(import.meta.dirname, "../../../shared/corpus");
const missing = corpusMissing(corpusRoot);
const floors = JSON.parse(readFileSync(resolve(import.meta.dirname, "floors.json"), "utf8")) as Record<string, number>;
const annotator: Annotator = (text, lang) => annotate(documentFromText(text), { lang });

/** The gold written as annotations: what a perfect annotator would return. */
function goldAsAnnotations(document: EvalDocument, lang: string): Annotations {
  const { text } = document;
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
  const entities: Entity[] = [];
  const figures: Figure[] = [];
  const quotes: Quote[] = [];
  document.entities.forEach((gold, i) => {
    const at = span(gold.start, gold.end);
    if (gold.type === "quantity") figures.push({ id: `f${i}`, kind: "quantity", span: at });
    else if (gold.type === "time") figures.push({ id: `f${i}`, kind: "date", span: at });
    else entities.push({ id: `e${i}`, type: gold.type, name: at.text, mentions: [at] });
  });
  document.quotes.forEach((gold, i) => {
    const first = gold.content[0] ?? { start: 0, end: 0 };
    const last = gold.content.at(-1) ?? first;
    const quote: Quote = {
      id: `q${i}`,
      kind: gold.quoted ? "direct" : "indirect",
      content: span(first.start, last.end),
      confidence: 1,
    };
    if (gold.speaker) {
      const mentions = gold.speaker.mentions.map((m) => span(m.start, m.end));
      const name = gold.speaker.name ?? mentions.map((m) => m.text).join(" ");
      entities.push({ id: `s${i}`, type: "person", name, mentions });
      quote.speaker = `s${i}`;
    }
    quotes.push(quote);
  });
  return { lang, entities, figures, quotes, blocks: [], warnings: [] };
}

describe("accuracy on the evaluation corpora", () => {
  if (missing) console.warn(`accuracy checks not run: ${missing}`);
  const corpora: Corpus[] = missing ? [] : loadCorpora(corpusRoot);

  it.skipIf(missing !== undefined)(
    missing ? `skipped: ${missing}` : "gives the gold itself 1.0 on every figure",
    () => {
      const byText = new Map(corpora.flatMap((corpus) => corpus.documents.map((d) => [d.text, d] as const)));
      const oracle: Annotator = (text, lang) => {
        const document = byText.get(text);
        if (!document) throw new Error("unknown document");
        return goldAsAnnotations(document, lang);
      };
      const figures = metrics(corpora.map((corpus) => evaluateCorpus(corpus, oracle)));
      expect(Object.keys(figures).length).toBeGreaterThan(10);
      expect(Object.entries(figures).filter(([, value]) => value < 1)).toEqual([]);
    },
  );

  it.skipIf(missing !== undefined)(
    missing ? `skipped: ${missing}` : "stays at or above every floor in tests/eval/floors.json",
    () => {
      const figures = metrics(corpora.map((corpus) => evaluateCorpus(corpus, annotator)));
      const below = Object.entries(floors)
        .filter(([metric, floor]) => !((figures[metric] ?? Number.NaN) >= floor))
        .map(([metric, floor]) => `${metric}: ${figures[metric]?.toFixed(3) ?? "missing"} < floor ${floor}`);
      expect(below).toEqual([]);
    },
  );
});
