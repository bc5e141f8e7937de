/**
 * One tokenisation pass per block: words (with inner apostrophes and hyphens:
 * Jum'at, don't, Suk-yeol), numbers, and single punctuation marks, each with
 * its offsets in the block's text.
 */
import type { Lexicon } from "./lexicon.js";

export enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case: NATO, KPK, U.S. */
  acronym: boolean;
}

// Initials (U.S., D.C.), words, numbers, ellipses, any other single character.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,:/]\p{N}+)*|\.{2,}|\S/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^(?:\p{Lu}\.?){2,}$/u;
const LETTER = /^\p{L}/u;
const DIGIT = /^\p{N}/u;

function word(text: string, start: number): Token {
  const cap = UPPER.test(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    kind: TokenKind.Word,
    cap,
    acronym: cap && ALL_UPPER.test(text) && text.length >= 2,
  };
}

function other(text: string, start: number, kind: TokenKind): Token {
  return { start, end: start + text.length, text, lower: text, kind, cap: false, acronym: false };
}

export function tokenize(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = match.index;
    if (!LETTER.test(value)) {
      tokens.push(other(value, start, DIGIT.test(value) ? TokenKind.Number : TokenKind.Punct));
      continue;
    }
    // A final period belongs to the word only for abbreviations and initials (Dr., H.).
    let period = false;
    if (value.endsWith(".")) {
      const bare = value.slice(0, -1);
      if (!(lexicon.abbreviations.has(value.toLowerCase()) || (bare.length === 1 && UPPER.test(bare)))) {
        value = bare;
        period = true;
      }
    }
    // English possessive: Clinton's → Clinton + 's.
    const possessive = /['’]s$/i.test(value) && value.length > 2 ? 2 : 0;
    if (possessive) {
      tokens.push(word(value.slice(0, -2), start));
      tokens.push(other(value.slice(-2), start + value.length - 2, TokenKind.Punct));
    } else {
      tokens.push(word(value, start));
    }
    if (period) tokens.push(other(".", start + value.length, TokenKind.Punct));
  }
  return tokens;
}

const SENTENCE_END = new Set([".", "!", "?", "…", "..."]);
const TRAILERS = new Set(["”", "’", '"', "'", "»", "›", "」", "』", ")", "]"]);

/**
 * Indexes of tokens that end a sentence: a final mark, with the closing quotes
 * or brackets after it, followed by the block's end or a token that may start one.
 */
export function sentenceEnds(tokens: readonly Token[]): boolean[] {
  const ends = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== TokenKind.Punct || !SENTENCE_END.has(token.text)) continue;
    let last = i;
    while (last + 1 < tokens.length && TRAILERS.has((tokens[last + 1] as Token).text)) last++;
    const next = tokens[last + 1];
    if (!next || next.cap || next.kind === TokenKind.Number || next.kind === TokenKind.Punct) {
      ends[last] = true;
      i = last;
    }
  }
  if (tokens.length > 0) ends[tokens.length - 1] = true;
  return ends;
}
