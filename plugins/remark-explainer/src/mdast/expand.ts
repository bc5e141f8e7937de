/**
 * The host's side of compact output (`compact.ts`): every page that may hold an
 * article goes through these, in any order, and comes out as the rewrite writes
 * it without compaction, byte for byte. astro-explainer runs them in a middleware.
 */
import type { Annotations } from "../types.js";
import { cardPrefix, compactClosing } from "./compact.js";
import { toHtml, unescapeText } from "./html.js";
import { collectMarks, MarkCursor } from "./marks.js";
import { splitText } from "./split.js";

const compactMark = /<!--x:([^\s:<>&"'`]+):([^\s:<>&"'`]+):([^\s:<>&"'`]+)-->/g;
/** The link a compact mark stands for. */
const link = (card: string, kind: string, note: string): string =>
  `<a href="#${cardPrefix}${card}" data-explainer="${kind}" interestfor="${cardPrefix}${card}" data-note="${note}">`;
const linkPattern = link("$1", "$2", "$3");

/** `html` with every compact mark written out as its link. */
export function expandMarks(html: string): string {
  if (!html.includes("<!--x:") && !html.includes(compactClosing)) return html;
  // Replacement patterns, not a callback: no JavaScript call per mark.
  return html.replace(compactMark, linkPattern).replaceAll(compactClosing, "</a>");
}

const compactCardsPattern = /<!--x-cards:([0-9a-f]+)-->/g;

/** `html` with every compact cards comment replaced by `section(key)`. */
export function expandCards(html: string, section: (key: string) => string): string {
  if (!html.includes("<!--x-cards:")) return html;
  return html.replace(compactCardsPattern, (_comment, key: string) => section(key));
}

const deferredPattern = /<!--x@(\d+):(\d+):(\d+)(:l)?(?::([0-9a-f]+))?-->/g;

/**
 * `html` with every deferred text node marked, from the annotations of the article it
 * belongs to (`annotationsOf(key)`, the key an article's first deferred node names), as
 * the rewrite marks it with the default options: the same marks (`collectMarks`), cut the
 * same way (`splitText`), written the same way (`toHtml`).
 */
export function expandDeferredMarks(html: string, annotationsOf: (key: string) => Annotations): string {
  if (!html.includes("<!--x@")) return html;
  const deferred = new DeferredMarks(annotationsOf);
  let expanded = "";
  let last = 0;
  deferredPattern.lastIndex = 0;
  for (let match = deferredPattern.exec(html); match; match = deferredPattern.exec(html)) {
    const [comment, start, end, length, insideLink, key] = match;
    const textStart = match.index + comment.length;
    const escaped = html.slice(textStart, textStart + Number(length));
    expanded +=
      html.slice(last, match.index) + deferred.html(escaped, Number(start), Number(end), insideLink !== undefined, key);
    last = textStart + escaped.length;
    deferredPattern.lastIndex = last;
  }
  return expanded + html.slice(last);
}

/** The deferred text nodes of a page, marked in order: an article's first names its annotations. */
class DeferredMarks {
  private cursor: MarkCursor | undefined;
  constructor(private readonly annotationsOf: (key: string) => Annotations) {}

  /** The HTML of one deferred node: its text as written, its place in the source, the key its comment names. */
  html(escaped: string, from: number, to: number, insideLink: boolean, key: string | undefined): string {
    if (key !== undefined) this.cursor = new MarkCursor(collectMarks(this.annotationsOf(key)));
    const nodes =
      this.cursor && splitText(unescapeText(escaped), from, to, this.cursor.overlapping(from, to), { insideLink });
    return nodes ? toHtml(nodes) : escaped;
  }
}

/** Any of the comments above: a compact mark's opening (1–3), a deferred node (4–8), a cards section (9), or a closing. */
const anyCompact =
  /<!--x(?::([^\s:<>&"'`]+):([^\s:<>&"'`]+):([^\s:<>&"'`]+)|@(\d+):(\d+):(\d+)(:l)?(?::([0-9a-f]+))?|-cards:([0-9a-f]+))-->|<!--\/x-->/g;

/**
 * `expandCards(expandDeferredMarks(expandMarks(html), annotationsOf), section)` in one pass
 * over the page, for a host that writes out everything (astro-explainer's middleware): each
 * of those scans and copies the whole page (~55 KB an article), which cost more than the
 * few comments they expand.
 */
export function expandPage(
  html: string,
  annotationsOf: (key: string) => Annotations,
  section: (key: string) => string,
): string {
  if (!html.includes("<!--")) return html;
  const deferred = new DeferredMarks(annotationsOf);
  let expanded = "";
  let last = 0;
  anyCompact.lastIndex = 0;
  for (let match = anyCompact.exec(html); match; match = anyCompact.exec(html)) {
    const [comment, card, kind, note, start, end, length, insideLink, key, cardsKey] = match;
    let next = match.index + comment.length;
    let replacement: string;
    if (card !== undefined && kind !== undefined && note !== undefined) replacement = link(card, kind, note);
    else if (start !== undefined) {
      const escaped = html.slice(next, next + Number(length));
      replacement = deferred.html(escaped, Number(start), Number(end), insideLink !== undefined, key);
      next += escaped.length;
    } else if (cardsKey !== undefined) replacement = section(cardsKey);
    else replacement = "</a>";
    expanded += html.slice(last, match.index) + replacement;
    last = next;
    anyCompact.lastIndex = next;
  }
  return expanded + html.slice(last);
}
