/** What `injectExplainerRoutes` adds to a host site for given options. */
import { describe, expect, it } from "vitest";
import { type ExplainerRoutesOptions, injectExplainerRoutes } from "../../plugins/astro-explainer/src/routes.js";

interface VitePluginLike {
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
}

function inject(options: ExplainerRoutesOptions | false, context: { collection?: string; cards?: boolean } = {}) {
  const routes: { pattern: string; entrypoint: string }[] = [];
  const plugins: VitePluginLike[] = [];
  injectExplainerRoutes(
    {
      injectRoute: ({ pattern, entrypoint }) => {
        routes.push({ pattern, entrypoint: String(entrypoint).replace(/^.*\/routes\//, "routes/") });
      },
      updateConfig: (config) => {
        plugins.push(...((config.vite?.plugins ?? []) as unknown as VitePluginLike[]));
        return config as never;
      },
      config: { root: new URL("file:///site/") } as never,
    },
    options,
    context,
  );
  const load = (id: string) => {
    for (const plugin of plugins) {
      const resolved = plugin.resolveId(id);
      if (resolved) return plugin.load(resolved);
    }
    return undefined;
  };
  return { routes, load };
}

describe("injectExplainerRoutes", () => {
  it("adds who-said-what and the people and organization pages by default", () => {
    const { routes, load } = inject({});
    expect(routes).toEqual([
      { pattern: "/who-said-what", entrypoint: "routes/who-said-what.astro" },
      { pattern: "/people", entrypoint: "routes/people/index.astro" },
      { pattern: "/people/[slug]", entrypoint: "routes/people/[slug].astro" },
      { pattern: "/organizations", entrypoint: "routes/organizations/index.astro" },
      { pattern: "/organizations/[slug]", entrypoint: "routes/organizations/[slug].astro" },
    ]);
    expect(load("virtual:astro-explainer/routes-config")).toBe(
      'export default {"cards":true,"collection":"articles","articlePath":"articles/[id]/","whoSaidWhat":"who-said-what","whoSaidWhatLimit":3,"people":"people","organizations":"organizations","search":false,"enrichmentCollection":false,"defaultLang":"en","siteTitle":"Explainer","customCss":[]};',
    );
    expect(load("virtual:astro-explainer/routes-config/styles")).toBe("");
  });

  it("follows custom paths, leaves out pages turned off, and imports the custom stylesheets", () => {
    const { routes, load } = inject({
      whoSaidWhat: "/siapa-bilang-apa/",
      people: "tokoh",
      organizations: false,
      customCss: ["./src/site.css", "some-package/theme.css"],
    });
    expect(routes.map((route) => route.pattern)).toEqual(["/siapa-bilang-apa", "/tokoh", "/tokoh/[slug]"]);
    expect(load("virtual:astro-explainer/routes-config/styles")).toBe(
      'import "/site/src/site.css";\nimport "some-package/theme.css";',
    );
  });

  it("with routes: false injects no page but keeps the virtual module, every page path false", () => {
    const { routes, load } = inject(false, { collection: "stories", cards: false });
    expect(routes).toEqual([]);
    const config = JSON.parse(
      load("virtual:astro-explainer/routes-config")?.replace(/^export default |;$/g, "") ?? "null",
    ) as Record<string, unknown>;
    expect(config).toMatchObject({
      collection: "stories",
      cards: false,
      whoSaidWhat: false,
      people: false,
      organizations: false,
    });
    expect(load("virtual:astro-explainer/routes-config/styles")).toBe("");
  });
});
