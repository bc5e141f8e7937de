/**
 * A cache of annotation results, so that rebuilding unchanged articles is cheap.
 *
 * Keyed by a hash of the article's source, the annotate options, a namespace
 * (the processor: its parser decides the blocks) and the plugin's version, so a
 * new version never reads what an older one wrote. On disk the entries are an
 * `AnnotationStore` (`./store.ts`: packs and an index) in `<dir>`: the store
 * astro-explainer's pages read an article's annotations from by key (the
 * frontmatter then carries only the key), so entries are written even when
 * results are not to be reused (`reuse: false`). Without a folder, an in-process map.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AnnotationStore, storeFilePattern } from "./store.js";
import type { Annotations } from "./types.js";

/**
 * What produced an annotation: this package's version plus a hash of its code
 * (the folder this module runs from, `dist/` or `src/`), so that a rebuilt
 * package with an unchanged version number is not served old results either.
 */
export const pluginVersion: string = `${
  (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version
}+${codeHash(fileURLToPath(new URL(".", import.meta.url)))}`;

/** A short hash of the code files under `dir` (names and contents). */
function codeHash(dir: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith(".d.ts"))
    .sort();
  for (const name of files) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
  return hash.digest("hex").slice(0, 12);
}

export interface AnnotationCacheOptions {
  /**
   * Folder for the on-disk cache, or `false` for memory only.
   * @default "node_modules/.cache/explainer" under the current directory
   */
  dir?: string | URL | false;
  /** Version that stamps every entry. @default this package's version */
  version?: string;
  /**
   * Read earlier results (default). `false` recomputes every article but still
   * writes its file, for hosts that read the annotations back by key.
   * @default true
   */
  reuse?: boolean;
}

export interface AnnotationCache {
  /** The key of one article: hash of its source, its options and the namespace. */
  key(source: string, options: unknown, namespace: string): string;
  get(key: string): Annotations | undefined;
  /** Store an entry; says whether it is now on disk, in the `AnnotationStore` of `dir`. */
  set(key: string, annotations: Annotations): boolean;
  /** The folder of the `AnnotationStore` holding every entry set, when the cache is on disk. */
  readonly dir: string | undefined;
}

export const defaultCacheDir = "node_modules/.cache/explainer";

/** An article's annotations, and their key when they are on disk (in the store of `cache.dir`). */
export interface CachedAnnotations {
  annotations: Annotations;
  key: string | undefined;
}

/**
 * The annotations of one article from `cache`, or `compute`d and stored there.
 * `namespace` names the parser (its positions decide the blocks).
 */
export function cachedAnnotations(
  cache: AnnotationCache | false | undefined,
  source: string,
  options: unknown,
  namespace: string,
  compute: () => Annotations,
): CachedAnnotations {
  if (!cache) return { annotations: compute(), key: undefined };
  const key = cache.key(source, options, namespace);
  const cached = cache.get(key);
  if (cached) return { annotations: cached, key: cache.dir ? key : undefined };
  const annotations = compute();
  return { annotations, key: cache.set(key, annotations) ? key : undefined };
}

/** Create a cache; on disk, entries of another version are removed once, here. */
export function createAnnotationCache(options: AnnotationCacheOptions = {}): AnnotationCache {
  const version = options.version ?? pluginVersion;
  const reuse = options.reuse !== false;
  // On disk, no copy in memory: a build of thousands of articles would hold them all.
  const memory = new Map<string, Annotations>();
  const dir = options.dir === false ? undefined : toPath(options.dir ?? defaultCacheDir);
  if (dir) pruneOtherVersion(dir, version);
  const store = dir === undefined ? undefined : new AnnotationStore(dir);
  // What is on disk, looked at once: a build needs only its own entries after that.
  store?.readIndex();

  return {
    dir,
    key: (source, annotateOptions, namespace) =>
      createHash("sha256")
        .update(`${version}\0${namespace}\0${stableJson(annotateOptions)}\0`)
        .update(source)
        .digest("hex"),
    get(key) {
      if (!reuse) return undefined;
      return store ? readEntry(store, key) : memory.get(key);
    },
    set(key, annotations) {
      if (!store) {
        memory.set(key, annotations);
        return false;
      }
      try {
        // A key's entry never changes: written once, not again for every build that recomputes it
        // (`reuse: false`, pages outside Astro's content store), unless it cannot be read back.
        if (!readEntry(store, key)) store.put(key, JSON.stringify(annotations));
        return true;
      } catch {
        // A read-only or full disk costs speed, and the frontmatter carries the annotations themselves.
        return false;
      }
    },
  };
}

/** The entry of `key` as this build knows the store: what is on disk was read once, at the start. */
const readEntry = (store: AnnotationStore, key: string): Annotations | undefined =>
  store.getJson<Annotations>(key, { refresh: false });

/** JSON with sorted keys and functions by their source, so equal options hash equally. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "function") return `function:${item.toString()}`;
    if (item instanceof RegExp) return `regexp:${item.toString()}`;
    if (item && typeof item === "object" && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
}

function toPath(dir: string | URL): string {
  return dir instanceof URL ? fileURLToPath(dir) : resolve(dir);
}

/**
 * Entries written by another version are never read (the key hashes the version)
 * but would pile up: when `<dir>/version.txt` names another version, remove them.
 * Other files in the folder (astro-explainer's content-store stamp) are left alone.
 */
function pruneOtherVersion(dir: string, version: string): void {
  const versionFile = join(dir, "version.txt");
  try {
    if (readFileSync(versionFile, "utf8") === version) return;
  } catch {
    // No folder yet, or written before version files: prune what is there.
  }
  try {
    mkdirSync(dir, { recursive: true });
    // The store's files, and a file per entry as versions before the store wrote them.
    for (const name of readdirSync(dir)) {
      if (storeFilePattern.test(name) || /\.(json|tmp)$/.test(name)) rmSync(join(dir, name), { force: true });
    }
    writeFileSync(versionFile, version);
  } catch {
    // A read-only disk: entries are still keyed by version.
  }
}
