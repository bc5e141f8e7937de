/**
 * Splitting one text node around marks. The author's characters are never
 * changed: the node's value is cut at mark boundaries and the pieces wrapped.
 */
import type { PhrasingContent, Text } from "mdast";
import { type AlignedRun, alignRuns } from "../core/document.js";
import { compareMarks, type Mark } from "./marks.js";
import type { ExplainerMark } from "./nodes.js";

export interface SplitContext {
  /** The text is inside a link (or an MDX component): triggers become `<span>`, never a nested `<a>`. */
  insideLink?: boolean;
  /**
   * The text the positions index: with it, a value the parser changed (continuation lines,
   * references, escapes, smart punctuation; `alignRuns`) is cut at its marks too.
   */
  source?: string | undefined;
}

/** A mark clipped to one text node, in offsets of the node's value. */
interface Piece {
  start: number;
  end: number;
  kind: Mark["kind"];
  mark: Mark;
}

/**
 * The nodes replacing a text node whose value stands at `[sourceStart, sourceEnd)`
 * in the source, or `undefined` when no mark touches it.
 *
 * A value the parser changed in the ways `alignRuns` knows is cut through its runs (given
 * the source). Any other value that is not its source stretch cannot be cut by offset: it
 * is wrapped whole by the marks covering all of it and left alone by the others.
 */
export function splitText(
  value: string,
  sourceStart: number,
  sourceEnd: number,
  marks: readonly Mark[],
  context: SplitContext = {},
): PhrasingContent[] | undefined {
  const exact = sourceEnd - sourceStart === value.length;
  const runs =
    exact || context.source === undefined ? undefined : alignRuns(value, context.source, sourceStart, sourceEnd);
  const pieces: Piece[] = [];
  for (const mark of marks) {
    if (mark.end <= sourceStart || mark.start >= sourceEnd) continue;
    let start = 0;
    let end = value.length;
    if (exact) {
      start = Math.max(mark.start, sourceStart) - sourceStart;
      end = Math.min(mark.end, sourceEnd) - sourceStart;
    } else if (runs) {
      start = valueOffset(runs, mark.start, "start");
      end = valueOffset(runs, mark.end, "end");
    } else if (mark.start > sourceStart || mark.end < sourceEnd) continue;
    if (end > start) pieces.push({ start, end, kind: mark.kind, mark });
  }
  if (pieces.length === 0) return undefined;
  return wrapPieces(value, pieces.sort(compareMarks), 0, value.length, context.insideLink === true);
}

/**
 * The value offset of source offset `offset` through `runs`: inside an exact run, its place there;
 * inside a character written another way or in a dropped stretch, the start of what follows
 * (`"start"`) or the end of what precedes (`"end"`).
 */
function valueOffset(runs: readonly AlignedRun[], offset: number, side: "start" | "end"): number {
  let before = 0;
  for (const run of runs) {
    if (offset < run.sourceStart || (offset === run.sourceStart && side === "end" && !run.exact))
      return side === "start" ? run.valueStart : before;
    if (offset < run.sourceEnd || (offset === run.sourceEnd && run.exact)) {
      if (run.exact) return run.valueStart + (offset - run.sourceStart);
      return side === "start" ? run.valueStart : run.valueStart + run.length;
    }
    before = run.valueStart + run.length;
  }
  return before;
}

/**
 * Wrap `pieces` (sorted by `compareMarks`) between `from` and `to`. One pass over
 * the sorted pieces: only the rare remainders of crossing marks are carried
 * along and sorted, so a paragraph with thousands of marks stays linear.
 */
function wrapPieces(
  value: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  insideTrigger: boolean,
): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = from;
  let index = 0;
  let carried: Piece[] = [];
  while (index < pieces.length || carried.length > 0) {
    const next = pieces[index];
    const fromCarried = carried[0] !== undefined && (next === undefined || compareMarks(carried[0], next) <= 0);
    const outer = (fromCarried ? carried.shift() : pieces[index++]) as Piece;
    const inner: Piece[] = [];
    const remainders: Piece[] = [];
    const place = (piece: Piece): void => {
      if (piece.end <= outer.end) inner.push(piece);
      else {
        // Crossing marks: the part inside nests, the rest continues after.
        inner.push({ ...piece, end: outer.end });
        remainders.push({ ...piece, start: outer.end });
      }
    };
    const later = carried.filter((piece) => piece.start >= outer.end);
    for (const piece of carried) if (piece.start < outer.end) place(piece);
    while (index < pieces.length && (pieces[index] as Piece).start < outer.end) place(pieces[index++] as Piece);
    carried = remainders.length > 0 ? [...remainders, ...later].sort(compareMarks) : later;
    if (outer.start > position) nodes.push(text(value.slice(position, outer.start)));
    const nested = insideTrigger || outer.mark.trigger;
    nodes.push(
      element(outer.mark, wrapPieces(value, inner.sort(compareMarks), outer.start, outer.end, nested), insideTrigger),
    );
    position = outer.end;
  }
  if (position < to) nodes.push(text(value.slice(position, to)));
  return nodes;
}

function element(mark: Mark, children: PhrasingContent[], insideTrigger: boolean): ExplainerMark {
  if (!mark.trigger) return { type: "explainerMark", children, data: { hName: "span", hProperties: mark.properties } };
  if (!insideTrigger) return { type: "explainerMark", children, data: { hName: "a", hProperties: mark.properties } };
  // Its number (print) goes with the link it is not: the enclosing link or trigger carries its own.
  // `interestfor` is for links and buttons: a span names its card with `aria-details` (the client opens it on hover).
  const { href: _href, interestfor, dataNote: _dataNote, ...properties } = mark.properties;
  const hProperties = typeof interestfor === "string" ? { ...properties, ariaDetails: interestfor } : properties;
  return { type: "explainerMark", children, data: { hName: "span", hProperties } };
}

const text = (value: string): Text => ({ type: "text", value });
