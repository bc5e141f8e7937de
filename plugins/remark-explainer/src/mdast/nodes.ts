/**
 * The mdast nodes the rewrite creates. They are plain JSON (the Sätteri
 * adapter sends `data` to native code) and render through `data.hName`,
 * `data.hProperties` and `data.hChildren`, which both mdast-util-to-hast and
 * Sätteri honour for unknown node types.
 */
import type { Element, ElementContent, Properties } from "hast";
import type { PhrasingContent } from "mdast";
import type { Position } from "unist";

/** An element wrapped around the author's text: a mention, a quote, a figure. */
export interface ExplainerMark {
  type: "explainerMark";
  children: PhrasingContent[];
  data: { hName: string; hProperties: Properties };
  position?: Position;
}

/** An element holding new content (cards, a paragraph anchor): no mdast children, hast only. */
export interface ExplainerAdded {
  type: "explainerAdded";
  data: { hName: string; hProperties: Properties; hChildren: ElementContent[] };
  position?: Position;
}

declare module "mdast" {
  interface PhrasingContentMap {
    explainerMark: ExplainerMark;
    explainerAdded: ExplainerAdded;
  }
  interface RootContentMap {
    explainerMark: ExplainerMark;
    explainerAdded: ExplainerAdded;
  }
}

/** A hast element, without the noise of building the object by hand. */
export function h(tagName: string, properties: Properties = {}, children: (ElementContent | string)[] = []): Element {
  return {
    type: "element",
    tagName,
    properties,
    children: children.map((child) => (typeof child === "string" ? { type: "text", value: child } : child)),
  };
}

/** Wrap a hast element as an added mdast node. */
export function added(element: Element): ExplainerAdded {
  return {
    type: "explainerAdded",
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}
