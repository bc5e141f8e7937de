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
  return replaceInOrder(html, deferredPattern, (match, next) => {
    const [, start, end, length, insideLink, key] = match;
    return deferred.node(html, next, { start, end, length, insideLink, key });
  });
}

/**
 * `html` with each match of the global `pattern`, in order, replaced by `replace(match, next)`'s
 * text; `next` is where the match ends, and `replace` says where the scan goes on (a deferred
 * node's text is taken with its comment).
 */
function replaceInOrder(
  html: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray, next: number) => { text: string; next: number },
): string {
  let expanded = "";
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const { text, next } = replace(match, match.index + match[0].length);
    expanded += html.slice(last, match.index) + text;
    last = next;
    pattern.lastIndex = next;
  }
  return expanded + html.slice(last);
}

/** A deferred node's comment, as matched: `<!--x@START:END:LENGTH[:l][:KEY]-->`. */
interface DeferredComment {
  start: string | undefined;
  end: string | undefined;
  length: string | undefined;
  insideLink: string | undefined;
  key: string | undefined;
}

/** The deferred text nodes of a page, marked in order: an article's first names its annotations. */
class DeferredMarks {
  private cursor: MarkCursor | undefined;
  constructor(private readonly annotationsOf: (key: string) => Annotations) {}

  /**
   * The HTML of the deferred node whose text follows its comment at `at` in `page`, from the
   * comment's fields (its place in the source, its text's length, the key an article's first
   * names), and where the page goes on after that text.
   */
  node(page: string, at: number, comment: DeferredComment): { text: string; next: number } {
    const { start, end, length, insideLink, key } = comment;
    const escaped = page.slice(at, at + Number(length));
    if (key !== undefined) this.cursor = new MarkCursor(collectMarks(this.annotationsOf(key)));
    const from = Number(start);
    const to = Number(end);
    const nodes =
      this.cursor &&
      splitText(unescapeText(escaped), from, to, this.cursor.overlapping(from, to), {
        insideLink: insideLink !== undefined,
      });
    return { text: nodes ? toHtml(nodes) : escaped, next: at + escaped.length };
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
  return replaceInOrder(html, anyCompact, (match, next) => {
    const [, card, kind, note, start, end, length, insideLink, key, cardsKey] = match;
    if (card !== undefined && kind !== undefined && note !== undefined) return { text: link(card, kind, note), next };
    if (start !== undefined) return deferred.node(html, next, { start, end, length, insideLink, key });
    return { text: cardsKey !== undefined ? section(cardsKey) : "</a>", next };
  });
}
