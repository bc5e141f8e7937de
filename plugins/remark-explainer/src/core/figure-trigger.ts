/**
 * Where a figure may start, found without trying a regex at every position: a
 * candidate is a position not preceded by a letter, digit or "_" that holds a
 * digit, a sign that begins a currency ("$", "€"), or a word whose letters begin
 * one of the pack's trigger phrases (looked up in a Set). Only there is the
 * sticky trigger regex tried, so the result is the one of the global regex
 * `(?<![\p{L}\p{N}_])(?:…)` with flags `giu`: same start, same group, same text.
 */

/** Which alternative of the trigger matched. */
export type TriggerGroup = "change" | "currency" | "digit" | "word";

export interface TriggerMatch {
  start: number;
  end: number;
  group: TriggerGroup;
  /** The matched text. */
  text: string;
}

export interface FigureTrigger {
  /** The alternatives, groups `change`, `currency`, `digit`, `word`, as a sticky regex (flags `iuy`). */
  at: RegExp;
  /** Lower-cased leading letters of every phrase alternative ("minggu" for "minggu lalu"). */
  heads: Set<string>;
  /** First code points of the phrase alternatives that begin with something other than a letter. */
  signs: Set<number>;
  /** Some phrase has letters outside ASCII (then any non-ASCII word is tried with the regex). */
  nonAscii: boolean;
  /**
   * Per first two ASCII letters (five bits of each, so either case) and per last letter, one bit
   * per length (up to 31) of the heads: most words ("the" against "two", "this", "thousand") are
   * ruled out before they are sliced and lower-cased for the Set.
   */
  shapes: Uint32Array;
  lastShapes: Uint32Array;
  /** 1 per ASCII code of `signs`: the characters tested are mostly spaces and marks, a table read each. */
  asciiSigns: Uint8Array;
}

const LEADING_LETTERS = /^\p{L}*/u;
/** The two characters outside ASCII that case-fold to ASCII letters under the `iu` flags. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** `source`: the alternation (without look-behind) that `phrases` were compiled into. */
export function compileTrigger(source: string, phrases: readonly string[]): FigureTrigger {
  const heads = new Set<string>();
  const signs = new Set<number>();
  let nonAscii = false;
  const shapes = new Uint32Array(32 * 32);
  const lastShapes = new Uint32Array(128);
  for (const phrase of phrases) {
    const letters = LEADING_LETTERS.exec(phrase)?.[0] ?? "";
    if (letters === "") {
      const first = String.fromCodePoint(phrase.codePointAt(0) ?? 0);
      for (const form of [first, first.toLowerCase(), first.toUpperCase()]) signs.add(form.codePointAt(0) ?? 0);
    } else {
      const head = letters.toLowerCase().replace(/\u017f/g, "s");
      heads.add(head);
      const first = head.charCodeAt(0);
      const last = head.charCodeAt(head.length - 1);
      const second = head.length > 1 ? head.charCodeAt(1) : 0;
      // A head with a letter outside ASCII never equals an ASCII word: only the others need a shape.
      if (first < 128 && second < 128) {
        const pair = pairSlot(first, second);
        shapes[pair] = (shapes[pair] ?? 0) | shapeBit(head.length);
      }
      if (last < 128) lastShapes[last] = (lastShapes[last] ?? 0) | shapeBit(head.length);
      if (/[^\0-\x7f]/.test(letters)) nonAscii = true;
    }
  }
  const asciiSigns = new Uint8Array(0x80);
  for (const sign of signs) if (sign < 0x80) asciiSigns[sign] = 1;
  return { at: new RegExp(source, "iuy"), heads, signs, nonAscii, shapes, lastShapes, asciiSigns };
}

const shapeBit = (length: number): number => 1 << Math.min(length, 31);
const pairSlot = (first: number, second: number): number => ((first & 31) << 5) | (second & 31);

const LETTER = 1;
const WORD = 2;
/** Per UTF-16 code unit: LETTER (`\p{L}`), WORD (`[\p{L}\p{N}_]`); filled on first sight, 0x80 = known. */
const classes = new Uint8Array(0x10000);
const KNOWN = 0x80;
for (let code = 0; code < 0x80; code++) classes[code] = classify(String.fromCharCode(code)) | KNOWN;

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = classes[codePoint] ?? 0;
    if (known & KNOWN) return known;
    const computed = classify(String.fromCharCode(codePoint)) | KNOWN;
    classes[codePoint] = computed;
    return computed;
  }
  return classify(String.fromCodePoint(codePoint));
}

function classify(char: string): number {
  return (/\p{L}/u.test(char) ? LETTER : 0) | (/[\p{L}\p{N}_]/u.test(char) ? WORD : 0);
}

/** The code point that ends just before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point at `at`: a code unit unless it opens a surrogate pair (read on the rare slow path). */
const codePointAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(at) ?? code) : code;
};

/** The first trigger at or after `from`, or undefined. */
export function nextTrigger(text: string, from: number, trigger: FigureTrigger): TriggerMatch | undefined {
  const length = text.length;
  let at = from;
  let afterWord = at > 0 && (classOf(codePointBefore(text, at)) & WORD) !== 0;
  while (at < length) {
    const codePoint = codePointAt(text, at);
    const size = codePoint > 0xffff ? 2 : 1;
    const type = classOf(codePoint);
    if (!afterWord) {
      if (type & LETTER) {
        let end = at + size;
        let ascii = codePoint < 0x80;
        while (end < length) {
          const unit = text.charCodeAt(end);
          // Most letters are ASCII: one table read, no code point assembled.
          if (unit < 0x80) {
            if (((classes[unit] as number) & LETTER) === 0) break;
            end++;
            continue;
          }
          const next = codePointAt(text, end);
          if (!(classOf(next) & LETTER)) break;
          ascii = false;
          end += next > 0xffff ? 2 : 1;
        }
        const candidate = ascii
          ? ((trigger.shapes[pairSlot(codePoint, end - at > 1 ? text.charCodeAt(at + 1) : 0)] ?? 0) &
              shapeBit(end - at)) !==
              0 &&
            ((trigger.lastShapes[text.charCodeAt(end - 1) | 0x20] ?? 0) & shapeBit(end - at)) !== 0 &&
            trigger.heads.has(text.slice(at, end).toLowerCase())
          : trigger.nonAscii || FOLDS_TO_ASCII.test(text.slice(at, end));
        if (candidate) {
          const match = matchAt(text, at, trigger.at);
          if (match) return match;
        }
        // Every position up to `end` follows a letter.
        at = end;
        afterWord = true;
        continue;
      }
      if (codePoint < 0x80 ? trigger.asciiSigns[codePoint] === 1 : trigger.signs.has(codePoint)) {
        const match = matchAt(text, at, trigger.at);
        if (match) return match;
      }
      if (codePoint >= 0x30 && codePoint <= 0x39)
        return { start: at, end: at + 1, group: "digit", text: text[at] ?? "" };
    }
    afterWord = (type & WORD) !== 0;
    at += size;
  }
  return undefined;
}

function matchAt(text: string, at: number, sticky: RegExp): TriggerMatch | undefined {
  sticky.lastIndex = at;
  const match = sticky.exec(text);
  if (!match) return undefined;
  const { change, currency, digit } = match.groups ?? {};
  const group: TriggerGroup =
    change !== undefined ? "change" : currency !== undefined ? "currency" : digit !== undefined ? "digit" : "word";
  return { start: at, end: at + match[0].length, group, text: match[0] };
}
