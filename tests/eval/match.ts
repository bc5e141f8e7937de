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

/** A gold item paired with one prediction, or with a set of them that together count as one. */
export interface Candidate {
  gold: number;
  predicted: number[];
  score: number;
}

/**
 * Takes candidates best-rated first (ties in input order), each gold item and
 * each prediction used once: a set is taken only when none of its members is
 * used yet. Returns the taken candidates in gold order.
 */
export function pickOneToOne(candidates: readonly Candidate[]): Candidate[] {
  const ordered = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .map(({ candidate }) => candidate);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const taken: Candidate[] = [];
  for (const candidate of ordered) {
    if (usedGold.has(candidate.gold) || candidate.predicted.some((p) => usedPredicted.has(p))) continue;
    usedGold.add(candidate.gold);
    for (const p of candidate.predicted) usedPredicted.add(p);
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.gold - b.gold);
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
  return pickOneToOne(singleCandidates(gold, predicted, score)).map((c) => [c.gold, c.predicted[0] as number]);
}

/** Every acceptable gold–prediction pair as a candidate, in gold then prediction order. */
export function singleCandidates<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  score: (gold: G, predicted: P) => number | undefined,
): Candidate[] {
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const value = score(g, p);
      if (value !== undefined) candidates.push({ gold: gi, predicted: [pi], score: value });
    });
  });
  return candidates;
}

/** A predicted quote content matches gold when it covers at least half of the gold content. */
export const QUOTE_OVERLAP = 0.5;

export function quoteMatchScore(goldContent: readonly Range[], predicted: Range): number | undefined {
  const total = length(goldContent);
  if (total === 0) return undefined;
  const share = overlapWithin(goldContent, predicted) / total;
  return share >= QUOTE_OVERLAP ? share : undefined;
}

/**
 * A set of predicted contents matches a gold content given in several pieces
 * ("A," he said. "B.") when each member lies mostly inside it and together they
 * cover at least half of it. Returns the share covered, or undefined.
 */
export function pieceSetScore(goldContent: readonly Range[], members: readonly Range[]): number | undefined {
  const total = length(goldContent);
  if (total === 0 || members.length === 0) return undefined;
  if (!members.every((member) => mostlyInside(goldContent, member))) return undefined;
  const covered = members.reduce((sum, member) => sum + overlapWithin(goldContent, member), 0);
  const share = covered / total;
  return share >= QUOTE_OVERLAP ? share : undefined;
}

/** At least half of `member`'s characters lie inside the gold content. */
export function mostlyInside(goldContent: readonly Range[], member: Range): boolean {
  const size = member.end - member.start;
  return size > 0 && overlapWithin(goldContent, member) * 2 >= size;
}
