/**
 * remark-explainer: finds quotes, speakers, people, organizations, places and
 * figures in a news article, stores them on `file.data.explainer` (and on
 * `file.data.astro.frontmatter.explainer`, which Astro hands to pages as
 * `remarkPluginFrontmatter`: the annotations, or with `frontmatter: "reference"`
 * their key in the cache folder), reports warnings as file messages, and marks
 * the findings in the tree.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { type AnnotationCache, cachedAnnotations } from "./cache.js";
import { type AnnotateOptions, annotate, documentFromTree } from "./core/annotate.js";
import { reportingErrors } from "./errors.js";
import { type FrontmatterMode, fromFrontmatter, frontmatterValue } from "./frontmatter.js";
import { compactOutput } from "./mdast/compact.js";
import { locateWarnings } from "./mdast/locate-warnings.js";
import type { RewriteOptions } from "./mdast/options.js";
import { rewriteTree } from "./mdast/rewrite.js";
import type { Annotations } from "./types.js";

export { type FrontmatterMode, isAnnotations, isReference } from "./frontmatter.js";
export type { LanguagePack } from "./languages/types.js";
export * from "./mdast/index.js";
export type * from "./types.js";

/** Options: the annotator's (language, date) and the rewrite's (`cards`, `mark`, `entityHref`). */
export interface Options extends AnnotateOptions, RewriteOptions {
  /**
   * Reuse the annotations of unchanged articles: a cache from `createAnnotationCache()`
   * (`remark-explainer/cache`), or `false`. @default false
   */
  cache?: AnnotationCache | false;
  /**
   * What goes into `file.data.astro.frontmatter.explainer` (Astro's `remarkPluginFrontmatter`):
   * `"annotations"`, the whole `Annotations` (the only channel a page has when the plugin is
   * used in Astro without astro-explainer), or `"reference"`, an `AnnotationsReference` (the
   * article's key in the `cache` folder and its language), which astro-explainer sets: Astro
   * keeps every page's frontmatter in its content store, and whole annotations made that
   * store, and the build, several times larger. Falls back to the annotations when the cache
   * is not on disk. `file.data.explainer` always holds the annotations.
   * @default "annotations"
   */
  frontmatter?: FrontmatterMode;
  /**
   * Called with an article that cannot be annotated (an author override naming
   * nothing), just before the error is thrown: hosts that only log render errors,
   * as Astro's content loader does, use it to fail the build.
   */
  onError?: (error: Error, file: string | undefined) => void;
  /**
   * Write each link to a card in Markdown (not MDX) as two HTML comments, a third of its
   * bytes, for a host that passes every page it serves through `expandMarks`
   * (`remark-explainer/expand`), which gives back the same HTML: astro-explainer does, in a
   * middleware, since Astro holds every article's rendered HTML in memory while it builds.
   * Later plugins see the comments as `html` nodes. Unexpanded, the comments are invisible
   * and the text is intact. `"deferred"` (Sätteri; unified writes compact marks): with the
   * cache on disk, a marked text node is written as its text after one comment giving its place,
   * and the host marks it from the article's annotations with `expandDeferredMarks`, which
   * marks as the default options do (`mark`, `entityHref` unset, cards on).
   * @default false
   */
  compactMarks?: boolean | "deferred";
  /**
   * With cards in the Markdown (`cards: true`) and the cache on disk, append one HTML comment
   * naming the article's entry in the cache instead of its cards section (Markdown only), for a
   * host that writes the section there with `expandCards` (`remark-explainer/expand`):
   * astro-explainer's middleware does, on sites whose pages are all prerendered.
   * @default false
   */
  compactCards?: boolean;
}

declare module "vfile" {
  interface DataMap {
    explainer: Annotations;
  }
}

/** The remark plugin. */
export default function remarkExplainer(options: Options = {}) {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    const article = fromFrontmatter(options, data.astro.frontmatter);
    // Warnings are located before the annotations are stored: the stored file is what pages read.
    const { annotations, key } = cachedAnnotations(options.cache, source, article, "unified", () =>
      locateWarnings(
        reportingErrors(file.path, options.onError, () => annotate(documentFromTree(tree, source), article)),
        source,
      ),
    );
    file.data.explainer = annotations;
    data.astro.frontmatter.explainer = frontmatterValue(annotations, key, options.frontmatter);
    for (const warning of annotations.warnings) {
      const place = warning.line === undefined ? undefined : { line: warning.line, column: warning.column ?? 1 };
      file.message(warning.reason, { place, ruleId: warning.ruleId, source: "remark-explainer" });
    }
    rewriteTree(tree, annotations, options, {
      source,
      compact: compactOutput(options, !file.path?.endsWith(".mdx"), key),
    });
  };
}
