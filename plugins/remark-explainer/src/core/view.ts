/** What the speech rules know about one block: its tokens, sentences and mentions. */
import type { Span } from "../types.js";
import type { ArticleDocument, TextBlock } from "./document.js";
import { toSpan } from "./document.js";
import type { Lexicon } from "./lexicon.js";
import type { EntityRecord } from "./registry.js";
import { sentenceEnds, type Token, tokenize } from "./tokens.js";

export interface Mention {
  block: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  entity: EntityRecord;
  span: Span;
}

export interface BlockView {
  index: number;
  block: TextBlock;
  tokens: Token[];
  lowers: string[];
  /** Token ends a sentence. */
  ends: boolean[];
  /** Word token is the first word of its sentence. */
  initial: boolean[];
  /** The mention covering each token, if any. */
  mentions: (Mention | undefined)[];
  /** Token lies inside a quotation (marks included). */
  quoted: Uint8Array;
  /** Attribution unit (sentence, quotations kept whole) of each token. */
  unit: Int32Array;
}

/**
 * The views of a document's blocks, tokenised. The per-token flags of all
 * blocks share one buffer each: a typed array per block costs an allocation
 * outside the heap, which dominated on articles of many short paragraphs.
 */
export function blockViews(document: ArticleDocument, lexicon: Lexicon): BlockView[] {
  const tokenLists = document.blocks.map((block) => tokenize(block.text, lexicon));
  let total = 0;
  for (const tokens of tokenLists) total += tokens.length;
  const quoted = new Uint8Array(total);
  const unit = new Int32Array(total);
  let offset = 0;
  return document.blocks.map((block, index) => {
    const tokens = tokenLists[index] as Token[];
    const from = offset;
    offset += tokens.length;
    return {
      index,
      block,
      tokens,
      lowers: tokens.map((token) => token.lower),
      ends: sentenceEnds(tokens),
      initial: new Array<boolean>(tokens.length).fill(false),
      mentions: new Array(tokens.length).fill(undefined),
      quoted: quoted.subarray(from, offset),
      unit: unit.subarray(from, offset),
    };
  });
}

// The accessors below read nothing at a negative index: one such read turns an array load into
// V8's generic keyed load, for every later read at that place (and in every rule it is inlined into).

/** Token `k`, if the block has it. */
export const tokenAt = (view: BlockView, k: number): Token | undefined => (k >= 0 ? view.tokens[k] : undefined);

/** The lower-case form of token `k`, or "" outside the block. */
export const lowerAt = (view: BlockView, k: number): string => (k >= 0 ? (view.lowers[k] ?? "") : "");

/** The mention covering token `k`, if any. */
export const mentionAt = (view: BlockView, k: number): Mention | undefined => (k >= 0 ? view.mentions[k] : undefined);

/** Token `k` carries one of the `WordFlag` bits `bits` (none before or past the block's tokens). */
export function flagged(view: BlockView, k: number, bits: number): boolean {
  return k >= 0 && ((view.tokens[k]?.flags ?? 0) & bits) !== 0;
}

/** The lower-case `words` stand at token `k` one after another (a phrase of a `wordLists` list). */
export function wordsAt(view: BlockView, k: number, words: readonly string[]): boolean {
  return words.every((word, n) => view.lowers[k + n] === word);
}

/** Source span of tokens [from, to) of a block. */
export function tokenSpan(document: ArticleDocument, view: BlockView, from: number, to: number): Span {
  const first = view.tokens[from] as Token;
  const last = view.tokens[to - 1] as Token;
  return toSpan(document, view.block, first.start, last.end);
}

/**
 * Attach a mention of `entity` over tokens [from, to), unless a token there is
 * taken. `span` narrows it inside a word (the "-nya" of "katanya").
 */
export function addMention(
  document: ArticleDocument,
  view: BlockView,
  from: number,
  to: number,
  entity: EntityRecord,
  span: Span = tokenSpan(document, view, from, to),
): Mention | undefined {
  for (let k = from; k < to; k++) if (view.mentions[k]) return undefined;
  const mention: Mention = { block: view.index, start: from, end: to, entity, span };
  for (let k = from; k < to; k++) view.mentions[k] = mention;
  entity.last = Math.max(entity.last, span.start);
  entity.first = Math.min(entity.first, span.start);
  return mention;
}

/** "Sen. Rachel Ortiz, R-Texas,", "(D-Ill.)": token `k`, a party letter and a state set off after a person, names no one. */
export function partyLabel(lexicon: Lexicon, view: BlockView, k: number): boolean {
  const text = view.tokens[k]?.text ?? "";
  if (text.charCodeAt(1) !== 0x2d /* - */ || !lexicon.partyLetters.has(text.charAt(0))) return false;
  const opening = view.tokens[k - 1]?.text;
  return (opening === "," || opening === "(") && view.mentions[k - 2]?.entity.type === "person";
}
