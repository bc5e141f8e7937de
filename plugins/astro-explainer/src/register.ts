/**
 * Putting the annotator on the host site's Markdown processor, whichever it is.
 * `@astrojs/mdx` follows `markdown.processor`, so `.mdx` is covered too, in
 * either order of the integrations: it reads the processor's plugin lists in
 * `astro:config:done`, after every `astro:config:setup` has run.
 */
import type { AstroIntegrationLogger } from "astro";
import remarkExplainer, { type Options } from "remark-explainer";
import satteriExplainer, { type SatteriExplainerOptions, type WarningsReport } from "remark-explainer/satteri";
import { remarkReportWarnings } from "./warnings.js";

/** The part of `config.markdown.processor` this module reads. */
export interface MarkdownProcessorLike {
  name: string;
  options?: { mdastPlugins?: unknown[]; remarkPlugins?: unknown[] } | undefined;
}

export type ProcessorKind = "satteri" | "unified";

/**
 * Add the annotator to the processor's plugins. Returns the kind registered on,
 * or `undefined` after warning that the processor is not supported.
 */
export function registerOnProcessor(
  processor: MarkdownProcessorLike,
  options: SatteriExplainerOptions,
  logger: AstroIntegrationLogger,
): ProcessorKind | undefined {
  const { onWarnings, ...pluginOptions } = options;
  const list = processor.name === "satteri" ? processor.options?.mdastPlugins : processor.options?.remarkPlugins;
  if (processor.name === "satteri" && Array.isArray(list)) {
    list.push(satteriExplainer(options));
    return "satteri";
  }
  if (processor.name === "unified" && Array.isArray(list)) {
    list.push([remarkExplainer, pluginOptions satisfies Options]);
    if (onWarnings) list.push([remarkReportWarnings, onWarnings satisfies (report: WarningsReport) => void]);
    return "unified";
  }
  logger.warn(
    `The "${processor.name}" Markdown processor is not supported: articles are NOT annotated. ` +
      `Use Astro's default Sätteri processor or unified() from @astrojs/markdown-remark.`,
  );
  return undefined;
}
