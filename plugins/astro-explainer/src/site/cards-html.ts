/**
 * The cards section of an article as an HTML string, for `ExplainerCards`.
 *
 * hast-util-to-html handles any tree and was a tenth of a 1,000-article build
 * here; the cards use a handful of elements and properties, serialised below
 * with its exact rules (hexadecimal references for `<` and `&` in text and for
 * `\0 " & ' `` ` in double-quoted attributes, space-separated lists, a closing
 * tag for every element). Anything else, the whole tree goes to toHtml.
 * `tests/reuse/cards-html.test.ts` compares both on generated articles.
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { type Annotations, cardsSection, type Entity, labelsFor, type MarkKind } from "remark-explainer";

export interface CardsHtmlOptions {
  /** UI language (default: the article's). */
  lang?: string | undefined;
  /** The kinds marked in the text (the integration's `mark` option; default: all). */
  mark?: readonly MarkKind[] | undefined;
  /** The integration's `entityHref` option (default `#explainer-<id>`). */
  entityHref?: ((entity: Entity) => string) | undefined;
}

/** The section `cards: true` appends to the Markdown, or `""` when there is nothing to explain. */
export function cardsHtml(annotations: Annotations, options: CardsHtmlOptions = {}): string {
  const section = cardsSection(annotations, labelsFor(options.lang ?? annotations.lang), {
    ...(options.mark ? { mark: options.mark } : {}),
    ...(options.entityHref ? { entityHref: options.entityHref } : {}),
  });
  if (!section) return "";
  return serialiseCards(section) ?? toHtml(section);
}

/** The HTML of a cards section, or `undefined` when it holds an element or property not covered here. */
export function serialiseCards(section: Element): string | undefined {
  return serialise(section, false);
}

/** Attribute names of the properties the cards use; a property not listed sends the tree to toHtml. */
const attributeNames: Record<string, string> = {
  className: "class",
  id: "id",
  href: "href",
  role: "role",
  type: "type",
  popover: "popover",
  tabIndex: "tabindex",
  ariaLabel: "aria-label",
  ariaLabelledBy: "aria-labelledby",
  ariaHidden: "aria-hidden",
  dataExplainerAdded: "data-explainer-added",
  dataExplainerCard: "data-explainer-card",
  dataExplainerClose: "data-explainer-close",
  dataNote: "data-note",
  dataQuoteKind: "data-quote-kind",
  viewBox: "viewBox",
  width: "width",
  height: "height",
  x: "x",
  y: "y",
};

/** Elements written with a closing tag and children (no void or raw-text element). */
const elements = new Set(["section", "div", "p", "a", "span", "ul", "li", "svg", "rect"]);

const textEscapes: Record<string, string> = { "<": "&#x3C;", "&": "&#x26;" };
const attributeEscapes: Record<string, string> = {
  "\0": "&#x0;",
  '"': "&#x22;",
  "&": "&#x26;",
  "'": "&#x27;",
  "`": "&#x60;",
};
// Tested first: most values need no escaping, and a replace copies the string anyway.
const escapeText = (value: string): string =>
  /[<&]/.test(value) ? value.replace(/[<&]/g, (character) => textEscapes[character] ?? "") : value;
const escapeAttribute = (value: string): string =>
  /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, (character) => attributeEscapes[character] ?? "") : value;

/** `node`'s HTML, or `undefined` when it holds something this serialiser does not cover. */
function serialise(node: Element, insideSvg: boolean): string | undefined {
  if (!elements.has(node.tagName)) return undefined;
  const svg = insideSvg || node.tagName === "svg";
  let html = `<${node.tagName}`;
  for (const key in node.properties) {
    const value = node.properties[key];
    if (value === null || value === undefined || value === false) continue;
    const name = attributeNames[key];
    // HTML's viewbox would be lower-cased: only SVG keeps the case.
    if (name === undefined || (key === "viewBox" && !svg) || value === true) return undefined;
    if (typeof value === "number" && Number.isNaN(value)) continue;
    const text = Array.isArray(value) ? value.join(" ").trim() : String(value);
    html += ` ${name}="${escapeAttribute(text)}"`;
  }
  html += ">";
  for (const child of node.children as ElementContent[]) {
    if (child.type === "text") html += escapeText(child.value);
    else {
      const inner = child.type === "element" ? serialise(child, svg) : undefined;
      if (inner === undefined) return undefined;
      html += inner;
    }
  }
  return `${html}</${node.tagName}>`;
}
