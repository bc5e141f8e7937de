/** Modules the integration provides to the injected pages (see `src/routes.ts`). */
declare module "virtual:astro-explainer/routes-config" {
  const options: import("../../src/routes.js").ResolvedRoutesOptions;
  export default options;
}

/** Imports the stylesheets listed in the `customCss` option. */
declare module "virtual:astro-explainer/routes-config/styles" {}

/** Where the integration keeps each article's annotations (see `src/store.ts`). */
declare module "virtual:astro-explainer/store" {
  const store: { dir: string };
  export default store;
}
