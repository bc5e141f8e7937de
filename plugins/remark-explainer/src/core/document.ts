/**
 * The annotator's view of an article: its source and the plain text of each
 * paragraph or heading, with a map from text positions back to source offsets.
 *
 * The rules work on `TextBlock.text` (no Markdown syntax in it) and report
 * positions in it; `toSpan` turns those into `Span`s over the source.
 */
import type { Heading, Nodes, Paragraph, Root } from "mdast";
import type { Block, Span } from "../types.js";

/** A run of block text that came from one place in the source. */
interface Segment {
  /** Offset of the run in `TextBlock.text`. */
  textStart: number;
  length: number;
  /** Source offset of the run's first character. */
  sourceStart: number;
  /** Source offset just past the run (equals sourceStart + length when exact). */
  sourceEnd: number;
  /** True when the run is the source text character for character. */
  exact: boolean;
}

export interface TextBlock {
  id: string;
  kind: Block["kind"];
  /** Plain text of the block: the values of its text nodes, joined. */
  text: string;
  /** Where the block stands in the source. */
  start: number;
  end: number;
  segments: Segment[];
}

export interface ArticleDocument {
  source: string;
  blocks: TextBlock[];
}

/** Build the document from an mdast tree whose nodes carry positions into `source`. */
export function documentFromTree(tree: Root, source: string): ArticleDocument {
  const blocks: TextBlock[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "paragraph" || node.type === "heading") {
      const block = blockFromNode(node, source, `p${blocks.length + 1}`);
      if (block) blocks.push(block);
      return;
    }
    if (node.type === "code" || node.type === "html" || node.type === "yaml") return;
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { source, blocks };
}

/** Build the document from plain text: blank-line-separated paragraphs, nothing interpreted. */
export function documentFromText(source: string): ArticleDocument {
  const blocks: TextBlock[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (const match of source.matchAll(paragraph)) {
    const text = flat(match[0]);
    if (text.trim() === "") continue;
    const start = match.index;
    blocks.push({
      id: `p${blocks.length + 1}`,
      kind: "paragraph",
      text,
      start,
      end: start + text.length,
      segments: [
        { textStart: 0, length: text.length, sourceStart: start, sourceEnd: start + text.length, exact: true },
      ],
    });
  }
  return { source, blocks };
}

function blockFromNode(node: Paragraph | Heading, source: string, id: string): TextBlock | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const segments: Segment[] = [];
  let text = "";
  const add = (value: string, from: number, to: number): void => {
    const exact = to - from === value.length && source.slice(from, to) === value;
    const runs = exact ? undefined : alignRuns(value, source, from, to);
    if (runs) {
      for (const { valueStart, ...run } of runs) segments.push({ textStart: text.length + valueStart, ...run });
    } else segments.push({ textStart: text.length, length: value.length, sourceStart: from, sourceEnd: to, exact });
    text += value;
  };
  const walk = (child: Nodes, parentEnd: number): void => {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset ?? parentEnd;
    if (child.type === "text") {
      if (from !== undefined) add(child.value, from, to);
      return;
    }
    if (child.type === "inlineCode") {
      // Code is opaque: keep its width so words around it stay apart.
      if (from !== undefined) add(child.value.replace(/\S/g, " "), from, to);
      return;
    }
    if (child.type === "break") {
      if (from !== undefined) add("\n", from, to);
      return;
    }
    if ("children" in child) for (const grandchild of child.children as Nodes[]) walk(grandchild, to);
  };
  for (const child of node.children) walk(child, end);
  if (text.trim() === "") return undefined;
  return { id, kind: node.type, text: flat(text), start, end, segments };
}

/** A stretch of a text node's value and the source it stands for. */
export interface AlignedRun {
  valueStart: number;
  length: number;
  sourceStart: number;
  sourceEnd: number;
  /** The value is the source character for character (else one character written another way). */
  exact: boolean;
}

/**
 * The runs of `value` in `source[from, to)` when the parser changed only what Markdown lets it:
 * dropped the indent and `>` markers of a list item's or a block quote's continuation lines, the
 * spaces before a line break and the backslash of an escape, decoded a character reference
 * (`&mdash;`), made punctuation smart (`"` to `“`, `--` to `–`, `...` to `…`). Unchanged stretches
 * are exact runs; each decoded or smart character is a run of its own. `undefined` when anything
 * else differs.
 */
export function alignRuns(value: string, source: string, from: number, to: number): AlignedRun[] | undefined {
  const runs: AlignedRun[] = [];
  let run: AlignedRun | undefined;
  let i = 0;
  let j = from;
  while (i < value.length && j < to) {
    if (value.charCodeAt(i) === source.charCodeAt(j)) {
      if (!run) {
        run = { valueStart: i, length: 0, sourceStart: j, sourceEnd: j, exact: true };
        runs.push(run);
      }
      run.length++;
      run.sourceEnd++;
      i++;
      j++;
      continue;
    }
    run = undefined;
    const dropped = droppedEnd(source, j, to);
    if (dropped > j) {
      j = dropped;
      continue;
    }
    const written = writtenAs(value, i, source, j, to);
    if (written === undefined) return undefined;
    runs.push({
      valueStart: i,
      length: written.length,
      sourceStart: j,
      sourceEnd: j + written.sourceLength,
      exact: false,
    });
    i += written.length;
    j += written.sourceLength;
  }
  if (i < value.length || (j < to && droppedEnd(source, j, to) < to)) return undefined;
  return runs;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09;
const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d;

/**
 * The end of what a parser drops from the value at `source[j]`, or `j` when it keeps that
 * character: a line's indent and `>` markers, spaces (and a `\r`) before its break, an escape's
 * backslash. The whole stretch at once, so long runs of spaces stay linear.
 */
function droppedEnd(source: string, j: number, to: number): number {
  const code = source.charCodeAt(j);
  if (code === 0x5c /* \ */) return /[!-/:-@[-`{-~]/.test(source.charAt(j + 1)) ? j + 1 : j;
  if (isSpace(code) || code === 0x0d) {
    let k = j;
    while (k < to && isSpace(source.charCodeAt(k))) k++;
    if (source.charCodeAt(k) === 0x0d && source.charCodeAt(k + 1) === 0x0a) k++;
    if (k === to || source.charCodeAt(k) === 0x0a) return k;
  }
  if (isSpace(code) || code === 0x3e /* > */) {
    let back = j - 1;
    while (back >= 0 && (isSpace(source.charCodeAt(back)) || source.charCodeAt(back) === 0x3e)) back--;
    if (back >= 0 && !isBreak(source.charCodeAt(back))) return j;
    let k = j;
    while (k < to && (isSpace(source.charCodeAt(k)) || source.charCodeAt(k) === 0x3e)) k++;
    return k;
  }
  return j;
}

/** Smart punctuation: the value's character, and what it is written as in the source. */
const smart: Record<string, readonly string[]> = {
  "“": ['"'],
  "”": ['"'],
  "‘": ["'"],
  "’": ["'"],
  "–": ["--"],
  "—": ["---", "--"],
  "…": ["..."],
};

/** The value's character at `i` written another way at `source[j]`: a character reference or smart punctuation. */
function writtenAs(
  value: string,
  i: number,
  source: string,
  j: number,
  to: number,
): { length: number; sourceLength: number } | undefined {
  // One character, two code units when astral.
  const length = (value.charCodeAt(i) & 0xfc00) === 0xd800 ? 2 : 1;
  if (source.charCodeAt(j) === 0x26 /* & */) {
    // References are short ("&CounterClockwiseContourIntegral;" is the longest): look no further.
    for (let k = j + 2; k < Math.min(to, j + 34); k++)
      if (source.charCodeAt(k) === 0x3b /* ; */) return { length, sourceLength: k + 1 - j };
  }
  for (const written of smart[value.charAt(i)] ?? []) {
    if (source.startsWith(written, j) && j + written.length <= to) return { length: 1, sourceLength: written.length };
  }
  return undefined;
}

/**
 * `text` copied into a string of its own. V8 keeps a regex match or a slice as a view into the
 * whole article, and a concatenation as a pair: the tokenizer's and the figure trigger's
 * `charCodeAt` at every character then go through that indirection (both ran 14% slower).
 */
const flat = (text: string): string => structuredClone(text);

/** Source offset of position `index` in a block's text (`index` may equal `text.length`). */
export function sourceOffset(block: TextBlock, index: number, side: "start" | "end"): number {
  const { segments } = block;
  if (segments.length === 0) return block.start;
  // Binary search for the segment holding `index`; an end position belongs to the segment before it.
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const segment = segments[mid] as Segment;
    const holds = side === "start" ? segment.textStart <= index : segment.textStart < index;
    if (holds) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low] as Segment;
  const within = Math.min(Math.max(index - segment.textStart, 0), segment.length);
  if (segment.exact) return segment.sourceStart + within;
  // Text that differs from its source (escapes, entities, code) maps to the whole run.
  return side === "start" ? segment.sourceStart : segment.sourceEnd;
}

/** A span over the source for text positions [from, to) of a block. */
export function toSpan(document: ArticleDocument, block: TextBlock, from: number, to: number): Span {
  const start = sourceOffset(block, from, "start");
  const end = Math.max(start, sourceOffset(block, to, "end"));
  return { start, end, text: document.source.slice(start, end) };
}

/** The `Block` records of the data model. */
export function blockRecords(document: ArticleDocument): Block[] {
  return document.blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    span: { start: block.start, end: block.end, text: document.source.slice(block.start, block.end) },
  }));
}
