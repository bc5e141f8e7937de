/**
 * The virtual module telling pages where the integration's annotation store is
 * (`<cacheDir>/explainer/articles/`), read by `astro-explainer/annotations`.
 */
export const storeModule = "virtual:astro-explainer/store";

/** A Vite plugin (for `updateConfig({ vite: { plugins } })`) serving `{ dir }` as the module's default export. */
export function annotationStoreModule(dir: string) {
  const resolvedId = `\0${storeModule}`;
  return {
    name: "astro-explainer:store",
    resolveId: (id: string) => (id === storeModule ? resolvedId : undefined),
    load: (id: string) => (id === resolvedId ? `export default ${JSON.stringify({ dir })};` : undefined),
  };
}
