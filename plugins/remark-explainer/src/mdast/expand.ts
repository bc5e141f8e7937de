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
const linkPattern = `<a href="#${cardPrefix}$1" data-explainer="$2" interestfor="${cardPrefix}$1" data-note="$3">`;

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
  let cursor: MarkCursor | undefined;
  let expanded = "";
  let last = 0;
  deferredPattern.lastIndex = 0;
  for (let match = deferredPattern.exec(html); match; match = deferredPattern.exec(html)) {
    const [comment, start, end, length, insideLink, key] = match;
    if (key !== undefined) cursor = new MarkCursor(collectMarks(annotationsOf(key)));
    const textStart = match.index + comment.length;
    const escaped = html.slice(textStart, textStart + Number(length));
    const from = Number(start);
    const to = Number(end);
    const nodes =
      cursor &&
      splitText(unescapeText(escaped), from, to, cursor.overlapping(from, to), {
        insideLink: insideLink !== undefined,
      });
    expanded += html.slice(last, match.index) + (nodes ? toHtml(nodes) : escaped);
    last = textStart + escaped.length;
    deferredPattern.lastIndex = last;
  }
  return expanded + html.slice(last);
}
