/**
 * remark-explainer: finds quotes, speakers, people, organizations, places and
 * figures in a news article, stores them on `file.data.explainer` (and on
 * `file.data.astro.frontmatter.explainer`, which Astro hands to pages as
 * `remarkPluginFrontmatter`), reports warnings as file messages, and marks
 * the findings in the tree.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { type AnnotationCache, cachedAnnotations } from "./cache.js";
import { type AnnotateOptions, annotate, documentFromTree } from "./core/annotate.js";
import { reportingErrors } from "./errors.js";
import { fromFrontmatter } from "./frontmatter.js";
import { locateWarnings } from "./mdast/locate-warnings.js";
import type { RewriteOptions } from "./mdast/options.js";
import { rewriteTree } from "./mdast/rewrite.js";
import type { Annotations } from "./types.js";

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
   * Called with an article that cannot be annotated (an author override naming
   * nothing), just before the error is thrown: hosts that only log render errors,
   * as Astro's content loader does, use it to fail the build.
   */
  onError?: (error: Error, file: string | undefined) => void;
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
    const annotations = cachedAnnotations(options.cache, source, article, "unified", () =>
      reportingErrors(file.path, options.onError, () => annotate(documentFromTree(tree, source), article)),
    );
    locateWarnings(annotations, source);
    file.data.explainer = annotations;
    data.astro.frontmatter.explainer = annotations;
    for (const warning of annotations.warnings) {
      const place = warning.line === undefined ? undefined : { line: warning.line, column: warning.column ?? 1 };
      file.message(warning.reason, { place, ruleId: warning.ruleId, source: "remark-explainer" });
    }
    rewriteTree(tree, annotations, options);
  };
}
