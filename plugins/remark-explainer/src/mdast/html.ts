/**
 * The rewrite's new nodes as one HTML string, for Sätteri: an `html` node holding a
 * text node's marks (or the cards section) costs Sätteri one string, where the same
 * content as nodes costs it one node each, their `data` sent through JSON and read
 * back in native code. The string is what Sätteri renders from the nodes, byte for
 * byte (checked by test/satteri-html.test.ts): `& < >` escaped in text, an mdast text
 * node's lines trimmed around their breaks (a hast text node's are not), `& " ' ``
 * escaped in attribute values, `true` as a bare attribute, hast property names as
 * Sätteri writes them.
 */
import type { Element, ElementContent, Properties } from "hast";
import type { PhrasingContent, RootContent } from "mdast";
import { compactClosing, compactOpening } from "./compact.js";

/**
 * HTML of the mdast nodes `splitText` and `blockAnchor` build: text, marks and added elements.
 * With `compact`, links to cards are written as compact marks (`compact.ts`).
 */
export function toHtml(nodes: readonly (PhrasingContent | RootContent)[], compact = false): string {
  let html = "";
  for (const node of nodes) {
    if (node.type === "text") html += textHtml(node.value);
    else if (node.type === "explainerMark") {
      const { hName, hProperties } = node.data;
      const opening = compact ? compactOpening(hName, hProperties) : undefined;
      const content = toHtml(node.children, compact);
      html += opening === undefined ? element(hName, hProperties, content) : opening + content + compactClosing;
    } else if (node.type === "explainerAdded")
      html += element(node.data.hName, node.data.hProperties, hastToHtml(node.data.hChildren));
    else throw new Error(`toHtml: no HTML form for a "${node.type}" node`);
  }
  return html;
}

/** HTML of hast content built by the rewrite (the cards): elements and text. */
export function hastToHtml(nodes: readonly ElementContent[]): string {
  let html = "";
  for (const node of nodes) {
    if (node.type === "text") html += escapeText(node.value);
    else if (node.type === "element") html += hastElement(node);
    else throw new Error(`hastToHtml: no HTML form for a "${node.type}" node`);
  }
  return html;
}

const voidElements = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

function hastElement(node: Element): string {
  if (voidElements.has(node.tagName)) return `<${node.tagName}${attributesOf(node.properties)}>`;
  return element(node.tagName, node.properties, hastToHtml(node.children));
}

function element(tagName: string, properties: Properties, content: string): string {
  return `<${tagName}${attributesOf(properties)}>${content}</${tagName}>`;
}

function attributesOf(properties: Properties): string {
  let attributes = "";
  for (const name in properties) {
    const value = properties[name];
    if (value === undefined || value === null || value === false) continue;
    if (value === true) attributes += ` ${attributeName(name)}`;
    else
      attributes += ` ${attributeName(name)}="${escapeAttribute(Array.isArray(value) ? value.join(" ") : String(value))}"`;
  }
  return attributes;
}

/** Names whose attribute is not the property name lower-cased (`data*` kebab-cased, `aria*` as `aria-` and the rest lower-cased). */
const attributeNames = new Map<string, string>([
  ["className", "class"],
  ["viewBox", "viewBox"],
]);

/**
 * hast property names as Sätteri writes them: `className` → `class`, `dataNote` → `data-note`,
 * `ariaLabelledBy` → `aria-labelledby`, `tabIndex` → `tabindex`, `viewBox` as is.
 */
function attributeName(name: string): string {
  let attribute = attributeNames.get(name);
  if (attribute === undefined) {
    if (/^data[A-Z]/.test(name)) attribute = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    else if (/^aria[A-Z]/.test(name)) attribute = `aria-${name.slice(4).toLowerCase()}`;
    else attribute = name.toLowerCase();
    attributeNames.set(name, attribute);
  }
  return attribute;
}

const textEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const attributeEscapes: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;" };
/** Like Sätteri (and mdast-util-to-hast), an mdast text node's lines lose the spaces and tabs around their breaks. */
const trimLines = (value: string): string =>
  /[\r\n]/.test(value) ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, "$1") : value;
const escapeText = (value: string): string =>
  /[&<>]/.test(value) ? value.replace(/[&<>]/g, (char) => textEscapes[char] as string) : value;
const textUnescapes: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/** The HTML of an mdast text node's value, as Sätteri writes it. */
export const textHtml = (value: string): string => escapeText(trimLines(value));

/** The value whose `textHtml` is `html`, for values whose lines keep their spaces (`trimLines` changes nothing). */
export const unescapeText = (html: string): string =>
  html.includes("&") ? html.replace(/&(?:amp|lt|gt);/g, (entity) => textUnescapes[entity] as string) : html;

/** Whether `unescapeText` gives `value` back from its HTML. */
export const textHtmlReversible = (value: string): boolean => trimLines(value) === value;
const escapeAttribute = (value: string): string =>
  /[&"'`]/.test(value) ? value.replace(/[&"'`]/g, (char) => attributeEscapes[char] as string) : value;
