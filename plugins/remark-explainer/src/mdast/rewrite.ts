/**
 * The tree rewrite for unified: wraps marked text, anchors the numbered
 * blocks and appends the cards. Everything it does goes through the
 * processor-neutral pieces (`collectMarks`, `splitText`, `blockAnchor`,
 * `buildCards`) that the Sätteri adapter uses as well.
 */
import type { Parents, Root } from "mdast";
import type { Annotations } from "../types.js";
import { blockAnchor, buildCards, hasCards } from "./cards.js";
import { type CompactOutput, compactCardsComment, compactNodes } from "./compact.js";
import { labelsFor } from "./labels.js";
import { collectMarks, MarkCursor } from "./marks.js";
import { cardsInMarkdown, type RewriteOptions } from "./options.js";
import { splitText } from "./split.js";

/** Node types whose content is a link: mentions inside become `<span>`, never a nested `<a>`. */
const linkLike = new Set(["link", "linkReference", "mdxJsxTextElement", "mdxJsxFlowElement"]);

/** What the rewrite knows of the document besides its tree. */
export interface RewriteContext {
  /** The text the tree's positions index (`file.value`): lets text the parser changed be cut at its marks (`splitText`). */
  source?: string;
  /** Compact marks are `html` nodes around their text; compact cards one `html` node (`compact.ts`). */
  compact?: CompactOutput;
}

export function rewriteTree(
  tree: Root,
  annotations: Annotations,
  options: RewriteOptions = {},
  { source, compact = { marks: "full", articleKey: undefined, cards: false } }: RewriteContext = {},
): void {
  const cursor = new MarkCursor(collectMarks(annotations, options));
  const blockIds = new Map(annotations.blocks.map((block) => [block.span.start, block.id]));

  const walk = (parent: Parents, insideLink: boolean): void => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index];
      if (!child) continue;
      if (child.type === "text") {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === undefined || end === undefined) continue;
        const split = splitText(child.value, start, end, cursor.overlapping(start, end), { insideLink, source });
        // Deferred marks are Sätteri's only: here they are compact.
        const replacement = split && compact.marks !== "full" ? compactNodes(split) : split;
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as typeof parent.children));
          index += replacement.length - 1;
        }
        continue;
      }
      if (!("children" in child)) continue;
      walk(child, insideLink || linkLike.has(child.type));
      if (child.type === "paragraph" || child.type === "heading") {
        const blockId = blockIds.get(child.position?.start.offset ?? -1);
        if (blockId) child.children.unshift(blockAnchor(blockId));
      }
    }
  };
  walk(tree, false);

  if (!cardsInMarkdown(options)) return;
  if (!compact.cards || compact.articleKey === undefined)
    tree.children.push(...buildCards(annotations, labelsFor(annotations.lang), options));
  else if (hasCards(annotations, options))
    tree.children.push({ type: "html", value: compactCardsComment(compact.articleKey) });
}
