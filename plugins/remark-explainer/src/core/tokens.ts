/**
 * One tokenisation pass per block: words (with inner apostrophes and hyphens:
 * Jum'at, don't, Min-jun), numbers, and single punctuation marks, each with
 * its offsets in the block's text.
 *
 * The scanner reads character codes against a table of character classes: a
 * regular expression with per-token tests was the annotator's hottest loop.
 * The grammar it implements is written out as a regex in test/tokens.test.ts.
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
  /** The lexicon's `WordFlag` bits of `lower` (`Lexicon.wordFlags`), looked up once here. */
  flags: number;
}

// ---- character classes (Unicode general categories, as the `u` regexes saw them) ----

const LETTER = 1;
const UPPER = 2;
const MARK = 4;
const NUMBER = 8;
const SPACE = 16;
const KNOWN = 128;

/** Classes of the 65,536 BMP code units, filled on first sight. */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{Lu}/u.test(char) ? UPPER : 0) |
    (/\p{M}/u.test(char) ? MARK : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\s/u.test(char) ? SPACE : 0)
  );
}

for (let code = 0; code < 128; code++) classes[code] = classify(code) | KNOWN;

/** Class bits of the code point at `index` (a lone surrogate is a code point of its own). */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return classes[code] as number;
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
    const point = text.codePointAt(index) as number;
    let computed = astral.get(point);
    if (computed === undefined) {
      computed = classify(point);
      astral.set(point, computed);
    }
    return computed;
  }
  const known = classes[code] as number;
  if (known !== 0) return known;
  const computed = classify(code) | KNOWN;
  classes[code] = computed;
  return computed;
}

const isHighSurrogate = (code: number): boolean => (code & 0xfc00) === 0xd800;
const isLowSurrogate = (code: number): boolean => (code & 0xfc00) === 0xdc00;

/** UTF-16 width of the code point at `index`. */
const widthAt = (text: string, index: number): number =>
  isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;

const PERIOD = 0x2e;
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2010 || code === 0x2d;
const isNumberJoiner = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f;

// ---- token ends, one per alternative of the grammar, tried in its order ----

/** Initials (U.S., D.C.): two or more upper-case letters each followed by a period, or -1. */
function initialsEnd(text: string, start: number): number {
  let k = start;
  let count = 0;
  while (k < text.length && classAt(text, k) & UPPER) {
    const after = k + widthAt(text, k);
    if (text.charCodeAt(after) !== PERIOD) break;
    k = after + 1;
    count++;
  }
  return count >= 2 ? k : -1;
}

/** End of the run of characters of the `wanted` classes from `index`; ASCII skips the general lookup. */
function partEnd(text: string, index: number, wanted: number): number {
  let k = index;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if (((classes[code] as number) & wanted) === 0) break;
      k++;
    } else {
      if ((classAt(text, k) & wanted) === 0) break;
      k += widthAt(text, k);
    }
  }
  return k;
}

/** A word: letters, marks and digits, inner apostrophes and hyphens, an optional final period. */
function wordEnd(text: string, start: number): number {
  let k = start + widthAt(text, start);
  for (;;) {
    k = partEnd(text, k, LETTER | MARK | NUMBER);
    if (!(isJoiner(text.charCodeAt(k)) && k + 1 < text.length && classAt(text, k + 1) & (LETTER | NUMBER))) break;
    k += 1 + widthAt(text, k + 1);
  }
  return text.charCodeAt(k) === PERIOD ? k + 1 : k;
}

/** A number with inner separators: 1.000, 3,5, 10:30, 2/3. */
function numberEnd(text: string, start: number): number {
  let k = start;
  for (;;) {
    k = partEnd(text, k, NUMBER);
    if (!(isNumberJoiner(text.charCodeAt(k)) && k + 1 < text.length && classAt(text, k + 1) & NUMBER)) return k;
    k++;
  }
}

// ---- words ----

/** Two or more upper-case letters, each optionally followed by a period: NATO, U.S. */
function allUpper(text: string): boolean {
  let k = 0;
  let count = 0;
  while (k < text.length) {
    if (!(classAt(text, k) & UPPER)) return false;
    k += widthAt(text, k);
    if (text.charCodeAt(k) === PERIOD) k++;
    count++;
  }
  return count >= 2;
}

/**
 * No upper-case ASCII letter and nothing outside ASCII: `text` is its own lower case. Most words
 * are, and this loop costs a fraction of `toLowerCase`, which ran on every word.
 */
function isAsciiLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** `cap`: the first letter is upper case (the caller read its class already). */
function word(text: string, start: number, cap: boolean, lexicon: Lexicon): Token {
  const acronym = cap && allUpper(text);
  const lower = !cap && isAsciiLower(text) ? text : text.toLowerCase();
  const flags = lexicon.wordFlags.get(lower) ?? 0;
  return { start, end: start + text.length, text, lower, kind: TokenKind.Word, cap, acronym, flags };
}

function other(text: string, start: number, kind: TokenKind, lexicon: Lexicon): Token {
  // A number or mark starts with no letter: only the lexicon's few such entries can hold it (none in the built-in packs).
  const flags = lexicon.symbolFlags.size === 0 ? 0 : (lexicon.symbolFlags.get(text) ?? 0);
  return { start, end: start + text.length, text, lower: text, kind, cap: false, acronym: false, flags };
}

export function tokenize(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    const bits = classAt(text, start);
    if (bits & LETTER) {
      const initials = bits & UPPER ? initialsEnd(text, start) : -1;
      const end = initials > 0 ? initials : wordEnd(text, start);
      addWord(tokens, text, start, end, (bits & UPPER) !== 0, lexicon);
      start = end;
    } else if (bits & NUMBER) {
      const end = numberEnd(text, start);
      tokens.push(other(text.slice(start, end), start, TokenKind.Number, lexicon));
      start = end;
    } else if (bits & SPACE) {
      start++;
    } else {
      let end = start + widthAt(text, start);
      if (text.charCodeAt(start) === PERIOD && text.charCodeAt(end) === PERIOD) {
        while (text.charCodeAt(end) === PERIOD) end++;
      }
      tokens.push(other(text.slice(start, end), start, TokenKind.Punct, lexicon));
      start = end;
    }
  }
  return tokens;
}

function addWord(tokens: Token[], text: string, start: number, end: number, cap: boolean, lexicon: Lexicon): void {
  // A final period belongs to the word only for abbreviations and initials (Dr., H., C.J.).
  let period = false;
  if (text.charCodeAt(end - 1) === PERIOD) {
    const initial = (end - start === 2 && cap) || (end - start >= 4 && text.charCodeAt(end - 3) === PERIOD);
    if (!initial && !lexicon.abbreviations.has(text.slice(start, end).toLowerCase())) {
      end--;
      period = true;
    }
  }
  // English possessive: Clinton's → Clinton + 's.
  const s = text.charCodeAt(end - 1);
  const mark = text.charCodeAt(end - 2);
  if (end - start > 2 && (s === 0x73 || s === 0x53) && (mark === 0x27 || mark === 0x2019)) {
    tokens.push(word(text.slice(start, end - 2), start, cap, lexicon));
    tokens.push(other(text.slice(end - 2, end), end - 2, TokenKind.Punct, lexicon));
  } else {
    tokens.push(word(text.slice(start, end), start, cap, lexicon));
  }
  if (period) tokens.push(other(".", end, TokenKind.Punct, lexicon));
}

const isSentenceEnd = (text: string): boolean =>
  text === "." || text === "!" || text === "?" || text === "…" || text === "...";
const TRAILERS = new Set(["”", "’", '"', "'", "»", "›", "」", "』", ")", "]"]);

/**
 * Indexes of tokens that end a sentence: a final mark, with the closing quotes
 * or brackets after it, followed by the block's end or a token that may start one.
 */
export function sentenceEnds(tokens: readonly Token[]): boolean[] {
  const ends = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== TokenKind.Punct || !isSentenceEnd(token.text)) continue;
    let last = i;
    while (last + 1 < tokens.length && TRAILERS.has((tokens[last + 1] as Token).text)) last++;
    const next = tokens[last + 1];
    // A comma or semicolon goes on with the sentence: the period was an abbreviation's ("R-Ky.,").
    if (next && (next.text === "," || next.text === ";")) continue;
    if (!next || next.cap || next.kind === TokenKind.Number || next.kind === TokenKind.Punct) {
      ends[last] = true;
      i = last;
    }
  }
  if (tokens.length > 0) ends[tokens.length - 1] = true;
  return ends;
}
