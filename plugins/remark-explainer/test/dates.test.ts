import { describe, expect, it } from "vitest";
import {
  isoWeekday,
  parseArticleDate,
  resolveDayMonth,
  resolveDuration,
  resolveMonth,
  resolveRelative,
  resolveWeekday,
  validDate,
} from "../src/core/dates.js";

// Tuesday 29 October 2024.
const article = { year: 2024, month: 10, day: 29 };

describe("dates", () => {
  it("reads the article date and rejects days that do not exist", () => {
    expect(parseArticleDate("2024-10-29")).toEqual(article);
    expect(parseArticleDate("2024-10-29T08:00:00.000Z")).toEqual(article);
    expect(parseArticleDate("2024-02-30")).toBeUndefined();
    expect(parseArticleDate("29/10/2024")).toBeUndefined();
    expect(parseArticleDate(undefined)).toBeUndefined();
  });

  it("takes only whole numbers as a day, month or year (a day read as '3,5' or NaN is none)", () => {
    expect(validDate(2025, 6, 3)).toEqual({ year: 2025, month: 6, day: 3 });
    expect(validDate(2025, 6, 3.5)).toBeUndefined();
    expect(validDate(2025, 6, Number.NaN)).toBeUndefined();
    expect(validDate(2025, 6.5, 3)).toBeUndefined();
    expect(validDate(Number.NaN, 6, 3)).toBeUndefined();
    expect(resolveDayMonth(article, 6, Number("3,5"))).toBeUndefined();
  });

  it("numbers weekdays from Monday", () => {
    expect(isoWeekday(article)).toBe(2);
    expect(isoWeekday({ year: 2024, month: 11, day: 3 })).toBe(7);
  });

  it.each([
    [2, "unmarked", "2024-10-29"],
    [1, "unmarked", "2024-10-28"],
    [3, "unmarked", "2024-10-23"],
    [2, "past", "2024-10-22"],
    [1, "past", "2024-10-28"],
    [2, "future", "2024-11-05"],
    [5, "future", "2024-11-01"],
    [2, "coming", "2024-10-29"],
    [1, "coming", "2024-11-04"],
    [5, "coming", "2024-11-01"],
  ] as const)("weekday %i, %s", (weekday, direction, expected) => {
    expect(resolveWeekday(article, weekday, direction)).toBe(expected);
  });

  it.each([
    [6, "past", "2024-06"],
    [10, "past", "2023-10"],
    [12, "past", "2023-12"],
    [2, "future", "2025-02"],
    [10, "future", "2025-10"],
    [10, "coming", "2024-10"],
    [9, "coming", "2025-09"],
    [12, "unmarked", "2024-12"],
    [3, "unmarked", "2025-03"],
    [5, "unmarked", "2024-05"],
  ] as const)("month %i, %s", (month, direction, expected) => {
    expect(resolveMonth(article, month, direction)).toBe(expected);
  });

  it("puts a day and month without a year in the nearest year", () => {
    expect(resolveDayMonth(article, 11, 5)).toBe("2024-11-05");
    expect(resolveDayMonth({ year: 2025, month: 1, day: 2 }, 12, 28)).toBe("2024-12-28");
    expect(resolveDayMonth(article, 2, 30)).toBeUndefined();
  });

  it("resolves relative expressions to the precision of their unit", () => {
    expect(resolveRelative(article, { weeks: -1 })).toBe("2024-10-22");
    expect(resolveRelative(article, { days: -1 })).toBe("2024-10-28");
    expect(resolveRelative(article, { weekday: 6 })).toBe("2024-11-02");
    expect(resolveRelative(article, { weeks: -1, weekday: 6 })).toBe("2024-10-26");
    expect(resolveRelative(article, { months: -1 })).toBe("2024-09");
    expect(resolveRelative({ year: 2024, month: 1, day: 15 }, { months: -1 })).toBe("2023-12");
    expect(resolveRelative(article, { years: 1 })).toBe("2025");
  });

  it("places a date a duration away", () => {
    expect(resolveDuration(article, "year", -2)).toBe("2022");
    expect(resolveDuration(article, "week", -3)).toBe("2024-10-08");
    expect(resolveDuration(article, "month", -10)).toBe("2023-12");
    expect(resolveDuration(article, "day", 3)).toBe("2024-11-01");
    expect(resolveDuration(article, "hour", -5)).toBeUndefined();
    expect(resolveDuration(article, "year", 1.5)).toBeUndefined();
  });

  it("gives no calendar date for distances beyond the calendar", () => {
    expect(resolveDuration(article, "year", -10_000)).toBeUndefined();
    expect(resolveDuration(article, "week", -10_000_000_000_000)).toBeUndefined();
    expect(resolveDuration(article, "century", 100)).toBeUndefined();
  });
});
