/** What the explainer pages are built from, for the injected routes and for host sites' own pages. */
export * from "./aggregate.js";
export * from "./cards-html.js";
export * from "./i18n.js";
export * from "./json-ld.js";
export * from "./paths.js";
