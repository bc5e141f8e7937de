/**
 * Quotation marks paired into quotations, across every style: “ ” „ " ‘ ’ '
 * « » ‹ › 「 」 『 』, nested, over several paragraphs, and Kompas-style
 * Indonesian that writes ” for the opening mark too. Apostrophes inside words
 * never reach this module (the tokenizer keeps them in the word).
 */
import { isSpaceCode } from "./chars.js";
import { type Token, TokenKind } from "./tokens.js";

/** A pair of quotation marks; positions are token indexes. */
export interface QuoteRegion {
  openBlock: number;
  open: number;
  closeBlock: number;
  close: number;
  /** 0 for an outermost quotation, 1 inside another, … */
  depth: number;
}

enum Family {
  Double = 0,
  Single = 1,
  Guillemet = 2,
  SingleGuillemet = 3,
  Corner = 4,
  WhiteCorner = 5,
}

const FAMILY = new Map<string, Family>([
  ["“", Family.Double],
  ["”", Family.Double],
  ["„", Family.Double],
  ["‟", Family.Double],
  ['"', Family.Double],
  ["＂", Family.Double],
  ["‘", Family.Single],
  ["’", Family.Single],
  ["‚", Family.Single],
  ["'", Family.Single],
  ["«", Family.Guillemet],
  ["»", Family.Guillemet],
  ["‹", Family.SingleGuillemet],
  ["›", Family.SingleGuillemet],
  ["「", Family.Corner],
  ["」", Family.Corner],
  ["『", Family.WhiteCorner],
  ["』", Family.WhiteCorner],
]);

/** Marks that only ever open, and only ever close. */
const OPENERS = new Set(["„", "‚", "「", "『"]);
const CLOSERS = new Set(["」", "』"]);
const WORDISH = /[\p{L}\p{N}(]/u;

/** One code unit that a quotation may open after: white space, ( [ { - – — / (was `/[\s([{\-–—/]/u`). */
function opensContext(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    isSpaceCode(code) ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2f
  );
}

/** One code unit of a word or an opening bracket (`WORDISH`); ASCII without the regex. */
function wordish(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code >= 0x80) return WORDISH.test(char);
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x28;
}

interface Open {
  family: Family;
  mark: string;
  block: number;
  token: number;
}

/** Whether a mark token is a quotation mark at all. */
export function isQuoteMark(token: Token): boolean {
  return token.kind === TokenKind.Punct && FAMILY.has(token.text);
}

type Role = "open" | "close" | "none";

function roleOf(token: Token, text: string, stack: readonly Open[], family: Family): Role {
  const mark = token.text;
  const before = token.start > 0 ? text[token.start - 1] : undefined;
  const after = text[token.end];
  const leftFlank =
    (before === undefined || opensContext(before) || FAMILY.has(before)) &&
    after !== undefined &&
    !isSpaceCode(after.charCodeAt(0));
  const rightFlank =
    before !== undefined && !isSpaceCode(before.charCodeAt(0)) && (after === undefined || !wordish(after));
  const hasOpen = stack.some((open) => open.family === family);
  if (OPENERS.has(mark)) return "open";
  if (CLOSERS.has(mark)) return "close";
  switch (mark) {
    case "“":
      // German style „…“ closes with “.
      return rightFlank && !leftFlank && stack.some((open) => open.mark === "„") ? "close" : "open";
    case "«":
    case "‹":
      return stack.some((open) => open.family === family && open.mark !== mark) ? "close" : "open";
    case "»":
    case "›":
      if (stack.some((open) => open.family === family && open.mark !== mark)) return "close";
      return leftFlank ? "open" : "none";
    case "’":
    case "'":
      // An apostrophe before a number ('90s) or after a plural (officials') is not a quote.
      if (after !== undefined && /\p{N}/u.test(after) && !rightFlank) return "none";
      if (rightFlank && !leftFlank) return hasOpen ? "close" : "none";
      if (leftFlank && !rightFlank) return "open";
      return hasOpen ? "close" : "none";
    case "‘":
      return rightFlank && !leftFlank && hasOpen ? "close" : "open";
    default:
      // ” and " : flanking decides; Kompas opens with ” before a word.
      if (rightFlank && !leftFlank) return hasOpen ? "close" : "none";
      if (leftFlank && !rightFlank) return "open";
      return hasOpen ? "close" : "open";
  }
}

const MAX_DEPTH = 8;

/**
 * Pair the marks of every block, in document order. A quotation left open at
 * the end of a paragraph continues when the next paragraph opens with a mark
 * of the same family (the multi-paragraph convention).
 */
export function pairQuotes(
  blocks: readonly { text: string; tokens: readonly Token[]; quotable: boolean }[],
): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let carried: Open | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const { text, tokens, quotable } = blocks[b] as (typeof blocks)[number];
    const stack: Open[] = [];
    let first = 0;
    if (carried && quotable) {
      stack.push(carried);
      first = 1; // the continuation mark opening this paragraph
    }
    carried = undefined;
    if (!quotable) continue;
    for (let t = first; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (!isQuoteMark(token)) continue;
      const family = FAMILY.get(token.text) as Family;
      const role = roleOf(token, text, stack, family);
      if (role === "open") {
        if (stack.length < MAX_DEPTH) stack.push({ family, mark: token.text, block: b, token: t });
        continue;
      }
      if (role !== "close") continue;
      let at = stack.length - 1;
      while (at >= 0 && (stack[at] as Open).family !== family) at--;
      if (at < 0) continue;
      const open = stack[at] as Open;
      stack.length = at;
      regions.push({ openBlock: open.block, open: open.token, closeBlock: b, close: t, depth: at });
    }
    const outer = stack[0];
    const next = blocks[b + 1];
    const nextFirst = next?.tokens[0];
    if (outer && next?.quotable && nextFirst && isQuoteMark(nextFirst) && FAMILY.get(nextFirst.text) === outer.family) {
      carried = outer;
    }
  }
  regions.sort((a, b) => a.openBlock - b.openBlock || a.open - b.open);
  return regions;
}
