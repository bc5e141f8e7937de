/**
 * The integration's options. Everything is optional: `explainer()` annotates
 * every `.md` and `.mdx` page on the site's Markdown processor, adds the
 * who-said-what and entity pages, and caches annotations between builds.
 */
import type { Options as RemarkExplainerOptions } from "remark-explainer";
import type { ExplainerRoutesOptions } from "./routes.js";

export interface ExplainerOptions extends Omit<RemarkExplainerOptions, "cache"> {
  /**
   * The pages to inject (who-said-what across the site, a page per person and
   * per organization) and under which paths; `false` injects none.
   * @default {} (every page, at its default path; see `ExplainerRoutesOptions`)
   */
  routes?: ExplainerRoutesOptions | false;
  /**
   * Content collection holding the articles, read by the injected pages.
   * Shorthand for `routes.collection`.
   * @default "articles"
   */
  collection?: string;
  /**
   * Reuse the annotations of unchanged articles between builds (keyed by the
   * article's text, the options and the plugin's version and code). Each
   * article's annotations are written to the store `<cacheDir>/explainer/articles/`
   * whatever this says, since pages read them from there (`annotationsOf`);
   * `false` only stops reusing them. Independently of this, Astro's content
   * store is cleared whenever the plugin's version or options change, or that
   * folder is removed, so no page keeps stale annotations.
   * @default true
   */
  cache?: boolean;
  /**
   * Log each annotation warning (file, line, reason) during the build.
   * @default true
   */
  logWarnings?: boolean;
}
