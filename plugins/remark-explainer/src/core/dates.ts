/**
 * Calendar arithmetic for resolving the dates an article mentions against its
 * publication date. Pure functions on proleptic Gregorian dates, computed in UTC
 * so that the machine's time zone never shifts a day.
 */
import type { RelativeDate, TimeUnit } from "../languages/types.js";

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Whether a mentioned weekday or month lies before the article date, after it
 * ("next Friday"), on or after it (in a future-tense clause: "will meet on Friday"),
 * on or before it (in a past-tense clause: "was closed in March"), or is unmarked.
 */
export type Direction = "unmarked" | "past" | "future" | "coming" | "recent";

const DAY_MS = 86_400_000;

/** The article date from frontmatter: `YYYY-MM-DD`, possibly followed by a time. */
export function parseArticleDate(value: string | undefined): CivilDate | undefined {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The date if it exists on the calendar (no 31 June, no day "3,5": a number read with separators). */
export function validDate(year: number, month: number, day: number): CivilDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(date: CivilDate): string {
  return `${formatMonth(date.year, date.month)}-${pad(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatYear(year: number): string {
  return String(year).padStart(4, "0");
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function toTime(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromTime(time: number): CivilDate {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Months added to a month, as [year, month]. */
function addMonths(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  return ((new Date(toTime(date)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The day a bare weekday names. News is written in the past tense, so an
 * unmarked weekday ("pada hari Selasa", "on Tuesday") is the most recent such day
 * on or before the article date; "Selasa lalu"/"last Tuesday" is strictly before,
 * "Selasa depan"/"next Tuesday" strictly after, and one in a future-tense clause
 * ("akan bertemu pada Jumat") the first such day on or after the article date.
 */
export function resolveWeekday(article: CivilDate, weekday: number, direction: Direction): string {
  const today = isoWeekday(article);
  if (direction === "future") return formatDay(addDays(article, ((weekday - today + 6) % 7) + 1));
  if (direction === "coming") return formatDay(addDays(article, (weekday - today + 7) % 7));
  const back = (today - weekday + 7) % 7;
  return formatDay(addDays(article, direction === "past" && back === 0 ? -7 : -back));
}

/**
 * The month a month name without a year names: "Juni lalu"/"last June" is the most
 * recent June before the article's month, "Juni depan" the next one after it, one in a
 * future-tense clause the article's month or the next such month after it, one in a
 * past-tense clause the article's month or the last such month before it, and an
 * unmarked month the nearest one (news reports both recent and coming events by month).
 */
export function resolveMonth(article: CivilDate, month: number, direction: Direction): string {
  if (direction === "past") {
    return formatMonth(month < article.month ? article.year : article.year - 1, month);
  }
  if (direction === "future") {
    return formatMonth(month > article.month ? article.year : article.year + 1, month);
  }
  if (direction === "coming") {
    return formatMonth(month >= article.month ? article.year : article.year + 1, month);
  }
  if (direction === "recent") {
    return formatMonth(month <= article.month ? article.year : article.year - 1, month);
  }
  return formatMonth(nearestYear(article, month), month);
}

/** A day and month without a year ("29 Oktober", "Oct. 29"): the occurrence nearest the article date. */
export function resolveDayMonth(article: CivilDate, month: number, day: number): string | undefined {
  const date = validDate(nearestYear(article, month), month, day);
  return date && formatDay(date);
}

/** The year that puts `month` within six months of the article's month. */
function nearestYear(article: CivilDate, month: number): number {
  const difference = month - article.month;
  if (difference > 6) return article.year - 1;
  if (difference < -6) return article.year + 1;
  return article.year;
}

/**
 * A relative expression ("minggu lalu", "akhir pekan ini", "tahun lalu"),
 * resolved to the precision of its largest unit: a year, a month or a day.
 */
export function resolveRelative(article: CivilDate, offset: RelativeDate): string {
  if (offset.years !== undefined) return formatYear(article.year + offset.years);
  if (offset.months !== undefined) return formatMonth(...addMonths(article.year, article.month, offset.months));
  let date = addDays(article, (offset.weeks ?? 0) * 7 + (offset.days ?? 0));
  // A weekday picks that day of the (Monday-first) week the offset lands in.
  if (offset.weekday !== undefined) date = addDays(date, offset.weekday - isoWeekday(date));
  return formatDay(date);
}

/** "dua tahun lalu", "three weeks ago" (amount < 0), "dua hari lagi" (amount > 0), to that unit's precision. */
export function resolveDuration(article: CivilDate, unit: TimeUnit, amount: number): string | undefined {
  if (!Number.isInteger(amount)) return undefined;
  const date = durationDate(article, unit, amount);
  // "10.000 tahun lalu" or a huge count: no calendar date (years 1–9999 only).
  return date !== undefined && CALENDAR_DATE.test(date) ? date : undefined;
}

const CALENDAR_DATE = /^(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function durationDate(article: CivilDate, unit: TimeUnit, amount: number): string | undefined {
  switch (unit) {
    case "day":
      return formatDay(addDays(article, amount));
    case "week":
      return formatDay(addDays(article, amount * 7));
    case "month":
      return formatMonth(...addMonths(article.year, article.month, amount));
    case "year":
      return formatYear(article.year + amount);
    case "decade":
      return formatYear(article.year + amount * 10);
    case "century":
      return formatYear(article.year + amount * 100);
    default:
      // Hours, minutes and seconds fall within the article's day, which is not known to the hour.
      return undefined;
  }
}
