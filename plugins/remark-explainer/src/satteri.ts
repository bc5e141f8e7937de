/**
 * remark-explainer for Sätteri, Astro 7's default Markdown processor: the same
 * annotator and the same tree rewrite as the unified plugin, through Sätteri's
 * mdast plugin interface.
 *
 * ```js
 * import { satteri } from "@astrojs/markdown-satteri";
 * import satteriExplainer from "remark-explainer/satteri";
 * export default { markdown: { processor: satteri({ mdastPlugins: [satteriExplainer()] }) } };
 * ```
 *
 * Offsets: Sätteri (like unified) parses the text the host hands it. In Astro
 * that is the file with its frontmatter blanked out (pages, MDX) or the body
 * after the frontmatter, trimmed (`.md` in content collections). Every `Span`
 * indexes that text, exactly as the unified plugin's do (`file.value`); the
 * warnings reporter receives it so it can map lines back to the file.
 */
import { fileURLToPath } from "node:url";
import type { Nodes, Parents, Root } from "mdast";
import { cachedAnnotations } from "./cache.js";
import { annotate, documentFromTree } from "./core/annotate.js";
import { reportingErrors } from "./errors.js";
import { fromFrontmatter, frontmatterValue } from "./frontmatter.js";
import type { Options } from "./index.js";
import { blockAnchor, cardsSection, hasCards } from "./mdast/cards.js";
import { type CompactOutput, compactCardsComment, compactOutput, deferredText } from "./mdast/compact.js";
import { hastToHtml, textHtml, textHtmlReversible, toHtml } from "./mdast/html.js";
import { labelsFor } from "./mdast/labels.js";
import { locateWarnings } from "./mdast/locate-warnings.js";
import { collectMarks, MarkCursor } from "./mdast/marks.js";
import { added } from "./mdast/nodes.js";
import { cardsInMarkdown, type RewriteOptions } from "./mdast/options.js";
import { splitText } from "./mdast/split.js";
import type { Annotations, AnnotationWarning } from "./types.js";

/** What Sätteri tells a plugin factory about the document (subset of satteri's `PluginFactoryContext`). */
export interface SatteriFile {
  readonly fileURL: URL | undefined;
  readonly source: string;
  readonly data: Record<string, unknown>;
}

/** The mutation context Sätteri passes to hooks (subset of satteri's `MdastVisitorContext`). */
export interface SatteriContext {
  readonly fileURL: URL | undefined;
  readonly source: string;
  /** `"markdown"` or `"mdx"`. */
  readonly sourceFormat?: string;
  readonly data: Record<string, unknown>;
  replaceNode(node: object, content: object | object[]): void;
  prependChild(node: object, content: object | object[]): void;
  appendChild(node: object, content: object | object[]): void;
}

/** A Sätteri mdast plugin (structurally satteri's `MdastPluginDefinition`). */
export interface SatteriMdastPlugin {
  name: string;
  options: { position: true };
  before(root: Readonly<Root>, ctx: SatteriContext): void;
}

/** One document's warnings, for a host that logs them (Astro drops `file.message`). */
export interface WarningsReport {
  /** Path of the file, when the host gave one. */
  file: string | undefined;
  /** The text the Spans index (see the module comment). */
  source: string;
  warnings: AnnotationWarning[];
}

export interface SatteriExplainerOptions extends Options {
  /** Called once per document that has warnings. */
  onWarnings?: (report: WarningsReport) => void;
}

/**
 * The Sätteri plugin factory: called once per document, it returns the plugin
 * that annotates that document in `before` (the whole tree at once).
 */
export default function satteriExplainer(
  options: SatteriExplainerOptions = {},
): (file: SatteriFile) => SatteriMdastPlugin {
  const { onWarnings, onError, cache, compactMarks, compactCards, ...pluginOptions } = options;
  return (file) => ({
    name: "remark-explainer",
    options: { position: true },
    before(root, ctx) {
      const path = file.fileURL && fileURLToPath(file.fileURL);
      const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
      const articleOptions = fromFrontmatter(pluginOptions, astro?.frontmatter ?? {});
      const { annotations, key } = cachedAnnotations(cache, ctx.source, articleOptions, "satteri", () =>
        locateWarnings(
          reportingErrors(path, onError, () => annotate(documentFromTree(root as Root, ctx.source), articleOptions)),
          ctx.source,
        ),
      );
      if (astro?.frontmatter)
        astro.frontmatter.explainer = frontmatterValue(annotations, key, pluginOptions.frontmatter);
      ctx.data.explainer = annotations;
      if (annotations.warnings.length > 0)
        onWarnings?.({ file: path, source: ctx.source, warnings: annotations.warnings });
      const compact = compactOutput({ compactMarks, compactCards }, ctx.sourceFormat === "markdown", key);
      rewrite(root, ctx, annotations, pluginOptions, compact);
    },
  });
}

/** Node types whose content is a link: mentions inside become `<span>`, never a nested `<a>`. */
const linkLike = new Set(["link", "linkReference", "mdxJsxTextElement", "mdxJsxFlowElement"]);

/**
 * The rewrite of `mdast/rewrite.ts`, as Sätteri mutations: the same pieces
 * (`splitText`, `blockAnchor`, `cardsSection`) applied through `ctx`, since the
 * snapshot's nodes are read-only.
 *
 * In Markdown, a text node's marks go in as one `html` node (`toHtml`), and so
 * does the cards section (`hastToHtml`): Sätteri renders them to the same bytes
 * at a fraction of the cost of one node per element (each node's `data` goes
 * through JSON both ways). Later hast plugins see them as raw HTML, not elements. Headings keep their marks as nodes, since
 * Astro's heading ids read a heading's text from its nodes, and so does MDX,
 * which cannot compile raw HTML.
 */
function rewrite(
  root: Readonly<Root>,
  ctx: SatteriContext,
  annotations: Annotations,
  options: RewriteOptions,
  compact: CompactOutput,
): void {
  const cursor = new MarkCursor(collectMarks(annotations, options));
  const blockIds = new Map(annotations.blocks.map((block) => [block.span.start, block.id]));
  const markdown = ctx.sourceFormat === "markdown";
  // Deferred marks: the first names the article (`deferredText`).
  const key = compact.articleKey;
  let articleNamed = false;
  const walk = (parent: Parents, insideLink: boolean, asNodes: boolean): void => {
    for (const child of parent.children as Nodes[]) {
      if (child.type === "text") {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === undefined || end === undefined) continue;
        const marks = cursor.overlapping(start, end);
        if (marks.length === 0) continue;
        // Deferred where the host can cut the node from its place alone: its value is its source.
        const plain = end - start === child.value.length && textHtmlReversible(child.value);
        if (!asNodes && compact.marks === "deferred" && plain) {
          const html = deferredText(start, end, textHtml(child.value), insideLink, articleNamed ? undefined : key);
          articleNamed = true;
          ctx.replaceNode(child, { type: "html", value: html });
          continue;
        }
        const replacement = splitText(child.value, start, end, marks, { insideLink, source: ctx.source });
        if (replacement)
          ctx.replaceNode(
            child,
            asNodes ? replacement : { type: "html", value: toHtml(replacement, compact.marks !== "full") },
          );
        continue;
      }
      if (!("children" in child)) continue;
      const inHeading = child.type === "heading";
      walk(child, insideLink || linkLike.has(child.type), asNodes || inHeading);
      if (child.type === "paragraph" || inHeading) {
        const blockId = blockIds.get(child.position?.start.offset ?? -1);
        if (blockId) {
          const anchor = blockAnchor(blockId);
          ctx.prependChild(child, asNodes || inHeading ? anchor : { type: "html", value: toHtml([anchor]) });
        }
      }
    }
  };
  walk(root as Root, false, !markdown);
  if (!cardsInMarkdown(options)) return;
  if (compact.cards && compact.articleKey !== undefined) {
    if (hasCards(annotations, options))
      ctx.appendChild(root, { type: "html", value: compactCardsComment(compact.articleKey) });
    return;
  }
  const section = cardsSection(annotations, labelsFor(annotations.lang), options);
  if (section) ctx.appendChild(root, markdown ? { type: "html", value: hastToHtml([section]) } : added(section));
}
