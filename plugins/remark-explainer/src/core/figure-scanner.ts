/**
 * Finds the figures of one block of text in a single left-to-right pass: the
 * pack's trigger proposes a start (a digit, a currency sign, a number,
 * weekday, month or relative-date word, a change phrase), and a reader takes
 * the longest figure there with the pack's sticky regexes, then the scan goes on
 * after it. Every reader looks at most a few words ahead or a few characters
 * back, so a block costs time linear in its length.
 */
import type { FigureKind } from "../types.js";
import { allDigits, isLetterUnit, startsLower, startsUpper } from "./chars.js";
import {
  type CivilDate,
  type Direction,
  formatDay,
  formatMonth,
  formatYear,
  resolveDayMonth,
  resolveDuration,
  resolveMonth,
  resolveRelative,
  resolveWeekday,
  validDate,
} from "./dates.js";
import { type FigureMatchers, mayStart, type PhraseReader, type PhraseSet, phraseKey } from "./figure-matchers.js";
import { digitValue, NumberWordsValue } from "./figure-numbers.js";
import { nextTrigger } from "./figure-trigger.js";

/**
 * A figure in a block's text, before it gets its id and its span in the source. Every field is
 * set when it is made (`push`), undefined when absent: all share one hidden class, so the passes
 * after the scan read them with monomorphic loads.
 */
export interface FoundFigure {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | undefined;
  valueMax: number | undefined;
  unit: string | undefined;
  approximate: true | undefined;
  date: string | undefined;
  /** Index, in the block's list, of the figure this one changed from. */
  previous: number | undefined;
}

/** What a reader found besides the span and kind; undefined fields are left out. */
interface FigureFields {
  value?: number | undefined;
  valueMax?: number | undefined;
  unit?: string | undefined;
  approximate?: boolean | undefined;
  date?: string | undefined;
}

/** A number read with its range and scale, before what follows decides its kind. */
interface Amount {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  /** Written in digits (as opposed to words). */
  digits: boolean;
  /** Scaled or compound ("1,2 juta", "dua puluh", "puluhan ribu"): more than a bare small word. */
  compound: boolean;
  approximate: boolean;
  /** A percent sign inside a range ("5%-15 %"). */
  percent: boolean;
}

const AMOUNT_KINDS: ReadonlySet<FigureKind> = new Set(["number", "quantity", "percent", "money"]);
/** The end of a sentence between two positions: a change phrase does not reach across it. */
const SENTENCE_END = /[.!?…][\s\u00a0]/;
/** How far a change phrase ("naik dari perkiraan awal … 3.000") may stand from the earlier figure. */
const CHANGE_REACH = 160;
/** Words longer than this are not looked into when reading backwards (keeps look-backs constant-time). */
const LONGEST_WORD = 40;
/** Capitalised modifiers read between a number and its unit: "10,000 North Korean troops". */
const MODIFIER_NAMES = 3;
/** Lower-case modifiers a number's unit may follow ("200 new full-time drivers"), at most. */
const MAX_UNIT_MODIFIERS = 2;
/** Words looked back for a future-tense marker governing a weekday or month ("akan bertemu … pada Jumat"). */
const CLAUSE_WORDS = 12;

const SPACE = 1;
const WORD_PART = 2;
const KNOWN = 0x80;
/**
 * Per UTF-16 code unit, read alone (as a test of `text[i]` reads it): SPACE `[\s\u00a0]`,
 * WORD_PART `[\p{L}\p{M}'’-]`; filled on first sight. The look-backs test every character.
 */
const unitClasses = new Uint8Array(0x10000);

function unitClass(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return 0;
  let bits = unitClasses[code] as number;
  if (bits === 0) {
    const unit = String.fromCharCode(code);
    bits = KNOWN | (/[\s\u00a0]/.test(unit) ? SPACE : 0) | (/[\p{L}\p{M}'’-]/u.test(unit) ? WORD_PART : 0);
    unitClasses[code] = bits;
  }
  return bits;
}

const isSpace = (text: string, index: number): boolean => (unitClass(text, index) & SPACE) !== 0;
const isWordPart = (text: string, index: number): boolean => (unitClass(text, index) & WORD_PART) !== 0;
const isBlank = (code: number): boolean => code === 0x20 || code === 0xa0;

/** The `rangeDash` regex can match at `at` only from a space, "%" or a dash there. */
function mayDash(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x25 || code === 0x2d || code === 0x2013 || code === 0x2014 || isSpace(text, at);
}

/** The `clockDigits` regex can match at `at` only with "." or ":" after one or two digits. */
function mayClock(text: string, at: number): boolean {
  const first = text.charCodeAt(at + 1);
  const second = text.charCodeAt(at + 2);
  return first === 0x2e || first === 0x3a || second === 0x2e || second === 0x3a;
}

export function scanFigures(text: string, matchers: FigureMatchers, article: CivilDate | undefined): FoundFigure[] {
  return new BlockScanner(text, matchers, article).scan();
}

class BlockScanner {
  private readonly figures: FoundFigure[] = [];
  /** [start, end] of each change phrase ("naik dari"). */
  private readonly changes: [number, number][] = [];
  private digitsPosition = -1;
  private digitsToken: string | undefined;

  constructor(
    private readonly text: string,
    private readonly m: FigureMatchers,
    private readonly article: CivilDate | undefined,
  ) {}

  scan(): FoundFigure[] {
    const { trigger } = this.m;
    for (let match = nextTrigger(this.text, 0, trigger); match; ) {
      const { start, group, text } = match;
      let end: number | undefined;
      if (group === "change") this.changes.push([start, match.end]);
      else if (group === "currency") end = this.money(start, text);
      else if (group === "digit") end = this.digits(start);
      else end = this.word(start, text);
      match = nextTrigger(this.text, end !== undefined && end > match.end ? end : match.end, trigger);
    }
    this.linkChanges();
    return this.figures;
  }

  // ---- readers: each returns where the scan goes on, or undefined to go on after the trigger

  private money(start: number, symbol: string): number | undefined {
    let at = start + symbol.length;
    if (this.text[at] === ".") at += 1;
    if (isSpace(this.text, at)) at += 1;
    const amount = this.digitAmount(at);
    if (!amount) return undefined;
    this.push(start, amount.end, "money", {
      ...this.values(amount, 1),
      unit: this.m.currencies.get(phraseKey(symbol)),
      approximate: amount.approximate || this.approximated(start),
    });
    return amount.end;
  }

  private digits(start: number): number | undefined {
    const { text, m } = this;
    const token = this.digitsAt(start) ?? "";
    const tokenEnd = start + token.length;
    // Digits after a hyphen or slash that follows a word belong to a code: COVID-19, IX/2008.
    if (start > 1 && "-/".includes(text.charAt(start - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(start - 2)))
      return tokenEnd;
    const simple = allDigits(token);
    if (simple && token.length <= 2) {
      const dated = this.numericDate(start) ?? this.dayMonth(start);
      if (dated !== undefined) return dated;
    }
    const clock = this.clock(start);
    if (clock !== undefined) return clock;
    // A fraction or a numeric date without context (1/2, 3/4) is not read.
    if (text[tokenEnd] === "/" && /\d/.test(text[tokenEnd + 1] ?? "")) return tokenEnd;
    // A score or tally ("menang 3-0", "voted 52-48"): two counts, no amount of anything.
    if (simple && (text[tokenEnd] === "-" || text[tokenEnd] === "–")) {
      const second = this.digitsAt(tokenEnd + 1) ?? "";
      if (allDigits(second) && second.length > 0 && Number(second) <= Number(token))
        return tokenEnd + 1 + second.length;
    }
    if (simple && token.length === 4) {
      const decade = this.phrase(m.phrases.decadeSuffix, tokenEnd);
      if (decade && token.endsWith("0")) {
        this.push(start, tokenEnd + decade[0].length, "date", {});
        return tokenEnd + decade[0].length;
      }
      const year = Number(token);
      if (year >= 1800 && year < 2200 && !this.measured(tokenEnd)) {
        // A year in a name ("Pemilu Legislatif 2014", "Euro 2024") is not a date of the article.
        if (this.capitalisedWordBefore(start) || this.eventBefore(start)) return tokenEnd;
        this.push(start, tokenEnd, "date", { date: formatYear(year) });
        return tokenEnd;
      }
    }
    const amount = this.digitAmount(start);
    if (!amount) return tokenEnd;
    return this.classify(amount, start) ?? amount.end;
  }

  private word(start: number, word: string): number | undefined {
    const { m, article } = this;
    const key = phraseKey(word);
    const end = start + word.length;
    const relative = m.relative.get(key);
    if (relative) {
      this.push(start, end, "date", { date: article && resolveRelative(article, relative) });
      return end;
    }
    const vague = m.vagueDurations.get(key);
    if (vague !== undefined) {
      this.push(start, end, "duration", { unit: vague });
      return end;
    }
    if (m.weekdays.has(key)) return this.weekday(start, word);
    if (m.months.has(key)) return this.month(start, word, false);
    if (m.monthsShort.has(key)) return this.month(start, word, true);
    const amount = m.vagueScales.has(key) ? this.vagueAmount(start, word) : this.wordAmount(start);
    if (!amount) return undefined;
    return this.classify(amount, start) ?? amount.end;
  }

  // ---- numbers

  /** Digits, an optional range to more digits, an optional scale: "10.000", "4–6 ribu", "$1.2 billion". */
  private digitAmount(start: number): Amount | undefined {
    const { m } = this;
    const first = this.number(start);
    if (!first) return undefined;
    let end = first.end;
    let valueMax: number | undefined;
    let percent = false;
    const dash = mayDash(this.text, end) ? this.sticky(m.rangeDash, end) : null;
    if (dash) {
      const second = this.number(end + dash[0].length);
      if (second && second.value > first.value) {
        valueMax = second.value;
        percent = dash[1] !== undefined;
        end = second.end;
      }
    } else if (m.rangeWord && isBlank(this.text.charCodeAt(end)) && mayStart(this.text, end + 1, m.rangeStarts)) {
      // "8 hingga 10 persen", "8 to 10 percent", "between 160,000 and 330,000 euros" (not "rose from 8
      // to 10 percent": a change; nor "2 hingga 5 Maret": days, whose dates are read one by one).
      const joined = this.sticky(m.rangeWord, end);
      const second = joined ? this.number(end + joined[0].length) : undefined;
      const before = second && second.value > first.value ? this.wordBefore(start) : undefined;
      const between = m.rangeBetween.words.has((joined?.[1] ?? "").toLowerCase());
      if (
        second &&
        before !== undefined &&
        (between ? m.rangeBetween.before.has(before) : !m.rangeNotAfter.has(before)) &&
        !this.sticky(m.monthAfterDay, second.end)
      ) {
        valueMax = second.value;
        end = second.end;
      }
    }
    let scale = 1;
    const scaleWord = this.phrase(m.phrases.scale, end);
    if (scaleWord) {
      scale = m.scales.get(phraseKey(scaleWord[1] ?? "")) ?? 1;
      end += scaleWord[0].length;
    } else if (isLetterUnit(this.text[end] ?? "")) {
      // Letters stuck to digits make a code or a measure we do not read: 4x4, 5G, 10km.
      return undefined;
    }
    const amount: Amount = {
      start,
      end,
      value: first.value * scale,
      digits: true,
      compound: scale !== 1,
      approximate: false,
      percent,
    };
    if (valueMax !== undefined) amount.valueMax = valueMax * scale;
    return amount;
  }

  /** The word right before `at` over spaces, lower-cased ("" for none). */
  private wordBefore(at: number): string {
    let end = at;
    while (end > 0 && isSpace(this.text, end - 1)) end--;
    let start = end;
    while (start > 0 && isWordPart(this.text, start - 1)) start--;
    return this.text.slice(start, end).toLowerCase();
  }

  private number(start: number): { value: number; end: number } | undefined {
    const token = this.digitsAt(start);
    if (token === undefined) return undefined;
    const value = digitValue(token, this.m.pack.numbers);
    return value === undefined ? undefined : { value, end: start + token.length };
  }

  /** Number words: "dua puluh lima", "sepuluh ribu", "twenty-five". */
  private wordAmount(start: number): Amount | undefined {
    const { m } = this;
    let value = new NumberWordsValue();
    let end = start;
    for (let next = this.sticky(m.word, end); next; next = this.sticky(m.word, end)) {
      const word = next[1] ?? "";
      const parts = word.toLowerCase().split("-");
      const roles = parts.map((part) => m.numberWords.get(part));
      // A hyphenated word counts only when every part is a number word: "twenty-five", not "satu-satunya".
      if (roles.some((role) => role === undefined)) break;
      const probe = value.clone();
      if (!roles.every((role) => role !== undefined && probe.add(role))) break;
      value = probe;
      end += next[0].length;
    }
    if (value.words === 0) return undefined;
    return {
      start,
      end,
      value: value.value,
      digits: false,
      compound: value.compound,
      approximate: false,
      percent: false,
    };
  }

  /** "puluhan ribu", "ratusan", "tens of thousands": vague, so approximate. */
  private vagueAmount(start: number, word: string): Amount {
    const { m } = this;
    let value = m.vagueScales.get(phraseKey(word)) ?? 1;
    let end = start + word.length;
    const partitive = this.phrase(m.phrases.partitive, end);
    const after = partitive ? end + partitive[0].length : end;
    const scale = this.phrase(m.phrases.scale, after) ?? this.phrase(m.phrases.vagueScale, after);
    if (scale) {
      const key = phraseKey(scale[1] ?? "");
      value *= m.scales.get(key) ?? m.vagueScales.get(key) ?? 1;
      end = after + scale[0].length;
    }
    return { start, end, value, digits: false, compound: true, approximate: true, percent: false };
  }

  /** Decides what an amount is from the words after it, records it, and returns its end. */
  private classify(amount: Amount, start: number): number | undefined {
    const { m } = this;
    const approximate = amount.approximate || this.approximated(start);
    const percent = this.phrase(m.phrases.percent, amount.end);
    if (percent || amount.percent) {
      const end = amount.end + (percent?.[0].length ?? 0);
      this.push(start, end, "percent", { ...this.values(amount, 0.01), approximate });
      return end;
    }
    // Words counted after a vague or spelled-out number may stand after "of": "thousands of dollars".
    const partitive = amount.digits ? null : this.phrase(m.phrases.partitive, amount.end);
    // "a 2.3-mile stretch", "a 10-year plan": digits joined by a hyphen to what they count.
    const hyphen =
      amount.digits && this.text.charCodeAt(amount.end) === 0x2d && isLetterUnit(this.text.charAt(amount.end + 1));
    const tail = amount.end + (partitive?.[0].length ?? 0) + (hyphen ? 1 : 0);
    const currency = this.phrase(m.phrases.currencyWord, tail);
    if (currency) {
      const end = tail + currency[0].length;
      const unit = m.currencyWords.get(phraseKey(currency[1] ?? ""));
      this.push(start, end, "money", { ...this.values(amount, 1), unit, approximate });
      return end;
    }
    const unitWord = this.phrase(m.phrases.timeUnit, tail);
    if (unitWord) return this.timeAmount(amount, start, tail, unitWord, approximate);
    // Counts spelled out below ten ("dua kandidat", "three officials", "one of them") are
    // incidental: news style writes the counts that matter in digits.
    if (!amount.digits && !amount.compound && amount.value < 10) return amount.end;
    const unit = this.unitAfter(tail);
    const measure = unit || !amount.digits ? undefined : this.phraseBefore(start, m.before.measure);
    if (measure !== undefined && measure >= (this.figures.at(-1)?.end ?? 0)) {
      // "skor 0,768": the noun before the number is what it measures.
      const name = phraseKey(this.text.slice(measure, start).trim());
      this.push(measure, amount.end, "quantity", { ...this.values(amount, 1), unit: name, approximate });
      return amount.end;
    }
    // A number after a capitalised word belongs to a name or a reference (Pemilu Legislatif 2014,
    // Golkar 1); so does one counting nothing after a sentence's first word (Pasal 18 adalah …).
    const bare = !unit && !approximate;
    if (amount.digits && !amount.compound && this.capitalisedWordBefore(start, bare)) return amount.end;
    if (unit) {
      this.push(start, unit.end, "quantity", { ...this.values(amount, 1), unit: unit.name, approximate });
      return unit.end;
    }
    // "hari ke 48": a position, not an amount.
    if (amount.digits && this.phraseBefore(start, m.before.ordinal) !== undefined) return amount.end;
    this.push(start, amount.end, "number", { ...this.values(amount, 1), approximate });
    return amount.end;
  }

  /**
   * What a number counts, from `at` on: a unit of several words ("kilo liter"), the
   * next lower-case word ("tentara"), or, where modifiers precede nouns, the first
   * lower-case word after a few capitalised ones ("North Korean troops"). A capitalised
   * plural ends the look ("3 Democrats voted": "voted" counts nothing).
   */
  private unitAfter(at: number): { name: string; end: number } | undefined {
    const { m } = this;
    const compound = this.phrase(m.phrases.compoundUnit, at);
    if (compound) return { name: phraseKey(compound[1] ?? ""), end: at + compound[0].length };
    let end = at;
    let modifiers = 0;
    for (let names = 0; names <= MODIFIER_NAMES; ) {
      const noun = this.sticky(m.word, end);
      const word = noun?.[1] ?? "";
      if (!noun) return undefined;
      end += noun[0].length;
      if (startsLower(word)) {
        const name = word.toLowerCase();
        // "200 new drivers", "14 bacterial infections": the drivers, the infections are counted.
        if ((m.unitModifiers.has(name) || this.adjectiveBeforeNoun(name, end)) && modifiers++ < MAX_UNIT_MODIFIERS)
          continue;
        const verb =
          !m.titleWords.has(name) &&
          m.verbStarts.some((prefix) => name.length >= prefix.length + 4 && name.startsWith(prefix));
        return verb || m.notUnits.has(name) || m.numberWords.has(name) ? undefined : { name, end };
      }
      if (!m.pack.numbers.unitAfterNames || /[^s]s$/.test(word)) return undefined;
      names++;
    }
    return undefined;
  }

  /** `word` ends like an adjective and a lower-case word that may be a unit follows it at `at`. */
  private adjectiveBeforeNoun(word: string, at: number): boolean {
    const { m } = this;
    if (!m.unitModifierEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending))) return false;
    const next = this.sticky(m.word, at)?.[1] ?? "";
    return startsLower(next) && !m.notUnits.has(next.toLowerCase());
  }

  /**
   * "tiga tahun" (a duration), "dua tahun lalu" (a date that long before the
   * article), "berusia 53 tahun" / "Rina, 53 tahun," / "53 years old" (an age: a quantity).
   */
  private timeAmount(
    amount: Amount,
    start: number,
    at: number,
    unitWord: RegExpExecArray,
    approximate: boolean,
  ): number {
    const { m, article } = this;
    const unitEnd = at + unitWord[0].length;
    const unitName = (unitWord[1] ?? "").toLowerCase();
    const unit = m.timeUnits.get(phraseKey(unitName));
    const ago = this.phrase(m.phrases.ago, unitEnd);
    const hence = ago ? null : this.phrase(m.phrases.hence, unitEnd);
    const marker = ago ?? hence;
    if (marker && unit !== undefined && amount.valueMax === undefined) {
      const end = unitEnd + marker[0].length;
      const offset = ago ? -amount.value : amount.value;
      this.push(start, end, "date", { date: article && resolveDuration(article, unit, offset), approximate });
      return end;
    }
    // ("a 63-year-old man": the age's word joined by a hyphen too.)
    const oldAt = this.text.charCodeAt(unitEnd) === 0x2d ? unitEnd + 1 : unitEnd;
    const old = this.phrase(m.phrases.ageAfter, oldAt);
    if (
      unit === "year" &&
      (old || this.phraseBefore(start, m.before.age) !== undefined || this.apposed(start, unitEnd))
    ) {
      const end = old ? oldAt + old[0].length : unitEnd;
      this.push(start, end, "quantity", { ...this.values(amount, 1), unit: unitName, approximate });
      return end;
    }
    this.push(start, unitEnd, "duration", { ...this.values(amount, 1), unit: unitName, approximate });
    return unitEnd;
  }

  /** Set off by commas right after a capitalised word (a name): "Rina Wati, 53 tahun, …". */
  private apposed(start: number, end: number): boolean {
    const { text } = this;
    let before = start - 1;
    while (before >= 0 && isSpace(text, before)) before -= 1;
    if (text[before] !== "," || !this.capitalisedWordEndingAt(before, true)) return false;
    let after = end;
    while (after < text.length && isSpace(text, after)) after += 1;
    return after === text.length || ",.;)".includes(text[after] ?? "");
  }

  /** Percent, currency or scale after a number: then "2014" is an amount, not a year. */
  private measured(end: number): boolean {
    const { phrases } = this.m;
    return [phrases.percent, phrases.currencyWord, phrases.scale].some((reader) => this.phrase(reader, end) !== null);
  }

  private values(amount: Amount, factor: number): FigureFields {
    return {
      value: round(amount.value * factor),
      valueMax: amount.valueMax === undefined ? undefined : round(amount.valueMax * factor),
    };
  }

  // ---- dates

  /** "2/9/2010", and "(25/8)" without a year only in parentheses. */
  private numericDate(start: number): number | undefined {
    const match = this.sticky(this.m.numericDate, start);
    if (!match || (match[3] === undefined && this.text[start - 1] !== "(")) return undefined;
    const date = this.numericDateValue(match);
    if (date === null) return undefined;
    this.push(start, start + match[0].length, "date", { date });
    return start + match[0].length;
  }

  /** The date of a numeric-date match, undefined when it cannot be resolved, null when it is no date. */
  private numericDateValue(match: RegExpExecArray): string | undefined | null {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = this.m.pack.dates.numericOrder === "dmy" ? [first, second] : [second, first];
    if (match[3] === undefined) {
      if (!validDate(2000, month, day)) return null;
      return this.article && resolveDayMonth(this.article, month, day);
    }
    const short = Number(match[3]);
    const year = match[3].length === 2 ? (short < 50 ? 2000 + short : 1900 + short) : short;
    const date = validDate(year, month, day);
    return date ? formatDay(date) : null;
  }

  /** "15.50 WIB", "pukul 15.50", "10 a.m.": a time of day, with no calendar date of its own. */
  private clock(start: number): number | undefined {
    const { m } = this;
    const withMinutes = mayClock(this.text, start) ? this.sticky(m.clockDigits, start) : null;
    const hours = withMinutes ? Number(withMinutes[1]) : Number(this.digitsAt(start));
    const end = withMinutes ? start + withMinutes[0].length : start + (this.digitsAt(start)?.length ?? 0);
    if (!(hours <= 24) || (withMinutes && Number(withMinutes[2]) >= 60)) return undefined;
    const zone = this.phrase(m.phrases.clockZone, end);
    const cued = withMinutes !== null && this.phraseBefore(start, m.before.clockCue) !== undefined;
    if ((!zone && !cued) || this.measured(end)) return undefined;
    const figureEnd = end + (zone?.[0].length ?? 0);
    this.push(start, figureEnd, "date", {});
    return figureEnd;
  }

  /** "29 Oktober 2024", "29 Okt". */
  private dayMonth(start: number): number | undefined {
    const token = this.digitsAt(start) ?? "";
    const match = this.sticky(this.m.monthAfterDay, start + token.length);
    const month = match ? this.monthOf(match[1] ?? "") : undefined;
    if (!match || month === undefined) return undefined;
    const date = this.dayDate(Number(token), month, match[2]);
    if (date === null) return undefined;
    const end = start + token.length + match[0].length;
    this.push(start, end, "date", { date });
    return end;
  }

  /** A capitalised month name, full or abbreviated, to its number. */
  private monthOf(name: string): number | undefined {
    if (!startsUpper(name)) return undefined;
    const key = phraseKey(name).replace(/\.$/, "");
    return this.m.months.get(key) ?? this.m.monthsShort.get(key);
  }

  /** A day of a month, with the year written or taken from the article; null when no such day. */
  private dayDate(day: number, month: number, year: string | undefined): string | undefined | null {
    if (year !== undefined) {
      const date = validDate(Number(year), month, day);
      return date ? formatDay(date) : null;
    }
    if (!validDate(2000, month, day)) return null;
    return this.article && resolveDayMonth(this.article, month, day);
  }

  /** "Selasa", "Senin" of "pada hari Senin lalu", "Kamis (2/9/2010)", "Tuesday, Oct. 29", "Tuesday" of "last Tuesday". */
  private weekday(start: number, word: string): number | undefined {
    const { m, text, article } = this;
    let end = start + word.length;
    if (!startsUpper(word) || text[end] === "-") return undefined;
    const weekday = m.weekdays.get(phraseKey(word)) ?? 1;
    let explicit: string | undefined | null = null;
    const parenthesised = this.sticky(m.parenthesisedDate, end);
    if (parenthesised) {
      explicit = this.numericDateValue(parenthesised);
      if (explicit !== null) end += parenthesised[0].length;
    } else {
      const separator = this.sticky(m.dateSeparator, end);
      const full = separator ? this.fullDate(end + separator[0].length) : undefined;
      if (full) {
        explicit = full.date;
        end = full.end;
      }
    }
    if (explicit !== null) {
      this.push(start, end, "date", { date: explicit });
      return end;
    }
    const marked = this.marker(start, end);
    this.push(start, end, "date", { date: article && resolveWeekday(article, weekday, marked.direction) });
    return marked.next;
  }

  /** A full date after a weekday: "29 Oktober 2024" or "Oct. 29, 2024". */
  private fullDate(at: number): { end: number; date: string | undefined } | undefined {
    const token = this.digitsAt(at);
    if (token !== undefined) {
      const match = this.sticky(this.m.monthAfterDay, at + token.length);
      const month = match ? this.monthOf(match[1] ?? "") : undefined;
      if (!match || month === undefined) return undefined;
      const date = this.dayDate(Number(token), month, match[2]);
      return date === null ? undefined : { end: at + token.length + match[0].length, date };
    }
    const name = this.sticky(this.m.word, at)?.[1];
    const month = name === undefined ? undefined : this.monthOf(name);
    if (name === undefined || month === undefined) return undefined;
    const nameEnd = at + name.length + (this.text[at + name.length] === "." ? 1 : 0);
    const day = this.sticky(this.m.dayAfterMonth, nameEnd);
    if (!day) return undefined;
    const date = this.dayDate(Number(day[1]), month, day[2]);
    return date === null ? undefined : { end: nameEnd + day[0].length, date };
  }

  /** "Juni" (of "bulan Juni lalu"), "Oktober 2011", "Oct. 29, 2024", "June" (of "last June"); abbreviations only with a day. */
  private month(start: number, word: string, abbreviated: boolean): number | undefined {
    const { m, text, article } = this;
    const cued = !abbreviated && this.phraseBefore(start, m.before.monthCue) !== undefined;
    const month = cued ? m.months.get(phraseKey(word)) : this.monthOf(word);
    let end = start + word.length;
    if (month === undefined || text[end] === "-") return undefined;
    if (abbreviated && text[end] === ".") end += 1;
    const day = this.sticky(m.dayAfterMonth, end);
    if (day) {
      const date = this.dayDate(Number(day[1]), month, day[2]);
      if (date !== null) {
        this.push(start, end + day[0].length, "date", { date });
        return end + day[0].length;
      }
    }
    const year = this.sticky(m.yearAfterMonth, end);
    if (year) {
      end += year[0].length;
      this.push(start, end, "date", { date: formatMonth(Number(year[1]), month) });
      return end;
    }
    // A bare month after a capitalised word is a name: Theresa May.
    if (abbreviated || this.capitalisedWordBefore(start)) return undefined;
    const marked = this.marker(start, end);
    this.push(start, end, "date", { date: article && resolveMonth(article, month, marked.direction) });
    return marked.next;
  }

  /**
   * A past or future marker around a named weekday or month: "lalu", "depan";
   * "last", "next". It decides the date but stays out of the span, which is the
   * name (as NER-UGM marks "Kamis" in "Kamis lalu"); the scan goes on after it.
   */
  private marker(start: number, end: number): { next: number; direction: Direction } {
    const { m } = this;
    if (this.phraseBefore(start, m.before.past) !== undefined) return { next: end, direction: "past" };
    if (this.phraseBefore(start, m.before.future) !== undefined) return { next: end, direction: "future" };
    const pastAfter = this.phrase(m.phrases.pastAfter, end);
    if (pastAfter) return { next: end + pastAfter[0].length, direction: "past" };
    const futureAfter = this.phrase(m.phrases.futureAfter, end);
    if (futureAfter) return { next: end + futureAfter[0].length, direction: "future" };
    const clause = this.wordsBefore(start, CLAUSE_WORDS, "");
    if (clause.some((word) => m.futureClause.has(word))) return { next: end, direction: "coming" };
    if (clause.some((word) => m.pastClause.has(word))) return { next: end, direction: "recent" };
    return { next: end, direction: "unmarked" };
  }

  /** "pemilihan legislatif 2014", "pemilu (legislatif) 2014": an event noun up to two words before a year. */
  private eventBefore(start: number): boolean {
    return this.wordsBefore(start, 2, "()").some((word) => this.m.eventNouns.has(word));
  }

  /**
   * Up to `count` lower-cased words before `position`, nearest first, read back
   * over spaces and the characters of `through`; any other mark (a comma, a
   * full stop, a quotation mark) ends the clause and the list.
   */
  private wordsBefore(position: number, count: number, through: string): string[] {
    const { text } = this;
    const words: string[] = [];
    let at = position;
    while (words.length < count) {
      while (at > 0 && (isSpace(text, at - 1) || through.includes(text[at - 1] ?? ""))) at -= 1;
      let start = at;
      while (start > 0 && at - start <= LONGEST_WORD && isWordPart(text, start - 1)) start -= 1;
      if (start === at || at - start > LONGEST_WORD) break;
      words.push(text.slice(start, at).toLowerCase());
      at = start;
    }
    return words;
  }

  // ---- context

  private approximated(start: number): boolean {
    return this.phraseBefore(start, this.m.before.approximator) !== undefined;
  }

  /**
   * Where the longest phrase of `set` ending just before `position` (one or more
   * spaces between) starts, read word by word backwards; undefined when none does.
   */
  private phraseBefore(position: number, set: PhraseSet): number | undefined {
    const { text } = this;
    let found: number | undefined;
    let key = "";
    let at = position;
    for (let words = 0; words < set.maxWords; words += 1) {
      let end = at;
      while (end > 0 && isSpace(text, end - 1)) end -= 1;
      if (end === at) break;
      let start = end;
      while (start > 0 && end - start <= LONGEST_WORD && isWordPart(text, start - 1)) start -= 1;
      if (start === end || end - start > LONGEST_WORD) break;
      const word = text.slice(start, end).toLowerCase();
      if (key === "" && !set.lastWords.has(word)) break;
      key = key === "" ? word : `${word} ${key}`;
      if (set.phrases.has(key)) found = start;
      at = start;
    }
    return found;
  }

  /** True when the word just before `position` (spaces between) is capitalised and, unless `evenFirst`, does not open a sentence. */
  private capitalisedWordBefore(position: number, evenFirst = false): boolean {
    let wordEnd = position;
    while (wordEnd > 0 && isBlank(this.text.charCodeAt(wordEnd - 1))) wordEnd -= 1;
    return wordEnd < position && this.capitalisedWordEndingAt(wordEnd, evenFirst);
  }

  private capitalisedWordEndingAt(wordEnd: number, evenFirst: boolean): boolean {
    const { text } = this;
    let i = wordEnd - 1;
    while (i >= 0 && wordEnd - i <= LONGEST_WORD && isWordPart(text, i)) i -= 1;
    if (!startsUpper(text.slice(i + 1, wordEnd))) return false;
    while (i >= 0 && isSpace(text, i)) i -= 1;
    // (A dash set off by spaces opens a clause too: "SUBANG, KOMPAS.com - Sebanyak 12 orang".)
    return evenFirst || (i >= 0 && !/[.!?:;"“”'‘’(…\-–—]/.test(text[i] ?? ""));
  }

  // ---- output

  private push(start: number, end: number, kind: FigureKind, fields: FigureFields): void {
    this.figures.push({
      kind,
      start,
      end,
      value: fields.value,
      valueMax: fields.valueMax,
      unit: fields.unit,
      approximate: fields.approximate ? true : undefined,
      date: fields.date,
      previous: undefined,
    });
  }

  /**
   * "Sekitar 10.000 tentara – naik dari perkiraan awal 3.000 tentara": the figure
   * after the change phrase is the earlier value of the figure before it, or of the
   * figure after "menjadi"/"to" when the sentence goes on "naik dari 3.000 menjadi 10.000".
   */
  private linkChanges(): void {
    const { figures, text, m } = this;
    let from = 0;
    for (const [phraseStart, phraseEnd] of this.changes) {
      // Changes and figures are both in text order: one pointer walks the figures once.
      while (
        from < figures.length &&
        !(AMOUNT_KINDS.has((figures[from] as FoundFigure).kind) && (figures[from] as FoundFigure).start >= phraseEnd)
      ) {
        from += 1;
      }
      const earlier = figures[from];
      if (!earlier || earlier.start - phraseEnd > CHANGE_REACH) continue;
      if (SENTENCE_END.test(text.slice(phraseEnd, earlier.start))) continue;
      const to = this.phrase(m.phrases.changeTo, earlier.end);
      const later = to ? figures[from + 1] : undefined;
      if (to && later && /^[\s\u00a0]*$/.test(text.slice(earlier.end + to[0].length, later.start))) {
        later.previous = from;
        continue;
      }
      const current = this.amountBefore(from, phraseStart - CHANGE_REACH);
      if (current && !SENTENCE_END.test(text.slice(current.end, phraseStart))) current.previous = from;
    }
    this.linkNewFirst();
  }

  /** "fell to 3.4% in May from 3.5% in April", "naik menjadi 10.000 dari 3.000": the new value first. */
  private linkNewFirst(): void {
    const { figures, text, m } = this;
    const earlierAfter = m.earlierAfterNew;
    if (!earlierAfter) return;
    for (let index = 0; index < figures.length; index += 1) {
      const current = figures[index] as FoundFigure;
      if (current.previous !== undefined || !AMOUNT_KINDS.has(current.kind)) continue;
      if (this.phraseBefore(current.start, m.before.newValue) === undefined) continue;
      let next = index + 1;
      while (next < figures.length && !AMOUNT_KINDS.has((figures[next] as FoundFigure).kind)) next += 1;
      const earlier = figures[next];
      if (!earlier || earlier.start - current.end > CHANGE_REACH) continue;
      const between = text.slice(current.end, earlier.start);
      if (!SENTENCE_END.test(between) && earlierAfter.test(between)) current.previous = next;
    }
  }

  /** The last amount figure before index `index` that ends after `limit`. */
  private amountBefore(index: number, limit: number): FoundFigure | undefined {
    for (let before = index - 1; before >= 0; before -= 1) {
      const figure = this.figures[before] as FoundFigure;
      if (figure.end < limit) return undefined;
      if (AMOUNT_KINDS.has(figure.kind)) return figure;
    }
    return undefined;
  }

  /** A phrase reader's match at `at`; the regex runs only where a phrase may start (most positions fail on one character). */
  private phrase(reader: PhraseReader, at: number): RegExpExecArray | null {
    return mayStart(this.text, at, reader.starts) ? this.sticky(reader.regex, at) : null;
  }

  /** The run of digits at `at` (the `digits` regex), read once per position: a number's readers each ask for it. */
  private digitsAt(at: number): string | undefined {
    if (at !== this.digitsPosition) {
      this.digitsPosition = at;
      this.digitsToken = this.sticky(this.m.digits, at)?.[0];
    }
    return this.digitsToken;
  }

  private sticky(regex: RegExp, at: number): RegExpExecArray | null {
    regex.lastIndex = at;
    return regex.exec(this.text);
  }
}

/** Rounds away binary noise: 0.25 for 25 %, 1.2e9 for 1,2 miliar. */
function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
