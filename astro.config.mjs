// @ts-check

import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import explainer from "astro-explainer";

export default defineConfig({
  site: "https://explainer.example",
  base: process.env.EXPLAINER_BASE ?? "/",
  markdown: { processor: unified() },
  integrations: [
    mdx(),
    explainer({
      routes: {
        siteTitle: "Explainer",
        defaultLang: "id",
        search: "search",
        enrichmentCollection: "entities",
        customCss: ["./src/styles/site.css"],
      },
    }),
  ],
});
