/**
 * The pages astro-explainer adds to a host site: who-said-what across all
 * articles, and a page per person and per organization. The integration calls
 * `injectExplainerRoutes` from its `astro:config:setup` hook; the injected
 * pages (in `../routes/`) read the resolved options from a virtual module.
 */
import type { AstroIntegration } from "astro";

type SetupParams = Parameters<NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>>[0];

export interface ExplainerRoutesOptions {
  /** Content collection holding the articles (entries with title, description, lang, date). Default `"articles"`. */
  collection?: string;
  /** Where an article's page lives, relative to `base`, `[id]` standing for the entry id. Default `"articles/[id]/"`. */
  articlePath?: string;
  /** Path of the site-wide who-said-what page, relative to `base`; `false`: not injected. Default `"who-said-what"`. */
  whoSaidWhat?: string | false;
  /**
   * Quotes shown per speaker on the site-wide who-said-what page: the most recent, with a link to
   * the speaker's page (or, for unnamed sources, the site's search) for all of them; `false`: every
   * quote (a page that grows with the whole archive). Default `3`.
   */
  whoSaidWhatLimit?: number | false;
  /** Path of the people index and pages (`people/<slug>/`); `false`: not injected. Default `"people"`. */
  people?: string | false;
  /** Path of the organizations index and pages; `false`: not injected. Default `"organizations"`. */
  organizations?: string | false;
  /** Path of the site's search page, linked from the navigation; `false`: no link. Default `false`. */
  search?: string | false;
  /**
   * Content collection of curated entity data (`{ description?, links?: { label, url }[] }`), whose
   * entry ids are entity slugs; shown on entity pages when present. Default `false`.
   */
  enrichmentCollection?: string | false;
  /** Language of pages that belong to no article (indexes). Default `"en"`. */
  defaultLang?: string;
  /** Site name shown in the header of the injected pages. Default `"Explainer"`. */
  siteTitle?: string;
  /** Stylesheets (paths from the project root, or package specifiers) the injected pages import. Default `[]`. */
  customCss?: string[];
}

export interface ResolvedRoutesOptions extends Required<ExplainerRoutesOptions> {
  /**
   * The integration's `cards` option: whether article pages carry the cards (without them
   * `#explainer-<id>` leads nowhere), and with `"page"` that the article page renders them
   * (`ExplainerCards`) rather than the Markdown.
   */
  cards: boolean | "page";
}

export const routesConfigModule = "virtual:astro-explainer/routes-config";

export function resolveRoutesOptions(
  options: ExplainerRoutesOptions = {},
  cards: boolean | "page" = true,
): ResolvedRoutesOptions {
  return {
    cards,
    collection: options.collection ?? "articles",
    articlePath: (options.articlePath ?? "articles/[id]/").replace(/^\/+/, ""),
    whoSaidWhat: pathOption(options.whoSaidWhat, "who-said-what"),
    whoSaidWhatLimit: options.whoSaidWhatLimit ?? 3,
    people: pathOption(options.people, "people"),
    organizations: pathOption(options.organizations, "organizations"),
    search: pathOption(options.search, false),
    enrichmentCollection: options.enrichmentCollection ?? false,
    defaultLang: options.defaultLang ?? "en",
    siteTitle: options.siteTitle ?? "Explainer",
    customCss: options.customCss ?? [],
  };
}

function pathOption(value: string | false | undefined, fallback: string | false): string | false {
  const path = value ?? fallback;
  return path === false ? false : trimSlashes(path);
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}

function route(file: string): URL {
  return new URL(`../routes/${file}`, import.meta.url);
}

/** `routes: false`: no page injected; the rest (collection, language, title) keeps its defaults. */
const noPages = { whoSaidWhat: false, people: false, organizations: false } as const;

/**
 * Inject the who-said-what and entity pages, and the virtual module they read their options from.
 * With `false` no page is injected, but the virtual module still exists (every page path `false`),
 * so a host's own pages and the shared page parts that import it keep building.
 */
export function injectExplainerRoutes(
  { injectRoute, updateConfig, config }: Pick<SetupParams, "injectRoute" | "updateConfig" | "config">,
  options: ExplainerRoutesOptions | false = {},
  { collection, cards = true }: { collection?: string | undefined; cards?: boolean | "page" } = {},
): ResolvedRoutesOptions {
  const resolved = resolveRoutesOptions(
    { ...(options === false ? noPages : options), ...(collection ? { collection } : {}) },
    cards,
  );
  if (resolved.whoSaidWhat) {
    injectRoute({ pattern: `/${resolved.whoSaidWhat}`, entrypoint: route("who-said-what.astro") });
  }
  for (const type of ["people", "organizations"] as const) {
    const path = resolved[type];
    if (!path) continue;
    injectRoute({ pattern: `/${path}`, entrypoint: route(`${type}/index.astro`) });
    injectRoute({ pattern: `/${path}/[slug]`, entrypoint: route(`${type}/[slug].astro`) });
  }
  const root = config.root;
  const cssImports = resolved.customCss
    .map((css) => (css.startsWith(".") || css.startsWith("/") ? new URL(css, root).pathname : css))
    .map((css) => `import ${JSON.stringify(css)};`)
    .join("\n");
  const resolvedId = `\0${routesConfigModule}`;
  const stylesId = `${routesConfigModule}/styles`;
  updateConfig({
    vite: {
      plugins: [
        {
          name: "astro-explainer:routes-config",
          resolveId(id: string) {
            if (id === routesConfigModule) return resolvedId;
            if (id === stylesId) return `\0${stylesId}`;
            return undefined;
          },
          load(id: string) {
            if (id === resolvedId) return `export default ${JSON.stringify(resolved)};`;
            if (id === `\0${stylesId}`) return cssImports;
            return undefined;
          },
        },
      ],
    },
  });
  return resolved;
}
