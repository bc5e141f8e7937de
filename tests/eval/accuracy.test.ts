/**
 * Regression guard: the annotator, from its sources, on the evaluation corpora,
 * must stay at or above the floors in floors.json (a little below the figures
 * when they were last raised; see README.md). Skips, saying why, without the corpora.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate, documentFromText } from "../../plugins/remark-explainer/src/core/annotate.ts";
import { type Annotator, corpusMissing, evaluateCorpus, loadCorpora, metrics } from "./evaluate.ts";

const corpusRoot = process.env.EXPLAINER_CORPUS ?? resolve(import.meta.dirname, "../../../shared/corpus");
const missing = corpusMissing(corpusRoot);
const floors = JSON.parse(readFileSync(resolve(import.meta.dirname, "floors.json"), "utf8")) as Record<string, number>;
const annotator: Annotator = (text, lang) => annotate(documentFromText(text), { lang });

describe("accuracy on the evaluation corpora", () => {
  if (missing) console.warn(`accuracy floors not checked: ${missing}`);
  it.skipIf(missing !== undefined)(
    missing ? `skipped: ${missing}` : "stays at or above every floor in tests/eval/floors.json",
    () => {
      const figures = metrics(loadCorpora(corpusRoot).map((corpus) => evaluateCorpus(corpus, annotator)));
      const below = Object.entries(floors)
        .filter(([metric, floor]) => !((figures[metric] ?? Number.NaN) >= floor))
        .map(([metric, floor]) => `${metric}: ${figures[metric]?.toFixed(3) ?? "missing"} < floor ${floor}`);
      expect(below).toEqual([]);
    },
  );
});
