/** Character tests that stand in for one-character regular expressions on hot paths. */

/** The code units `\s` matches (JavaScript's white space and line terminators). */
export const isSpaceCode = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0x80 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));

const UPPER_AT = /\p{Lu}/uy;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** An upper-case letter at `index` (`/\p{Lu}/uy`); ASCII without the regex. */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  UPPER_AT.lastIndex = index;
  return UPPER_AT.test(text);
}

/** Starts with an upper-case letter (`/^\p{Lu}/u`). */
export const startsUpper = (text: string): boolean => isUpperAt(text, 0);

/** Starts with a lower-case letter (`/^\p{Ll}/u`); ASCII without the regex. */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_FIRST.test(text);
}

/** Holds a letter (`/\p{L}/u`), for one code unit; ASCII without the regex. */
export function isLetterUnit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(char);
}

/** Holds a number character (`/\p{N}/u`); ASCII ones without the regex. */
export function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80) return NUMBER.test(text);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** Only ASCII digits, at least one (`/^\d+$/`). */
export function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
