/**
 * remark-explainer: finds quotes, speakers, people, organizations, places and
 * figures in a news article, stores them on `file.data.explainer`, and marks
 * them in the tree.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { type AnnotateOptions, annotate, documentFromTree } from "./core/annotate.js";
import type { Annotations } from "./types.js";

export type { LanguagePack } from "./languages/types.js";
export type * from "./types.js";

export interface Options extends AnnotateOptions {}

declare module "vfile" {
  interface DataMap {
    explainer: Annotations;
  }
}

/** The remark plugin. */
export default function remarkExplainer(options: Options = {}) {
  return (tree: Root, file: VFile): void => {
    const annotations = annotate(documentFromTree(tree, String(file.value)), options);
    file.data.explainer = annotations;
  };
}
