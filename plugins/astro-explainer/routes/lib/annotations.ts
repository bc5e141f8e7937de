/**
 * An article's annotations, for pages: `annotationsOf(remarkPluginFrontmatter)`.
 *
 * With astro-explainer the frontmatter carries only a reference (`{ ref, lang }`)
 * to the article's entry in the integration's annotation store, so that Astro's
 * content store, which holds every page's frontmatter, stays small; this reads
 * the entry. With the remark plugin alone the frontmatter holds the annotations
 * themselves, returned as they are.
 *
 * ```astro
 * ---
 * import { annotationsOf } from "astro-explainer/annotations";
 * const { Content, remarkPluginFrontmatter } = await render(entry);
 * const annotations = annotationsOf(remarkPluginFrontmatter);
 * ---
 * ```
 */
import store from "virtual:astro-explainer/store";
import { type Annotations, isAnnotations, isReference } from "remark-explainer";
import { AnnotationStore } from "remark-explainer/store";

const entries = new AnnotationStore(store.dir);

/** Parsed entries by key; a key hashes the article's text and options, so its entry never changes. */
const read = new Map<string, Annotations>();

/** The annotations of a rendered entry, or `undefined` when the plugin did not run on it. */
export function annotationsOf(remarkPluginFrontmatter: Record<string, unknown>): Annotations | undefined {
  const value = remarkPluginFrontmatter.explainer;
  if (isAnnotations(value)) return value;
  return isReference(value) ? annotationsAt(value.ref) : undefined;
}

/** The annotations of the store's entry `ref` (a rendered article's), read once per build. */
export function annotationsAt(ref: string): Annotations {
  const known = read.get(ref);
  if (known) return known;
  const annotations = entries.getJson<Annotations>(ref);
  if (!annotations) {
    // The integration clears Astro's content store whenever this folder is removed, so this
    // means it was removed during the build: never render the page without its annotations.
    throw new Error(
      `astro-explainer: an article's annotations are missing (entry ${ref} in ${store.dir}); was the cache folder removed during the build? Build again.`,
    );
  }
  // A build reads each article for its page, its JSON and the site-wide pages: parse it once.
  if (!import.meta.env.DEV) read.set(ref, annotations);
  return annotations;
}
