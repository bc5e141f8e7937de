/**
 * A cache of annotation results, so that rebuilding unchanged articles is cheap.
 *
 * Keyed by a hash of the article's source, the annotate options and a
 * namespace (the processor: its parser decides the blocks), stored under the
 * plugin's version: a new version never reads what an older one wrote. Two
 * levels: an in-process map (dev server, several renders of one file) and JSON
 * files on disk (next build).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
}

export interface AnnotationCache {
  /** The key of one article: hash of its source, its options and the namespace. */
  key(source: string, options: unknown, namespace: string): string;
  get(key: string): Annotations | undefined;
  set(key: string, annotations: Annotations): void;
}

export const defaultCacheDir = "node_modules/.cache/explainer";

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
): Annotations {
  if (!cache) return compute();
  const key = cache.key(source, options, namespace);
  const cached = cache.get(key);
  if (cached) return cached;
  const annotations = compute();
  cache.set(key, annotations);
  return annotations;
}

/** Create a cache; on disk, entries of other versions are removed once, here. */
export function createAnnotationCache(options: AnnotationCacheOptions = {}): AnnotationCache {
  const version = options.version ?? pluginVersion;
  const memory = new Map<string, Annotations>();
  const root = options.dir === false ? undefined : toPath(options.dir ?? defaultCacheDir);
  const dir = root && join(root, safeName(version));
  if (root && dir) pruneOtherVersions(root, safeName(version));

  return {
    key: (source, annotateOptions, namespace) =>
      createHash("sha256")
        .update(`${version}\0${namespace}\0${stableJson(annotateOptions)}\0`)
        .update(source)
        .digest("hex"),
    get(key) {
      const hit = memory.get(key);
      if (hit || !dir) return hit;
      try {
        const stored = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as Annotations;
        memory.set(key, stored);
        return stored;
      } catch {
        return undefined;
      }
    },
    set(key, annotations) {
      memory.set(key, annotations);
      if (!dir) return;
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename, so a parallel reader never sees half a file.
        const temporary = join(dir, `${key}.${process.pid}.tmp`);
        writeFileSync(temporary, JSON.stringify(annotations));
        renameSync(temporary, join(dir, `${key}.json`));
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

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

function safeName(version: string): string {
  return version.replace(/[^\w.-]/g, "_");
}

function pruneOtherVersions(root: string, keep: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) if (name !== keep) rmSync(join(root, name), { recursive: true, force: true });
}
