/**
 * Rebuilding running text from a token file, which keeps no original spacing.
 * Rules (corpus README): one space between tokens, none before , . : ; ) ” and
 * none after ( “. We also glue ? ! % to the word before, as print does.
 * Kompas writes ” for opening and closing marks alike: a mark's role comes from
 * the tags when they say (a STATEMENT's first token opens), else from whether a
 * quotation is open at that point.
 */
import type { Range } from "./types.ts";

export interface Token {
  text: string;
  /** The corpus tag as written: "B-PER", "I-STATEMENT", "O". */
  tag: string;
}

export type QuoteRole = "open" | "close";

export interface JoinOptions {
  /**
   * True when a quotation may run on over sentences (whole articles): the quote
   * state carries over, and a sentence break inside a quotation stays inside its
   * paragraph. Otherwise every sentence is its own paragraph with fresh state.
   */
  quotesSpanSentences: boolean;
  /** The role the tags give a quotation mark, if any. */
  roleHint?: (token: Token) => QuoteRole | undefined;
}

export interface JoinedText {
  text: string;
  /** Character range of each token, per sentence. */
  ranges: Range[][];
}

const GLUE_BEFORE = new Set([",", ".", ":", ";", ")", "?", "!", "%"]);
const GLUE_AFTER = new Set(["("]);
const OPENING_ONLY = new Set(["“", "„"]);
const QUOTATION_MARKS = new Set(["“", "”", '"', "„"]);

function roleOf(token: Token, inQuote: boolean, hint: JoinOptions["roleHint"]): QuoteRole {
  const hinted = hint?.(token);
  if (hinted) return hinted;
  if (OPENING_ONLY.has(token.text)) return "open";
  return inQuote ? "close" : "open";
}

/** Join sentences of tokens into text: paragraphs separated by a blank line. */
export function joinSentences(sentences: readonly (readonly Token[])[], options: JoinOptions): JoinedText {
  let text = "";
  const ranges: Range[][] = [];
  let inQuote = false;
  let glueAfterPrevious = false;
  for (const sentence of sentences) {
    if (!options.quotesSpanSentences) inQuote = false;
    const sentenceRanges: Range[] = [];
    sentence.forEach((token, index) => {
      const quoteBefore = inQuote;
      const role = QUOTATION_MARKS.has(token.text) ? roleOf(token, inQuote, options.roleHint) : undefined;
      if (role) inQuote = role === "open";
      const glueBefore = role === "close" || (role === undefined && GLUE_BEFORE.has(token.text));
      if (text.length > 0) {
        const newParagraph = index === 0 && !quoteBefore && !glueAfterPrevious;
        if (newParagraph) text += "\n\n";
        else if (!glueBefore && !glueAfterPrevious) text += " ";
      }
      sentenceRanges.push({ start: text.length, end: text.length + token.text.length });
      text += token.text;
      glueAfterPrevious = role === "open" || GLUE_AFTER.has(token.text);
    });
    ranges.push(sentenceRanges);
  }
  return { text, ranges };
}
