/**
 * Astro's content layer keeps each collection entry's rendered HTML across
 * builds and renders it again only when the entry's own text changes
 * (withastro/astro#13028): a new version of the plugin, or new options, would
 * be served stale. So the integration stamps the cache folder with what
 * produced the store, and clears the store when the stamp differs.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
  const stampFile = fileURLToPath(new URL("explainer/stamp.txt", cacheDir));
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
  mkdirSync(fileURLToPath(new URL("explainer/", cacheDir)), { recursive: true });
  writeFileSync(stampFile, stamp);
  return previous === undefined ? "new" : "changed";
}
