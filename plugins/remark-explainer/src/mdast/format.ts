/** Text shown in cards: numbers, dates, shortened quotes. */
import type { Figure } from "../types.js";
import type { Labels } from "./labels.js";

/** Intl formatters are costly to build and every card formats several values: one per language and style. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));
}

export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** "10.000 tentara", "25%", "US$1,2 miliar", "4.000–6.000", with "sekitar" when approximate. */
export function formatFigure(figure: Figure, lang: string, labels: Labels): string | undefined {
  if (figure.value === undefined) return undefined;
  const one = (value: number): string => {
    if (figure.kind === "percent")
      return numberFormat(lang, { style: "percent", maximumFractionDigits: 2 }).format(value);
    if (figure.kind === "money" && figure.unit && /^[A-Z]{3}$/.test(figure.unit)) {
      return numberFormat(lang, { style: "currency", currency: figure.unit, maximumFractionDigits: 2 }).format(value);
    }
    return formatNumber(value, lang);
  };
  let text = figure.valueMax === undefined ? one(figure.value) : `${one(figure.value)}–${one(figure.valueMax)}`;
  if (figure.unit && figure.kind !== "money" && figure.kind !== "percent") text += ` ${figure.unit}`;
  return figure.approximate ? `${labels.approximately} ${text}` : text;
}

/**
 * Dates already written, by language and date: a site's articles name the same dates over and
 * over, and Intl's formatting was a tenth of the time of writing an article's cards.
 */
const formattedDates = new Map<string, string>();

/** "29 Oktober 2024" for `2024-10-29`, "Juni 2024" for `2024-06`. */
export function formatDate(date: string, lang: string): string {
  const key = `${lang}|${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = writeDate(date, lang);
    formattedDates.set(key, text);
  }
  return text;
}

function writeDate(date: string, lang: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return date;
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  const style: Intl.DateTimeFormatOptions =
    day === undefined ? { year: "numeric", month: "long", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" };
  return dateFormat(lang, style).format(utc);
}

/** Source text without the commonest inline Markdown: emphasis marks, code ticks, link targets, escapes. */
export function plainText(markdown: string): string {
  // Most quotes hold none of it: three replaces copy the text for nothing.
  if (!/[[*_`\\]/.test(markdown)) return markdown;
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(?<!\\)(\*{1,3}|_{1,3}|`+)(?=\S)([^*_`]*?[^\s\\])\1/g, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

/** Plain text, whitespace collapsed and cut at a word boundary near `max` characters, with an ellipsis. */
export function shorten(text: string, max = 110): string {
  const flat = plainText(text).replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
