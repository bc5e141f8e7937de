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
 */
import type { Properties } from "hast";
import type { PhrasingContent } from "mdast";
import { entryId } from "./options.js";

/** What the rewrite leaves compact, for a host that expands it (`expandMarks`, `expandCards`). */
export interface CompactOutput {
  /** Links to cards as compact marks. */
  marks: boolean;
  /** With cards in the Markdown: the article's key in the annotation store, written in place of its cards section. */
  cardsKey: string | undefined;
}

/** The compact output `options` ask for, in Markdown (MDX cannot hold comments) with its store key, if any. */
export function compactOutput(
  options: { compactMarks?: boolean | undefined; compactCards?: boolean | undefined },
  markdown: boolean,
  key: string | undefined,
): CompactOutput {
  return {
    marks: markdown && options.compactMarks === true,
    cardsKey: markdown && options.compactCards === true ? key : undefined,
  };
}

/** A field of a compact mark: no escaping needed in an attribute, no separator, nothing ending a comment. */
const field = /^[^\s:<>&"'`]+$/;
/** The comment closing a compact mark. */
export const compactClosing = "<!--/x-->";
const prefix = entryId("");
const markKeys = "href,dataExplainer,interestfor,dataNote";
const compactMark = /<!--x:([^\s:<>&"'`]+):([^\s:<>&"'`]+):([^\s:<>&"'`]+)-->/g;
const linkPattern = `<a href="#${prefix}$1" data-explainer="$2" interestfor="${prefix}$1" data-note="$3">`;

/** The opening comment standing for an `<a>` with these properties, or `undefined` when it has another shape. */
export function compactOpening(tagName: string, properties: Properties): string | undefined {
  // Key order is attribute order: only the shape `collectMarks` builds expands to the same bytes.
  if (tagName !== "a" || Object.keys(properties).join() !== markKeys) return undefined;
  const { href, dataExplainer: kind, interestfor, dataNote: note } = properties;
  if (typeof interestfor !== "string" || !interestfor.startsWith(prefix) || href !== `#${interestfor}`)
    return undefined;
  const card = interestfor.slice(prefix.length);
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

const compactCardsPattern = /<!--x-cards:([0-9a-f]+)-->/g;

/** `html` with every compact cards comment replaced by `section(key)`. */
export function expandCards(html: string, section: (key: string) => string): string {
  if (!html.includes("<!--x-cards:")) return html;
  return html.replace(compactCardsPattern, (_comment, key: string) => section(key));
}

/** `html` with every compact mark written out as its link. */
export function expandMarks(html: string): string {
  if (!html.includes("<!--x:") && !html.includes(compactClosing)) return html;
  // Replacement patterns, not a callback: no JavaScript call per mark.
  return html.replace(compactMark, linkPattern).replaceAll(compactClosing, "</a>");
}
