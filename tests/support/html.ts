/**
 * The bare unified pipeline (remark-parse → remark-explainer → remark-rehype → rehype-stringify)
 * and the contract that makes "nothing lost, nothing injected" testable: unwrapping every
 * `data-explainer` element and removing every `data-explainer-added` element must give back
 * exactly what the pipeline renders without the plugin.
 */
import type { Element, ElementContent, Nodes, Parent, Root } from "hast";
import { find, html } from "property-information";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import remarkExplainer, { type Options } from "../../plugins/remark-explainer/src/index.js";

function hasAttribute(element: Element, attribute: string): boolean {
  return Object.entries(element.properties).some(
    ([key, value]) =>
      value !== undefined && value !== null && value !== false && find(html, key).attribute === attribute,
  );
}

const BLOCKS = new Set([
  "address",
  "aside",
  "details",
  "dialog",
  "div",
  "dl",
  "figure",
  "footer",
  "nav",
  "ol",
  "p",
  "section",
  "table",
  "template",
  "ul",
]);

/** Children with explainer wrappers unwrapped, added elements dropped, adjacent text merged. */
function stripChildren(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const push = (node: ElementContent): void => {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text") last.value += node.value;
    else out.push(node.type === "text" ? { ...node } : node);
  };
  for (const child of children) {
    if (child.type !== "element") push("children" in child ? stripParent(child) : child);
    else if (hasAttribute(child, "data-explainer-added")) {
      // remark-rehype puts a "\n" between block elements: it goes with the removed block.
      const last = out.at(-1);
      if (BLOCKS.has(child.tagName) && last?.type === "text" && last.value === "\n") out.pop();
    } else if (hasAttribute(child, "data-explainer")) for (const inner of stripChildren(child.children)) push(inner);
    else push(stripParent(child));
  }
  return out;
}

/** A copy of `node` with its subtree stripped (elements, `<template>` content, MDX JSX elements). */
function stripParent<T extends Parent>(node: T): T {
  const content = "content" in node && node.content ? { content: stripParent(node.content as Root) } : {};
  return { ...node, ...content, children: stripChildren(node.children as ElementContent[]) };
}

/** The tree as it would be without the plugin's markup (see the module comment). */
export function stripExplainer(tree: Root): Root {
  return stripParent(tree);
}

/** Every element the plugin wrapped or added, for tests that want to see them. */
export function explainerElements(tree: Nodes): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "element" && (hasAttribute(node, "data-explainer") || hasAttribute(node, "data-explainer-added")))
      found.push(node);
    if ("children" in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

export interface Rendered {
  html: string;
  file: VFile;
}

/**
 * Markdown → HTML through the bare pipeline. With `explainer` the plugin runs (with those
 * options); with `strip` its markup is then taken out again before stringifying.
 * `frontmatter` is handed over as Astro does (`file.data.astro.frontmatter`), `path` names the file.
 */
export async function renderMarkdown(
  markdown: string,
  {
    explainer,
    strip = false,
    frontmatter,
    path,
  }: { explainer?: Options | false; strip?: boolean; frontmatter?: Record<string, unknown>; path?: string } = {},
): Promise<Rendered> {
  const processor = unified().use(remarkParse);
  if (explainer) processor.use(remarkExplainer, explainer);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  if (strip) processor.use(() => (tree: Root) => stripExplainer(tree));
  processor.use(rehypeStringify, { allowDangerousHtml: true });
  const input = new VFile({ value: markdown, ...(path ? { path } : {}) });
  if (frontmatter) input.data = { astro: { frontmatter } };
  const file = await processor.process(input);
  return { html: String(file), file };
}
