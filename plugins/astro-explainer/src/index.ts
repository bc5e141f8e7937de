/**
 * astro-explainer: the Astro integration. Registers remark-explainer on the
 * site's Markdown processor so `.md` and `.mdx` pages are annotated.
 */
import type { AstroIntegration } from "astro";
import remarkExplainer, { type Options as RemarkExplainerOptions } from "remark-explainer";

export interface ExplainerOptions extends RemarkExplainerOptions {}

export default function explainer(options: ExplainerOptions = {}): AstroIntegration {
  return {
    name: "astro-explainer",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const processor = config.markdown.processor as { name: string; options: { remarkPlugins?: unknown[] } };
        if (Array.isArray(processor.options?.remarkPlugins)) {
          processor.options.remarkPlugins.push([remarkExplainer, options]);
        } else {
          logger.warn(`The "${processor.name}" Markdown processor is not supported yet: articles are not annotated.`);
        }
      },
    },
  };
}
