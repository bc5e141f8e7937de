/**
 * The rewrite's new nodes as one HTML string, for Sätteri: an `html` node holding a
 * text node's marks costs Sätteri one string, where the same marks as nodes cost it
 * one node each, every `data` sent through JSON and read back in native code.
 * The string is what Sätteri renders from the nodes, byte for byte (its escaping:
 * `& < >` in text, whose lines are trimmed, `& " ' `` ` `` in attribute values; checked by test/satteri-html.test.ts).
 */
import type { Properties } from "hast";
import type { PhrasingContent, RootContent } from "mdast";

/** HTML of the nodes `splitText` and `blockAnchor` build: text, marks and added elements. */
export function toHtml(nodes: readonly (PhrasingContent | RootContent)[]): string {
  let html = "";
  for (const node of nodes) {
    if (node.type === "text") html += escapeText(node.value);
    else if (node.type === "explainerMark")
      html += element(node.data.hName, node.data.hProperties, toHtml(node.children));
    else if (node.type === "explainerAdded" && node.data.hChildren.length === 0)
      html += element(node.data.hName, node.data.hProperties, "");
    else throw new Error(`toHtml: no HTML form for a "${node.type}" node`);
  }
  return html;
}

function element(tagName: string, properties: Properties, content: string): string {
  return `<${tagName}${attributesOf(properties)}>${content}</${tagName}>`;
}

function attributesOf(properties: Properties): string {
  let attributes = "";
  for (const name in properties) {
    const value = properties[name];
    if (value === undefined || value === null || value === false) continue;
    const text = value === true ? "" : Array.isArray(value) ? value.join(" ") : String(value);
    attributes += ` ${attributeName(name)}="${escapeAttribute(text)}"`;
  }
  return attributes;
}

const attributeNames = new Map<string, string>([["className", "class"]]);

/** hast property names as HTML attributes: `className` → `class`, `dataNote` → `data-note`, `ariaDetails` → `aria-details`. */
function attributeName(name: string): string {
  let attribute = attributeNames.get(name);
  if (attribute === undefined) {
    attribute = /^(?:data|aria)[A-Z]/.test(name)
      ? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
      : name.toLowerCase();
    attributeNames.set(name, attribute);
  }
  return attribute;
}

const textEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const attributeEscapes: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;" };
/** Like Sätteri (and mdast-util-to-hast), a text node's lines lose the spaces and tabs around their breaks. */
const escapeText = (value: string): string =>
  /[&<>\r\n]/.test(value)
    ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, "$1").replace(/[&<>]/g, (char) => textEscapes[char] as string)
    : value;
const escapeAttribute = (value: string): string =>
  /[&"'`]/.test(value) ? value.replace(/[&"'`]/g, (char) => attributeEscapes[char] as string) : value;
