/**
 * Compact marks: a mention's link written as two HTML comments, for a host that
 * turns them back into the link in every page it serves (astro-explainer does, in
 * a middleware). Astro keeps every article's rendered HTML in its content store
 * and holds all of it in memory while it builds; a link to a card carries ~95
 * bytes of attributes around a few words, its compact form ~35.
 *
 * `<a href="#explainer-ID" data-explainer="KIND" interestfor="explainer-ID" data-note="N">…</a>`
 * is written `<!--x:ID:KIND:N-->…<!--/x-->`. Any other element, or one whose values
 * would need escaping, is written in full, so `expandMarks` gives back exactly
 * the HTML `toHtml` writes without compaction.
 *
 * An article's cards section (~35 KB for a 4 KB article) can be left out the same
 * way: one comment naming the article's entry in the annotation store,
 * `<!--x-cards:KEY-->`, which the host replaces with the section (`expandCards`).
 *
 * Deferred marks go further: a marked text node is written as its plain text after
 * one comment giving its place in the source (`<!--x@START:END:LENGTH-->`, `:l`
 * inside a link, `:KEY` on an article's first, naming its annotations); the host
 * marks it from the article's annotations with the rewrite's own `splitText` and
 * `toHtml` (`expandDeferredMarks`). The host's side is `expand.ts`.
 */
import type { Properties } from "hast";
import type { PhrasingContent } from "mdast";
import { entryId } from "./options.js";

/** How marked text is written in Markdown: in full, as compact marks, or deferred to the host. */
export type MarksForm = "full" | "compact" | "deferred";

/** What the rewrite leaves compact, for a host that expands it (`expand.ts`). */
export interface CompactOutput {
  marks: MarksForm;
  /** The article's key in the annotation store (deferred marks name it once, at the article's start). */
  articleKey: string | undefined;
  /** With cards in the Markdown: write one comment naming the article's key in place of its cards section. */
  cards: boolean;
}

/**
 * The compact output `options` ask for: in Markdown only (MDX cannot hold comments); what
 * names the article (deferred marks, compact cards) only when its annotations are on disk.
 */
export function compactOutput(
  options: { compactMarks?: boolean | "deferred" | undefined; compactCards?: boolean | undefined },
  markdown: boolean,
  key: string | undefined,
): CompactOutput {
  const requested: MarksForm =
    options.compactMarks === "deferred" ? "deferred" : options.compactMarks === true ? "compact" : "full";
  const marks = !markdown ? "full" : requested === "deferred" && key === undefined ? "compact" : requested;
  return {
    marks,
    articleKey: markdown ? key : undefined,
    cards: markdown && key !== undefined && options.compactCards === true,
  };
}

/** The comment closing a compact mark. */
export const compactClosing = "<!--/x-->";
/** The start of every card's id, left out of a compact mark. */
export const cardPrefix = entryId("");
const markKeys = "href,dataExplainer,interestfor,dataNote";
/** A field of a compact mark: no escaping needed in an attribute, no separator, nothing ending a comment. */
const field = /^[^\s:<>&"'`]+$/;

/** The opening comment standing for an `<a>` with these properties, or `undefined` when it has another shape. */
export function compactOpening(tagName: string, properties: Properties): string | undefined {
  // Key order is attribute order: only the shape `collectMarks` builds expands to the same bytes.
  if (tagName !== "a" || Object.keys(properties).join() !== markKeys) return undefined;
  const { href, dataExplainer: kind, interestfor, dataNote: note } = properties;
  if (typeof interestfor !== "string" || !interestfor.startsWith(cardPrefix) || href !== `#${interestfor}`)
    return undefined;
  const card = interestfor.slice(cardPrefix.length);
  if (typeof kind !== "string" || typeof note !== "string") return undefined;
  if (!field.test(card) || !field.test(kind) || !field.test(note)) return undefined;
  return `<!--x:${card}:${kind}:${note}-->`;
}

/** For unified: `nodes` with each link to a card replaced by its compact comments (`html` nodes) around its content. */
export function compactNodes(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const compacted: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type !== "explainerMark") {
      compacted.push(node);
      continue;
    }
    const children = compactNodes(node.children);
    const opening = compactOpening(node.data.hName, node.data.hProperties);
    if (opening === undefined) compacted.push({ ...node, children });
    else compacted.push({ type: "html", value: opening }, ...children, { type: "html", value: compactClosing });
  }
  return compacted;
}

/** The comment standing for an article's cards section: the key of its annotations in the store. */
export const compactCardsComment = (key: string): string => `<!--x-cards:${key}-->`;

/**
 * A marked text node, deferred: its place in the source, then its HTML (`escaped`, the text
 * alone). The article's first names the article (`key`): the host reads its annotations there.
 */
export const deferredText = (
  start: number,
  end: number,
  escaped: string,
  insideLink: boolean,
  key: string | undefined,
): string =>
  `<!--x@${start}:${end}:${escaped.length}${insideLink ? ":l" : ""}${key === undefined ? "" : `:${key}`}-->${escaped}`;
