/**
 * Reading the value of a written number: digits with a language's separators
 * ("10.000", "3,5"; "10,000", "3.5") and compound number words
 * ("dua puluh lima", "sepuluh ribu"; "twenty-five", "ten thousand").
 */
import type { NumberConventions } from "../languages/types.js";

/**
 * The value of a run of digits and separators, or undefined when it is not one
 * number ("1.2.3", section numbers). A separator is a thousands separator only
 * when it is the language's and every group after it has three digits; otherwise
 * a single separator is a decimal point, whichever language wrote it ("5.1 %" in
 * Indonesian text).
 */
export function digitValue(
  token: string,
  conventions: Pick<NumberConventions, "decimal" | "group">,
): number | undefined {
  // Most numbers have no separator: no regex split for them.
  if (token.indexOf(".") < 0 && token.indexOf(",") < 0) return Number(token);
  // token.split(/[.,]/) and token.replace(/\d/g, ""), in one loop.
  const parts: string[] = [];
  let separators = "";
  let from = 0;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (code === 0x2e || code === 0x2c) {
      parts.push(token.slice(from, k));
      from = k + 1;
    }
    if (code < 0x30 || code > 0x39) separators += token[k];
  }
  parts.push(token.slice(from));
  const first = parts[0] as string;
  const grouped = (count: number): boolean =>
    first.length <= 3 &&
    first !== "0" &&
    parts.slice(1, count + 1).every((part) => part.length === 3) &&
    [...separators.slice(0, count)].every((separator) => separator === conventions.group);
  if (grouped(parts.length - 1)) return Number(parts.join(""));
  // Groups followed by one decimal part: "1.234,5" (id), "1,234.5" (en).
  if (separators.endsWith(conventions.decimal) && grouped(parts.length - 2)) {
    return Number(`${parts.slice(0, -1).join("")}.${parts.at(-1)}`);
  }
  if (parts.length === 2) return Number(`${first}.${parts[1]}`);
  return undefined;
}

/** What a number word does inside a compound. */
export type NumberWordRole =
  | { role: "word"; value: number }
  | { role: "multiplier"; value: number }
  | { role: "teen" }
  | { role: "scale"; value: number };

/** Every number word of a language, lower-cased, with its role. */
export function numberWordRoles(conventions: NumberConventions): Map<string, NumberWordRole> {
  const roles = new Map<string, NumberWordRole>();
  for (const [word, value] of Object.entries(conventions.scales))
    roles.set(word.toLowerCase(), { role: "scale", value });
  for (const [word, value] of Object.entries(conventions.multipliers)) {
    roles.set(word.toLowerCase(), { role: "multiplier", value });
  }
  for (const word of conventions.teens) roles.set(word.toLowerCase(), { role: "teen" });
  for (const [word, value] of Object.entries(conventions.words)) roles.set(word.toLowerCase(), { role: "word", value });
  return roles;
}

/** The running value of a compound number, fed one word at a time. */
export class NumberWordsValue {
  /** Completed scales: "dua juta" of "dua juta tiga ratus". */
  private total = 0;
  /** Completed hundreds and tens below the next scale. */
  private group = 0;
  /** A unit word waiting for a multiplier: "dua" of "dua puluh". */
  private pending = 0;
  /** True once a multiplier or scale was used: "dua puluh", "sepuluh ribu". */
  compound = false;
  words = 0;

  /** Take the next word; false when it cannot continue this number (it starts another). */
  add(role: NumberWordRole): boolean {
    if (role.role === "word") {
      // Two unit words in a row ("dua tiga") are two numbers, or a vague range: stop.
      if (this.pending !== 0 && role.value < 10) return false;
      if (role.value >= 10) this.group += role.value;
      else this.pending = role.value;
    } else if (this.words === 0) {
      // Multipliers, teens and scales cannot open a number ("ratus", "belas kasihan").
      return false;
    } else if (role.role === "multiplier") {
      this.group += (this.pending || 1) * role.value;
      this.pending = 0;
      this.compound = true;
    } else if (role.role === "teen") {
      if (this.pending === 0) return false;
      this.group += this.pending + 10;
      this.pending = 0;
      this.compound = true;
    } else {
      this.total += (this.group + this.pending || 1) * role.value;
      this.group = 0;
      this.pending = 0;
      this.compound = true;
    }
    this.words += 1;
    return true;
  }

  clone(): NumberWordsValue {
    return Object.assign(new NumberWordsValue(), this);
  }

  get value(): number {
    return this.total + this.group + this.pending;
  }
}
