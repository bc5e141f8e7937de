/**
 * Astro's content layer keeps each collection entry's rendered HTML across
 * builds and renders it again only when the entry's own text changes
 * (withastro/astro#13028): a new version of the plugin, or new options, would
 * be served stale. So the integration stamps the cache folder with what
 * produced the store, and clears the store when the stamp differs.
 *
 * The stamp lives in the annotation store (`explainer/articles/`), whose entries
 * Astro's stored entries point to (`frontmatter.explainer.ref`): when that folder
 * is removed, the stamp goes with it and Astro's store is cleared too, so no
 * entry is left pointing at a missing one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the integration keeps each article's annotations, under Astro's `cacheDir`. */
export const annotationStoreDir = "explainer/articles/";

/** A stamp: every version and option that changes what the plugin renders. */
export function contentStamp(versions: Record<string, string>, optionsJson: string): string {
  return createHash("sha256").update(JSON.stringify(versions)).update(optionsJson).digest("hex");
}

export interface StoreLocations {
  /** Astro's `cacheDir` (build store). */
  cacheDir: URL;
  /** `<root>/.astro/` (dev server store). */
  dotAstroDir: URL;
}

/**
 * Compare the stamp with the one left by the last run; when it differs, remove
 * Astro's data store (single file or chunked folder, build and dev) and record
 * the new stamp. Says whether the stamp was the same, new (first run, or the
 * cache was emptied: the store may predate the plugin) or changed.
 */
export function invalidateContentStore(
  stamp: string,
  { cacheDir, dotAstroDir }: StoreLocations,
): "unchanged" | "new" | "changed" {
  const storeDir = new URL(annotationStoreDir, cacheDir);
  const stampFile = fileURLToPath(new URL("content-stamp.txt", storeDir));
  let previous: string | undefined;
  try {
    previous = readFileSync(stampFile, "utf8");
  } catch {
    previous = undefined;
  }
  if (previous === stamp) return "unchanged";
  for (const dir of [cacheDir, dotAstroDir]) {
    // Astro's names for its store: `data-store.json`, or `data-store/` when chunked.
    for (const name of ["data-store.json", "data-store/"]) {
      rmSync(fileURLToPath(new URL(name, dir)), { recursive: true, force: true });
    }
  }
  mkdirSync(fileURLToPath(storeDir), { recursive: true });
  writeFileSync(stampFile, stamp);
  return previous === undefined ? "new" : "changed";
}
