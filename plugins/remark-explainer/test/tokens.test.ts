/**
 * The tokenizer: fixtures (text → tokens), and a property that the character
 * scanner cuts every string exactly as the token grammar below says. The
 * grammar is the scanner's specification written as one regular expression,
 * which is how the tokenizer was first written (and too slow to keep).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Lexicon, lexiconOf, PhraseSet, WordFlag } from "../src/core/lexicon.js";
import { type Token, TokenKind, tokenize } from "../src/core/tokens.js";
import { en } from "../src/languages/en.js";
import { id } from "../src/languages/id.js";

const english = lexiconOf(en);
const indonesian = lexiconOf(id);

const texts = (text: string, lexicon = english): string[] => tokenize(text, lexicon).map((token) => token.text);

describe("tokenize", () => {
  it.each([
    ["Jum'at, don't Suk-yeol.", ["Jum'at", ",", "don't", "Suk-yeol", "."]],
    ["Clinton's plan", ["Clinton", "'s", "plan"]],
    ["the U.S. and Q.Z. plans", ["the", "U.S.", "and", "Q.Z.", "plans"]],
    ["Chief C.J. Dawson spoke. Its end.", ["Chief", "C.J.", "Dawson", "spoke", ".", "Its", "end", "."]],
    ["Dr. Budi, H. Agus", ["Dr.", "Budi", ",", "H.", "Agus"]],
    ["Rp 10.000,50 atau 3/4 dan 10:30", ["Rp", "10.000,50", "atau", "3/4", "dan", "10:30"]],
    ["tunggu... “Ya” ...", ["tunggu", ".", "..", "“", "Ya", "”", "..."]],
    ["rock-'n'-roll co-op -x", ["rock", "-", "'", "n", "'", "-", "roll", "co-op", "-", "x"]],
    ["𝐀𝐁 naïve café\u0301 😀", ["𝐀𝐁", "naïve", "café\u0301", "😀"]],
  ])("%s", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("marks kinds, capitals and acronyms, and lower-cases words", () => {
    const [nato, number, comma, name] = tokenize("NATO 25, Élodie", english) as Token[];
    expect(nato).toMatchObject({ kind: TokenKind.Word, cap: true, acronym: true, lower: "nato", start: 0, end: 4 });
    expect(number).toMatchObject({ kind: TokenKind.Number, cap: false, acronym: false, text: "25" });
    expect(comma).toMatchObject({ kind: TokenKind.Punct, text: "," });
    expect(name).toMatchObject({ cap: true, acronym: false, lower: "élodie", start: 9, end: 15 });
  });
});

// ---- the grammar, as a reference ----

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\p{N}+(?:[.,:/]\p{N}+)*|\.{2,}|\S/gu;

function grammar(text: string, lexicon: Lexicon): Token[] {
  const { abbreviations } = lexicon;
  const tokens: Token[] = [];
  // Each phrase set's first words carry the set's own start bit.
  const phraseStarts = (lower: string): number =>
    Object.values(lexicon).reduce(
      (bits: number, set) =>
        set instanceof PhraseSet && [...set.firstWords()].includes(lower) ? bits | set.startFlag : bits,
      0,
    );
  const flags = (lower: string): number =>
    (lexicon.verbs.has(lower) ? WordFlag.Verb : 0) |
    (lexicon.groupDeterminers.has(lower) ? WordFlag.GroupDeterminer : 0) |
    (lexicon.honorifics.has(lower) ? WordFlag.Honorific : 0) |
    (lexicon.common.has(lower) ? WordFlag.Common : 0) |
    (lexicon.groupNouns.has(lower) ? WordFlag.GroupNoun : 0) |
    (lexicon.verbs.has(lower) || lexicon.cueNouns.has(lower) || [...lexicon.accordingTo.firstWords()].includes(lower)
      ? WordFlag.Cue
      : 0) |
    (lexicon.singular.has(lower) ? WordFlag.Singular : 0) |
    phraseStarts(lower) |
    (lexicon.coordinators.has(lower) ? WordFlag.Coordinator : 0) |
    (lexicon.subordinators.has(lower) ? WordFlag.Subordinator : 0) |
    (lexicon.complementizers.has(lower) ? WordFlag.Complementizer : 0) |
    (lexicon.passiveAuxiliaries.has(lower) ? WordFlag.PassiveAuxiliary : 0) |
    (lexicon.adverbs.has(lower) ? WordFlag.Adverb : 0) |
    (lexicon.calendar.has(lower) ? WordFlag.Calendar : 0) |
    (lexicon.particles.has(lower) ? WordFlag.Particle : 0) |
    (lexicon.titleWords.has(lower) ? WordFlag.TitleWord : 0) |
    (lexicon.plural.has(lower) ? WordFlag.Plural : 0) |
    (lexicon.acronymCues.has(lower) ? WordFlag.AcronymCue : 0) |
    ([lexicon.common, lexicon.groupNouns, lexicon.groupDeterminers, lexicon.thingContexts, lexicon.commonNouns].some(
      (list) => list.has(lower),
    )
      ? WordFlag.CommonStart
      : 0);
  const other = (value: string, start: number, kind: TokenKind): void => {
    const token = { start, end: start + value.length, text: value, lower: value, kind, cap: false, acronym: false };
    tokens.push({ ...token, flags: flags(value) });
  };
  const word = (value: string, start: number): void => {
    const cap = /^\p{Lu}/u.test(value);
    const acronym = cap && /^(?:\p{Lu}\.?){2,}$/u.test(value);
    const lower = value.toLowerCase();
    tokens.push({ start, end: start + value.length, text: value, lower, kind: 0, cap, acronym, flags: flags(lower) });
  };
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = match.index;
    if (!/^\p{L}/u.test(value)) {
      other(value, start, /^\p{N}/u.test(value) ? TokenKind.Number : TokenKind.Punct);
      continue;
    }
    let period = false;
    if (value.endsWith(".")) {
      const bare = value.slice(0, -1);
      // Abbreviations, an initial, and initials with their points (C.J.) keep the period.
      const initials = bare.length === 1 ? /^\p{Lu}/u.test(bare) : bare.charAt(bare.length - 2) === ".";
      if (!(abbreviations.has(value.toLowerCase()) || initials)) {
        value = bare;
        period = true;
      }
    }
    if (/['’]s$/i.test(value) && value.length > 2) {
      word(value.slice(0, -2), start);
      other(value.slice(-2), start + value.length - 2, TokenKind.Punct);
    } else {
      word(value, start);
    }
    if (period) other(".", start + value.length, TokenKind.Punct);
  }
  return tokens;
}

/** Pieces that exercise every branch: classes, joiners, periods, surrogates, spaces. */
const pieces = [
  ..."aAsSbUéÉİßΣǅ\u0301\u0903123٣½²Ⅻ.,:/'’‐-_&$“”\"()😀𝐀𝐚\ud800\udc00 \u00a0\n\t\u3000",
  "Dr",
  "dr.",
  "Prof",
  "U.S.",
  "Jum'at",
  "...",
  "Said",
  "kata",
  "He",
  "dia",
  "a",
  "Seorang",
  "Mr.",
  "The",
  "officials",
  "virus",
  "According",
  "claim",
  "menurut",
  "Pernyataan",
  "Presiden",
  "Secretary",
  "kantor",
  "newspaper",
  // Words of the lists behind the attribution flags (coordinators to acronym cues), both languages.
  "and",
  "When",
  "that",
  "was",
  "also",
  "Monday",
  "van",
  "Foreign",
  "they",
  "acronym",
  "dan",
  "ketika",
  "bahwa",
  "juga",
  "Senin",
  "bin",
  "mereka",
  "singkatan",
];

describe("tokenize against the token grammar", () => {
  it("gives the grammar's tokens for any mix of pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        for (const lexicon of [english, indonesian]) {
          expect(tokenize(text, lexicon)).toEqual(grammar(text, lexicon));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
