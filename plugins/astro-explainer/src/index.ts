/**
 * astro-explainer: the Astro integration. One line in `integrations` and every
 * `.md` and `.mdx` page (content collections and `src/pages`) is annotated, on
 * Astro 7's default Sätteri processor or on unified.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from "astro";
import { createAnnotationCache, pluginVersion, stableJson } from "remark-explainer/cache";
import { annotationStoreDir, contentStamp, invalidateContentStore } from "./content-store.js";
import type { ExplainerOptions } from "./options.js";
import { type MarkdownProcessorLike, registerOnProcessor } from "./register.js";
import { injectExplainerRoutes } from "./routes.js";
import { annotationStoreModule } from "./store.js";
import { logWarnings } from "./warnings.js";

export type { ExplainerOptions } from "./options.js";
export type { ExplainerRoutesOptions } from "./routes.js";

const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version;

export default function explainer(options: ExplainerOptions = {}): AstroIntegration {
  const { routes = {}, collection, cache = true, logWarnings: log = true, ...pluginOptions } = options;
  // Astro's content loader only logs an article that fails to render; the build must fail instead.
  const failures: string[] = [];
  const failOnErrors = (): void => {
    if (failures.length === 0) return;
    const list = failures.splice(0).map((message) => `  ${message}`);
    throw new Error(`astro-explainer: ${list.length} article(s) could not be annotated:\n${list.join("\n")}`);
  };
  return {
    name: "astro-explainer",
    hooks: {
      "astro:config:setup": ({ config, logger, command, injectRoute, updateConfig, addMiddleware }) => {
        // Whatever `cache` says: rendered pages must never outlive the plugin or options that made them.
        if (command !== "preview") keepContentStoreFresh(config, logger, stableJson(pluginOptions));
        // Every article's annotations go to an entry of the store, whatever `cache` says (it only decides
        // whether earlier entries are reused); the frontmatter, which Astro keeps for every page in its
        // content store, carries only the entry's key. Pages read it back with `annotationsOf`.
        const storeDir = fileURLToPath(new URL(annotationStoreDir, config.cacheDir));
        const store = createAnnotationCache({ dir: storeDir, reuse: cache });
        updateConfig({ vite: { plugins: [annotationStoreModule(storeDir)] } });
        const fromStore =
          config.adapter === undefined && pluginOptions.mark === undefined && pluginOptions.entityHref === undefined;
        const registered = registerOnProcessor(
          config.markdown.processor as MarkdownProcessorLike,
          {
            ...pluginOptions,
            cache: store,
            frontmatter: "reference",
            // The middleware writes marks and cards from the annotation store, which only a build or the dev server
            // has, with the default marks and links (the options holding functions cannot reach it).
            compactMarks: fromStore && pluginOptions.cards !== false ? "deferred" : true,
            compactCards: fromStore,
            onError: (error) => failures.push(error.message),
            ...(log ? { onWarnings: logWarnings(logger, fileURLToPath(config.root)) } : {}),
          },
          logger,
        );
        // Marks stay compact in Astro's content store; the middleware writes them out in every page.
        if (registered)
          addMiddleware({ entrypoint: new URL("../routes/lib/middleware.ts", import.meta.url), order: "pre" });
        injectExplainerRoutes({ injectRoute, updateConfig, config }, routes, {
          collection,
          cards: pluginOptions.cards ?? true,
        });
      },
      "astro:build:start": failOnErrors,
      "astro:build:done": failOnErrors,
    },
  };
}

function keepContentStoreFresh(config: AstroConfig, logger: AstroIntegrationLogger, optionsJson: string): void {
  const stamp = contentStamp({ "astro-explainer": version, "remark-explainer": pluginVersion }, optionsJson);
  const dotAstroDir = new URL(".astro/", config.root);
  if (invalidateContentStore(stamp, { cacheDir: config.cacheDir, dotAstroDir }) === "changed") {
    logger.info("Plugin version or options changed: cleared Astro's content store so articles are annotated again.");
  }
}
