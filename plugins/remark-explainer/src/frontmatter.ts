/**
 * Per-article settings from the frontmatter, read the same way by the unified
 * plugin and the Sätteri adapter: `lang` and `date` override the plugin's
 * options for that article, and `explainer` holds the author's overrides.
 */
import type { AnnotateOptions } from "./core/annotate.js";
import type { ExplainerOverrides } from "./core/overrides.js";
import type { Annotations, AnnotationsReference } from "./types.js";

/** What the plugin leaves in `frontmatter.explainer`: see `Options.frontmatter`. */
export type FrontmatterMode = "annotations" | "reference";

/** The plugin's options for one article, with its frontmatter's `lang` and `date` put over them. */
export function fromFrontmatter<T extends AnnotateOptions>(options: T, frontmatter: Record<string, unknown>): T {
  const article: T = { ...options };
  if (typeof frontmatter.lang === "string" && frontmatter.lang !== "") article.lang = frontmatter.lang;
  const date = frontmatter.date;
  // YAML and zod give dates as Date objects (UTC midnight); the annotator wants the calendar day.
  if (date instanceof Date && !Number.isNaN(date.getTime())) article.date = date.toISOString().slice(0, 10);
  else if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date)) article.date = date.slice(0, 10);
  // The author's corrections; `applyOverrides` checks their shape and throws ExplainerOverrideError.
  // A render of the same frontmatter object again (dev server) finds what was put there last time: not overrides.
  if (
    frontmatter.explainer !== undefined &&
    !isAnnotations(frontmatter.explainer) &&
    !isReference(frontmatter.explainer)
  ) {
    article.overrides = frontmatter.explainer as ExplainerOverrides;
  }
  return article;
}

/**
 * The value for `frontmatter.explainer`: the annotations, or with `"reference"` their
 * key in the cache folder (`key`, defined when they are on disk there; otherwise the
 * annotations, the only way left to hand them on).
 */
export function frontmatterValue(
  annotations: Annotations,
  key: string | undefined,
  mode: FrontmatterMode = "annotations",
): Annotations | AnnotationsReference {
  return mode === "reference" && key !== undefined ? { ref: key, lang: annotations.lang } : annotations;
}

export function isAnnotations(value: unknown): value is Annotations {
  return typeof value === "object" && value !== null && "blocks" in value && Array.isArray(value.blocks);
}

export function isReference(value: unknown): value is AnnotationsReference {
  return typeof value === "object" && value !== null && "ref" in value && typeof value.ref === "string";
}
