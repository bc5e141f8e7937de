// @ts-check

import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import explainer from "astro-explainer";

export default defineConfig({
  site: "https://explainer.example",
  base: process.env.EXPLAINER_BASE ?? "/",
  // Markdown and MDX render with Astro 7's default processor, Sätteri; astro-explainer adds its native plugin.
  // No inline <script> or <style>: the site must run under a Content-Security-Policy
  // without 'unsafe-inline' (docs/security.md, public/_headers).
  build: { inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    explainer({
      // The article page renders the cards (ExplainerCards), so they stay out of Astro's content store.
      cards: "page",
      routes: {
        siteTitle: "Explainer",
        defaultLang: "id",
        search: "search",
        enrichmentCollection: "entities",
        customCss: ["astro-explainer/styles.css", "./src/styles/site.css"],
      },
    }),
  ],
});
