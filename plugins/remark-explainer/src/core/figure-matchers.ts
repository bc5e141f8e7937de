/**
 * The figure rules' view of a language pack, compiled once per pack and cached:
 * the trigger that finds where a figure may start (a digit, a currency sign, a
 * number, weekday, month or relative-date word, a change phrase), sticky
 * regexes that read what follows a match, and lookup tables. Nothing here is
 * built per match, and every regex is a plain alternation of literals (linear).
 */
import type { LanguagePack, RelativeDate, TimeUnit } from "../languages/types.js";
import { isSpaceCode } from "./chars.js";
import { type NumberWordRole, numberWordRoles } from "./figure-numbers.js";
import { compileTrigger, type FigureTrigger } from "./figure-trigger.js";

export interface FigureMatchers {
  pack: LanguagePack;
  /** Where a figure may start (`nextTrigger`). */
  trigger: FigureTrigger;
  /** A run of digits with separators, at a position. */
  digits: RegExp;
  /** A clock time with minutes: "15.50", "3:30". */
  clockDigits: RegExp;
  /** One word (hyphenated compounds whole), after optional spaces. */
  word: RegExp;
  /** A range dash to a second number, with an optional percent sign before it ("5%-15 %"). */
  rangeDash: RegExp;
  /** A range word to a second number ("8 hingga 10", "and"), capturing it, when the pack has any. */
  rangeWord: RegExp | undefined;
  /** The characters those words may open with: the regex runs only after one. */
  rangeStarts: Uint8Array | undefined;
  /** The words that make such a pair a change ("from"), and the "between … and" words. */
  rangeNotAfter: Set<string>;
  rangeBetween: { before: Set<string>; words: Set<string> };
  /** "d/m" or "d/m/y" (in the pack's order) at a position, and the same in parentheses. */
  numericDate: RegExp;
  parenthesisedDate: RegExp;
  /** After a day number: a month name (an abbreviation with its dot) and an optional year ("29 Oktober 2024"). */
  monthAfterDay: RegExp;
  /** After a month name: a day and an optional year ("Oct. 29, 2024"), or a year ("Oktober 2011"). */
  dayAfterMonth: RegExp;
  yearAfterMonth: RegExp;
  /** After a weekday: ", " before a full date. */
  dateSeparator: RegExp;
  /** Sticky phrase readers (after optional spaces), each capturing the phrase in group 1. */
  phrases: {
    scale: PhraseReader;
    vagueScale: PhraseReader;
    partitive: PhraseReader;
    percent: PhraseReader;
    currencyWord: PhraseReader;
    timeUnit: PhraseReader;
    ago: PhraseReader;
    hence: PhraseReader;
    pastAfter: PhraseReader;
    futureAfter: PhraseReader;
    changeTo: PhraseReader;
    clockZone: PhraseReader;
    decadeSuffix: PhraseReader;
    ageAfter: PhraseReader;
    compoundUnit: PhraseReader;
  };
  /** Phrases looked for just before a figure: an approximator, a past or future marker, a clock cue. */
  before: {
    approximator: PhraseSet;
    past: PhraseSet;
    future: PhraseSet;
    clockCue: PhraseSet;
    age: PhraseSet;
    monthCue: PhraseSet;
    ordinal: PhraseSet;
    measure: PhraseSet;
    /** "rose to", "naik menjadi": the new value follows, its earlier one after it (`earlierAfterNew`). */
    newValue: PhraseSet;
  };
  /** The text between a new value and its earlier one ends with this: "… in May from ", "… dari ". */
  earlierAfterNew: RegExp | undefined;
  /** Lower-case words that put their clause in the future tense ("akan", "will"). */
  futureClause: Set<string>;
  /** Lower-case words that put their clause in the past ("telah", "was", "since"). */
  pastClause: Set<string>;
  /** Lower-case event nouns a year after them names ("pemilihan legislatif 2014"). */
  eventNouns: Set<string>;
  numberWords: Map<string, NumberWordRole>;
  vagueScales: Map<string, number>;
  scales: Map<string, number>;
  currencies: Map<string, string>;
  currencyWords: Map<string, string>;
  timeUnits: Map<string, TimeUnit>;
  vagueDurations: Map<string, string>;
  relative: Map<string, RelativeDate>;
  /** Lower-case weekday name → ISO weekday (1 = Monday). */
  weekdays: Map<string, number>;
  /** Lower-case full month name → month (1 = January). */
  months: Map<string, number>;
  /** Lower-case abbreviated month name, without its dot → month. */
  monthsShort: Map<string, number>;
  /** Lower-case words that are never what a number counts. */
  notUnits: Set<string>;
  /** Lower-case words between a number and what it counts: "200 new drivers". */
  unitModifiers: Set<string>;
  unitModifierEndings: readonly string[];
  verbStarts: readonly string[];
  /** Words of the pack's titles: people counted ("34 menteri"), whatever their first letters. */
  titleWords: Set<string>;
}

/**
 * A sticky regex reading one phrase of a list, and the ASCII characters its phrases
 * may start with (either case), so that a position is ruled out without running it.
 */
export interface PhraseReader {
  regex: RegExp;
  /** 1 per ASCII character a phrase may start with; undefined when a phrase starts with a space. */
  starts: Uint8Array | undefined;
}

/**
 * Whether a phrase of the reader may start at `at`, past ASCII spaces: false only when the
 * first other character is ASCII and begins no phrase (a character outside ASCII, a no-break
 * space included, leaves it to the regex).
 */
export function mayStart(text: string, at: number, starts: Uint8Array | undefined): boolean {
  if (starts === undefined) return true;
  let k = at;
  let code = text.charCodeAt(k);
  while (code === 0x20 || (code >= 0x09 && code <= 0x0d)) code = text.charCodeAt(++k);
  return code >= 0x80 || starts[code] === 1;
}

/** Phrases looked up word by word, backwards from a figure. */
export interface PhraseSet {
  /** Lower-cased, single-spaced. */
  phrases: Set<string>;
  /** The last word of each phrase: a word before a figure that is none of them ends the look-back at once. */
  lastWords: Set<string>;
  /** Words in the longest phrase. */
  maxWords: number;
}

const cache = new WeakMap<LanguagePack, FigureMatchers>();

/** The compiled matchers for a pack (built on first use). */
export function figureMatchers(pack: LanguagePack): FigureMatchers {
  let matchers = cache.get(pack);
  if (!matchers) {
    matchers = compile(pack);
    cache.set(pack, matchers);
  }
  return matchers;
}

const SPACE = "[\\s\\u00a0]";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
/** A regex matching nothing, for empty lists. */
const NOTHING = "(?!)";

function compile(pack: LanguagePack): FigureMatchers {
  const { numbers, dates } = pack;
  const lower = (words: Iterable<string>): Map<string, number> => {
    const map = new Map<string, number>();
    let index = 0;
    for (const word of words) map.set(word.toLowerCase().replace(/\.$/, ""), ++index);
    return map;
  };
  const months = lower(dates.months);
  const monthsShort = lower(dates.monthsShort);
  // Full names first, so that "Maret" is not read as "Mar"; only an abbreviation takes a dot.
  const monthNames = `${alternation(months.keys())}|(?:${alternation(monthsShort.keys())})\\.?`;
  const numeric = "(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}|\\d{2}))?(?![\\d/])";
  const words = [
    ...Object.keys(numbers.words),
    ...Object.keys(numbers.vagueScales),
    ...dates.weekdays,
    ...months.keys(),
    ...monthsShort.keys(),
    ...Object.keys(dates.relative),
    ...Object.keys(dates.vagueDurations),
  ];
  const currencies = Object.keys(numbers.currencies);
  const rangeWords = [...(numbers.rangeWords ?? []), ...(numbers.rangeBetween?.words ?? [])];
  // Not preceded by a letter, digit or "_": `nextTrigger` checks that before trying the regex.
  const trigger = compileTrigger(
    `(?<change>${alternation(numbers.changeFrom)})${NOT_WORD_AFTER}` +
      `|(?<currency>${alternation(currencies)})(?=\\.?${SPACE}?\\d)` +
      `|(?<digit>\\d)` +
      `|(?<word>${alternation(words)})${NOT_WORD_AFTER}`,
    [...numbers.changeFrom, ...currencies, ...words].filter((entry) => entry !== ""),
  );
  return {
    pack,
    trigger,
    digits: /\d+(?:[.,]\d+)*/y,
    clockDigits: /(\d{1,2})[.:](\d{2})(?![\d.,:])/y,
    word: /[\s\u00a0]*(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)/uy,
    rangeDash: /[\s\u00a0]?(%)?[\s\u00a0]?[-–—][\s\u00a0]?(?=\d)/y,
    rangeWord: rangeWords.length
      ? new RegExp(`${SPACE}+(${alternation(rangeWords)})${SPACE}+(?=\\d)`, "iuy")
      : undefined,
    rangeStarts: startCharacters(rangeWords),
    rangeNotAfter: lowerSet(numbers.rangeNotAfter ?? []),
    rangeBetween: {
      before: lowerSet(numbers.rangeBetween?.before ?? []),
      words: lowerSet(numbers.rangeBetween?.words ?? []),
    },
    numericDate: new RegExp(numeric, "y"),
    parenthesisedDate: new RegExp(`${SPACE}*\\(${SPACE}*${numeric}${SPACE}*\\)`, "y"),
    monthAfterDay: new RegExp(`${SPACE}+(${monthNames})${NOT_WORD_AFTER}(?:,?${SPACE}+(\\d{4})(?![\\d.,]\\d))?`, "iuy"),
    dayAfterMonth: new RegExp(
      `${SPACE}+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]\\d)(?:,${SPACE}+(\\d{4})(?![\\d.,]\\d))?`,
      "iuy",
    ),
    yearAfterMonth: new RegExp(`,?${SPACE}+(\\d{4})(?![\\p{L}\\p{N}]|[.,:]\\d)`, "uy"),
    dateSeparator: new RegExp(`,?${SPACE}+`, "y"),
    phrases: {
      scale: phrase(Object.keys(numbers.scales)),
      vagueScale: phrase(Object.keys(numbers.vagueScales)),
      partitive: phrase(numbers.partitives),
      percent: phrase(numbers.percent),
      currencyWord: phrase(Object.keys(numbers.currencyWords)),
      timeUnit: phrase(Object.keys(dates.units)),
      ago: phrase(dates.ago),
      hence: phrase(dates.hence),
      pastAfter: phrase(dates.past.after),
      futureAfter: phrase(dates.future.after),
      changeTo: phrase(numbers.changeTo),
      clockZone: phrase(dates.clock.zones),
      decadeSuffix: {
        regex: new RegExp(`(${alternation(dates.decadeSuffixes)})${NOT_WORD_AFTER}`, "iuy"),
        starts: startCharacters(dates.decadeSuffixes),
      },
      ageAfter: phrase(dates.ages.after),
      compoundUnit: phrase(numbers.compoundUnits ?? []),
    },
    before: {
      approximator: phraseSet(numbers.approximators),
      past: phraseSet(dates.past.before),
      future: phraseSet(dates.future.before),
      clockCue: phraseSet(dates.clock.cues),
      age: phraseSet(dates.ages.before),
      monthCue: phraseSet(dates.monthCues),
      ordinal: phraseSet(numbers.ordinalMarkers ?? []),
      measure: phraseSet(numbers.measuresBefore ?? []),
      newValue: phraseSet(numbers.changeNewFirst?.before ?? []),
    },
    earlierAfterNew: numbers.changeNewFirst?.from.length
      ? new RegExp(`(?:^|[\\s\\u00a0])(?:${alternation(numbers.changeNewFirst.from)})[\\s\\u00a0]+$`, "iu")
      : undefined,
    futureClause: new Set((dates.future.clause ?? []).map(phraseKey)),
    pastClause: new Set((dates.past.clause ?? []).map(phraseKey)),
    eventNouns: new Set((dates.eventNouns ?? []).map(phraseKey)),
    numberWords: numberWordRoles(numbers),
    vagueScales: lowerKeys(numbers.vagueScales),
    scales: lowerKeys(numbers.scales),
    currencies: lowerKeys(numbers.currencies),
    currencyWords: lowerKeys(numbers.currencyWords),
    timeUnits: lowerKeys(dates.units),
    vagueDurations: lowerKeys(dates.vagueDurations),
    relative: lowerKeys(dates.relative),
    weekdays: lower(dates.weekdays),
    months,
    monthsShort,
    unitModifiers: new Set((numbers.unitModifiers ?? []).map((word) => word.toLowerCase())),
    unitModifierEndings: numbers.unitModifierEndings ?? [],
    verbStarts: numbers.verbStarts ?? [],
    titleWords: new Set(pack.people.titles.flatMap((title) => title.toLowerCase().split(/\s+/))),
    notUnits: new Set(
      [
        ...pack.stopwords,
        ...numbers.notUnits,
        ...numbers.partitives,
        ...numbers.percent,
        // The first words of phrases that can follow a number: "3.000 tentara pada minggu lalu", "3,000 last week".
        ...[
          ...numbers.approximators,
          ...numbers.changeFrom,
          ...numbers.changeTo,
          ...Object.keys(dates.relative),
          ...dates.past.before,
          ...dates.future.before,
          ...dates.ago,
          ...dates.hence,
        ].map((entry) => entry.split(" ")[0] ?? ""),
      ].map((word) => word.toLowerCase()),
    ),
  };
}

/** The lower-cased, space-normalised form under which phrases are looked up. */
export function phraseKey(text: string): string {
  const lower = text.toLowerCase();
  // Usually words between single spaces already, which the replacement leaves as they are.
  let space = false;
  for (let k = 0; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    const isSpace = isSpaceCode(code);
    if (isSpace && (code !== 0x20 || space)) return lower.replace(/[\s\u00a0]+/g, " ");
    space = isSpace;
  }
  return lower;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = new Set(list.map(phraseKey));
  const lastWords = new Set([...phrases].map((entry) => entry.slice(entry.lastIndexOf(" ") + 1)));
  return { phrases, lastWords, maxWords: Math.max(0, ...[...phrases].map((entry) => entry.split(" ").length)) };
}

const lowerSet = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));

function lowerKeys<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record).map(([key, value]) => [phraseKey(key), value]));
}

/** A sticky reader of one phrase of the list after optional spaces; the phrase in group 1. */
function phrase(list: readonly string[]): PhraseReader {
  return {
    regex: new RegExp(`${SPACE}*(${alternation(list)})${NOT_WORD_AFTER}`, "iuy"),
    starts: startCharacters(list),
  };
}

/** The ASCII characters that match a first character of `list` under the flags `iu` (ſ and K fold to s and k). */
function startCharacters(list: readonly string[]): Uint8Array | undefined {
  const firsts = new Set<string>();
  for (const entry of list) {
    const first = entry.codePointAt(0);
    if (first === undefined) continue;
    const character = String.fromCodePoint(first);
    if (/\s/u.test(character)) return undefined;
    firsts.add(character.replace(/[\\\][^-]/g, "\\$&"));
  }
  const starts = new Uint8Array(0x80);
  if (firsts.size === 0) return starts;
  const first = new RegExp(`^[${[...firsts].join("")}]`, "iu");
  for (let code = 0; code < 0x80; code++) if (first.test(String.fromCharCode(code))) starts[code] = 1;
  return starts;
}

/** Longest first, so that "lebih dari" wins over "lebih"; spaces inside phrases match any run of spaces. */
function alternation(list: Iterable<string>): string {
  const entries = [...new Set(list)].filter((entry) => entry !== "");
  if (entries.length === 0) return NOTHING;
  return entries
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, `${SPACE}+`))
    .join("|");
}
