/** Span arithmetic, one-to-one matching and precision/recall/F1. */
import type { Range } from "./types.ts";

export interface Prf {
  /** Matches, predictions, gold items. */
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; 0 where a ratio has nothing to count. */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Counts summed over documents, turned into P/R/F1 at the end. */
export class Tally {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(tp: number, predicted: number, gold: number): void {
    this.tp += tp;
    this.predicted += predicted;
    this.gold += gold;
  }
  result(): Prf {
    return prf(this.tp, this.predicted, this.gold);
  }
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Characters of `span` inside any of `fragments` (fragments do not overlap each other). */
export function overlapWithin(fragments: readonly Range[], span: Range): number {
  return fragments.reduce((sum, fragment) => sum + overlap(fragment, span), 0);
}

export function length(fragments: readonly Range[]): number {
  return fragments.reduce((sum, fragment) => sum + Math.max(0, fragment.end - fragment.start), 0);
}

/**
 * Pairs gold and predicted items one-to-one. `score` rates a pair (higher is
 * better) or rejects it with undefined; the best-rated pairs are taken first,
 * ties in input order, each item used once.
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  score: (gold: G, predicted: P) => number | undefined,
): [number, number][] {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const value = score(g, p);
      if (value !== undefined) candidates.push({ g: gi, p: pi, score: value });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** A predicted quote content matches gold when it covers at least half of the gold content. */
export const QUOTE_OVERLAP = 0.5;

export function quoteMatchScore(goldContent: readonly Range[], predicted: Range): number | undefined {
  const total = length(goldContent);
  if (total === 0) return undefined;
  const share = overlapWithin(goldContent, predicted) / total;
  return share >= QUOTE_OVERLAP ? share : undefined;
}
