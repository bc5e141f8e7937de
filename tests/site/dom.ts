/** Reading built pages: elements by a predicate, attributes, text. */
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";

export function parse(html: string): Root {
  return fromHtml(html);
}

export function elements(tree: Root | Element, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (element: Element) => {
    if (match(element)) found.push(element);
  });
  return found;
}

/** An attribute as written in HTML (`"data-quote-kind"`), from hast's camel-cased properties. */
export function attr(element: Element, name: string): string | undefined {
  const key = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const value = element.properties[name === "class" ? "className" : key];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
}

export function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

export function text(element: Element): string {
  return toText(element).replace(/\s+/g, " ").trim();
}
