/**
 * Per-article settings from the frontmatter, read the same way by the unified
 * plugin and the Sätteri adapter: `lang` and `date` override the plugin's
 * options for that article, and `explainer` holds the author's overrides.
 */
import type { AnnotateOptions } from "./core/annotate.js";
import type { ExplainerOverrides } from "./core/overrides.js";

/** The plugin's options for one article, with its frontmatter's `lang` and `date` put over them. */
export function fromFrontmatter<T extends AnnotateOptions>(options: T, frontmatter: Record<string, unknown>): T {
  const article: T = { ...options };
  if (typeof frontmatter.lang === "string" && frontmatter.lang !== "") article.lang = frontmatter.lang;
  const date = frontmatter.date;
  // YAML and zod give dates as Date objects (UTC midnight); the annotator wants the calendar day.
  if (date instanceof Date && !Number.isNaN(date.getTime())) article.date = date.toISOString().slice(0, 10);
  else if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date)) article.date = date.slice(0, 10);
  // The author's corrections; `applyOverrides` checks their shape and throws ExplainerOverrideError.
  // A render of the same frontmatter object again (dev server) finds the Annotations put there last time: not overrides.
  if (frontmatter.explainer !== undefined && !isAnnotations(frontmatter.explainer)) {
    article.overrides = frontmatter.explainer as ExplainerOverrides;
  }
  return article;
}

function isAnnotations(value: unknown): boolean {
  return typeof value === "object" && value !== null && "blocks" in value && Array.isArray(value.blocks);
}
